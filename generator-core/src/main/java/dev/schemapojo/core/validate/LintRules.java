package dev.schemapojo.core.validate;

import dev.schemapojo.core.diagnostics.Diagnostic;
import dev.schemapojo.core.diagnostics.Severity;
import dev.schemapojo.core.load.JsonPointers;
import dev.schemapojo.core.load.JsonValues;
import dev.schemapojo.core.load.Resolution;
import dev.schemapojo.core.load.SchemaDocument;
import dev.schemapojo.core.load.SchemaSet;
import dev.schemapojo.core.load.SchemaWalker;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Project rules beyond the meta-schema: mistakes that are valid JSON Schema but almost certainly not
 * what the author meant, and references that lead nowhere.
 */
public final class LintRules {

    public List<Diagnostic> check(SchemaSet set) {
        List<Diagnostic> out = new ArrayList<>();
        for (SchemaDocument document : set.documents()) {
            SchemaWalker.walk(document.root(), (pointer, schema) -> {
                if (schema.isObject()) {
                    checkRequired(document, pointer, schema, out);
                    checkRef(set, document, pointer, schema, out);
                }
            });
        }
        return out;
    }

    /** {@code required} names a property that {@code properties} does not define. */
    private static void checkRequired(SchemaDocument document, String pointer, JsonNode schema, List<Diagnostic> out) {
        JsonNode required = schema.path("required");
        JsonNode properties = schema.path("properties");
        if (!required.isArray() || !properties.isObject()) {
            return;
        }
        boolean othersAllowed = schema.has("patternProperties")
                || (schema.has("additionalProperties") && !schema.get("additionalProperties").equals(
                        tools.jackson.databind.node.BooleanNode.FALSE));
        for (int i = 0; i < required.size(); i++) {
            JsonNode name = required.get(i);
            if (name.isString() && !properties.has(name.asString()) && !othersAllowed) {
                out.add(document.diagnostic(Severity.WARNING, "lint.required-undefined",
                        JsonPointers.append(JsonPointers.append(pointer, "required"), i),
                        JsonValues.quote(name.asString()) + " is required but not defined in \"properties\"; "
                                + "add it to \"properties\" or fix the spelling"));
            }
        }
    }

    private static void checkRef(SchemaSet set, SchemaDocument document, String pointer, JsonNode schema, List<Diagnostic> out) {
        JsonNode ref = schema.path("$ref");
        if (!ref.isString()) {
            return;
        }
        if (set.resolve(document, ref.asString()) instanceof Resolution.Failed failed) {
            out.add(document.diagnostic(Severity.ERROR, failed.kind().ruleId(), JsonPointers.append(pointer, "$ref"),
                    "cannot resolve \"$ref\": " + JsonValues.quote(ref.asString()) + ": " + failed.message()));
        }
    }
}
