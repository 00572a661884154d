package dev.schemapojo.core.model;

import dev.schemapojo.core.diagnostics.DiagnosticCollector;
import dev.schemapojo.core.diagnostics.Severity;
import dev.schemapojo.core.keywords.CombinatorKeywords;
import dev.schemapojo.core.keywords.ConstraintKeywords;
import dev.schemapojo.core.keywords.TypeKeywords;
import dev.schemapojo.core.load.JsonPointers;
import dev.schemapojo.core.load.JsonValues;
import dev.schemapojo.core.load.SchemaLocationRef;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What the generated code does not represent, said where the schema says it: {@code model.not-represented}
 * for keywords the types do not hold, {@code model.pattern-not-java} for a pattern Bean Validation cannot use.
 */
final class Unrepresented {
    private static final Set<String> NOT_REPRESENTED = Set.of(
            "anyOf", "oneOf", "not", "if", "patternProperties", "dependentSchemas");

    private final ModelContext context;

    Unrepresented(ModelContext context) {
        this.context = context;
    }

    /** @param objectType the schema is being declared as a class, which represents its if/then/else */
    void report(SchemaLocationRef at, JsonNode schema, boolean objectType) {
        String nullable = TypeKeywords.nullableBranch(schema);
        for (String keyword : NOT_REPRESENTED) {
            boolean represented = (nullable != null && nullable.startsWith("/" + keyword + "/"))
                    || (keyword.equals("if") && objectType)
                    || ((keyword.equals("oneOf") || keyword.equals("anyOf")) && CombinatorKeywords.isUnion(schema))
                    || (keyword.equals("patternProperties") && (objectType
                            || (schema.path("patternProperties").size() == 1 && !schema.has("properties"))));
            boolean alternatives = (keyword.equals("oneOf") || keyword.equals("anyOf")) && objectType;
            if (schema.has(keyword) && !represented && alternatives) {
                context.diagnostics().report(at.document().diagnostic(Severity.WARNING, "model.not-represented",
                        JsonPointers.append(at.pointer(), keyword), "the properties of each \"" + keyword + "\" branch"
                                + " beside this object's own are optional properties of the class; which branch applies,"
                                + " and its required names and fixed values, are not checked"));
            } else if (schema.has(keyword) && !represented) {
                context.diagnostics().report(at.document().diagnostic(Severity.WARNING, "model.not-represented",
                        JsonPointers.append(at.pointer(), keyword),
                        "\"" + keyword + "\" is not represented in the generated code yet; values are read as declared by the other keywords of this schema (java.lang.Object where there are none)"));
            }
        }
    }

    /** With Bean Validation, a {@code pattern} that is no Java regular expression gets no {@code @Pattern}: said once. */
    void reportPatternNotJava(SchemaLocationRef at) {
        JsonNode pattern = at.node().path("pattern");
        if (context.options().beanValidation() && pattern.isString() && !ConstraintKeywords.compilesInJava(pattern.asString())) {
            context.diagnostics().report(at.document().diagnostic(Severity.WARNING, "model.pattern-not-java",
                    JsonPointers.append(at.pointer(), "pattern"), JsonValues.quote(pattern.asString()) + " is not a Java"
                            + " regular expression, so it gets no @Pattern annotation (JSON Schema uses ECMA-262 syntax)"));
        }
    }
}
