package dev.schemapojo.core;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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

    /**
     * Every keyword this draft defines, over all of its vocabularies (2019-09 and 2020-12: core, applicator,
     * unevaluated, validation, meta-data, format and content), as its meta-schemas list them; draft 04's
     * {@code $ref} too, which its meta-schema leaves to the JSON Reference draft. Not the keywords the
     * 2019-09 and 2020-12 meta-schemas keep only so that no extension takes their names ({@code definitions},
     * {@code dependencies}, and in 2020-12 {@code $recursiveRef} and {@code $recursiveAnchor}).
     */
    public Set<String> keywords() {
        return Keywords.BY_DRAFT.get(this);
    }

    /** Whether {@link #keywords()} holds {@code keyword}. */
    public boolean defines(String keyword) {
        return keywords().contains(keyword);
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
        // "draft-07", "draft7", "7", "07", "2019-09", "draft2020-12": the draft word and a separator after it go
        String t = text.trim().toLowerCase(Locale.ROOT).replace("draft", "");
        t = t.startsWith("-") || t.startsWith("_") ? t.substring(1) : t;
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

    /** The keyword sets, apart so that the enum constants exist when they are built. */
    private static final class Keywords {
        /** In every draft. */
        static final List<String> COMMON = List.of("$schema", "$ref", "title", "description", "default", "multipleOf",
                "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern", "items",
                "maxItems", "minItems", "uniqueItems", "maxProperties", "minProperties", "required",
                "additionalProperties", "properties", "patternProperties", "enum", "type", "format", "allOf", "anyOf",
                "oneOf", "not");
        /** Draft 04 and its successors up to 07: the keywords 2019-09 replaced or dropped. */
        static final List<String> UP_TO_07 = List.of("additionalItems", "definitions", "dependencies");
        /** New in draft 06. */
        static final List<String> SINCE_06 = List.of("$id", "examples", "const", "contains", "propertyNames");
        /** New in draft 07. */
        static final List<String> SINCE_07 = List.of("$comment", "if", "then", "else", "readOnly", "writeOnly",
                "contentMediaType", "contentEncoding");
        /** New in 2019-09 and kept by 2020-12: core, applicator, validation, meta-data and content. */
        static final List<String> SINCE_2019_09 = List.of("$anchor", "$vocabulary", "$defs", "dependentSchemas",
                "unevaluatedItems", "unevaluatedProperties", "maxContains", "minContains", "dependentRequired",
                "deprecated", "contentSchema");
        static final Map<Draft, Set<String>> BY_DRAFT = new EnumMap<>(Draft.class);

        static {
            BY_DRAFT.put(DRAFT_04, keywords(COMMON, UP_TO_07, List.of("id")));
            BY_DRAFT.put(DRAFT_06, keywords(COMMON, UP_TO_07, SINCE_06));
            BY_DRAFT.put(DRAFT_07, keywords(COMMON, UP_TO_07, SINCE_06, SINCE_07));
            BY_DRAFT.put(DRAFT_2019_09, keywords(COMMON, SINCE_06, SINCE_07, SINCE_2019_09,
                    List.of("additionalItems", "$recursiveRef", "$recursiveAnchor")));
            BY_DRAFT.put(DRAFT_2020_12, keywords(COMMON, SINCE_06, SINCE_07, SINCE_2019_09,
                    List.of("prefixItems", "$dynamicRef", "$dynamicAnchor")));
        }

        private Keywords() {}

        @SafeVarargs
        private static Set<String> keywords(List<String>... parts) {
            Set<String> all = new TreeSet<>();
            for (List<String> part : parts) {
                all.addAll(part);
            }
            return Set.copyOf(all);
        }
    }
}
