package dev.schemapojo.core.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Plain-code matchers for the simplest {@code pattern}s, in place of a {@code java.util.regex} search that
 * costs a {@code Matcher} and a backtracking engine per value: the three patterns of the constrained
 * benchmark type were most of what its checks cost on read ({@code docs/benchmarks.md}).
 *
 * <p>A pattern qualifies when it starts with {@code ^}, may end with {@code $}, and between them is a
 * sequence of parts, each a literal character, an escape ({@code \d}, {@code \w}, a control escape, an
 * escaped syntax character) or a positive character class of those and of ranges, with an optional greedy
 * quantifier ({@code *}, {@code +}, {@code ?}, <code>{n}</code>, <code>{n,}</code>, <code>{n,m}</code>).
 * No part may hold a surrogate, so reading the string by UTF-16 units means what ECMA-262 means by code
 * points under the {@code u} flag: a character beyond U+FFFF matches no part either way.
 *
 * <p>The matcher lets each part take as many characters as it may and never backtracks. That is exact
 * when no part whose count may vary shares a character with a part that could come right after it
 * (the following parts up to and including the first that must take one): a part that took fewer would
 * leave a character that only itself can take. Patterns outside these rules, or that break the condition
 * ({@code ^a*ab}), keep the regular expression. Anything not sure to mean the same is refused, so the
 * choice never changes what a pattern accepts; {@code PatternMatchersTest} compares both on generated
 * strings.
 */
final class PatternMatchers {
    /** Counts larger than this keep the regular expression: the generated loop would gain nothing. */
    private static final int MAX_COUNT = 100_000;
    /** Patterns of more parts keep the regular expression, so a generated method stays short. */
    private static final int MAX_PARTS = 32;
    private static final String SYNTAX = "^$\\.*+?()[]{}|/";

    /**
     * One part of a simple pattern: the UTF-16 units it takes, from {@code min} to {@code max} of them
     * ({@code max} -1: no limit), and its text in the pattern.
     */
    record Part(BitSet units, int min, int max, String source) {}

    /** A pattern plain code matches: its parts in order, and whether it must end where the string does. */
    record Simple(List<Part> parts, boolean toEnd) {}

    private PatternMatchers() {}

    /** The pattern's parts, or empty when it needs a regular expression. */
    static Optional<Simple> parse(String ecma) {
        try {
            Simple simple = new Parser(ecma).pattern();
            return greedyIsExact(simple.parts()) ? Optional.of(simple) : Optional.empty();
        } catch (NotSimple e) {
            return Optional.empty();
        }
    }

    /**
     * {@code private static boolean name(String s, int i)}, called with {@code i} 0: whether {@code s}
     * matches the pattern, the way {@code Pattern.compile(java).matcher(s).find()} says for its
     * translation. The second parameter keeps the method apart from every builder method, which takes one.
     */
    static MethodSpec method(String name, String ecma, Simple simple) {
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("int n = s.length()");
        for (Part part : simple.parts()) {
            code.add("// $L\n", comment(part.source()));
            if (part.min() == 1 && part.max() == 1 && part.units().cardinality() == 1) {
                code.beginControlFlow("if (i == n || s.charAt(i) != $L)", unit(part.units().nextSetBit(0)))
                        .addStatement("return false")
                        .endControlFlow()
                        .addStatement("i++");
                continue;
            }
            code.add("{\n").indent()
                    .addStatement("int from = i");
            String more = part.max() < 0 ? "i < n" : "i < n && i - from < " + part.max();
            code.beginControlFlow("for (; $L; i++)", more)
                    .addStatement("char c = s.charAt(i)")
                    .beginControlFlow("if (!($L))", test(part.units()))
                    .addStatement("break")
                    .endControlFlow()
                    .endControlFlow();
            if (part.min() > 0) {
                code.beginControlFlow("if (i - from < $L)", part.min())
                        .addStatement("return false")
                        .endControlFlow();
            }
            code.unindent().add("}\n");
        }
        code.addStatement(simple.toEnd() ? "return i == n" : "return true");
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(String.class, "s")
                .addParameter(int.class, "i")
                .addJavadoc("Whether {@code s}, from index {@code i} (0 for the pattern's {@code ^}), matches the pattern\n"
                        + "$L. Plain code, not a regular expression: each part takes as many characters\n"
                        + "as it may, which is exact here, as no part can take a character that a part after it needs.\n",
                        Javadocs.code(ecma))
                .addCode(code.build())
                .build();
    }

