package dev.schemapojo.core.model;

import dev.schemapojo.core.diagnostics.Severity;
import dev.schemapojo.core.keywords.CombinatorKeywords;
import dev.schemapojo.core.keywords.ConditionalKeywords;
import dev.schemapojo.core.keywords.ObjectKeywords;
import dev.schemapojo.core.keywords.TypeKeywords;
import dev.schemapojo.core.keywords.ReferenceKeywords;
import dev.schemapojo.core.load.Resolution;
import dev.schemapojo.core.load.SchemaLocationRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * An object schema with its {@code allOf} branches (and the alternatives beside its properties) as one
 * set of properties: what one generated class holds.
 */
final class AllOfMerger {
    /**
     * The properties and required names of an object schema and of all it combines.
     *
     * @param fromAlternative properties that only an alternative defines (a {@code oneOf}/{@code anyOf}
     *     branch beside properties, {@code then}/{@code else}): they may appear, but their fixed values
     *     and defaults do not always apply
     * @param conditionals the schemas, among those that always apply, that have an {@code if}
     * @param othersEvaluated whether a merged branch (or the schema's {@code dependentSchemas}) allows or
     *     describes properties beyond the merged ones, which an {@code unevaluatedProperties: false} then
     *     does not forbid
     * @param othersDescribed whether a merged branch gives other members a schema ({@code patternProperties},
     *     an {@code additionalProperties} schema): such members are data the schema speaks of, kept in every
     *     {@code unknownProperties} mode
     */
    record Merged(Map<String, SchemaLocationRef> properties, Set<String> required, Set<String> fromAlternative,
            List<SchemaLocationRef> conditionals, boolean othersEvaluated, boolean othersDescribed) {}

    private final ModelContext context;

    AllOfMerger(ModelContext context) {
        this.context = context;
    }

    /**
     * {@code allOf} merged into one object: the properties and {@code required} names of the schema and
     * of every branch (following references and nested {@code allOf}s, each schema once). A reference
     * with keywords beside it is merged with them (2019-09 and later) or stands for the whole schema
     * (draft 7 and older, which ignore them). A property
     * that two branches define differently is reported; the first definition wins.
     */
    Merged merge(SchemaLocationRef at) {
        Map<String, SchemaLocationRef> properties = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        Set<String> fromAlternative = new HashSet<>();
        List<SchemaLocationRef> conditionals = new ArrayList<>();
        // an alternative (a oneOf/anyOf branch beside properties, then/else): its properties may appear, so the
        // type holds them, but its required names and fixed values do not always apply
        record Visit(SchemaLocationRef at, boolean alternative) {}
        Deque<Visit> todo = new ArrayDeque<>();
        Set<SchemaKey> seen = new HashSet<>();
        todo.add(new Visit(at, false));
        boolean othersEvaluated = at.node().path("dependentSchemas").isObject() && !at.node().path("dependentSchemas").isEmpty();
        boolean othersDescribed = false;
        while (!todo.isEmpty()) {
            Visit visit = todo.removeFirst();
            SchemaLocationRef next = visit.at();
            if (!seen.add(SchemaKey.of(next))) {
                continue;
            }
            JsonNode schema = next.node();
            ReferenceKeywords.Reference ref = ReferenceKeywords.of(schema);
            if (ref != null && ModelContext.resolve(context.set(), next, ref) instanceof Resolution.Found found) {
                todo.addFirst(new Visit(found.target(), visit.alternative()));
                if (!next.document().draft().refSiblingsApply()) {
                    continue; // draft 7 and older: the schema is its target, the keywords beside $ref are ignored
                }
            }
            if (next != at) {
                othersEvaluated |= ObjectKeywords.allowsOtherProperties(schema)
                        || (schema.path("dependentSchemas").isObject() && !schema.path("dependentSchemas").isEmpty());
                othersDescribed |= ObjectKeywords.describesOtherProperties(schema);
            }
            for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
                SchemaLocationRef propAt = next.child("properties", p.getKey());
                SchemaLocationRef first = properties.putIfAbsent(p.getKey(), propAt);
                if (first == null && visit.alternative()) {
                    fromAlternative.add(p.getKey());
                } else if (first != null && !visit.alternative() && fromAlternative.remove(p.getKey())) {
                    properties.put(p.getKey(), propAt); // a definition that always applies wins over an alternative's
                } else if (first != null && !visit.alternative() && !first.node().equals(p.getValue())) {
                    context.diagnostics().report(next.document().diagnosticAtKey(Severity.WARNING, "model.allof-conflict",
                            propAt.pointer(), "\"" + p.getKey() + "\" is also defined, differently, at "
                                    + first.document().displayPath() + "#" + first.pointer()
                                    + "; allOf requires both, and the generated type uses the first"));
                }
            }
            if (!visit.alternative()) {
                for (JsonNode r : schema.path("required")) {
                    if (r.isString()) {
                        required.add(r.asString());
                    }
                }
            }
            if (ConditionalKeywords.hasConditional(schema)) {
                // the branches' properties may appear, so the type holds them (optional: which are required depends)
                if (!visit.alternative()) {
                    conditionals.add(next);
                }
                for (String keyword : List.of("if", "then", "else")) {
                    todo.addLast(new Visit(next.child(keyword), true));
                }
            }
            if (next != at || !CombinatorKeywords.isUnion(schema)) {
                // oneOf/anyOf beside properties (or inside allOf): each alternative's properties may appear
                for (String keyword : List.of("oneOf", "anyOf")) {
                    JsonNode alternatives = schema.path(keyword);
                    boolean nullable = TypeKeywords.nullableBranch(schema) != null;
                    for (int i = 0; i < alternatives.size() && !nullable; i++) {
                        todo.addLast(new Visit(next.child(keyword, i), true));
                    }
                }
            }
            JsonNode branches = schema.path("allOf");
            for (int i = branches.size() - 1; i >= 0; i--) {
                todo.addFirst(new Visit(next.child("allOf", i), visit.alternative()));
            }
        }
        return new Merged(properties, required, fromAlternative, conditionals, othersEvaluated, othersDescribed);
    }
}
