package dev.schemapojo.core.validate;

import dev.schemapojo.core.Draft;
import dev.schemapojo.core.diagnostics.Diagnostic;
import dev.schemapojo.core.diagnostics.Severity;
import dev.schemapojo.core.keywords.ReferenceKeywords;
import dev.schemapojo.core.load.JsonPointers;
import dev.schemapojo.core.load.JsonValues;
import dev.schemapojo.core.load.Resolution;
import dev.schemapojo.core.load.SchemaDocument;
import dev.schemapojo.core.load.SchemaLocationRef;
import dev.schemapojo.core.load.SchemaSet;
import dev.schemapojo.core.load.SchemaWalker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Project rules beyond the meta-schema: mistakes that are valid JSON Schema but almost certainly not
 * what the author meant, and references that lead nowhere.
 */
public final class LintRules {
    private final UnknownKeywords unknownKeywords = new UnknownKeywords();

    public List<Diagnostic> check(SchemaSet set) {
        List<Diagnostic> out = new ArrayList<>();
        for (SchemaDocument document : set.documents()) {
            SchemaWalker.walk(document.root(), (pointer, schema) -> {
                if (schema.isObject()) {
                    unknownKeywords.check(document, pointer, schema);
                    checkRequired(document, pointer, schema, out);
                    checkRef(set, document, pointer, schema, out);
                    checkDiscriminatorMapping(set, document, pointer, schema, out);
                }
            });
        }
        unknownKeywords.finish(set, out);
        checkDuplicateIds(set, out);
        return out;
    }

    /**
     * Two files with one {@code $id}: a reference to it can mean either, and which one the resolver takes is
     * an accident of file order. The key is the id resolved against the file (so relative ids that land on
     * one URI count), or the literal text for a fragment-only id such as OpenAPI-extracted sets use.
     */
    private static void checkDuplicateIds(SchemaSet set, List<Diagnostic> out) {
        java.util.Map<String, SchemaDocument> first = new java.util.HashMap<>();
        for (SchemaDocument document : set.documents()) {
            String keyword = document.draft().idKeyword();
            JsonNode id = document.root().path(keyword);
            if (!id.isString() || id.asString().isEmpty()) {
                continue;
            }
            String key = id.asString().startsWith("#") ? id.asString() : document.baseUri().toString();
            SchemaDocument earlier = first.putIfAbsent(key, document);
            if (earlier != null) {
                var there = earlier.json().locate("/" + keyword);
                out.add(document.diagnostic(Severity.ERROR, "ref.duplicate-id", "/" + keyword,
                        keyword + " " + JsonValues.quote(id.asString()) + " is also the " + keyword + " of " + earlier.displayPath()
                                + ":" + there.line() + ":" + there.column() + ", so a $ref to it could mean either file;"
                                + " give each schema its own " + keyword));
            }
        }
    }

    /**
     * OpenAPI's {@code discriminator.mapping} names, for each value of the property, the schema a value is read
     * as; an entry whose schema does not exist would read those values as nothing (the union took no notice).
     * A bare schema name ({@code "Dog"}, as OpenAPI allows) counts when a branch refers to a schema so named.
     */
    private static void checkDiscriminatorMapping(SchemaSet set, SchemaDocument document, String pointer, JsonNode schema,
            List<Diagnostic> out) {
        JsonNode mapping = schema.path("discriminator").path("mapping");
        if (!mapping.isObject()) {
            return;
        }
        String mappingAt = JsonPointers.append(JsonPointers.append(pointer, "discriminator"), "mapping");
        for (java.util.Map.Entry<String, JsonNode> entry : mapping.properties()) {
            if (!entry.getValue().isString()) {
                continue;
            }
            String target = entry.getValue().asString();
            if (set.resolve(new SchemaLocationRef(document, pointer), target) instanceof Resolution.Failed failed
                    && !namesABranch(set, document, pointer, schema, target)) {
                out.add(document.diagnostic(Severity.ERROR, "ref.discriminator-mapping", JsonPointers.append(mappingAt,
                        entry.getKey()), "the discriminator value " + JsonValues.quote(entry.getKey()) + " is mapped to "
                        + JsonValues.quote(target) + ", which " + (failed.message().isEmpty() ? "does not resolve"
                        : "cannot be resolved: " + failed.message()) + "; point the entry at one of the schemas of the "
                        + (schema.has("oneOf") ? "oneOf" : "anyOf") + ", or remove it"));
            }
        }
    }

