package dev.schemapojo.core.load;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A JSON document with the source location of every value, keyed by JSON pointer.
 *
 * @param root the document
 * @param valueLocations where each value starts
 * @param keyLocations where the member name of each object member starts
 */
public record ParsedJson(JsonNode root, Map<String, SourceLocation> valueLocations, Map<String, SourceLocation> keyLocations) {

    /** The location of the value at {@code pointer}, or of its closest ancestor that has one. */
    public SourceLocation locate(String pointer) {
        String p = pointer;
        while (true) {
            SourceLocation loc = valueLocations.get(p);
            if (loc != null) {
                return loc;
            }
            if (p.isEmpty()) {
                return SourceLocation.UNKNOWN;
            }
            p = JsonPointers.parent(p);
        }
    }

    /** The location of the member name at {@code pointer}, falling back to the value's location. */
    public SourceLocation locateKey(String pointer) {
        SourceLocation loc = keyLocations.get(pointer);
        return loc != null ? loc : locate(pointer);
    }
}