    /**
     * A part's text for a line comment: control characters and line separators as {@code U+XXXX}. (A
     * simple pattern has no {@code \\u} escape, so javac finds none in the comment.)
     */
    private static String comment(String source) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                sb.append(String.format("U+%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A boolean expression over the {@code char c}: whether it is one of the units. */
    private static String test(BitSet units) {
        List<String> terms = new ArrayList<>();
        for (int lo = units.nextSetBit(0); lo >= 0; lo = units.nextSetBit(lo + 1)) {
            int hi = units.nextClearBit(lo) - 1;
            if (lo == hi) {
                terms.add("c == " + unit(lo));
            } else if (hi == lo + 1) {
                terms.add("c == " + unit(lo) + " || c == " + unit(hi));
            } else {
                terms.add("c >= " + unit(lo) + " && c <= " + unit(hi));
            }
            lo = hi;
        }
        return String.join(" || ", terms);
    }

    /** A UTF-16 unit as Java source: a character literal when printable ASCII, else a hexadecimal number. */
    private static String unit(int u) {
        if (u == '\'' || u == '\\') {
            return "'\\" + (char) u + "'";
        }
        if (u >= 0x20 && u < 0x7f) {
            return "'" + (char) u + "'";
        }
        return String.format("0x%04x", u);
    }

    /** Whether taking the most characters at every part finds a match whenever there is one. */
    private static boolean greedyIsExact(List<Part> parts) {
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            if (part.min() == part.max()) {
                continue;
            }
            for (int j = i + 1; j < parts.size(); j++) {
                if (part.units().intersects(parts.get(j).units())) {
                    return false;
                }
                if (parts.get(j).min() > 0) {
                    break;
                }
            }
        }
        return true;
    }

    /** Thrown inside the parser: the pattern is not one of the simple ones. */
    private static final class NotSimple extends Exception {
        private static final long serialVersionUID = 1L;

        NotSimple() {
            super(null, null, false, false);
        }
    }

    /** Reads a pattern of the simple form, or throws {@link NotSimple}. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Simple pattern() throws NotSimple {
            if (!text.startsWith("^")) {
                throw new NotSimple();
            }
            at = 1;
            List<Part> parts = new ArrayList<>();
            boolean toEnd = false;
            while (at < text.length()) {
                if (text.charAt(at) == '$') {
                    if (at != text.length() - 1) {
                        throw new NotSimple();
                    }
                    toEnd = true;
                    break;
                }
                int start = at;
                BitSet units = atom();
                int[] count = quantifier();
                parts.add(new Part(units, count[0], count[1], text.substring(start, at)));
                if (parts.size() > MAX_PARTS) {
                    throw new NotSimple();
                }
            }
            return new Simple(List.copyOf(parts), toEnd);
        }

        private BitSet atom() throws NotSimple {
            char c = text.charAt(at++);
            if (c == '[') {
                return characterClass();
            }
            if (c == '\\') {
                return escape(false);
            }
            if (SYNTAX.indexOf(c) >= 0 && c != '/' || Character.isSurrogate(c)) {
                throw new NotSimple();
            }
            return single(c);
        }

        /** A positive class of single units, ranges, {@code \d} and {@code \w}; after the {@code [}. */
        private BitSet characterClass() throws NotSimple {
            if (at < text.length() && text.charAt(at) == '^') {
                throw new NotSimple();
            }
            BitSet units = new BitSet();
            boolean empty = true;
            while (true) {
                if (at >= text.length()) {
                    throw new NotSimple();
                }
                char c = text.charAt(at);
                if (c == ']') {
                    at++;
                    break;
                }
                empty = false;
                BitSet first = classAtom();
                boolean range = at + 1 < text.length() && text.charAt(at) == '-' && text.charAt(at + 1) != ']';
                if (!range) {
                    units.or(first);
                    continue;
                }
                at++;
                BitSet last = classAtom();
                if (first.cardinality() != 1 || last.cardinality() != 1) {
                    throw new NotSimple();
                }
                int lo = first.nextSetBit(0);
                int hi = last.nextSetBit(0);
                if (lo > hi || hi >= Character.MIN_SURROGATE && lo <= Character.MAX_SURROGATE) {
                    throw new NotSimple();
                }
                units.set(lo, hi + 1);
            }
            if (empty) {
                throw new NotSimple();
            }
            return units;
        }

        private BitSet classAtom() throws NotSimple {
            char c = text.charAt(at++);
            if (c == '\\') {
                return escape(true);
            }
            if (Character.isSurrogate(c)) {
                throw new NotSimple();
            }
            return single(c);
        }

        /** The escape after a backslash; throws when it is not one of the simple ones. */
        private BitSet escape(boolean inClass) throws NotSimple {
            if (at >= text.length()) {
                throw new NotSimple();
            }
            char c = text.charAt(at++);
            switch (c) {
                case 'd':
                    return range('0', '9');
                case 'w': {
                    BitSet word = range('0', '9');
                    word.or(range('A', 'Z'));
                    word.or(range('a', 'z'));
                    word.set('_');
                    return word;
                }
                case 't':
                    return single('\t');
                case 'n':
                    return single('\n');
                case 'r':
                    return single('\r');
                case 'f':
                    return single('\f');
                case 'v':
                    return single(0x0b);
                case 'b':
                    if (!inClass) {
                        throw new NotSimple();
                    }
                    return single(0x08);
                case '-':
                    return single('-');
                default:
                    if (SYNTAX.indexOf(c) < 0) {
                        throw new NotSimple();
                    }
                    return single(c);
            }
        }

        /** The count after an atom, {min, max} (max -1: no limit); {1, 1} when there is no quantifier. */
        private int[] quantifier() throws NotSimple {
            if (at >= text.length()) {
                return new int[] {1, 1};
            }
            int[] count;
            char c = text.charAt(at);
            if (c == '*') {
                at++;
                count = new int[] {0, -1};
            } else if (c == '+') {
                at++;
                count = new int[] {1, -1};
            } else if (c == '?') {
                at++;
                count = new int[] {0, 1};
            } else if (c == '{') {
                at++;
                int min = number();
                int max = min;
                if (at < text.length() && text.charAt(at) == ',') {
                    at++;
                    max = at < text.length() && text.charAt(at) == '}' ? -1 : number();
                }
                if (at >= text.length() || text.charAt(at) != '}' || max >= 0 && max < min) {
                    throw new NotSimple();
                }
                at++;
                count = new int[] {min, max};
            } else {
                return new int[] {1, 1};
            }
            // a lazy or second quantifier
            if (at < text.length() && "*+?{".indexOf(text.charAt(at)) >= 0) {
                throw new NotSimple();
            }
            return count;
        }

        private int number() throws NotSimple {
            int start = at;
            while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9' && at - start < 7) {
                at++;
            }
            if (at == start || at - start >= 7) {
                throw new NotSimple();
            }
            int value = Integer.parseInt(text.substring(start, at));
            if (value > MAX_COUNT) {
                throw new NotSimple();
            }
            return value;
        }

        private static BitSet single(int unit) {
            BitSet set = new BitSet();
            set.set(unit);
            return set;
        }

        private static BitSet range(char lo, char hi) {
            BitSet set = new BitSet();
            set.set(lo, hi + 1);
            return set;
        }
    }
}
