package dev.schemapojo.core.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * All loaded documents, indexed by file URI, by {@code $id} (as written and as resolved) and by
 * {@code $anchor}, and the {@code $ref} resolution over them. Resolution never touches the network
 * or a file outside the loaded set.
 */
public final class SchemaSet {
    private final List<Path> sourceRoots;
    private final List<SchemaDocument> documents;
    private final int fileCount;
    private final Map<URI, SchemaDocument> byUri = new HashMap<>();
    private final Map<String, SchemaDocument> byLiteralId = new LinkedHashMap<>();
    /** Anchors ($anchor and $dynamicAnchor) by document key, then name -> pointer. */
    private final Map<String, Map<String, String>> anchors = new HashMap<>();
    /** Draft-4 style root {@code id}s of files read by a later draft, for the hint when a ref to one fails. */
    private final Map<String, SchemaDocument> legacyIds = new HashMap<>();
    /** Subschemas with an {@code $id} of their own, by that absolute URI (without fragment). */
    private final Map<URI, SchemaLocationRef> embedded = new HashMap<>();
    /** The {@code $dynamicAnchor}s of each document's own resource (outside embedded ones), by document key. */
    private final Map<String, Map<String, String>> rootDynamicAnchors = new HashMap<>();
    /** Anchors of each embedded resource, by the resource's absolute URI, then name -> pointer. */
    private final Map<URI, Map<String, String>> embeddedAnchors = new HashMap<>();
    /** Per document key, the pointers of its embedded resources and their base URIs, outer ones first. */
    private final Map<String, Map<String, URI>> resources = new HashMap<>();

    SchemaSet(List<Path> sourceRoots, List<SchemaDocument> documents, int fileCount) {
        this.sourceRoots = List.copyOf(sourceRoots);
        this.documents = List.copyOf(documents);
        this.fileCount = fileCount;
        for (SchemaDocument d : documents) {
            byUri.put(SchemaLoader.withoutFragment(d.file().toUri()), d);
            byUri.putIfAbsent(SchemaLoader.withoutFragment(d.fileUriOrMapped()), d);
            byUri.putIfAbsent(d.baseUri(), d);
            String idKeyword = d.draft().idKeyword();
            JsonNode id = d.root().path(idKeyword);
            if (id.isString()) {
                byLiteralId.putIfAbsent(id.asString(), d);
            }
            if (d.draft() != dev.schemapojo.core.Draft.DRAFT_04 && dev.schemapojo.core.Draft.namesItselfWithDraft4Id(d.root())) {
                legacyIds.putIfAbsent(d.root().path("id").asString(), d);
            }
            Map<String, String> docAnchors = new HashMap<>();
            Map<String, URI> docResources = new LinkedHashMap<>();
            SchemaWalker.walk(d.root(), (pointer, schema) -> {
                JsonNode embeddedId = schema.path(idKeyword);
                if (!pointer.isEmpty() && embeddedId.isString() && !embeddedId.asString().startsWith("#")) {
                    // an embedded resource: refs inside it resolve against its $id, and its $id names it
                    Resource enclosing = enclosing(d, docResources, pointer);
                    try {
                        URI base = SchemaLoader.withoutFragment(enclosing.base().resolve(new URI(embeddedId.asString())));
                        docResources.put(pointer, base);
                        embedded.putIfAbsent(base, new SchemaLocationRef(d, pointer));
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        // not a URI: the meta-schema check reports it
                    }
                }
                for (String keyword : List.of("$anchor", "$dynamicAnchor")) {
                    JsonNode anchor = schema.path(keyword);
                    if (anchor.isString()) {
                        docAnchors.putIfAbsent(anchor.asString(), pointer);
                        Resource in = enclosing(d, docResources, pointer);
                        if (in.pointer().isEmpty() && keyword.equals("$dynamicAnchor")) {
                            rootDynamicAnchors.computeIfAbsent(d.key(), k -> new HashMap<>()).putIfAbsent(anchor.asString(), pointer);
                        }
                        if (!in.pointer().isEmpty()) {
                            // an anchor names a schema within its resource: "#items" inside an embedded $id
                            embeddedAnchors.computeIfAbsent(in.base(), k -> new HashMap<>()).putIfAbsent(anchor.asString(), pointer);
                        }
                    }
                }
                // before 2019-09 a plain-name fragment as the id was the anchor: {"$id": "#address"}
                if (embeddedId.isString() && embeddedId.asString().startsWith("#") && embeddedId.asString().length() > 1) {
                    docAnchors.putIfAbsent(embeddedId.asString().substring(1), pointer);
                }
            });
            anchors.put(d.key(), docAnchors);
            resources.put(d.key(), docResources);
        }
    }

