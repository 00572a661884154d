package dev.schemapojo.core.model;

import dev.schemapojo.core.diagnostics.Severity;
import dev.schemapojo.core.ir.JavaName;
import dev.schemapojo.core.ir.ValueType;
import dev.schemapojo.core.keywords.ObjectKeywords;
import dev.schemapojo.core.load.JsonPointers;
import dev.schemapojo.core.keywords.ReferenceKeywords;
import dev.schemapojo.core.load.Resolution;
import dev.schemapojo.core.load.SchemaDocument;
import dev.schemapojo.core.load.SchemaLocationRef;
import dev.schemapojo.core.load.SchemaWalker;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Which schemas become top-level types before any is modelled: file roots, the entries of a file's
 * {@code $defs}, the target of a file that is only a reference, and every schema some reference points
 * at (so its place does not depend on which use is modelled first).
 */
final class Roots {
    private final ModelContext context;
    private final TypeNames names;
    /** Every schema some reference points at: such a schema is a top-level type, never a nested one. */
    private final Set<SchemaKey> referenceTargets = new HashSet<>();
    /**
     * File roots that get a {@link ValueType} (a string, an array, any value): references to them keep the
     * plain Java type of the value, so they are not typed by the name they have.
     */
    private final Set<SchemaKey> valueRoots = new HashSet<>();

    Roots(ModelContext context, TypeNames names) {
        this.context = context;
        this.names = names;
    }

    /** Claims the top-level types of every file, in file order; says so for a file that gets none. */
    void claimAll() {
        collectReferenceTargets();
        for (SchemaDocument d : context.set().documents()) {
            boolean rootTyped = Declarations.declaresAtTop(d.root()) || ObjectKeywords.isNamedMap(d.root());
            if (rootTyped) {
                names.claim(d, "", d.baseName());
            }
            boolean definitions = claimDefinitions(d);
            rootTyped = rootTyped || claimRootReference(d);
            if (!rootTyped && Declarations.describesValue(d.root())) {
                valueRoots.add(new SchemaKey(d.key(), ""));
                names.claim(d, "", d.baseName());
                rootTyped = true;
            }
            if (!rootTyped && !definitions && (d.root().isObject() || d.root().isBoolean())) {
                context.diagnostics().report(d.diagnostic(Severity.WARNING, "model.no-type", "", d.root().isBoolean()
                        ? "no Java type is generated for this file: its schema is false, so no JSON value is valid"
                        : "no Java type is generated for this file: it only holds \"$defs\" or \"definitions\", and"
                                + " none of them is an object with \"properties\", a string enum or a union of objects;"
                                + " \"$ref\"s to them are typed as their keywords describe"));
            }
        }
    }

    /** Whether the schema is a file root held as a {@link ValueType}. */
    boolean isValueRoot(SchemaKey key) {
        return valueRoots.contains(key);
    }

    /** Whether some reference points at the schema. */
    boolean isReferenceTarget(SchemaKey key) {
        return referenceTargets.contains(key);
    }

    /**
     * The name of the top-level type that a use of the schema at {@code key} is typed as, or null. A file
     * root with a {@link ValueType} has a name but is not a type to its users: they get the plain value.
     */
    JavaName typeNameFor(SchemaKey key) {
        return valueRoots.contains(key) ? null : names.nameOf(key);
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
                if (Declarations.declaresAtTop(entry.getValue())) {
                    names.claim(d, JsonPointers.append(JsonPointers.append("", container), entry.getKey()), entry.getKey());
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
        ReferenceKeywords.Reference ref = ReferenceKeywords.of(d.root());
        if (ref == null || !(ModelContext.resolve(context.set(), new SchemaLocationRef(d, ""), ref) instanceof Resolution.Found found)
                || !Declarations.declaresAtTop(found.target().node())) {
            return false;
        }
        SchemaLocationRef target = found.target();
        names.claim(target.document(), target.pointer(), ModelContext.ownName(target));
        return true;
    }

    private void collectReferenceTargets() {
        for (SchemaDocument d : context.set().documents()) {
            SchemaWalker.walk(d.root(), (pointer, schema) -> {
                ReferenceKeywords.Reference ref = ReferenceKeywords.of(schema);
                if (ref != null && ModelContext.resolve(context.set(), new SchemaLocationRef(d, pointer), ref)
                        instanceof Resolution.Found found) {
                    referenceTargets.add(SchemaKey.of(found.target()));
                }
            });
        }
    }
}
