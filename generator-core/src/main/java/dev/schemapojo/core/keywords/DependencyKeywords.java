package dev.schemapojo.core.keywords;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** {@code dependentRequired} and the array form of draft 4 to 7's {@code dependencies}. */
public final class DependencyKeywords {
    private DependencyKeywords() {}

    /** One entry: when {@code property} is present, so must the names in {@code required} be. */
    public record Dependency(String property, List<String> required) {}

    /**
     * The entries of {@code dependentRequired}, then those of {@code dependencies} whose value is a list
     * of names (its schema-valued entries are not this), in order; each list holds its string names.
     */
    public static List<Dependency> dependentRequired(JsonNode schema) {
        List<Dependency> out = new ArrayList<>();
        for (String keyword : List.of("dependentRequired", "dependencies")) {
            for (Map.Entry<String, JsonNode> entry : schema.path(keyword).properties()) {
                if (!entry.getValue().isArray()) {
                    continue;
                }
                List<String> names = new ArrayList<>();
                for (JsonNode n : entry.getValue()) {
                    if (n.isString()) {
                        names.add(n.asString());
                    }
                }
                out.add(new Dependency(entry.getKey(), names));
            }
        }
        return out;
    }
}
