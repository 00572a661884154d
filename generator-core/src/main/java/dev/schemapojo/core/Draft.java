package dev.schemapojo.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The JSON Schema drafts schemapojo reads, with the meta-schema URIs that select them. */
public enum Draft {
    DRAFT_2020_12("2020-12", "https://json-schema.org/draft/2020-12/schema"),
    DRAFT_2019_09("2019-09", "https://json-schema.org/draft/2019-09/schema"),
    DRAFT_07("07", "http://json-schema.org/draft-07/schema#"),
    DRAFT_06("06", "http://json-schema.org/draft-06/schema#"),
    DRAFT_04("04", "http://json-schema.org/draft-04/schema#");

    private final String shortName;
    private final String metaSchemaUri;

    Draft(String shortName, String metaSchemaUri) {
        this.shortName = shortName;
        this.metaSchemaUri = metaSchemaUri;
    }

    /** For example {@code 2020-12} or {@code 07}. */
    public String shortName() {
        return shortName;
    }

    /** The keyword that gives a schema its URI: {@code id} in draft 4, {@code $id} since. */
    public String idKeyword() {
        return this == DRAFT_04 ? "id" : "$id";
    }

    /**
     * Whether the keywords beside a {@code $ref} apply together with its target (2019-09 and later); in
     * draft 7 and older a schema with {@code $ref} is its target, and the keywords beside it are ignored.
     */
    public boolean refSiblingsApply() {
        return this == DRAFT_2020_12 || this == DRAFT_2019_09;
    }

    /** The canonical {@code $schema} URI of this draft. */
    public String metaSchemaUri() {
        return metaSchemaUri;
    }

    /**
     * The draft named by a {@code $schema} value. Both {@code http} and {@code https}, with or
     * without the empty fragment, are accepted, as they are in practice.
     */
    public static Optional<Draft> fromSchemaUri(String uri) {
        String normalized = normalize(uri);
        for (Draft d : values()) {
            if (normalize(d.metaSchemaUri).equals(normalized)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Parses {@code 2020-12}, {@code draft-07}, {@code 7} and the like. */
    public static Draft parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace("draft", "").replace("-0", "0");
        t = t.startsWith("-") ? t.substring(1) : t;
        for (Draft d : values()) {
            String s = d.shortName;
            if (t.equals(s) || t.equals(s.replaceFirst("^0", ""))) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown draft '" + text + "': use one of " + names());
    }

    /**
     * Whether {@code uri} is the unversioned meta-schema URI ({@code http://json-schema.org/schema}),
     * which names "the latest draft" and is common in tool configuration schemas (Angular, Nx); such
     * files are read by the {@code defaultDraft} option.
     */
    public static boolean isUnversioned(String uri) {
        return normalize(uri).equals("http://json-schema.org/schema");
    }

    /**
     * Whether a schema file names itself with draft 04's {@code id} (a string {@code id} at its root and no
     * {@code $id}): only draft 04 gives that keyword a meaning.
     */
    public static boolean namesItselfWithDraft4Id(tools.jackson.databind.JsonNode root) {
        return root.path("id").isString() && !root.has("$id");
    }

    static List<String> names() {
        return java.util.Arrays.stream(values()).map(Draft::shortName).toList();
    }

    private static String normalize(String uri) {
        String u = uri.trim();
        if (u.endsWith("#")) {
            u = u.substring(0, u.length() - 1);
        }
        return u.replaceFirst("^https://", "http://");
    }
}
