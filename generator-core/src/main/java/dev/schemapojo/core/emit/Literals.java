package dev.schemapojo.core.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import dev.schemapojo.core.ir.Literal;
import dev.schemapojo.core.ir.TypeRef;

/**
 * Java string literals for text that comes from a schema. JavaPoet's {@code $S} keeps characters such
 * as U+2028 as they are and then splits its output lines at them, which breaks the literal; here every
 * character outside printable ASCII that is not a letter or digit becomes a {@code \\uXXXX} escape,
 * and quotes and backslashes are escaped, so the literal is one line and means exactly the text.
 */
final class Literals {
    private Literals() {}

    static CodeBlock string(String text) {
        // "$" in a CodeBlock argument is not a placeholder, so the text needs no JavaPoet escaping.
        if (!fitsConstant(text)) {
            // javac folds "a" + "b" into one constant, which would be too long just the same: String.join is not folded
            List<CodeBlock> parts = new ArrayList<>();
            for (int from = 0; from < text.length(); ) {
                int to = Math.min(text.length(), from + CONSTANT_PART_CHARS);
                if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
                    to--; // a surrogate pair stays in one part
                }
                parts.add(CodeBlock.of("$L", text(text.substring(from, to))));
                from = to;
            }
            return CodeBlock.of("$T.join(\"\", $L)", String.class, CodeBlock.join(parts, ", "));
        }
        return CodeBlock.of("$L", text(text));
    }

    /**
     * Whether a string is short enough to be a constant: a class file holds at most 65,535 bytes of modified
     * UTF-8 for one (three bytes for each character from U+0800 on, and for each half of a surrogate pair).
     * A longer one ({@code string()} of a 70,000-character default) is joined from parts at run time, and has
     * no place in an annotation.
     */
    static boolean fitsConstant(String text) {
        if (text.length() <= MAX_CONSTANT_BYTES / 3) {
            return true;
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes <= MAX_CONSTANT_BYTES;
    }

    private static final int MAX_CONSTANT_BYTES = 65_535;
    /** Characters of one part of a long string: at most three bytes each, so each part fits a constant. */
    private static final int CONSTANT_PART_CHARS = 20_000;

    /** The literal {@link #string} holds, as text to join with other code. */
    static String text(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    boolean plain = (c >= 0x20 && c < 0x7F) || (c > 0x7F && Character.isLetterOrDigit(c));
                    if (plain) {
                        sb.append(c);
                    } else {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /**
     * A schema's number as the generated code writes it in messages and annotations: its plain decimal
     * ({@code 0.001}, {@code 1000}), or {@code 1E+400} where the plain form would be long (the plain form of
     * {@code 1e2147483647} has two billion digits).
     */
    static String number(java.math.BigDecimal value) {
        return value.scale() < -PLAIN_DIGITS || value.scale() - value.precision() > PLAIN_DIGITS ? value.toString() : value.toPlainString();
    }

    static final int PLAIN_DIGITS = 40;

    /** A Java expression for a fixed value of a property of the given type (a {@code const}, {@code default}, enum value). */
    static CodeBlock of(Literal value, TypeRef type) {
        // Literal is sealed; Java 17 has no pattern switch, so the cases are tested in turn
        if (value instanceof Literal.Str text) {
            return string(text.value());
        } else if (value instanceof Literal.Long n) {
            return CodeBlock.of("$LL", n.value());
        } else if (value instanceof Literal.Int n) {
            return CodeBlock.of("$L", n.value());
        } else if (value instanceof Literal.Dbl d) {
            return CodeBlock.of("$Ld", Double.toString(d.value()));
        } else if (value instanceof Literal.Bool b) {
            return CodeBlock.of("$L", b.value());
        }
        return CodeBlock.of("$T.fromValue($L)", JavaTypes.of(type), string(((Literal.EnumConstant) value).json()));
    }
}