    /**
     * Whether {@code name} is a bare schema name for a {@code oneOf}/{@code anyOf} branch: the name of the schema
     * a branch refers to (its file's base name, or its key under {@code $defs}), or that schema's title.
     */
    private static boolean namesABranch(SchemaSet set, SchemaDocument document, String pointer, JsonNode schema, String name) {
        if (name.contains("/") || name.contains("#")) {
            return false;
        }
        for (String keyword : List.of("oneOf", "anyOf")) {
            JsonNode branches = schema.path(keyword);
            for (int i = 0; i < branches.size(); i++) {
                String ref = branches.get(i).path("$ref").asString("");
                SchemaLocationRef branch = new SchemaLocationRef(document, JsonPointers.append(JsonPointers.append(pointer, keyword), i));
                if (!ref.isEmpty() && set.resolve(branch, ref) instanceof Resolution.Found found) {
                    SchemaLocationRef target = found.target();
                    String own = target.pointer().isEmpty() ? target.document().baseName() : JsonPointers.last(target.pointer());
                    if (own.equals(name) || name.equals(target.node().path("title").asString(null))) {
                        return true;
                    }
                }
            }
        }
        return false;
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

    private void checkRef(SchemaSet set, SchemaDocument document, String pointer, JsonNode schema, List<Diagnostic> out) {
        ReferenceKeywords.Reference read = ReferenceKeywords.of(schema); // the one the schema is read by
        boolean followed = false; // whether that one resolves
        for (ReferenceKeywords.Reference ref : ReferenceKeywords.all(schema)) {
            String at = JsonPointers.append(pointer, ref.keyword());
            Resolution resolution = set.resolve(new SchemaLocationRef(document, pointer), ref.target());
            followed |= ref.equals(read) && resolution instanceof Resolution.Found;
            Optional<Draft> metaSchema = Draft.fromSchemaUri(ref.target());
            if (resolution instanceof Resolution.Failed failed && failed.kind() == Resolution.Kind.REMOTE && metaSchema.isPresent()) {
                // a value that is itself a schema: no type describes it better than the JSON as read
                out.add(document.diagnostic(Severity.WARNING, "ref.meta-schema", at, JsonValues.quote(ref.target())
                        + " is the meta-schema of draft " + metaSchema.get().shortName() + ": a value that is a JSON"
                        + " Schema itself is held as any JSON (java.lang.Object); to type it, put a copy of the"
                        + " meta-schema under the source directory"));
            } else if (resolution instanceof Resolution.Failed failed) {
                out.add(document.diagnostic(Severity.ERROR, failed.kind().ruleId(), at, "cannot resolve \"" + ref.keyword()
                        + "\": " + JsonValues.quote(ref.target()) + ": " + failed.message()));
            } else if (resolution instanceof Resolution.Found found && found.byPath() != null) {
                out.add(document.diagnostic(Severity.WARNING, "ref.by-path", at,
                        JsonValues.quote(ref.target()) + " is " + found.byPath()));
            }
        }
        if (followed && isOnlyReference(schema)) {
            checkCycle(set, new SchemaLocationRef(document, pointer), out);
        }
    }

    /** Keywords that make a schema describe a value itself, so a reference chain ends there. */
    private static final List<String> SHAPE_KEYWORDS = List.of("type", "properties", "items", "enum", "const",
            "additionalProperties", "prefixItems", "allOf", "anyOf", "oneOf");

    private static boolean isOnlyReference(JsonNode schema) {
        return schema.isObject() && ReferenceKeywords.of(schema) != null && SHAPE_KEYWORDS.stream().noneMatch(schema::has);
    }

    /** Cycles already reported, by their members, so each is reported once. */
    private final Set<Set<String>> reportedCycles = new HashSet<>();

    /**
     * Follows a chain of schemas that are nothing but a {@code $ref}: a chain that comes back to a
     * schema it passed never reaches a type ({@code {"$ref": "#"}}, or A -> B -> A).
     */
    private void checkCycle(SchemaSet set, SchemaLocationRef start, List<Diagnostic> out) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        SchemaLocationRef at = start;
        while (isOnlyReference(at.node())) {
            String here = at.document().displayPath() + "#" + at.pointer();
            if (!seen.add(here)) {
                List<String> cycle = chain.subList(chain.indexOf(here), chain.size());
                // Reported once, at the first member met in document order; a chain that only leads into
                // a cycle is not itself reported.
                if (chain.indexOf(here) == 0 && reportedCycles.add(new HashSet<>(cycle))) {
                    String keyword = ReferenceKeywords.of(start.node()).keyword();
                    out.add(start.document().diagnostic(Severity.ERROR, "ref.cycle", JsonPointers.append(start.pointer(), keyword),
                            "this \"" + keyword + "\" starts a cycle that never reaches a type: " + String.join(" -> ", cycle)
                                    + " -> " + here + "; one of these schemas must describe a value (\"type\","
                                    + " \"properties\", ...) instead of only referring on"));
                }
                return;
            }
            chain.add(here);
            if (!(set.resolve(at, ReferenceKeywords.target(at.node())) instanceof Resolution.Found found)) {
                return;
            }
            at = found.target();
        }
    }
}
