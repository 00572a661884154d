package dev.schemapojo.core.model;

import static dev.schemapojo.core.keywords.ConstKeywords.fixedString;
import static dev.schemapojo.core.keywords.ConstKeywords.fixedValue;
import static dev.schemapojo.core.keywords.ConstKeywords.scalarValue;
import static dev.schemapojo.core.model.SchemaShapes.MAX_TUPLE_ITEMS;
import static dev.schemapojo.core.model.SchemaShapes.allowed;
import static dev.schemapojo.core.model.SchemaShapes.allowsNull;
import static dev.schemapojo.core.model.SchemaShapes.closedTuplePositions;
import static dev.schemapojo.core.model.SchemaShapes.declares;
import static dev.schemapojo.core.model.SchemaShapes.declaresAtTop;
import static dev.schemapojo.core.model.SchemaShapes.describesValue;
import static dev.schemapojo.core.model.SchemaShapes.enumJsonType;
import static dev.schemapojo.core.model.SchemaShapes.isNamedMap;
import static dev.schemapojo.core.model.SchemaShapes.isStringEnum;
import static dev.schemapojo.core.model.SchemaShapes.isUnion;
import static dev.schemapojo.core.model.SchemaShapes.nullableBranch;
import static dev.schemapojo.core.model.SchemaShapes.otherPropertiesKeyword;
import static dev.schemapojo.core.model.SchemaShapes.reference;
import static dev.schemapojo.core.model.SchemaShapes.sensitive;
import static dev.schemapojo.core.model.SchemaShapes.text;
import static dev.schemapojo.core.model.SchemaShapes.unionKeyword;

import dev.schemapojo.core.Options;
import dev.schemapojo.core.diagnostics.DiagnosticCollector;
import dev.schemapojo.core.diagnostics.Severity;
import dev.schemapojo.core.ir.AdditionalProperties;
import dev.schemapojo.core.ir.Conditional;
import dev.schemapojo.core.ir.EnumType;
import dev.schemapojo.core.ir.JavaName;
import dev.schemapojo.core.ir.Literal;
import dev.schemapojo.core.ir.ObjectType;
import dev.schemapojo.core.ir.ObjectType.Form;
import dev.schemapojo.core.ir.Origin;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.ir.TupleType;
import dev.schemapojo.core.ir.TypeDecl;
import dev.schemapojo.core.ir.TypeModel;
import dev.schemapojo.core.ir.TypeRef;
import dev.schemapojo.core.ir.TypeRef.ScalarKind;
import dev.schemapojo.core.ir.UnionType;
import dev.schemapojo.core.ir.ValueType;
import dev.schemapojo.core.keywords.ConstraintKeywords;
import dev.schemapojo.core.load.JsonPointers;
import dev.schemapojo.core.load.JsonValues;
import dev.schemapojo.core.load.Resolution;
import dev.schemapojo.core.load.SchemaDocument;
import dev.schemapojo.core.load.SchemaLocationRef;
import dev.schemapojo.core.load.SchemaSet;
import dev.schemapojo.core.naming.Names;
import dev.schemapojo.core.naming.TypeNamer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The model stage: turns validated schemas into the {@link TypeModel}. Every schema that needs a
 * declaration (an object with properties, a string enum) becomes exactly one type, however many
 * references lead to it; references to it become {@link TypeRef.Named}.
 */
public final class Modeller {
    /** Member names of the generated class and of {@code Object} that a property may not take. */
    private static final Set<String> RESERVED_MEMBERS = Set.of(
            "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize",
            "builder", "toBuilder", "build");
    private static final Set<String> NOT_REPRESENTED = Set.of(
            "anyOf", "oneOf", "not", "if", "patternProperties", "dependentSchemas");

    /** A JSON name or enum value is a string constant in the class file: 65,535 bytes of modified UTF-8 at most. */
    static final int MAX_JSON_NAME_CHARS = 20_000;
    /** The builder's {@code build()} spends about 25 bytes of code per property within javac's 64 KB per method. */
    static final int MAX_PROPERTIES = 2_000;
    private final Options options;
    private final SchemaSet set;
    private final DiagnosticCollector diagnostics;
    private final TypeNamer namer;

    /** Top-level types by the schema they come from. */
    private final Map<Key, JavaName> topLevelNames = new HashMap<>();
    /** Which schema claimed each top-level name, to report collisions. */
    private final Map<String, Key> claimedNames = new HashMap<>();
    private final Deque<Key> pending = new ArrayDeque<>();
    private final Map<String, SchemaDocument> documentsByKey = new HashMap<>();
    /** The JSON values of every string enum type, known as soon as the type is named. */
    private final Map<JavaName, Set<String>> enumValuesByName = new HashMap<>();
    private final Map<Key, TypeDecl> declared = new LinkedHashMap<>();
    /** References being followed, to detect cycles that never reach a type. */
    private final Set<Key> following = new HashSet<>();
    /** Every schema some {@code $ref} points at: such a schema is a top-level type, never a nested one. */
    private final Set<Key> referenceTargets = new HashSet<>();
    /**
     * File roots that get a {@link ValueType} (a string, an array, any value): references to them keep the
     * plain Java type of the value, so they are not named where {@link #topLevelNames} would name them.
     */
    private final Set<Key> valueRoots = new HashSet<>();
    /** How many lists and maps enclose the type being modelled. */
    private int collectionDepth;
    static final int MAX_COLLECTION_DEPTH = 16;

    public Modeller(Options options, SchemaSet set, DiagnosticCollector diagnostics) {
        this.options = options;
        this.set = set;
        this.diagnostics = diagnostics;
        this.namer = new TypeNamer(options);
    }

    /**
     * The name of the top-level type that a use of the schema at {@code key} is typed as, or null. A file
     * root with a {@link ValueType} has a name but is not a type to its users: they get the plain value.
     */
    private JavaName typeNameFor(Key key) {
        return valueRoots.contains(key) ? null : topLevelNames.get(key);
    }

    /** A schema inside the set: the document's {@link SchemaDocument#key()} and a pointer. */
    private record Key(String path, String pointer) {}

