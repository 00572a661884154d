package dev.schemapojo.core.model;

import dev.schemapojo.core.ConstraintChecks;
import dev.schemapojo.core.diagnostics.Severity;
import dev.schemapojo.core.ir.JavaName;
import dev.schemapojo.core.ir.TypeDecl;
import dev.schemapojo.core.ir.TypeRef;
import dev.schemapojo.core.ir.TypeRef.ScalarKind;
import dev.schemapojo.core.ir.UnionType;
import dev.schemapojo.core.ir.ValueType;
import dev.schemapojo.core.keywords.CombinatorKeywords;
import dev.schemapojo.core.keywords.ConstKeywords;
import dev.schemapojo.core.keywords.EnumKeywords;
import dev.schemapojo.core.keywords.FormatKeywords;
import dev.schemapojo.core.keywords.TypeKeywords;
import dev.schemapojo.core.load.JsonPointers;
import dev.schemapojo.core.keywords.ReferenceKeywords;
import dev.schemapojo.core.load.Resolution;
import dev.schemapojo.core.load.SchemaLocationRef;
import dev.schemapojo.core.model.AllOfMerger.Merged;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A {@code oneOf}/{@code anyOf} of object schemas as a {@link UnionType}: its variants (each a top-level
 * class), and how JSON tells them apart: a required property with a fixed value in each, or OpenAPI's
 * {@code discriminator}; else reading tries the variants in order, as {@code anyOf} says, when they read
 * the properties they share alike; else Jackson's deduction when each variant has a required property of
 * its own; else (and for a union with no object branch, or with branches of other kinds) a value class.
 */
final class UnionModeller {
    private final ModelContext context;
    private final TypeNames names;
    private final AllOfMerger merger;
    private final ValueModeller values;

    UnionModeller(ModelContext context, TypeNames names, AllOfMerger merger, ValueModeller values) {
        this.context = context;
        this.names = names;
        this.merger = merger;
        this.values = values;
    }

