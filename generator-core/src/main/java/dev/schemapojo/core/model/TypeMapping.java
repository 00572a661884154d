package dev.schemapojo.core.model;

import dev.schemapojo.core.diagnostics.Severity;
import dev.schemapojo.core.ir.JavaName;
import dev.schemapojo.core.ir.TypeDecl;
import dev.schemapojo.core.ir.TypeRef;
import dev.schemapojo.core.ir.TypeRef.ScalarKind;
import dev.schemapojo.core.keywords.ArrayKeywords;
import dev.schemapojo.core.keywords.CombinatorKeywords;
import dev.schemapojo.core.keywords.EnumKeywords;
import dev.schemapojo.core.keywords.FormatKeywords;
import dev.schemapojo.core.keywords.ObjectKeywords;
import dev.schemapojo.core.keywords.TypeKeywords;
import dev.schemapojo.core.load.JsonPointers;
import dev.schemapojo.core.load.JsonValues;
import dev.schemapojo.core.keywords.ReferenceKeywords;
import dev.schemapojo.core.load.Resolution;
import dev.schemapojo.core.load.SchemaLocationRef;
import dev.schemapojo.core.naming.Names;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Schema to Java type: a {@link TypeRef} for each use of a schema. It follows references (to the named
 * type of their target, or through to its keywords), caps collection nesting, and declares the inline
 * schemas that need a type of their own in the scope of the class that uses them.
 */
final class TypeMapping {
    /** Declares the type of a schema that needs one, named {@code scope.name}; nested declarations go into {@code scope}. */
    @FunctionalInterface
    interface Declarer {
        TypeDecl declare(SchemaLocationRef at, Scope scope);
    }

    private final ModelContext context;
    private final Roots roots;
    private final TypeNames names;
    private final FixedValues fixedValues;
    private final Unrepresented unrepresented;
    private final Declarer declarer;
    private final TupleModeller tuples;
    /** References being followed, to detect cycles that never reach a type. */
    private final Set<SchemaKey> following = new HashSet<>();
    /** How many lists and maps enclose the type being mapped. */
    private int collectionDepth;

    TypeMapping(ModelContext context, Roots roots, TypeNames names, FixedValues fixedValues, Unrepresented unrepresented,
            Declarer declarer) {
        this.context = context;
        this.roots = roots;
        this.names = names;
        this.fixedValues = fixedValues;
        this.unrepresented = unrepresented;
        this.declarer = declarer;
        this.tuples = new TupleModeller(context, this);
    }

    TupleModeller tuples() {
        return tuples;
    }

    /**
     * The one branch of an {@code allOf} that stands alone beside annotations ({@code "description": ...,
     * "allOf": [{"$ref": ...}]}, the draft 7 way to describe a reference) when the branch is of a type other
     * than object: the schema is that branch. Null otherwise; an object branch is merged into a class as usual.
     */
    private SchemaLocationRef onlyBranchOfAnotherType(SchemaLocationRef at) {
        JsonNode schema = at.node();
        JsonNode branches = schema.path("allOf");
        if (!branches.isArray() || branches.size() != 1 || schema.has("type") || schema.has("properties")
                || schema.has("$ref") || CombinatorKeywords.isUnion(schema) || schema.has("items")) {
            return null;
        }
        SchemaLocationRef branch = at.child("allOf", 0);
        SchemaLocationRef target = branch;
        ReferenceKeywords.Reference ref = ReferenceKeywords.of(branch.node());
        if (ref != null) {
            if (!(ModelContext.resolve(context.set(), branch, ref) instanceof Resolution.Found found)) {
                return null;
            }
            target = found.target();
        }
        String type = target.node().isObject() ? TypeKeywords.singleType(target.node()) : "";
        return type.isEmpty() || type.equals("object") ? null : branch;
    }