    public TypeModel model() {
        Map<String, SchemaDocument> documents = documentsByKey;
        collectReferenceTargets();
        for (SchemaDocument d : set.documents()) {
            documents.put(d.key(), d);
            boolean rootTyped = declaresAtTop(d.root()) || isNamedMap(d.root());
            if (rootTyped) {
                claimTopLevel(d, "", d.baseName());
            }
            boolean definitions = claimDefinitions(d);
            rootTyped = rootTyped || claimRootReference(d);
            if (!rootTyped && describesValue(d.root())) {
                valueRoots.add(new Key(d.key(), ""));
                claimTopLevel(d, "", d.baseName());
                rootTyped = true;
            }
            if (!rootTyped && !definitions && (d.root().isObject() || d.root().isBoolean())) {
                diagnostics.report(d.diagnostic(Severity.WARNING, "model.no-type", "", d.root().isBoolean()
                        ? "no Java type is generated for this file: its schema is false, so no JSON value is valid"
                        : "no Java type is generated for this file: it only holds \"$defs\" or \"definitions\", and"
                                + " none of them is an object with \"properties\", a string enum or a union of objects;"
                                + " \"$ref\"s to them are typed as their keywords describe"));
            }
        }
        while (!pending.isEmpty()) {
            Key key = pending.removeFirst();
            SchemaDocument document = documents.get(key.path());
            SchemaLocationRef at = new SchemaLocationRef(document, key.pointer());
            JavaName name = topLevelNames.get(key);
            declared.put(key, valueRoots.contains(key) ? rootValue(at, name) : declare(at, name, new Scope(null, name)));
        }
        List<TypeDecl> types = new ArrayList<>();
        for (TypeDecl decl : declared.values()) {
            types.add(withInterfaces(decl));
        }
        types.sort(java.util.Comparator.comparing(t -> t.name().canonicalName()));
        return new TypeModel(types);
    }

    /**
     * The class of a file whose root is a value (a string, an array, any JSON): it holds the value as
     * its Java type and checks it as a builder checks a property. A file that is a closed tuple is the
     * tuple class.
     */
    private TypeDecl rootValue(SchemaLocationRef at, JavaName name) {
        Scope scope = new Scope(null, name);
        JsonNode declared = at.node().path("type");
        if (closedTuplePositions(at.node()) != null && !at.node().has("$ref")
                && (declared.isMissingNode() || (declared.isString() && declared.asString().equals("array")))) {
            return tupleType(at, name, scope); // a file that is a tuple is the tuple class itself
        }
        TypeRef type = typeOf(at, name.simpleName(), scope);
        String note = type instanceof TypeRef.Scalar s && s.kind() == ScalarKind.ANY
                ? "a schema file whose value is any JSON, held as Jackson reads it (a String, Number, Boolean, List or Map)."
                : "a schema file whose value is not an object with properties, held as it is in Java. Properties that"
                        + " refer to this file are typed like the value, not as this class.";
        return valueType(at, name, type, note, scope);
    }

    private ValueType valueType(SchemaLocationRef at, JavaName name, TypeRef type, String note, Scope scope) {
        JsonNode schema = at.node();
        Property value = new Property("value", "value", type, true, false, sensitive(schema), "", literal(at, "const", type),
                null, allowed(schema, type), ConstraintKeywords.read(schema, options.beanValidation()));
        reportPatternNotJava(at);
        return new ValueType(name, text(schema, "description"), origin(at), value, note, scope.nested);
    }

    /** With Bean Validation, a {@code pattern} that is no Java regular expression gets no {@code @Pattern}: said once. */
    private void reportPatternNotJava(SchemaLocationRef at) {
        JsonNode pattern = at.node().path("pattern");
        if (options.beanValidation() && pattern.isString() && !ConstraintKeywords.compilesInJava(pattern.asString())) {
            diagnostics.report(at.document().diagnostic(Severity.WARNING, "model.pattern-not-java",
                    JsonPointers.append(at.pointer(), "pattern"), JsonValues.quote(pattern.asString()) + " is not a Java"
                            + " regular expression, so it gets no @Pattern annotation (JSON Schema uses ECMA-262 syntax)"));
        }
    }

    /**
     * Every entry of the file's top-level {@code $defs} and {@code definitions} that would be a type
     * becomes one, referenced or not: a file of definitions is a library of types, and its users
     * expect all of them (also when only other projects refer to them).
     *
     * @return whether any entry became a type
     */
    private boolean claimDefinitions(SchemaDocument d) {
        boolean any = false;
        for (String container : List.of("$defs", "definitions")) {
            for (Map.Entry<String, JsonNode> entry : d.root().path(container).properties()) {
                if (declaresAtTop(entry.getValue())) {
                    claimTopLevel(d, JsonPointers.append(JsonPointers.append("", container), entry.getKey()), entry.getKey());
                    any = true;
                }
            }
        }
        return any;
    }

    /**
     * A file whose root is only a reference ({@code {"$ref": "#/$defs/group/animation", "$defs": ...}},
     * as bundlers write them) generates the type it refers to, and through it everything that type uses.
     *
     * @return whether the root leads to a type
     */
    private boolean claimRootReference(SchemaDocument d) {
        String ref = reference(d.root());
        if (ref == null || !(set.resolve(new SchemaLocationRef(d, ""), ref) instanceof Resolution.Found found)
                || !declaresAtTop(found.target().node())) {
            return false;
        }
        SchemaLocationRef target = found.target();
        claimTopLevel(target.document(), target.pointer(), ownName(target));
        return true;
    }

    /**
     * A schema that is referenced gets a top-level type wherever it sits, so its place does not depend
     * on whether the reference or the schema's own property is modelled first.
     */
    private void collectReferenceTargets() {
        for (SchemaDocument d : set.documents()) {
            dev.schemapojo.core.load.SchemaWalker.walk(d.root(), (pointer, schema) -> {
                String ref = reference(schema);
                if (ref != null && set.resolve(new SchemaLocationRef(d, pointer), ref) instanceof Resolution.Found found) {
                    referenceTargets.add(new Key(found.target().document().key(), found.target().pointer()));
                }
            });
        }
    }

