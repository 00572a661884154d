package dev.schemapojo.core.model;

import dev.schemapojo.core.diagnostics.Severity;
import dev.schemapojo.core.ir.JavaName;
import dev.schemapojo.core.ir.TypeDecl;
import dev.schemapojo.core.ir.TypeRef;
import dev.schemapojo.core.ir.TypeRef.ScalarKind;
import dev.schemapojo.core.ir.UnionType;
import dev.schemapojo.core.keywords.CombinatorKeywords;
import dev.schemapojo.core.keywords.ConstKeywords;
import dev.schemapojo.core.keywords.EnumKeywords;
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
 * class), and how JSON tells them apart (a property with a fixed value in each, OpenAPI's
 * {@code discriminator}, else their property names); a union JSON cannot tell apart is a value class.
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
        List<SchemaLocationRef> notVariants = new ArrayList<>();
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
                notVariants.add(branch);
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
        }
        // a branch of another kind beside object variants: JSON of that kind must still read, and an interface
        // of object variants cannot hold it
        List<String> otherKinds = notVariants.stream().map(b -> JsonPointers.last(b.pointer())).toList();
        if (!variants.isEmpty() && !otherKinds.isEmpty()) {
            context.diagnostics().report(at.document().diagnostic(Severity.WARNING, "model.union-fallback",
                    JsonPointers.append(at.pointer(), keyword), "branch " + String.join(", ", otherKinds) + " of this "
                            + keyword + " is no object schema, and a union of classes cannot read other kinds of JSON: "
                            + name.simpleName() + " is a class holding the JSON value as read (getValue(): a String,"
                            + " Number, Boolean, List or Map)"));
            return values.valueType(at, name, TypeRef.scalar(ScalarKind.ANY), "a union of objects and other kinds of"
                    + " JSON, so the value is held as Jackson reads it (a String, Number, Boolean, List or Map).",
                    new Scope(name));
        }
        List<String> mapped = openApiDiscriminator(at, targets, shapes);
        String discriminator = mapped != null ? CombinatorKeywords.discriminatorProperty(at.node()) : discriminator(shapes);
        String alike = discriminator == null ? sameProperties(variants, shapes) : null;
        if (alike != null) {
            context.diagnostics().report(at.document().diagnostic(Severity.WARNING, "model.union-fallback",
                    JsonPointers.append(at.pointer(), keyword), alike + " have the same properties and no discriminator"
                            + " (a property with a different const in each), so JSON cannot tell them apart: "
                            + name.simpleName() + " is a class holding the JSON value as read (getValue(): a Map)"));
            variants.clear();
        } else if (variants.isEmpty()) {
            context.diagnostics().report(at.document().diagnostic(Severity.WARNING, "model.union-fallback",
                    JsonPointers.append(at.pointer(), keyword), "no branch of this " + keyword + " is an object schema, so "
                            + name.simpleName() + " is a class holding the JSON value as read (getValue(): a String,"
                            + " Number, Boolean, List or Map)"));
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
            out.add(new UnionType.Variant(variants.get(i), value));
        }
        return new UnionType(name, description, ModelContext.origin(at), out, discriminator);
    }

    /**
     * Two variants with the same property names, which Jackson's deduction cannot tell apart (it rejects
     * such a union when it first reads one), as {@code "A and B"}; null when all differ.
     */
    private static String sameProperties(List<JavaName> variants, List<Merged> shapes) {
        Map<Set<String>, JavaName> seen = new HashMap<>();
        for (int i = 0; i < variants.size(); i++) {
            JavaName other = seen.putIfAbsent(shapes.get(i).properties().keySet(), variants.get(i));
            if (other != null) {
                return other.simpleName() + " and " + variants.get(i).simpleName();
            }
        }
        return null;
    }

    /** A property that every variant has with a different fixed string ({@code const} or a one-value enum), or null. */
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
                if (value == null || !seen.add(value)) {
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
