package dev.schemapojo.core.model;

/** JSON Schema patterns are ECMA-262; Java accepts most of them but not all. */
public final class Regexes {
    private Regexes() {}

    /** Whether {@code java.util.regex} compiles the pattern. */
    public static boolean compilesInJava(String pattern) {
        try {
            java.util.regex.Pattern.compile(pattern);
            return true;
        } catch (java.util.regex.PatternSyntaxException e) {
            return false;
        }
    }
}
