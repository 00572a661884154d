package dev.schemapojo.core.load;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON pointers: building, splitting and escaping. */
public final class JsonPointers {
    private JsonPointers() {}

    public static String append(String pointer, String token) {
        return pointer + "/" + escape(token);
    }

    public static String append(String pointer, int index) {
        return pointer + "/" + index;
    }

    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    public static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** The unescaped tokens of a pointer; {@code ""} has none. */
    public static List<String> tokens(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) {
            return out;
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("not a JSON pointer: " + pointer);
        }
        for (String t : pointer.substring(1).split("/", -1)) {
            out.add(unescape(t));
        }
        return out;
    }

    /** The pointer of the parent value, or {@code ""} for a direct child of the root. */
    public static String parent(String pointer) {
        int i = pointer.lastIndexOf('/');
        return i <= 0 ? "" : pointer.substring(0, i);
    }

    /** The last unescaped token, or {@code ""} for the root. */
    public static String last(String pointer) {
        int i = pointer.lastIndexOf('/');
        return i < 0 ? "" : unescape(pointer.substring(i + 1));
    }
}