    /** The schema resource a location lies in: the document, or the innermost embedded {@code $id} around it. */
    private record Resource(String pointer, URI base) {}

    private static Resource enclosing(SchemaDocument d, Map<String, URI> docResources, String pointer) {
        Resource best = new Resource("", d.baseUri());
        for (Map.Entry<String, URI> r : docResources.entrySet()) {
            if ((pointer.equals(r.getKey()) || pointer.startsWith(r.getKey() + "/"))
                    && r.getKey().length() > best.pointer().length()) {
                best = new Resource(r.getKey(), r.getValue());
            }
        }
        return best;
    }

    /**
     * Resolves {@code ref} as written at {@code at}: like {@link #resolve(SchemaDocument, String)}, but
     * inside a subschema with an {@code $id} of its own (an embedded resource, as bundled schemas have)
     * fragments and relative references resolve against that resource.
     */
    public Resolution resolve(SchemaLocationRef at, String ref) {
        SchemaDocument d = at.document();
        Resource resource = enclosing(d, resources.getOrDefault(d.key(), Map.of()), at.pointer());
        if (resource.pointer().isEmpty()) {
            return resolve(d, ref);
        }
        if (ref.startsWith("#") && (ref.length() == 1 || ref.startsWith("#/"))) {
            Resolution inside = inDocument(d, resource.pointer() + decode(ref.substring(1)));
            return inside instanceof Resolution.Found ? inside : resolve(d, ref);
        }
        try {
            return resolve(d, resource.base().resolve(new URI(ref)).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return resolve(d, ref);
        }
    }

    /**
     * Resolves a {@code $dynamicRef}, statically: as {@link #resolve(SchemaLocationRef, String)}, except that
     * when the target declares the {@code $dynamicAnchor} the fragment names and the document's own
     * resource (where reading starts) declares it too, that outer one is the target. That is where the
     * dynamic scope of a document read from its root leads: the extending schema, not the extended one.
     */
    public Resolution resolveDynamic(SchemaLocationRef at, String ref) {
        Resolution r = resolve(at, ref);
        int hash = ref.indexOf('#');
        String name = hash < 0 ? "" : ref.substring(hash + 1);
        if (!(r instanceof Resolution.Found found) || name.isEmpty() || name.startsWith("/")
                || !found.target().node().path("$dynamicAnchor").asString("").equals(name)) {
            return r;
        }
        String outer = rootDynamicAnchors.getOrDefault(found.target().document().key(), Map.of()).get(name);
        return outer == null ? r : new Resolution.Found(new SchemaLocationRef(found.target().document(), outer));
    }

    /** The documents that parsed, in path order. */
    public List<SchemaDocument> documents() {
        return documents;
    }

    /** How many files were found, including those that did not parse. */
    public int fileCount() {
        return fileCount;
    }

    /**
     * Resolves {@code ref} as written in {@code from}.
     *
     * <p>Besides the standard rules, a fragment-only ref such as {@code #/components/schemas/X} that
     * does not exist inside {@code from} resolves to the document whose {@code $id} is literally that
     * string: published sets extracted from OpenAPI (Stytch's among them) are built that way.
     */
    public Resolution resolve(SchemaDocument from, String ref) {
        Resolution r = resolveWithoutHint(from, ref);
        if (r instanceof Resolution.Failed failed && failed.kind() != Resolution.Kind.ESCAPES) {
            Resolution byPath = byFilePath(from, ref);
            if (byPath != null) {
                return byPath;
            }
        }
        String plain = ref.indexOf('#') > 0 ? ref.substring(0, ref.indexOf('#')) : ref;
        SchemaDocument legacy = legacyIds.get(plain);
        if (r instanceof Resolution.Failed failed && legacy != null) {
            return new Resolution.Failed(failed.kind(), failed.message() + "; " + legacy.displayPath() + " declares \"id\": "
                    + JsonValues.quote(plain) + ", but \"id\" names a schema only in draft 04 and that file's \"$schema\""
                    + " says draft " + legacy.draft().shortName() + ": rename \"id\" to \"$id\", or declare"
                    + " \"$schema\": \"http://json-schema.org/draft-04/schema#\"");
        }
        return r;
    }

    /**
     * A relative reference that its {@code $id} base turns into a URI no loaded schema has, resolved as a
     * file path from the referring file instead, when a loaded file is there: publishers give files the
     * {@code $id} of their web address and refer to each other by file name, and the two need not agree
     * ({@code "$ref": "spdx.SNAPSHOT.schema.json"} next to a file whose {@code $id} ends in
     * {@code spdx.schema.json}). Null when the reference is absolute or no loaded file is there.
     */
    private Resolution byFilePath(SchemaDocument from, String ref) {
        URI relative;
        try {
            relative = new URI(ref);
        } catch (URISyntaxException e) {
            return null;
        }
        if (relative.isAbsolute() || relative.getRawPath() == null || relative.getRawPath().isEmpty()
                || relative.getRawPath().startsWith("/") || from.file().getParent() == null) {
            return null;
        }
        Path path = from.file().getParent().resolve(relative.getPath()).normalize();
        SchemaDocument document = byUri.get(SchemaLoader.withoutFragment(path.toUri()));
        if (document == null || !document.file().equals(path)) {
            return null;
        }
        String fragment = relative.getRawFragment() == null ? "" : decode(relative.getRawFragment());
        if (!(inDocument(document, fragment) instanceof Resolution.Found found)) {
            return null;
        }
        return new Resolution.Found(found.target(), "resolved by file path to " + document.displayPath() + ": by its"
                + " $id base the reference means " + JsonValues.quote(from.baseUri().resolve(relative).toString())
                + ", which no loaded schema declares (that file's $id is " + JsonValues.quote(document.baseUri().toString())
                + "); if that is not the schema meant, map the URI with uriMappings");
    }

    private Resolution resolveWithoutHint(SchemaDocument from, String ref) {
        if (ref.startsWith("#")) {
            // the fragment is URI-encoded: "#/properties/a%20b" names the property "a b"
            Resolution local = inDocument(from, decode(ref.substring(1)));
            if (local instanceof Resolution.Found) {
                return local;
            }
            SchemaDocument byId = byLiteralId.get(ref);
            if (byId != null) {
                return new Resolution.Found(new SchemaLocationRef(byId, ""));
            }
            return new Resolution.Failed(Resolution.Kind.UNRESOLVED,
                    "nothing in this file is at " + JsonValues.quote(ref) + " and no loaded schema has that $id"
                            + suggestion(ref, from));
        }
        SchemaDocument literal = byLiteralId.get(ref);
        if (literal != null) {
            return new Resolution.Found(new SchemaLocationRef(literal, ""));
        }
        URI target;
        try {
            target = from.baseUri().resolve(new URI(ref));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new Resolution.Failed(Resolution.Kind.UNRESOLVED,
                    JsonValues.quote(ref) + " is not a valid URI reference");
        }
        String fragment = target.getRawFragment() == null ? "" : decode(target.getRawFragment());
        URI resource = SchemaLoader.withoutFragment(target);
        SchemaDocument document = byUri.get(resource);
        SchemaLocationRef embeddedTarget = embedded.get(resource);
        if (document == null && embeddedTarget != null && (fragment.isEmpty() || fragment.startsWith("/"))) {
            return inDocument(embeddedTarget.document(), embeddedTarget.pointer() + fragment);
        }
        if (document == null && embeddedTarget != null) {
            String pointer = embeddedAnchors.getOrDefault(resource, Map.of()).get(fragment);
            return pointer != null ? new Resolution.Found(new SchemaLocationRef(embeddedTarget.document(), pointer))
                    : new Resolution.Failed(Resolution.Kind.UNRESOLVED, "no $anchor or $dynamicAnchor "
                            + JsonValues.quote(fragment) + " in the resource " + JsonValues.quote(resource.toString())
                            + " (embedded in " + embeddedTarget.document().displayPath() + ")");
        }
        if (document != null) {
            Resolution r = inDocument(document, fragment);
            if (r instanceof Resolution.Failed failed) {
                return new Resolution.Failed(failed.kind(), failed.message() + " in " + document.displayPath());
            }
            return r;
        }
        String scheme = resource.getScheme() == null ? "" : resource.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") || scheme.equals("https")) {
            return new Resolution.Failed(Resolution.Kind.REMOTE,
                    "remote references are disabled and no loaded schema has the $id " + JsonValues.quote(resource.toString())
                            + "; put a copy of that schema (with that $id) under the source directory, or map the URI"
                            + " prefix to a local directory with uriMappings (e.g. " + JsonValues.quote(prefixOf(resource) + "=src/main/remote-schemas") + ")");
        }
        if (scheme.equals("file")) {
            Path path;
            try {
                path = Path.of(resource).normalize();
            } catch (IllegalArgumentException e) {
                return new Resolution.Failed(Resolution.Kind.UNRESOLVED, JsonValues.quote(ref) + " is not a usable file reference");
            }
            Path root = sourceRoots.stream().filter(path::startsWith).findFirst().orElse(null);
            if (root == null) {
                return new Resolution.Failed(Resolution.Kind.ESCAPES,
                        JsonValues.quote(ref) + " points outside the source directory (to " + path
                                + "); references may only name schema files under " + sourceRoots.get(0));
            }
            return new Resolution.Failed(Resolution.Kind.UNRESOLVED,
                    "no loaded schema file is at " + root.relativize(path).toString().replace('\\', '/')
                            + " (is it missing, or left out by includes/excludes?)" + suggestion(ref, from));
        }
        return new Resolution.Failed(Resolution.Kind.UNRESOLVED,
                "no loaded schema has the $id " + JsonValues.quote(resource.toString()) + suggestion(ref, from));
    }

