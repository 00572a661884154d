package dev.schemapojo.core.keywords;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The one reader of the reference keywords: {@code $ref}, 2019-09's {@code $recursiveRef} and
 * 2020-12's {@code $dynamicRef}. Lint, the {@code allOf} merge, unions and type mapping all ask here, so
 * they cannot drift apart on which keywords refer to another schema: each is checked (an unresolvable one
 * is an error) and followed alike.
 */
public final class ReferenceKeywords {
    private ReferenceKeywords() {}

    /** The reference keywords, in the order they are read: a schema with several is read by the first. */
    public static final List<String> KEYWORDS = List.of("$ref", "$recursiveRef", "$dynamicRef");

    /** A reference a schema makes: the keyword that makes it and the reference text. */
    public record Reference(String keyword, String target) {}

    /**
     * The reference a schema makes: {@code $ref}, else {@code $recursiveRef} or {@code $dynamicRef}.
     * The dynamic ones are followed statically, to the anchor in the same resource: that is what
     * recursive schemas (trees, extensible meta-schemas used as-is) mean. Null when it makes none.
     */
    public static Reference of(JsonNode schema) {
        for (String keyword : KEYWORDS) {
            if (schema.path(keyword).isString()) {
                return new Reference(keyword, schema.path(keyword).asString());
            }
        }
        return null;
    }

    /** The reference text of {@link #of}, or null. */
    public static String target(JsonNode schema) {
        Reference reference = of(schema);
        return reference == null ? null : reference.target();
    }

    /** The text of the schema's {@code $ref} alone, or null. */
    public static String staticRef(JsonNode schema) {
        JsonNode ref = schema.path("$ref");
        return ref.isString() ? ref.asString() : null;
    }

    /** Every reference the schema makes, in {@link #KEYWORDS} order (2020-12 allows {@code $ref} beside {@code $dynamicRef}). */
    public static List<Reference> all(JsonNode schema) {
        List<Reference> out = new ArrayList<>();
        for (String keyword : KEYWORDS) {
            if (schema.path(keyword).isString()) {
                out.add(new Reference(keyword, schema.path(keyword).asString()));
            }
        }
        return out;
    }
}
