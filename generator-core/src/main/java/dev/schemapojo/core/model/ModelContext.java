package dev.schemapojo.core.model;

import dev.schemapojo.core.ConstraintChecks;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.diagnostics.DiagnosticCollector;
import dev.schemapojo.core.ir.Constraints;
import dev.schemapojo.core.ir.Origin;
import dev.schemapojo.core.keywords.ConstraintKeywords;
import dev.schemapojo.core.keywords.ReferenceKeywords;
import dev.schemapojo.core.load.JsonPointers;
import dev.schemapojo.core.load.Resolution;
import dev.schemapojo.core.load.SchemaLocationRef;
import dev.schemapojo.core.load.SchemaSet;
import dev.schemapojo.core.ir.JsonRules;
import dev.schemapojo.core.ir.TypeRef;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What every part of the model stage reads: the options, the loaded schemas, and where diagnostics go.
 *
 * @param reportedPatterns the patterns already reported as not checkable in Java ({@code file#pointer}), so
 *     that a subschema reached from several places is reported once, and the formats reported as not
 *     checked ({@code format NAME}), each once a run
 */
record ModelContext(Options options, SchemaSet set, DiagnosticCollector diagnostics, Set<String> reportedPatterns) {
    ModelContext(Options options, SchemaSet set, DiagnosticCollector diagnostics) {
        this(options, set, diagnostics, new HashSet<>());
    }

    /**
     * Where a reference leads, for every part of the model that follows one: a {@code $dynamicRef} by
     * {@link SchemaSet#resolveDynamic}, the others as written.
     */
    static Resolution resolve(SchemaSet set, SchemaLocationRef at, ReferenceKeywords.Reference ref) {
        return ref.keyword().equals("$dynamicRef") ? set.resolveDynamic(at, ref.target()) : set.resolve(at, ref.target());
    }

    /** Where a type comes from, for its Javadoc and file comment. */
    static Origin origin(SchemaLocationRef at) {
        return new Origin(at.document().relativePath(), at.pointer());
    }

    /** The name a schema has of its own: its file's base name at a file's root, else its key ({@code $defs/Pet} -> {@code Pet}). */
    static String ownName(SchemaLocationRef schema) {
        return schema.pointer().isEmpty() ? schema.document().baseName() : JsonPointers.last(schema.pointer());
    }

    /**
     * The validation keywords of the schema at {@code at}, checked or documented as the options say. In
     * draft 7 and older the keywords beside a {@code $ref} are ignored, as those drafts say.
     */
    Constraints constraints(SchemaLocationRef at) {
        JsonNode schema = at.node();
        if (ReferenceKeywords.of(schema) != null && !at.document().draft().refSiblingsApply()) {
            return Constraints.NONE;
        }
        return ConstraintKeywords.read(schema, options.beanValidation()).checked(options.constraints() == ConstraintChecks.CHECK);
    }

    /**
     * The validation keywords of a value of {@code type} at {@code at}; with {@code constraints=check} and a
     * value held as plain JSON (a string, number, boolean, any JSON, or lists and maps of them), also the
     * whole schema as checks of that JSON, which the generated code runs instead of the typed checks.
     */
    Constraints constraints(SchemaLocationRef at, TypeRef type) {
        Constraints constraints = constraints(at);
        if (options.constraints() != ConstraintChecks.CHECK || !ValueModeller.isPlainJson(type)) {
            return constraints;
        }
        JsonRules rules = JsonRuleModeller.of(this, at);
        return rules.rules().get(0).checks().isEmpty() ? constraints : constraints.checked(true).withRules(rules);
    }
}