    /** The URI up to the last {@code /} of its path, as a suggested mapping prefix. */
    private static String prefixOf(URI uri) {
        String text = uri.toString();
        int slash = text.lastIndexOf('/');
        return slash > text.indexOf("//") + 1 ? text.substring(0, slash + 1) : text + "/";
    }

    private Resolution inDocument(SchemaDocument document, String fragment) {
        if (fragment.isEmpty()) {
            return new Resolution.Found(new SchemaLocationRef(document, ""));
        }
        if (fragment.startsWith("/")) {
            JsonNode node = document.root().at(fragment);
            if (node.isMissingNode()) {
                return new Resolution.Failed(Resolution.Kind.UNRESOLVED, "nothing is at #" + fragment);
            }
            return new Resolution.Found(new SchemaLocationRef(document, fragment));
        }
        String pointer = anchors.getOrDefault(document.key(), Map.of()).get(fragment);
        if (pointer == null) {
            return new Resolution.Failed(Resolution.Kind.UNRESOLVED, "no $anchor " + JsonValues.quote(fragment));
        }
        return new Resolution.Found(new SchemaLocationRef(document, pointer));
    }

    private String suggestion(String ref, SchemaDocument from) {
        List<String> candidates = new ArrayList<>(byLiteralId.keySet());
        for (SchemaDocument d : documents) {
            candidates.add(d.relativePath());
        }
        if (ref.startsWith("#/")) {
            // a misspelt pointer into the same file
            SchemaWalker.walk(from.root(), (pointer, schema) -> candidates.add("#" + pointer));
        }
        List<String> close = candidates.stream()
                .filter(c -> editDistance(c, ref) <= Math.max(2, ref.length() / 5))
                .sorted(Comparator.comparingInt((String c) -> editDistance(c, ref)).thenComparing(c -> c))
                .limit(3)
                .toList();
        return close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close.stream().map(JsonValues::quote).toList()) + "?";
    }

    /**
     * Edit distance for suggestions: insertions, deletions, substitutions and swaps of two adjacent
     * characters count one each ({@code "requried"} is one from {@code "required"}); optimal string
     * alignment, so no part is edited twice.
     */
    public static int editDistance(String a, String b) {
        // three rows of the distance table: the one two back is what a swap reads
        int[] twoBack = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    current[j] = Math.min(current[j], twoBack[j - 2] + 1);
                }
            }
            int[] spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }
        return previous[b.length()];
    }

    /**
     * Percent-decodes a fragment. A malformed escape ({@code "#/a%zz"}) is not an encoding at all: the
     * text is then taken as written, and a pointer that does not exist is reported as unresolved.
     */
    private static String decode(String raw) {
        try {
            return java.net.URLDecoder.decode(raw.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
