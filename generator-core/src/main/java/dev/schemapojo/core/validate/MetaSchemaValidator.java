package dev.schemapojo.core.validate;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.schemapojo.core.Draft;
import dev.schemapojo.core.diagnostics.Diagnostic;
import dev.schemapojo.core.diagnostics.Severity;
import dev.schemapojo.core.load.JsonPointers;
import dev.schemapojo.core.load.JsonValues;
import dev.schemapojo.core.load.SchemaDocument;
import dev.schemapojo.core.load.SchemaSet;
import dev.schemapojo.core.load.SchemaWalker;
import dev.schemapojo.core.parallel.Workers;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Validates each document against its draft's meta-schema with networknt (loading a schema does not
 * validate it, so this is done explicitly) and turns the raw errors into one diagnostic per offending
 * value, worded for the person whose build failed.
 */
public final class MetaSchemaValidator {
    static final List<String> SIMPLE_TYPES =
            List.of("array", "boolean", "integer", "null", "number", "object", "string");

    static {
        QuietLogging.ensure();
    }

    private final SchemaRegistry registry =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<Draft, Schema> metaSchemas = new EnumMap<>(Draft.class);

    public List<Diagnostic> validate(SchemaSet set) {
        return validate(set, new Workers(1, 0));
    }

    /** Validates the documents on {@code workers}' threads (each on its own); the diagnostics come in document order. */
    public List<Diagnostic> validate(SchemaSet set, Workers workers) {
        List<Diagnostic> out = new ArrayList<>();
        workers.map(set.documents(), this::validate).forEach(out::addAll);
        return out;
    }

    private synchronized Schema metaSchema(Draft draft) {
        return metaSchemas.computeIfAbsent(draft, d -> registry.getSchema(SchemaLocation.of(d.metaSchemaUri())));
    }

    public List<Diagnostic> validate(SchemaDocument document) {
        Schema meta = metaSchema(document.draft());
        // One entry per offending value; anyOf branches in the meta-schema report the same value several times.
        Map<String, Set<String>> messagesByPointer = new LinkedHashMap<>();
        Map<String, Set<String>> keywordsByPointer = new LinkedHashMap<>();
        // "format" in meta-schemas is an annotation (2019-09 and later say so; earlier drafts leave it to the
        // implementation): asserting it rejected real schemas whose $refs hold "<", "|" (generated names, as in
        // Vega-Lite) and ECMA-262 patterns java.util.regex does not compile. Refs are resolved (and reported) by
        // schemapojo itself; patterns only reach code through @Pattern, which checks them (model.pattern-not-java).
        for (com.networknt.schema.Error error : meta.validate(LargeCounts.forValidator(document.root()),
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(false)))) {
            String pointer = error.getInstanceLocation().toString();
            pointer = pointer.equals("$") ? "" : pointer;
            messagesByPointer.computeIfAbsent(pointer, k -> new LinkedHashSet<>()).add(error.getMessage());
            keywordsByPointer.computeIfAbsent(pointer, k -> new LinkedHashSet<>()).add(error.getKeyword());
        }
        List<Diagnostic> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : messagesByPointer.entrySet()) {
            String pointer = entry.getKey();
            out.add(describe(document, pointer, entry.getValue(), keywordsByPointer.get(pointer)));
        }
        return out;
    }

    private Diagnostic describe(SchemaDocument document, String pointer, Set<String> messages, Set<String> metaKeywords) {
        JsonNode value = pointer.isEmpty() ? document.root() : document.root().at(pointer);
        String draft = "draft " + document.draft().shortName();
        if (SchemaWalker.isSchemaPosition(pointer) && !value.isObject() && !value.isBoolean()) {
            return document.diagnostic(Severity.ERROR, "meta.schema", pointer,
                    "a schema must be a JSON object or a boolean, not " + JsonValues.describeType(value)
                            + " (" + JsonValues.preview(value) + ")");
        }
        String keyword = SchemaWalker.enclosingKeyword(pointer);
        String last = JsonPointers.last(pointer);
        if ((last.equals("$id") || last.equals("id")) && keyword.equals(last) && metaKeywords.contains("pattern")
                && value.isString() && value.asString().indexOf('#') >= 0) {
            String id = value.asString();
            return document.diagnostic(Severity.WARNING, "meta.id-fragment", pointer,
                    "$id " + JsonValues.quote(id) + " has a non-empty fragment, which the " + draft
                            + " meta-schema forbids ($id must match ^[^#]*#?$); schemapojo still resolves"
                            + " \"$ref\": " + JsonValues.quote(id) + " to this file, as OpenAPI-extracted schema sets"
                            + " expect. Fix: publish $id without the fragment, or set ruleSeverities meta.id-fragment to off");
        }
        String ruleId = "meta." + (keyword.isEmpty() ? "schema" : keyword);
        if (keyword.equals("type") && last.equals("type") && value.isString()) {
            String type = value.asString();
            return document.diagnostic(Severity.ERROR, ruleId, pointer,
                    JsonValues.quote(type) + " is not a JSON Schema type; use one of " + String.join(", ", SIMPLE_TYPES)
                            + closest(type));
        }
        return document.diagnostic(Severity.ERROR, ruleId, pointer,
                JsonValues.preview(value) + " is not valid here under " + draft + ": " + String.join("; or ", messages));
    }

    private static String closest(String type) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : SIMPLE_TYPES) {
            int d = SchemaSet.editDistance(type.toLowerCase(java.util.Locale.ROOT), candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= 2 ? " (did you mean \"" + best + "\"?)" : "";
    }
}
