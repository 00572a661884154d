package dev.schemapojo.core.emit;

/**
 * Makes text from a schema safe inside a Javadoc comment: it can neither end the comment, nor start
 * a block tag, nor smuggle in a unicode escape that javac would decode before parsing.
 */
final class Javadocs {
    private Javadocs() {}

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '@' -> sb.append("&#64;");
                // javac decodes \\uXXXX everywhere, comments included, before it parses anything.
                case '\\' -> sb.append("&#92;");
                case '/' -> sb.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '\r' -> { }
                default -> {
                    if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString().strip();
    }
}