    /** The Java type for the schema at {@code at}; nested declarations go into {@code scope}. */
    TypeRef typeOf(SchemaLocationRef at, String suggestedName, Scope scope) {
        JsonNode schema = at.node();
        if (schema.isBoolean() || schema.isEmpty()) {
            return TypeRef.scalar(ScalarKind.ANY);
        }
        String branch = TypeKeywords.nullableBranch(schema);
        if (branch != null && !schema.has("properties") && !schema.has("type") && !schema.has("$ref")) {
            return typeOf(new SchemaLocationRef(at.document(), at.pointer() + branch), suggestedName, scope);
        }
        SchemaLocationRef only = onlyBranchOfAnotherType(at);
        if (only != null) {
            return typeOf(only, suggestedName, scope);
        }
        ReferenceKeywords.Reference reference = ReferenceKeywords.of(schema);
        String ref = reference == null ? null : reference.target();
        if (ref != null && !(at.document().draft().refSiblingsApply() && Declarations.declaresObject(schema)
                && !EnumKeywords.isStringEnum(schema) && !CombinatorKeywords.isUnion(schema))) {
            return referenced(at, reference, suggestedName, scope);
        }
        // else (2019-09 and later) a reference beside properties of its own: a type that has both, declared below
        SchemaKey key = SchemaKey.of(at);
        JavaName topLevel = roots.typeNameFor(key);
        if (topLevel != null) {
            return new TypeRef.Named(topLevel);
        }
        boolean declares = Declarations.declares(schema);
        if (declares && roots.isReferenceTarget(key)) {
            return new TypeRef.Named(names.claim(at.document(), at.pointer(), JsonPointers.last(at.pointer())));
        }
        if (CombinatorKeywords.isUnion(schema)) {
            // A union is top-level: nested in a class, it could be implemented by that class or one around it,
            // which Java rejects as cyclic inheritance (a variant that refers back with "$ref": "#").
            return new TypeRef.Named(names.claim(at.document(), at.pointer(), suggestedName));
        }
        if (declares && JavaLimits.nestedNameTooLong(scope.name, Names.upperCamel(suggestedName))) {
            // Deep nesting would make the class file name (Outer$A$B$...$Z.class) too long for file systems.
            return new TypeRef.Named(names.claim(at.document(), at.pointer(), suggestedName));
        }
        if (declares) {
            Scope inner = scope.nest(Names.upperCamel(suggestedName));
            fixedValues.named(inner.name, schema);
            scope.nested.add(declarer.declare(at, inner));
            return new TypeRef.Named(inner.name);
        }
        unrepresented.report(at, schema, false);
        switch (singleType(at, schema)) {
            case "object": {
                // the values a class keeps beside its properties, by the same rule; a map says nothing: any value
                TypeRef value = otherProperties(at, scope, suggestedName + "Value");
                return new TypeRef.MapOf(value == null ? TypeRef.scalar(ScalarKind.ANY) : value);
            }
            case "array": {
                TypeRef tuple = tuples.tuple(at, suggestedName, scope);
                if (tuple != null) {
                    return tuple;
                }
                TypeRef item = ArrayKeywords.hasItemSchema(schema) ? element(at.child("items"), suggestedName + "Item", scope)
                        : TypeRef.scalar(ScalarKind.ANY);
                return ArrayKeywords.uniqueItems(schema) ? new TypeRef.SetOf(item) : new TypeRef.ListOf(item);
            }
            case "string":
                return TypeRef.scalar(FormatKeywords.stringKind(schema));
            case "integer":
                return TypeRef.scalar(FormatKeywords.integerKind(schema));
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
     * says so: the one schema for them ({@link ObjectKeywords#otherPropertiesSchema}), else {@code Object}
     * (several schemas, or a pattern beside {@code additionalProperties: true}, allow values of different
     * types). Null when the schema says nothing or forbids them: a class then ignores unknown properties
     * on read, as before, and an inline map holds any value.
     */
    TypeRef otherProperties(SchemaLocationRef at, Scope scope, String valueName) {
        JsonNode schema = at.node();
        List<String> path = ObjectKeywords.otherPropertiesSchema(schema);
        if (path != null) {
            SchemaLocationRef values = path.size() == 1 ? at.child(path.get(0)) : at.child(path.get(0), path.get(1));
            return element(values, valueName, scope);
        }
        return ObjectKeywords.allowsOtherProperties(schema) ? TypeRef.scalar(ScalarKind.ANY) : null;
    }

    /**
     * The element type of a list or map. Collections nested deeper than {@link JavaLimits#MAX_COLLECTION_DEPTH}
     * hold {@code Object}: javac itself overflows its stack on generic types hundreds of levels deep.
     */
    TypeRef element(SchemaLocationRef at, String suggestedName, Scope scope) {
        if (collectionDepth >= JavaLimits.MAX_COLLECTION_DEPTH) {
            context.diagnostics().report(at.document().diagnostic(Severity.WARNING, "model.too-deep", at.pointer(),
                    "lists and maps nested more than " + JavaLimits.MAX_COLLECTION_DEPTH + " levels deep hold"
                            + " java.lang.Object from here on (javac cannot compile generic types hundreds of levels deep)"));
            return TypeRef.scalar(ScalarKind.ANY);
        }
        collectionDepth++;
        try {
            return typeOf(at, suggestedName, scope);
        } finally {
            collectionDepth--;
        }
    }

    private TypeRef referenced(SchemaLocationRef at, ReferenceKeywords.Reference ref, String suggestedName, Scope scope) {
        Resolution resolution = ModelContext.resolve(context.set(), at, ref);
        if (!(resolution instanceof Resolution.Found found)) {
            // Reported by the validate stage; the run stops before code is written.
            return TypeRef.scalar(ScalarKind.ANY);
        }
        SchemaLocationRef target = found.target();
        SchemaKey key = SchemaKey.of(target);
        JavaName named = roots.typeNameFor(key);
        if (named != null) {
            return new TypeRef.Named(named);
        }
        if (Declarations.declaresAtTop(target.node())) {
            return new TypeRef.Named(names.claim(target.document(), target.pointer(), ModelContext.ownName(target)));
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

    /** {@link TypeKeywords#singleType}, with a type list of several types reported (it is held as Object). */
    private String singleType(SchemaLocationRef at, JsonNode schema) {
        if (TypeKeywords.isSeveralTypes(schema)) {
            context.diagnostics().report(at.document().diagnostic(Severity.WARNING, "model.type-union",
                    JsonPointers.append(at.pointer(), "type"),
                    "a value of several types " + JsonValues.preview(schema.path("type")) + " is represented as java.lang.Object"));
        }
        return TypeKeywords.singleType(schema);
    }
}