    private JavaName claimTopLevel(SchemaDocument document, String pointer, String fallbackName) {
        Key key = new Key(document.key(), pointer);
        JavaName existing = topLevelNames.get(key);
        if (existing != null) {
            return existing;
        }
        JsonNode schema = new SchemaLocationRef(document, pointer).node();
        JavaName name = namer.topLevelName(document.directories(), TypeNamer.title(schema), fallbackName);
        if (name.simpleName().equals("Builder")) {
            // every generated class has a nested Builder, and Java forbids a nested class named like its outer one
            name = new JavaName(name.packageName(), List.of("Builder_"));
        }
        Key previous = claimedNames.putIfAbsent(claimKey(name), key);
        if (previous != null) {
            if (pointer.isEmpty() && previous.pointer().isEmpty()) {
                // Two schema files want one type name: that needs the user's decision.
                String titlePointer = schema.has("title") ? JsonPointers.append(pointer, "title") : pointer;
                diagnostics.report(document.diagnostic(Severity.ERROR, "naming.collision", titlePointer,
                        "this schema and " + documentsByKey.get(previous.path()).displayPath()
                                + " both map to the Java type " + name.canonicalName()
                                + " (names that differ only in case collide on some file systems); give one of them"
                                + " another title, move it to another sub-directory, or change the naming rule"));
            }
            // A name derived from a $defs key or a property is numbered; after an error, numbering keeps the model whole.
            JavaName renamed;
            int n = 2;
            do {
                renamed = new JavaName(name.packageName(), List.of(name.simpleName() + n++));
            } while (claimedNames.putIfAbsent(claimKey(renamed), key) != null);
            name = renamed;
        }
        topLevelNames.put(key, name);
        recordEnumValues(name, schema);
        pending.addLast(key);
        return name;
    }

    /** Type names are claimed case-insensitively: case-insensitive file systems hold only one of Foo.java and FOO.java. */
    private static String claimKey(JavaName name) {
        return name.canonicalName().toLowerCase(java.util.Locale.ROOT);
    }

    /** The properties and required names of an object schema, with those of its {@code allOf} branches. */
    private record Merged(Map<String, SchemaLocationRef> properties, Set<String> required, Set<String> loose,
            List<SchemaLocationRef> conditionals) {}

