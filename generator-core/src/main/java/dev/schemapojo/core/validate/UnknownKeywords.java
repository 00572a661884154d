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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code lint.unknown-keyword}: a member of a schema that the file's draft does not define is ignored by
 * every validator of that draft, and by schemapojo, so a misspelt {@code "requried"} silently drops its
 * check. Reported, with the closest keyword where one is plausible, unless it is expected beside the
 * draft's keywords (see {@link #TOLERATED}). The caller visits each schema position once; only the member
 * names of the schema at hand are looked at here, so the keys of {@code properties}, and whatever an
 * {@code enum}, {@code default} or unknown keyword holds, are never taken for keywords.
 *
 * <p>An unknown keyword (one no draft defines) that a reference points into is a container of
 * definitions, not a slip (an OpenAPI-style {@code "components": {"schemas": ...}} in a JSON Schema file,
 * {@code $defs} grouped by topic): it is not reported, and the schemas referred to inside it are checked
 * like any other. That needs every reference of the set, so findings wait for {@link #finish}; a set
 * without findings (the usual case) costs nothing more.
 */
final class UnknownKeywords {
    static final String RULE = "lint.unknown-keyword";

    /**
     * Keywords no draft asks for but that are at home in any schema: the two containers of definitions
     * (they assert nothing; a {@code $ref} into either resolves by JSON pointer in every draft and in
     * schemapojo), OpenAPI's additions to its Schema Object, which schemapojo reads ({@code nullable},
     * {@code discriminator}) or which only annotate, and the annotations of other drafts (whatever the draft,
     * nothing is lost when a validator ignores them).
     */
    static final Set<String> TOLERATED = Set.of(
            "definitions", "$defs",
            "discriminator", "nullable", "example", "xml", "externalDocs",
            "$comment", "examples", "deprecated", "readOnly", "writeOnly",
            "contentMediaType", "contentEncoding", "contentSchema");

    /** The newest draft first, as {@link Draft#values()} lists them. */
    private static final List<Draft> DRAFTS = List.of(Draft.values());

    /** Per draft, what a suggestion may name: its own keywords, then the tolerated ones, each sorted. */
    private final Map<Draft, List<String>> candidates = new EnumMap<>(Draft.class);

    /**
     * A keyword found unknown, kept until {@link #finish} knows whether a reference points into it.
     *
     * @param anyDraft whether some draft defines it: then a reference into it does not make it a container,
     *     since what it means is lost all the same (and the walk has visited what it holds)
     */
    private record Finding(SchemaDocument document, String pointer, boolean anyDraft, Diagnostic diagnostic) {
        String key() {
            return document.key() + '#' + pointer;
        }
    }

    /** By {@link Finding#key()}, in the order found. */
    private final Map<String, Finding> findings = new LinkedHashMap<>();

    /** Looks at the member names of one schema, found at {@code pointer} of {@code document}. */
    void check(SchemaDocument document, String pointer, JsonNode schema) {
        Draft draft = document.draft();
        for (String keyword : schema.propertyNames()) {
            if (draft.defines(keyword) || TOLERATED.contains(keyword) || isExtension(keyword)) {
                continue;
            }
            String at = JsonPointers.append(pointer, keyword);
            List<Draft> definers = DRAFTS.stream().filter(d -> d.defines(keyword)).toList();
            String message = definers.isEmpty() ? unknown(keyword, draft) : otherDraft(keyword, draft, definers);
            Finding finding = new Finding(document, at, !definers.isEmpty(),
                    document.diagnosticAtKey(Severity.WARNING, RULE, at, message));
            findings.putIfAbsent(finding.key(), finding);
        }
    }

    /**
     * Reports the findings of every {@link #check} but those that a reference of {@code set} points into, and
     * checks the schemas such references reach inside them.
     */
    void finish(SchemaSet set, List<Diagnostic> out) {
        if (findings.isEmpty()) {
            return;
        }
        // every reference of the set, wherever it is: one inside a container may point into another
        List<SchemaLocationRef> targets = new ArrayList<>();
        for (SchemaDocument document : set.documents()) {
            forEachObject(document.root(), (pointer, node) -> {
                for (ReferenceKeywords.Reference ref : ReferenceKeywords.all(node)) {
                    if (set.resolve(new SchemaLocationRef(document, pointer), ref.target()) instanceof Resolution.Found found) {
                        targets.add(found.target());
                    }
                }
            });
        }
        Set<String> referenced = new HashSet<>();
        for (SchemaLocationRef target : targets) {
            referenced.addAll(withPrefixes(target));
        }
        Set<String> walked = new HashSet<>();
        for (SchemaLocationRef target : targets) {
            boolean inContainer = withPrefixes(target).stream().map(findings::get)
                    .anyMatch(f -> f != null && !f.anyDraft());
            if (inContainer && walked.add(target.document().key() + '#' + target.pointer())) {
                SchemaWalker.walk(target.node(), (pointer, schema) -> {
                    if (schema.isObject()) {
                        check(target.document(), target.pointer() + pointer, schema);
                    }
                });
            }
        }
        for (Finding finding : findings.values()) {
            if (finding.anyDraft() || !referenced.contains(finding.key())) {
                out.add(finding.diagnostic());
            }
        }
        findings.clear();
    }

    /** Visits every object of a JSON document with its pointer, schema or not; iterative, for deep documents. */
    private static void forEachObject(JsonNode root, SchemaWalker.Visitor visitor) {
        Deque<Map.Entry<String, JsonNode>> todo = new ArrayDeque<>();
        todo.push(Map.entry("", root));
        while (!todo.isEmpty()) {
            Map.Entry<String, JsonNode> next = todo.pop();
            JsonNode node = next.getValue();
            if (node.isObject()) {
                visitor.visit(next.getKey(), node);
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    todo.push(Map.entry(JsonPointers.append(next.getKey(), member.getKey()), member.getValue()));
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    todo.push(Map.entry(JsonPointers.append(next.getKey(), i), node.get(i)));
                }
            }
        }
    }

    /** The keys of {@code target} and of every value that holds it: {@code doc#}, {@code doc#/a}, {@code doc#/a/b}. */
    private static List<String> withPrefixes(SchemaLocationRef target) {
        String document = target.document().key() + '#';
        String pointer = target.pointer();
        List<String> out = new ArrayList<>();
        out.add(document);
        for (int slash = pointer.indexOf('/', 1); slash > 0; slash = pointer.indexOf('/', slash + 1)) {
            out.add(document + pointer.substring(0, slash));
        }
        if (!pointer.isEmpty()) {
            out.add(document + pointer);
        }
        return out;
    }

    /** OpenAPI's extension prefix, which JSON Schema tools also leave alone. */
    private static boolean isExtension(String keyword) {
        return keyword.startsWith("x-") || keyword.startsWith("X-");
    }

    private String unknown(String keyword, Draft draft) {
        String closest = closest(keyword, candidates.computeIfAbsent(draft, UnknownKeywords::candidates));
        return JsonValues.quote(keyword) + " is not a keyword of draft " + draft.shortName() + ", so it is ignored; "
                + (closest != null ? "did you mean " + JsonValues.quote(closest) + "?"
                        : "fix the spelling, or start the name of an extension keyword with \"x-\"");
    }

    private static String otherDraft(String keyword, Draft draft, List<Draft> definers) {
        List<String> names = new ArrayList<>();
        for (int i = definers.size() - 1; i >= 0; i--) {
            names.add(definers.get(i).shortName());
        }
        String drafts = names.size() == 1 ? "draft " + names.get(0)
                : "drafts " + String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        String equivalent = equivalent(keyword, draft);
        return JsonValues.quote(keyword) + " is a keyword of " + drafts + ", not of draft " + draft.shortName()
                + ", so validators of draft " + draft.shortName() + " ignore it; " + (equivalent != null
                        ? "use " + equivalent + " instead"
                        : "declare \"$schema\": " + JsonValues.quote(definers.get(0).metaSchemaUri()) + " to use it");
    }

    /** What {@code draft} says instead of another draft's {@code keyword}, or null where it has no like. */
    static String equivalent(String keyword, Draft draft) {
        record Like(String keyword, String text) {}
        Like like = switch (keyword) {
            case "id" -> new Like("$id", "\"$id\"");
            case "$id" -> new Like("id", "\"id\"");
            case "$anchor" -> new Like(draft.idKeyword(), JsonValues.quote(draft.idKeyword()) + ": \"#<name>\"");
            case "prefixItems" -> new Like("additionalItems", "the array form of \"items\" (with \"additionalItems\""
                    + " for the items after it)");
            case "additionalItems" -> new Like("prefixItems", "\"prefixItems\" for the positions and \"items\" for the"
                    + " items after them");
            case "dependencies" -> new Like("dependentRequired", "\"dependentRequired\" (lists of names) and"
                    + " \"dependentSchemas\" (schemas)");
            case "dependentRequired", "dependentSchemas" -> new Like("dependencies", "\"dependencies\"");
            case "$recursiveRef" -> new Like("$dynamicRef", "\"$dynamicRef\"");
            case "$recursiveAnchor" -> new Like("$dynamicAnchor", "\"$dynamicAnchor\"");
            case "$dynamicRef" -> new Like("$recursiveRef", "\"$recursiveRef\"");
            case "$dynamicAnchor" -> new Like("$recursiveAnchor", "\"$recursiveAnchor\"");
            case "const" -> new Like("enum", "\"enum\" with the one value");
            default -> null;
        };
        return like != null && draft.defines(like.keyword()) ? like.text() : null;
    }

    private static List<String> candidates(Draft draft) {
        List<String> out = new ArrayList<>(draft.keywords().stream().sorted().toList());
        TOLERATED.stream().filter(k -> !draft.defines(k)).sorted().forEach(out::add);
        return List.copyOf(out);
    }

    /**
     * The candidate nearest to {@code keyword}, ignoring case, when it is near enough to be what the author
     * meant: one edit (a transposition is one) for up to four characters, two up to eight, three beyond;
     * names of one or two characters only by case. The first of equally near candidates wins.
     */
    static String closest(String keyword, List<String> candidates) {
        String typed = keyword.toLowerCase(Locale.ROOT);
        int length = typed.length();
        int allowed = length <= 2 ? 0 : length <= 4 ? 1 : length <= 8 ? 2 : 3;
        String best = null;
        int bestDistance = allowed + 1;
        for (String candidate : candidates) {
            int distance = SchemaSet.editDistance(typed, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }
}