    TypeDecl union(SchemaLocationRef at, JavaName name, String description) {
        String keyword = CombinatorKeywords.unionKeyword(at.node());
        JsonNode branches = at.node().path(keyword);
        List<JavaName> variants = new ArrayList<>();
        List<SchemaLocationRef> targets = new ArrayList<>();
        List<Merged> shapes = new ArrayList<>();
        List<String> otherKinds = new ArrayList<>(); // the indexes of the branches that are no object variants
        List<ValueModeller.Branch> kinds = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            SchemaLocationRef branch = at.child(keyword, i);
            SchemaLocationRef target = branch;
            ReferenceKeywords.Reference ref = ReferenceKeywords.of(branch.node());
            if (ref != null) {
                if (!(ModelContext.resolve(context.set(), branch, ref) instanceof Resolution.Found found)) {
                    continue;
                }
                target = found.target();
            }
            if (!Declarations.declaresAtTop(target.node()) || EnumKeywords.isStringEnum(target.node())
                    || CombinatorKeywords.isUnion(target.node())) {
                otherKinds.add(String.valueOf(i));
                kinds.add(new ValueModeller.Branch(target, null));
                continue;
            }
            JavaName variant = names.nameOf(SchemaKey.of(target));
            if (variant == null) {
                // a referenced schema is named like any other (title, else its key); an inline branch after the union
                String fallback = target != branch ? ModelContext.ownName(target) : name.simpleName() + "Option" + (i + 1);
                variant = names.claim(target.document(), target.pointer(), fallback);
            }
            variants.add(variant);
            targets.add(target);
            shapes.add(merger.merge(target));
            kinds.add(new ValueModeller.Branch(target, variant));
        }
        if (variants.size() <= 1 && !otherKinds.isEmpty()) {
            // a string or an object, a string or an array, scalars of several types: typed by the JSON token
            ValueType typed = values.unionOfKinds(at, name, kinds, "one of the kinds of JSON its " + keyword
                    + " allows, each read and held as its Java type (isString() and asString(), and so on).");
            if (typed != null) {
                return typed;
            }
        }
        // a branch of another kind beside object variants: JSON of that kind must still read, and an interface
        // of object variants cannot hold it
        if (!variants.isEmpty() && !otherKinds.isEmpty()) {
            reportFallback(at, keyword, "branch " + String.join(", ", otherKinds) + " of this " + keyword + " is no"
                    + " object schema, and a union of classes cannot read other kinds of JSON: " + name.simpleName(),
                    "a String, Number, Boolean, List or Map");
            return values.valueType(at, name, TypeRef.scalar(ScalarKind.ANY), "a union of objects and other kinds of"
                    + " JSON, so the value is held as Jackson reads it (a String, Number, Boolean, List or Map).",
                    new Scope(name));
        }
        List<String> mapped = openApiDiscriminator(at, targets, shapes);
        String discriminator = mapped != null ? CombinatorKeywords.discriminatorProperty(at.node()) : discriminator(shapes);
        UnionType.Reading reading = discriminator != null ? UnionType.Reading.DISCRIMINATOR : null;
        if (variants.isEmpty()) {
            reportFallback(at, keyword, "no branch of this " + keyword + " is an object schema, so " + name.simpleName(),
                    "a String, Number, Boolean, List or Map");
        } else if (reading == null) {
            String clash = clash(variants, targets, shapes);
            reading = clash == null ? UnionType.Reading.FIRST_MATCH
                    : deducible(shapes) ? UnionType.Reading.DEDUCTION : null;
            if (reading == null) {
                reportFallback(at, keyword, clash + " differently, and no property tells the variants apart (one that"
                        + " each requires with a different const, or one that only it declares and requires): "
                        + name.simpleName(), "a Map");
                variants.clear();
            }
        }
        if (variants.isEmpty()) {
            return values.valueType(at, name, TypeRef.scalar(ScalarKind.ANY), "a union without object variants that JSON can"
                    + " tell apart, so the value is held as Jackson reads it (a String, Number, Boolean, List or Map).",
                    new Scope(name));
        }
        List<UnionType.Variant> out = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            String value = mapped != null ? mapped.get(i)
                    : discriminator == null ? null : ConstKeywords.fixedString(shapes.get(i).properties().get(discriminator).node());
            out.add(new UnionType.Variant(variants.get(i), value, List.copyOf(shapes.get(i).properties().keySet())));
        }
        return new UnionType(name, description, ModelContext.origin(at), out, reading, discriminator,
                keyword.equals("oneOf") && context.options().constraints() == ConstraintChecks.CHECK);
    }

    /** {@code model.union-fallback}: why, ending in the union's name, and what {@code getValue()} then holds. */
    private void reportFallback(SchemaLocationRef at, String keyword, String why, String holds) {
        context.diagnostics().report(at.document().diagnostic(Severity.WARNING, "model.union-fallback",
                JsonPointers.append(at.pointer(), keyword), why + " is a class holding the JSON value as read"
                        + " (getValue(): " + holds + ")"));
    }

    /**
     * Two variants that read a property they share differently ({@code "A and B read \"x\""}), so that
     * reading JSON into every variant's builder could fail on JSON that one of them accepts; null when all
     * shared properties read alike.
     */
    private String clash(List<JavaName> variants, List<SchemaLocationRef> targets, List<Merged> shapes) {
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = 0; j < shapes.size(); j++) {
                for (Map.Entry<String, SchemaLocationRef> property : shapes.get(i).properties().entrySet()) {
                    SchemaLocationRef other = shapes.get(j).properties().get(property.getKey());
                    boolean differently = i < j && other != null && !readAlike(property.getValue(), other);
                    // a member j does not declare goes to j's additional-properties map, which reads it as its type
                    boolean intoMap = i != j && other == null && typedOthers(targets.get(j).node());
                    if (differently || intoMap) {
                        return variants.get(i).simpleName() + " and " + variants.get(j).simpleName() + " read \""
                                + property.getKey() + "\"";
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether the schema's other members are read as a type of their own ({@code additionalProperties} or
     * {@code patternProperties} with a schema that describes something), which JSON of another shape fails.
     */
    private static boolean typedOthers(JsonNode schema) {
        List<JsonNode> others = new ArrayList<>();
        others.add(schema.path("additionalProperties"));
        schema.path("patternProperties").forEach(others::add);
        for (JsonNode other : others) {
            if (other.isObject() && (other.has("type") || other.has("$ref") || other.has("properties") || other.has("items")
                    || other.has("enum") || other.has("const") || CombinatorKeywords.isUnion(other) || other.has("allOf")
                    || other.has("additionalProperties"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether two property schemas read the same JSON into the same Java value: one schema, or scalars of one kind. */
    private boolean readAlike(SchemaLocationRef a, SchemaLocationRef b) {
        SchemaLocationRef x = followed(a);
        SchemaLocationRef y = followed(b);
        if (SchemaKey.of(x).equals(SchemaKey.of(y)) || x.node().equals(y.node())) {
            return true;
        }
        String kind = scalarKind(x.node());
        return kind != null && kind.equals(scalarKind(y.node()));
    }

    private SchemaLocationRef followed(SchemaLocationRef at) {
        ReferenceKeywords.Reference ref = ReferenceKeywords.of(at.node());
        return ref != null && ModelContext.resolve(context.set(), at, ref) instanceof Resolution.Found found ? found.target() : at;
    }

    /**
     * The Java value a scalar schema reads JSON as ({@code const} only checked when building), or null for
     * anything a reading could reject on its own: enums, objects, arrays, unions, references.
     */
    private static String scalarKind(JsonNode schema) {
        if (!schema.isObject() || schema.has("enum") || ReferenceKeywords.of(schema) != null
                || CombinatorKeywords.isUnion(schema) || TypeKeywords.isSeveralTypes(schema)) {
            return null;
        }
        String type = TypeKeywords.singleType(schema);
        return switch (type) {
            case "string" -> FormatKeywords.stringKind(schema).name();
            case "integer" -> FormatKeywords.integerKind(schema).name();
            case "number", "boolean" -> type;
            default -> null;
        };
    }

    /** Whether every variant requires a property that no other variant declares, which Jackson's deduction needs. */
    private static boolean deducible(List<Merged> shapes) {
        variants:
        for (Merged shape : shapes) {
            for (String property : shape.required()) {
                if (shape.properties().containsKey(property) && !shape.fromAlternative().contains(property)
                        && shapes.stream().filter(s -> s != shape).noneMatch(s -> s.properties().containsKey(property))) {
                    continue variants;
                }
            }
            return false;
        }
        return true;
    }

    /**
     * A property that every variant requires, each with a different fixed string ({@code const} or a
     * one-value enum), or null. A variant that does not require it could be valid JSON without it, which
     * Jackson's type id could not read.
     */
    private static String discriminator(List<Merged> shapes) {
        if (shapes.isEmpty()) {
            return null;
        }
        candidates:
        for (String property : shapes.get(0).properties().keySet()) {
            Set<String> seen = new HashSet<>();
            for (Merged shape : shapes) {
                SchemaLocationRef p = shape.fromAlternative().contains(property) ? null : shape.properties().get(property);
                String value = p == null ? null : ConstKeywords.fixedString(p.node());
                if (value == null || !shape.required().contains(property) || !seen.add(value)) {
                    continue candidates;
                }
            }
            return property;
        }
        return null;
    }

    /**
     * The discriminator values of the variants by OpenAPI's {@code discriminator} keyword: the
     * {@code mapping} entry that points at the variant, else the variant's fixed value of the property,
     * else (as OpenAPI says) the name of the schema it refers to. Null when the keyword is absent or the
     * values would not tell the variants apart; the variants are then told apart as without it.
     */
    private List<String> openApiDiscriminator(SchemaLocationRef at, List<SchemaLocationRef> targets, List<Merged> shapes) {
        String property = CombinatorKeywords.discriminatorProperty(at.node());
        if (property == null || targets.isEmpty()) {
            return null;
        }
        Map<SchemaKey, String> mapped = new HashMap<>();
        for (Map.Entry<String, String> entry : CombinatorKeywords.discriminatorMapping(at.node()).entrySet()) {
            if (context.set().resolve(at, entry.getValue()) instanceof Resolution.Found found) {
                mapped.putIfAbsent(SchemaKey.of(found.target()), entry.getKey());
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            SchemaLocationRef target = targets.get(i);
            SchemaLocationRef own = shapes.get(i).properties().get(property);
            String value = mapped.get(SchemaKey.of(target));
            if (value == null && own != null) {
                value = ConstKeywords.fixedString(own.node());
            }
            boolean inline = target.document() == at.document()
                    && target.pointer().startsWith(at.pointer() + "/" + CombinatorKeywords.unionKeyword(at.node()) + "/");
            if (value == null && !inline) {
                value = ModelContext.ownName(target);
            }
            if (own == null || value == null || out.contains(value)) {
                return null;
            }
            out.add(value);
        }
        return out;
    }
}