    /**
     * {@code allOf} merged into one object: the properties and {@code required} names of the schema and
     * of every branch (following {@code $ref}s and nested {@code allOf}s, each schema once). A property
     * that two branches define differently is reported; the first definition wins.
     */
    private Merged merge(SchemaLocationRef at) {
        Map<String, SchemaLocationRef> properties = new LinkedHashMap<>();
        Set<String> required = new java.util.LinkedHashSet<>();
        Set<String> loose = new HashSet<>();
        List<SchemaLocationRef> conditionals = new ArrayList<>();
        // a "loose" schema is an alternative (a oneOf/anyOf branch beside properties, then/else): its properties
        // may appear, so the type holds them, but its required names and fixed values do not always apply
        record Visit(SchemaLocationRef at, boolean loose) {}
        Deque<Visit> todo = new ArrayDeque<>();
        Set<Key> seen = new HashSet<>();
        todo.add(new Visit(at, false));
        while (!todo.isEmpty()) {
            Visit visit = todo.removeFirst();
            SchemaLocationRef next = visit.at();
            if (!seen.add(new Key(next.document().key(), next.pointer()))) {
                continue;
            }
            JsonNode schema = next.node();
            if (next != at && schema.path("$ref").isString()
                    && set.resolve(next, schema.path("$ref").asString()) instanceof Resolution.Found found) {
                todo.addFirst(new Visit(found.target(), visit.loose()));
            }
            for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
                SchemaLocationRef propAt = child(next, "properties", p.getKey());
                SchemaLocationRef first = properties.putIfAbsent(p.getKey(), propAt);
                if (first == null && visit.loose()) {
                    loose.add(p.getKey());
                } else if (first != null && !visit.loose() && loose.remove(p.getKey())) {
                    properties.put(p.getKey(), propAt); // a definition that always applies wins over an alternative's
                } else if (first != null && !visit.loose() && !first.node().equals(p.getValue())) {
                    diagnostics.report(next.document().diagnosticAtKey(Severity.WARNING, "model.allof-conflict",
                            propAt.pointer(), "\"" + p.getKey() + "\" is also defined, differently, at "
                                    + first.document().displayPath() + "#" + first.pointer()
                                    + "; allOf requires both, and the generated type uses the first"));
                }
            }
            if (!visit.loose()) {
                for (JsonNode r : schema.path("required")) {
                    if (r.isString()) {
                        required.add(r.asString());
                    }
                }
            }
            if (schema.path("if").isObject() && (schema.path("then").isObject() || schema.path("else").isObject())) {
                // the branches' properties may appear, so the type holds them (optional: which are required depends)
                if (!visit.loose()) {
                    conditionals.add(next);
                }
                for (String keyword : List.of("if", "then", "else")) {
                    todo.addLast(new Visit(child(next, keyword), true));
                }
            }
            if (next != at || !isUnion(schema)) {
                // oneOf/anyOf beside properties (or inside allOf): each alternative's properties may appear
                for (String keyword : List.of("oneOf", "anyOf")) {
                    JsonNode alternatives = schema.path(keyword);
                    boolean nullable = nullableBranch(schema) != null;
                    for (int i = 0; i < alternatives.size() && !nullable; i++) {
                        todo.addLast(new Visit(child(next, keyword, i), true));
                    }
                }
            }
            JsonNode branches = schema.path("allOf");
            for (int i = branches.size() - 1; i >= 0; i--) {
                todo.addFirst(new Visit(child(next, "allOf", i), visit.loose()));
            }
        }
        return new Merged(properties, required, loose, conditionals);
    }


    /** Variants of each union, recorded as unions are modelled: the classes then implement the interface. */
    private final Map<JavaName, List<JavaName>> interfacesOf = new HashMap<>();

    private TypeDecl unionType(SchemaLocationRef at, JavaName name, String description, Origin origin) {
        String keyword = unionKeyword(at.node());
        JsonNode branches = at.node().path(keyword);
        List<JavaName> variants = new ArrayList<>();
        List<SchemaLocationRef> targets = new ArrayList<>();
        List<Merged> shapes = new ArrayList<>();
        List<SchemaLocationRef> notVariants = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            SchemaLocationRef branch = child(at, keyword, i);
            SchemaLocationRef target = branch;
            if (branch.node().path("$ref").isString()) {
                if (!(set.resolve(branch, branch.node().path("$ref").asString()) instanceof Resolution.Found found)) {
                    continue;
                }
                target = found.target();
            }
            if (!declaresAtTop(target.node()) || isStringEnum(target.node()) || isUnion(target.node())) {
                notVariants.add(branch);
                continue;
            }
            Key key = new Key(target.document().key(), target.pointer());
            JavaName variant = topLevelNames.get(key);
            if (variant == null) {
                // a referenced schema is named like any other (title, else its key); an inline branch after the union
                String fallback = target != branch ? ownName(target) : name.simpleName() + "Option" + (i + 1);
                variant = claimTopLevel(target.document(), target.pointer(), fallback);
            }
            variants.add(variant);
            targets.add(target);
            shapes.add(merge(target));
        }
        if (!variants.isEmpty()) {
            // among object variants, a branch of another shape cannot be read (with none, the fallback holds any value)
            for (SchemaLocationRef branch : notVariants) {
                diagnostics.report(branch.document().diagnostic(Severity.WARNING, "model.union-branch", branch.pointer(),
                        "this " + keyword + " branch is not an object schema, so it is not a variant of "
                                + name.simpleName() + "; JSON of this shape cannot be read as " + name.simpleName()));
            }
        }
        List<String> values = openApiDiscriminator(at, targets, shapes);
        String discriminator = values != null ? at.node().path("discriminator").path("propertyName").asString()
                : discriminator(shapes);
        String alike = discriminator == null ? sameProperties(variants, shapes) : null;
        if (alike != null) {
            diagnostics.report(at.document().diagnostic(Severity.WARNING, "model.union-fallback",
                    JsonPointers.append(at.pointer(), keyword), alike + " have the same properties and no discriminator"
                            + " (a property with a different const in each), so JSON cannot tell them apart: "
                            + name.simpleName() + " is a class holding the JSON value as read (getValue(): a Map)"));
            variants.clear();
        } else if (variants.isEmpty()) {
            diagnostics.report(at.document().diagnostic(Severity.WARNING, "model.union-fallback",
                    JsonPointers.append(at.pointer(), keyword), "no branch of this " + keyword + " is an object schema, so "
                            + name.simpleName() + " is a class holding the JSON value as read (getValue(): a String,"
                            + " Number, Boolean, List or Map)"));
        }
        if (variants.isEmpty()) {
            return valueType(at, name, TypeRef.scalar(ScalarKind.ANY), "a union without object variants that JSON can"
                    + " tell apart, so the value is held as Jackson reads it (a String, Number, Boolean, List or Map).",
                    new Scope(null, name));
        }
        List<UnionType.Variant> out = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            interfacesOf.computeIfAbsent(variants.get(i), k -> new ArrayList<>()).add(name);
            String value = values != null ? values.get(i)
                    : discriminator == null ? null : fixedString(shapes.get(i).properties().get(discriminator).node());
            out.add(new UnionType.Variant(variants.get(i), value));
        }
        return new UnionType(name, description, origin, out, discriminator);
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
            Set<String> values = new HashSet<>();
            for (Merged shape : shapes) {
                SchemaLocationRef p = shape.loose().contains(property) ? null : shape.properties().get(property);
                String value = p == null ? null : fixedString(p.node());
                if (value == null || !values.add(value)) {
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
        JsonNode keyword = at.node().path("discriminator");
        if (!keyword.path("propertyName").isString() || targets.isEmpty()) {
            return null;
        }
        String property = keyword.path("propertyName").asString();
        Map<Key, String> mapped = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : keyword.path("mapping").properties()) {
            if (entry.getValue().isString() && set.resolve(at, entry.getValue().asString())
                    instanceof Resolution.Found found) {
                mapped.putIfAbsent(new Key(found.target().document().key(), found.target().pointer()), entry.getKey());
            }
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            SchemaLocationRef target = targets.get(i);
            SchemaLocationRef own = shapes.get(i).properties().get(property);
            String value = mapped.get(new Key(target.document().key(), target.pointer()));
            if (value == null && own != null) {
                value = fixedString(own.node());
            }
            boolean inline = target.document() == at.document()
                    && target.pointer().startsWith(at.pointer() + "/" + unionKeyword(at.node()) + "/");
            if (value == null && !inline) {
                value = ownName(target);
            }
            if (own == null || value == null || values.contains(value)) {
                return null;
            }
            values.add(value);
        }
        return values;
    }

    /** The types with the union interfaces they implement, nested types included. */
    private TypeDecl withInterfaces(TypeDecl decl) {
        if (decl instanceof ObjectType o) {
            List<TypeDecl> nested = new ArrayList<>();
            o.nested().forEach(n -> nested.add(withInterfaces(n)));
            return o.withNested(nested).withInterfaces(interfacesOf.getOrDefault(o.name(), List.of()));
        }
        return decl;
    }

    /** The nested-type names used inside one generated class. */
    private static final class Scope {
        final Scope parent;
        final JavaName name;
        final Set<String> used = new HashSet<>();
        final List<TypeDecl> nested = new ArrayList<>();

        Scope(Scope parent, JavaName name) {
            this.parent = parent;
            this.name = name;
            used.add("Builder");
        }

        String allocate(String wanted) {
            Set<String> enclosing = new HashSet<>(name.simpleNames());
            String candidate = wanted;
            int n = 2;
            while (enclosing.contains(candidate) || used.contains(candidate)) {
                candidate = wanted + n++;
            }
            used.add(candidate);
            return candidate;
        }
    }

    private TypeDecl declare(SchemaLocationRef at, JavaName name, Scope scope) {
        JsonNode schema = at.node();
        String description = text(schema, "description");
        Origin origin = origin(at);
        if (isStringEnum(schema)) {
            return enumType(at, schema, name, description, origin);
        }
        if (isUnion(schema)) {
            return unionType(at, name, description, origin);
        }
        Merged merged = merge(at);
        Map<String, SchemaLocationRef> properties = merged.properties();
        Set<String> required = merged.required();
        reportNotRepresented(at, schema, true);
        if (properties.size() > MAX_PROPERTIES) {
            diagnostics.report(at.document().diagnostic(Severity.ERROR, "model.too-many-properties",
                    JsonPointers.append(at.pointer(), "properties"),
                    "an object with " + properties.size() + " properties does not fit in one Java class (javac limits"
                            + " a method to 64 KB of code); at most " + MAX_PROPERTIES + " are supported: split the schema"
                            + " with allOf or nested objects"));
            return new ObjectType(name, description, origin, Form.CLASS, List.of(), null, false, scope.nested, Map.of(),
                    List.of(), List.of());
        }
        Set<String> javaNames = new HashSet<>(RESERVED_MEMBERS);
        List<Property> props = new ArrayList<>();
        for (Map.Entry<String, SchemaLocationRef> entry : properties.entrySet()) {
            String jsonName = entry.getKey();
            SchemaLocationRef propAt = entry.getValue();
            JsonNode propSchema = propAt.node();
            String pointer = propAt.pointer();
            SchemaDocument propDocument = propAt.document();
            if (jsonName.length() > MAX_JSON_NAME_CHARS) {
                diagnostics.report(propDocument.diagnosticAtKey(Severity.ERROR, "model.name-too-long", pointer,
                        "a property name of " + jsonName.length() + " characters does not fit in a Java string constant"
                                + " (at most " + MAX_JSON_NAME_CHARS + " characters are supported)"));
                continue;
            }
            if (propSchema.isBoolean() && !propSchema.asBoolean()) {
                diagnostics.report(propDocument.diagnostic(Severity.WARNING, "model.false-schema", pointer,
                        "this property's schema is false, so no valid JSON has it; it is not generated"));
                continue;
            }
            String javaName = unique(Names.lowerCamel(jsonName), javaNames);
            TypeRef type = typeOf(propAt, Names.upperCamel(jsonName), scope);
            if (jsonName.isEmpty() && !(type instanceof TypeRef.Scalar)) {
                // @JsonProperty("") means "use the Java name"; "" is read and written through the any-setter
                // and any-getter, which only carry plain JSON values.
                diagnostics.report(propDocument.diagnosticAtKey(Severity.WARNING, "model.empty-property-name", pointer,
                        "a property with an empty name is only supported with a string, number, integer, boolean or"
                                + " untyped value; this one is ignored when JSON is read and never written"));
                continue;
            }
            boolean sensitive = options.sensitiveProperties().contains(jsonName) || sensitive(propSchema);
            // an alternative's fixed values and defaults hold only when that alternative applies
            boolean alternative = merged.loose().contains(jsonName);
            props.add(new Property(jsonName, javaName, type, required.contains(jsonName), allowsNull(propSchema),
                    sensitive, text(propSchema, "description"), alternative ? null : literal(propAt, "const", type),
                    alternative ? null : literal(propAt, "default", type), alternative ? List.of() : allowed(propSchema, type),
                    ConstraintKeywords.read(propSchema, options.beanValidation())));
            reportPatternNotJava(propAt);
        }
        JsonNode others = schema.path(otherPropertiesKeyword(schema));
        boolean closed = others.isBoolean() && !others.asBoolean();
        TypeRef additionalValues = closed || props.stream().anyMatch(p -> p.jsonName().isEmpty()) ? null
                : additionalProperties(at, scope, "AdditionalProperty");
        AdditionalProperties additional = additionalValues == null ? null
                : new AdditionalProperties(unique("additionalProperties", javaNames), additionalValues,
                        requiredKeys(required, props));
        String obstacle = recordObstacle(props, additional, closed);
        if (options.style() == dev.schemapojo.core.Style.RECORD && obstacle != null) {
            diagnostics.report(at.document().diagnostic(Severity.WARNING, "style.record-fallback", at.pointer(),
                    name.simpleName() + " is generated as a class, not a record: " + obstacle));
        }
        Form form = options.style() == dev.schemapojo.core.Style.RECORD && obstacle == null ? Form.RECORD : Form.CLASS;
        return new ObjectType(name, description, origin, form, props, additional, closed, scope.nested,
                dependentRequired(schema, props), conditionals(merged.conditionals(), props), List.of());
    }

    /** Why an object type cannot be a Java record, or null when it can. */
    private static String recordObstacle(List<Property> props, AdditionalProperties additional, boolean closed) {
        if (closed) {
            return "additionalProperties: false needs a class (records cannot reject unknown properties)";
        }
        if (props.size() + (additional == null ? 0 : 1) > 254) {
            return "a record has at most 254 components";
        }
        for (Property p : props) {
            if (p.jsonName().isEmpty()) {
                return "a property named \"\" needs a class";
            }
            if (p.type() instanceof TypeRef.SetOf) {
                return "uniqueItems (\"" + p.jsonName() + "\") needs a class to keep the order and reject repeats";
            }
        }
        return additional == null ? null : "keeping additional properties needs a class (a record cannot have an any-setter)";
    }

    /** The keywords an {@code if} that tests fixed values may have. */
    private static final Set<String> IF_KEYWORDS = Set.of("properties", "required", "type", "$comment", "description", "title");

    /**
     * The {@code if}/{@code then}/{@code else}s of an object whose {@code if} only tests properties of
     * the type for fixed values (and presence); any other condition is reported as not represented.
     */
    private List<Conditional> conditionals(List<SchemaLocationRef> at, List<Property> props) {
        Map<String, Property> byName = new HashMap<>();
        props.forEach(p -> byName.put(p.jsonName(), p));
        List<Conditional> out = new ArrayList<>();
        for (SchemaLocationRef c : at) {
            JsonNode condition = c.node().path("if");
            Set<String> presence = new java.util.LinkedHashSet<>();
            condition.path("required").forEach(r -> presence.add(r.asString()));
            List<Conditional.Test> tests = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            boolean simple = true;
            for (Map.Entry<String, JsonNode> test : condition.path("properties").properties()) {
                Property p = byName.get(test.getKey());
                JsonNode fixed = fixedValue(test.getValue());
                Literal value = p == null || fixed == null ? null
                        : p.type() instanceof TypeRef.Scalar scalar ? scalarValue(scalar.kind(), fixed)
                        : p.type() instanceof TypeRef.Named named && fixed.isString()
                                && enumValues(named).contains(fixed.asString()) ? new Literal.EnumConstant(fixed.asString()) : null;
                simple &= value != null;
                tests.add(new Conditional.Test(test.getKey(), value, presence.remove(test.getKey())));
                shown.add(test.getKey() + " = " + JsonValues.preview(fixed == null ? test.getValue() : fixed));
            }
            for (String name : presence) {
                simple &= byName.containsKey(name);
                tests.add(new Conditional.Test(name, null, true));
                shown.add(name + " is present");
            }
            simple &= !tests.isEmpty() && IF_KEYWORDS.containsAll(condition.propertyNames());
            if (!simple) {
                diagnostics.report(c.document().diagnostic(Severity.WARNING, "model.not-represented",
                        JsonPointers.append(c.pointer(), "if"), "only an \"if\" that tests properties of this type for"
                                + " fixed values (const, or an enum of one value) and presence is represented; this"
                                + " condition is not checked (the properties of \"then\" and \"else\" are optional"
                                + " properties of the type)"));
                continue;
            }
            out.add(new Conditional(String.join(" and ", shown), tests, requiredOf(c, "then", byName),
                    requiredOf(c, "else", byName)));
        }
        return out;
    }

    /** The required names that are no named property: keys the additional-properties map must hold. */
    private static List<String> requiredKeys(Set<String> required, List<Property> props) {
        Set<String> named = new HashSet<>();
        props.forEach(p -> named.add(p.jsonName()));
        named.add(""); // as before the map had an IR type of its own (a required "" is not checked: see docs/decisions.md)
        return required.stream().filter(name -> !named.contains(name)).toList();
    }

    /** The {@code required} names of an if/then/else branch that are properties of the type. */
    private static List<String> requiredOf(SchemaLocationRef c, String branch, Map<String, Property> byName) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : c.node().path(branch).path("required")) {
            if (r.isString() && byName.containsKey(r.asString()) && !out.contains(r.asString())) {
                out.add(r.asString());
            }
        }
        return out;
    }

    /** {@code dependentRequired}, and the array form of the older {@code dependencies}, over generated properties. */
    private static Map<String, List<String>> dependentRequired(JsonNode schema, List<Property> props) {
        Set<String> known = new HashSet<>();
        props.forEach(p -> known.add(p.jsonName()));
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String keyword : List.of("dependentRequired", "dependencies")) {
            for (Map.Entry<String, JsonNode> entry : schema.path(keyword).properties()) {
                if (!entry.getValue().isArray() || !known.contains(entry.getKey())) {
                    continue;
                }
                List<String> names = new ArrayList<>();
                for (JsonNode n : entry.getValue()) {
                    if (n.isString() && known.contains(n.asString()) && !names.contains(n.asString())) {
                        names.add(n.asString());
                    }
                }
                if (!names.isEmpty()) {
                    out.putIfAbsent(entry.getKey(), names);
                }
            }
        }
        return out;
    }

    private EnumType enumType(SchemaLocationRef at, JsonNode schema, JavaName name, String description, Origin origin) {
        Set<String> used = new HashSet<>();
        List<EnumType.Constant> constants = new ArrayList<>();
        Set<String> seenValues = new HashSet<>();
        JsonNode values = schema.path("enum");
        for (int i = 0; i < values.size(); i++) {
            JsonNode v = values.get(i);
            if (v.isNull()) {
                continue;
            }
            if (v.asString().length() > MAX_JSON_NAME_CHARS) {
                diagnostics.report(at.document().diagnostic(Severity.ERROR, "model.name-too-long",
                        JsonPointers.append(JsonPointers.append(at.pointer(), "enum"), i),
                        "an enum value of " + v.asString().length() + " characters does not fit in a Java string constant"
                                + " (at most " + MAX_JSON_NAME_CHARS + " characters are supported)"));
                continue;
            }
            if (seenValues.add(v.asString())) {
                constants.add(new EnumType.Constant(unique(Names.constantCase(v.asString()), used), v.asString()));
            }
        }
        return new EnumType(name, description, origin, constants);
    }

    /** {@code wanted}, else {@code wanted_}, else {@code wanted_2}, {@code wanted_3}, ... */
    private static String unique(String wanted, Set<String> used) {
        String base = wanted.endsWith("_") ? wanted : wanted + "_";
        String candidate = wanted;
        int n = 2;
        while (used.contains(candidate)) {
            candidate = candidate.equals(wanted) && !base.equals(wanted) ? base : base + n++;
        }
        used.add(candidate);
        return candidate;
    }

    /**
     * The value of {@code const} or {@code default} as a Java value of the property's type, or null when
     * absent; a value the type cannot hold (or a type we do not initialise) is reported, not guessed.
     */
    private Literal literal(SchemaLocationRef at, String keyword, TypeRef type) {
        JsonNode value = at.node().path(keyword);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        Literal literal = null;
        if (type instanceof TypeRef.Scalar scalar) {
            literal = scalarValue(scalar.kind(), value);
        } else if (type instanceof TypeRef.Named named && value.isString() && enumValues(named).contains(value.asString())) {
            literal = new Literal.EnumConstant(value.asString());
        }
        if (literal == null) {
            diagnostics.report(at.document().diagnostic(Severity.WARNING, "model." + keyword + "-not-represented",
                    JsonPointers.append(at.pointer(), keyword), JsonValues.preview(value) + " is not represented as the \""
                            + keyword + "\" of this property (supported: a string, number, integer or boolean of the"
                            + " property's type, or one of its enum values)"));
        }
        return literal;
    }

    private Set<String> enumValues(TypeRef.Named named) {
        return enumValuesByName.getOrDefault(named.name(), Set.of());
    }

    private void recordEnumValues(JavaName name, JsonNode schema) {
        if (isStringEnum(schema)) {
            Set<String> values = new HashSet<>();
            for (JsonNode v : schema.path("enum")) {
                if (v.isString()) {
                    values.add(v.asString());
                }
            }
            enumValuesByName.put(name, values);
        }
    }

    /** The Java type for the schema at {@code at}; nested declarations go into {@code scope}. */
    private TypeRef typeOf(SchemaLocationRef at, String suggestedName, Scope scope) {
        JsonNode schema = at.node();
        if (schema.isBoolean() || schema.isEmpty()) {
            return TypeRef.scalar(ScalarKind.ANY);
        }
        String branch = nullableBranch(schema);
        if (branch != null && !schema.has("properties") && !schema.has("type") && !schema.has("$ref")) {
            return typeOf(new SchemaLocationRef(at.document(), at.pointer() + branch), suggestedName, scope);
        }
        String ref = reference(schema);
        if (ref != null) {
            return referenced(at, ref, suggestedName, scope);
        }
        Key key = new Key(at.document().key(), at.pointer());
        JavaName topLevel = typeNameFor(key);
        if (topLevel != null) {
            return new TypeRef.Named(topLevel);
        }
        if (declares(schema) && referenceTargets.contains(key)) {
            return new TypeRef.Named(claimTopLevel(at.document(), at.pointer(), JsonPointers.last(at.pointer())));
        }
        if (isUnion(schema)) {
            // A union is top-level: nested in a class, it could be implemented by that class or one around it,
            // which Java rejects as cyclic inheritance (a variant that refers back with "$ref": "#").
            return new TypeRef.Named(claimTopLevel(at.document(), at.pointer(), suggestedName));
        }
        if (declares(schema) && nestedNameTooLong(scope.name, Names.upperCamel(suggestedName))) {
            // Deep nesting would make the class file name (Outer$A$B$...$Z.class) too long for file systems.
            return new TypeRef.Named(claimTopLevel(at.document(), at.pointer(), suggestedName));
        }
        if (declares(schema)) {
            JavaName name = scope.name.nested(scope.allocate(Names.upperCamel(suggestedName)));
            recordEnumValues(name, schema);
            Scope inner = new Scope(scope, name);
            scope.nested.add(declare(at, name, inner));
            return new TypeRef.Named(name);
        }
        reportNotRepresented(at, schema, false);
        String type = singleType(at, schema);
        switch (type) {
            case "object": {
                // the values a class keeps beside its properties, by the same rule; a map says nothing: any value
                TypeRef value = additionalProperties(at, scope, suggestedName + "Value");
                return new TypeRef.MapOf(value == null ? TypeRef.scalar(ScalarKind.ANY) : value);
            }
            case "array": {
                TypeRef tuple = tuple(at, suggestedName, scope);
                if (tuple != null) {
                    return tuple;
                }
                JsonNode items = schema.path("items");
                boolean unique = schema.path("uniqueItems").asBoolean(false);
                TypeRef item = items.isObject() ? element(child(at, "items"), suggestedName + "Item", scope)
                        : TypeRef.scalar(ScalarKind.ANY);
                return unique ? new TypeRef.SetOf(item) : new TypeRef.ListOf(item);
            }
            case "string": {
                String format = text(schema, "format");
                return switch (format) {
                    case "date-time" -> TypeRef.scalar(ScalarKind.OFFSET_DATE_TIME);
                    case "date" -> TypeRef.scalar(ScalarKind.LOCAL_DATE);
                    case "time" -> TypeRef.scalar(ScalarKind.OFFSET_TIME);
                    case "uuid" -> TypeRef.scalar(ScalarKind.UUID);
                    case "uri", "uri-reference", "iri", "iri-reference" -> TypeRef.scalar(ScalarKind.URI);
                    default -> TypeRef.scalar(ScalarKind.STRING);
                };
            }
            case "integer":
                return TypeRef.scalar("int32".equals(text(schema, "format")) ? ScalarKind.INTEGER : ScalarKind.LONG);
            case "number":
                return TypeRef.scalar(ScalarKind.DOUBLE);
            case "boolean":
                return TypeRef.scalar(ScalarKind.BOOLEAN);
            default:
                return TypeRef.scalar(ScalarKind.ANY);
        }
    }

    /**
     * The value type of the properties an object schema allows beside its named ones, when the schema
     * says so: the {@code additionalProperties} schema alone, or the one {@code patternProperties} schema
     * when other names are forbidden or not mentioned, else {@code Object} (several schemas, or a pattern
     * beside {@code additionalProperties: true}, allow values of different types). Null when the schema
     * says nothing or forbids them: a class then ignores unknown properties on read, as before, and an
     * inline map holds any value.
     */
    private TypeRef additionalProperties(SchemaLocationRef at, Scope scope, String valueName) {
        JsonNode schema = at.node();
        String othersKeyword = otherPropertiesKeyword(schema);
        JsonNode additional = schema.path(othersKeyword);
        JsonNode patterns = schema.path("patternProperties");
        boolean typedAdditional = additional.isObject() && !additional.isEmpty();
        if (typedAdditional && (!patterns.isObject() || patterns.isEmpty())) {
            return element(child(at, othersKeyword), valueName, scope);
        }
        if (!additional.isObject() && !(additional.isBoolean() && additional.asBoolean()) && patterns.isObject()
                && patterns.size() == 1) {
            String pattern = patterns.propertyNames().iterator().next();
            return element(child(at, "patternProperties", pattern), valueName, scope);
        }
        boolean kept = (additional.isBoolean() && additional.asBoolean()) || additional.isObject()
                || (patterns.isObject() && !patterns.isEmpty());
        return kept ? TypeRef.scalar(ScalarKind.ANY) : null;
    }

    /**
     * A closed tuple ({@code prefixItems} with {@code items: false}, the array form of {@code items} with
     * {@code additionalItems: false}, or either with a {@code maxItems} no larger than the positions) as a
     * nested {@link TupleType}; null for any other array. An open tuple is reported: its positions are
     * not typed.
     */
    private TypeRef tuple(SchemaLocationRef at, String suggestedName, Scope scope) {
        JsonNode schema = at.node();
        String positions = schema.path("prefixItems").isArray() ? "prefixItems" : schema.path("items").isArray() ? "items" : null;
        if (positions == null) {
            return null;
        }
        int count = schema.path(positions).size();
        String simpleName = Names.upperCamel(suggestedName);
        if (closedTuplePositions(schema) == null || nestedNameTooLong(scope.name, simpleName)) {
            diagnostics.report(at.document().diagnostic(Severity.WARNING, "model.not-represented",
                    JsonPointers.append(at.pointer(), positions), "\"" + positions + "\" is represented only for a"
                            + " closed tuple of 1 to " + MAX_TUPLE_ITEMS + " positions (one that allows no further items: "
                            + (positions.equals("prefixItems") ? "\"items\": false" : "\"additionalItems\": false")
                            + ", or \"maxItems\" of at most " + count + "); this array is a List of java.lang.Object"));
            return null;
        }
        JavaName name = scope.name.nested(scope.allocate(simpleName));
        scope.nested.add(tupleType(at, name, new Scope(scope, name)));
        return new TypeRef.Named(name);
    }

    /** The tuple class of a closed tuple schema; its item types nest in {@code inner}. */
    private TupleType tupleType(SchemaLocationRef at, JavaName name, Scope inner) {
        JsonNode schema = at.node();
        String positions = closedTuplePositions(schema);
        int count = schema.path(positions).size();
        List<TupleType.Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SchemaLocationRef item = child(at, positions, i);
            items.add(new TupleType.Item(element(item, name.simpleName() + "Item" + i, inner), text(item.node(), "description")));
        }
        JsonNode min = schema.path("minItems");
        int required = min.isIntegralNumber() ? (int) Math.min(count, Math.max(0, min.asLong())) : 0;
        return new TupleType(name, text(schema, "description"), origin(at), items, required, inner.nested);
    }

    /** Whether {@code Outer$...$Name$Builder.class} would pass 200 bytes (file systems allow 255). */
    private static boolean nestedNameTooLong(JavaName enclosing, String simpleName) {
        // Outer$...$Name$Builder.class is the longest file a nested class brings.
        int bytes = Names.utf8Length(simpleName) + "$Builder.class".length();
        for (String name : enclosing.simpleNames()) {
            bytes += Names.utf8Length(name) + 1;
        }
        return bytes > 200;
    }

    /**
     * The element type of a list or map. Collections nested deeper than {@link #MAX_COLLECTION_DEPTH}
     * hold {@code Object}: javac itself overflows its stack on generic types hundreds of levels deep.
     */
    private TypeRef element(SchemaLocationRef at, String suggestedName, Scope scope) {
        if (collectionDepth >= MAX_COLLECTION_DEPTH) {
            diagnostics.report(at.document().diagnostic(Severity.WARNING, "model.too-deep", at.pointer(),
                    "lists and maps nested more than " + MAX_COLLECTION_DEPTH + " levels deep hold java.lang.Object"
                            + " from here on (javac cannot compile generic types hundreds of levels deep)"));
            return TypeRef.scalar(ScalarKind.ANY);
        }
        collectionDepth++;
        try {
            return typeOf(at, suggestedName, scope);
        } finally {
            collectionDepth--;
        }
    }

    private TypeRef referenced(SchemaLocationRef at, String ref, String suggestedName, Scope scope) {
        Resolution resolution = set.resolve(at, ref);
        if (!(resolution instanceof Resolution.Found found)) {
            // Reported by the validate stage; the run stops before code is written.
            return TypeRef.scalar(ScalarKind.ANY);
        }
        SchemaLocationRef target = found.target();
        Key key = new Key(target.document().key(), target.pointer());
        JavaName named = typeNameFor(key);
        if (named != null) {
            return new TypeRef.Named(named);
        }
        if (declaresAtTop(target.node())) {
            return new TypeRef.Named(claimTopLevel(target.document(), target.pointer(), ownName(target)));
        }
        if (!following.add(key)) {
            // A reference cycle that never reaches a type; LintRules reports it as ref.cycle.
            return TypeRef.scalar(ScalarKind.ANY);
        }
        try {
            return typeOf(target, suggestedName, scope);
        } finally {
            following.remove(key);
        }
    }

    private String singleType(SchemaLocationRef at, JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isString()) {
            return type.asString();
        }
        if (type.isArray()) {
            List<String> nonNull = new ArrayList<>();
            for (JsonNode t : type) {
                if (t.isString() && !t.asString().equals("null")) {
                    nonNull.add(t.asString());
                }
            }
            if (nonNull.size() == 1) {
                return nonNull.get(0);
            }
            diagnostics.report(at.document().diagnostic(Severity.WARNING, "model.type-union", JsonPointers.append(at.pointer(), "type"),
                    "a value of several types " + JsonValues.preview(type) + " is represented as java.lang.Object"));
            return "";
        }
        if (schema.has("properties") || schema.has("additionalProperties") || schema.has("patternProperties")
                || schema.has("unevaluatedProperties")) {
            return "object";
        }
        JsonNode constant = schema.path("const");
        if (constant.isString()) {
            return "string";
        } else if (constant.isIntegralNumber()) {
            return "integer";
        } else if (constant.isNumber()) {
            return "number";
        } else if (constant.isBoolean()) {
            return "boolean";
        }
        if (schema.has("items") || schema.has("prefixItems")) {
            return "array";
        }
        return enumJsonType(schema.path("enum"));
    }

    /** @param objectType the schema is being declared as a class, which represents its if/then/else */
    private void reportNotRepresented(SchemaLocationRef at, JsonNode schema, boolean objectType) {
        String nullable = nullableBranch(schema);
        for (String keyword : NOT_REPRESENTED) {
            boolean represented = (nullable != null && nullable.startsWith("/" + keyword + "/"))
                    || (keyword.equals("if") && objectType)
                    || ((keyword.equals("oneOf") || keyword.equals("anyOf")) && isUnion(schema))
                    || (keyword.equals("patternProperties") && (objectType
                            || (schema.path("patternProperties").size() == 1 && !schema.has("properties"))));
            boolean alternatives = (keyword.equals("oneOf") || keyword.equals("anyOf")) && objectType;
            if (schema.has(keyword) && !represented && alternatives) {
                diagnostics.report(at.document().diagnostic(Severity.WARNING, "model.not-represented",
                        JsonPointers.append(at.pointer(), keyword), "the properties of each \"" + keyword + "\" branch"
                                + " beside this object's own are optional properties of the class; which branch applies,"
                                + " and its required names and fixed values, are not checked"));
            } else if (schema.has(keyword) && !represented) {
                diagnostics.report(at.document().diagnostic(Severity.WARNING, "model.not-represented",
                        JsonPointers.append(at.pointer(), keyword),
                        "\"" + keyword + "\" is not represented in the generated code yet; values are read as declared by the other keywords of this schema (java.lang.Object where there are none)"));
            }
        }
    }

    private static SchemaLocationRef child(SchemaLocationRef at, String keyword) {
        return new SchemaLocationRef(at.document(), JsonPointers.append(at.pointer(), keyword));
    }

    /** The schema at {@code keyword/name} under {@code at}, e.g. {@code properties/id}. */
    private static SchemaLocationRef child(SchemaLocationRef at, String keyword, String name) {
        return new SchemaLocationRef(at.document(), JsonPointers.append(JsonPointers.append(at.pointer(), keyword), name));
    }

    /** The schema at {@code keyword/index} under {@code at}, e.g. {@code allOf/0}. */
    private static SchemaLocationRef child(SchemaLocationRef at, String keyword, int index) {
        return new SchemaLocationRef(at.document(), JsonPointers.append(JsonPointers.append(at.pointer(), keyword), index));
    }

    /** The name a schema has of its own: its file's base name at a file's root, else its key ({@code $defs/Pet} -> {@code Pet}). */
    private static String ownName(SchemaLocationRef schema) {
        return schema.pointer().isEmpty() ? schema.document().baseName() : JsonPointers.last(schema.pointer());
    }

    /** Where a type comes from, for its Javadoc and file comment. */
    private static Origin origin(SchemaLocationRef at) {
        return new Origin(at.document().relativePath(), at.pointer());
    }

}
