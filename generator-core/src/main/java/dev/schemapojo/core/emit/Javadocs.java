package dev.schemapojo.core.emit;

import com.palantir.javapoet.CodeBlock;
import dev.schemapojo.core.ir.Literal;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.ir.TypeDecl;

/**
 * The Javadoc of generated code: the header every generated type starts with, the sentences on a
 * value's constraints, and {@link #escape}, which makes text from a schema safe inside a comment: it
 * can neither end the comment, nor start a block tag, nor smuggle in a unicode escape that javac would
 * decode before parsing.
 */
final class Javadocs {
    private Javadocs() {}

    /**
     * The schema's description, then {@code <p>Generated from <code>origin</code>}; each kind of type
     * goes on with what it is.
     */
    static CodeBlock.Builder header(TypeDecl type) {
        CodeBlock.Builder doc = CodeBlock.builder();
        if (!type.description().isBlank()) {
            doc.add("$L\n\n", escape(type.description()));
        }
        return doc.add("<p>Generated from $L", code(type.origin().toString()));
    }

    /** The sentences on a value's validation keywords (documented) and non-string enum (checked). */
    static String constraints(Property p) {
        StringBuilder doc = new StringBuilder();
        if (!p.constraints().isEmpty()) {
            doc.append("Schema constraints (").append(p.constraints().checked()
                    ? "lengths, bounds, multipleOf and counts checked; the others documented" : "documented, not checked")
                    .append("): ").append(code(p.constraints().documentation())).append(".\n");
        }
        if (!p.allowed().isEmpty()) {
            doc.append("One of ").append(code("[" + String.join(", ", p.allowed().stream().map(Literal::text).toList()) + "]"))
                    .append(" (checked). ");
        }
        return doc.toString();
    }

    /**
     * {@code <code>text</code>}, the text escaped. Where nothing would be left to show (the property named
     * {@code ""}, an enum value of blanks), the text is shown as a quoted JSON string instead: doclint
     * rejects an empty {@code <code>} element, and {@code ""} says more than nothing.
     */
    static String code(String text) {
        String escaped = escape(text);
        return "<code>" + (escaped.isEmpty() ? "\"" + escapeCharacters(text) + "\"" : escaped) + "</code>";
    }

    /** The text made safe in a comment (see the class comment), and stripped of leading and trailing blanks. */
    static String escape(String text) {
        return escapeCharacters(text).strip();
    }

    private static String escapeCharacters(String text) {
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
                // Unicode line and paragraph separators and NEL: JavaPoet would break the comment line there.
                case '\u2028', '\u2029', '\u0085' -> sb.append(' ');
                default -> {
                    if (Character.isSurrogate(c) && !isPaired(text, i)) {
                        // A lone surrogate cannot be written as UTF-8.
                        sb.append('\uFFFD');
                    } else if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static boolean isPaired(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
