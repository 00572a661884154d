package dev.schemapojo.core.keywords;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code pattern} and {@code patternProperties}: turns a JSON Schema regular expression, written in
 * ECMA-262 syntax and read with the {@code u} (unicode) flag as the JSON-Schema-Test-Suite expects,
 * into {@code java.util.regex} text that means the same when used as
 * {@code Pattern.compile(java).matcher(s).find()} with no flags.
 *
 * <p>The pattern is read once, code point by code point, and every construct whose meaning differs
 * between the two dialects is rewritten: {@code .}, {@code $}, {@code \s}, {@code \b}, {@code \cX},
 * {@code \v}, {@code \0}, <code>&#92;u{...}</code>, Unicode property names, {@code [} and {@code &} inside a
 * class, and the empty classes {@code []} and {@code [^]}. Constructs that ECMA-262 rejects under the
 * {@code u} flag (Java-only escapes such as {@code \A}, possessive quantifiers, a stray <code>{</code> or
 * {@code ]}) and constructs Java cannot check with the same meaning (an unbounded lookbehind, a
 * backreference to a group that may not have matched, a Unicode property Java does not know) are
 * reported as a problem instead.
 *
 * <p>A translation that contains a lookbehind ends in a never-matching alternative {@code |(?!)} followed
 * by the character U+10FFFF: Java checks a lookbehind code point by code point, as ECMA-262 does under the
 * {@code u} flag, only when such a character appears literally in the pattern. A translation longer than
 * 2,000 characters is wrapped in {@code (?:...)}, which spares Java a search table that takes quadratic
 * time to build.
 *
 * <p>Two small liberties: {@code \-} outside a class is read as a hyphen (the {@code u} flag allows
 * it only inside a class, but published schemas use it and every reading agrees on its meaning), and
 * Unicode properties follow the Unicode version of the running Java, which may be older than that of
 * a JavaScript engine.
 */
public final class EcmaPatterns {
    /** Pattern.compile recurses once per nesting level; deeper patterns are refused, not overflowed. */
    private static final int MAX_GROUP_DEPTH = 400;

    // ECMA-262 '.' excludes only the four line terminators; Java's '.' also excludes U+0085.
    private static final String DOT = "[^\\n\\r\\u2028\\u2029]";
    // ECMA-262 '$' without the m flag is the end of input; Java's '$' also matches before a final newline.
    private static final String END_OF_INPUT = "\\z";
    // ECMA-262 \s is WhiteSpace plus LineTerminator (Unicode-wide); Java's \s is ASCII only.
    private static final String SPACE_RANGES =
            "\\t\\n\\x0B\\f\\r\\x20\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
    // ECMA-262 \b is a change between ASCII \w and not \w; Java 17's \b counts every Unicode letter and
    // digit as a word character (so "é" is a word character there), hence the spelled-out form.
    private static final String WORD_BOUNDARY = "(?:(?<=\\w)(?!\\w)|(?<!\\w)(?=\\w))";
    private static final String NOT_WORD_BOUNDARY = "(?:(?<=\\w)(?=\\w)|(?<!\\w)(?!\\w))";
    // ECMA-262 [] matches nothing and [^] matches any code point; Java has no empty class.
    private static final String NOTHING = "(?!)";
    private static final String ANYTHING = "(?s:.)";
    // Java steps back over a lookbehind by code points only if a character beyond U+FFFF appears literally
    // in the pattern text after the lookbehind begins (an escape does not count); otherwise it steps back
    // by UTF-16 units and (?<=\x{1F600}) never matches. This alternative never matches and supplies one.
    private static final String CODE_POINT_LOOKBEHINDS = "|(?!)" + Character.toString(Character.MAX_CODE_POINT);
    // Java prepares a pattern that is one literal with a Boyer-Moore table built in quadratic time (minutes
    // for a million characters); a group around a long translation keeps Java from choosing that search.
    private static final int LONG_PATTERN = 2_000;

    /** ECMA-262 General_Category values, long names and aliases, mapped to the short name Java takes. */
    private static final Map<String, String> GENERAL_CATEGORIES = generalCategories();
    /** ECMA-262 binary properties (names and aliases) that Java can check, mapped to a Java class. */
    private static final Map<String, String> BINARY_PROPERTIES = binaryProperties();
    /** ECMA-262 binary properties (names and aliases) that java.util.regex has no equivalent for. */
    private static final Set<String> UNSUPPORTED_BINARY_PROPERTIES = Set.of(
            "Bidi_Control", "Bidi_C", "Bidi_Mirrored", "Bidi_M", "Case_Ignorable", "CI",
            "Changes_When_Casefolded", "CWCF", "Changes_When_Casemapped", "CWCM",
            "Changes_When_Lowercased", "CWL", "Changes_When_NFKC_Casefolded", "CWKCF",
            "Changes_When_Titlecased", "CWT", "Changes_When_Uppercased", "CWU", "Dash",
            "Default_Ignorable_Code_Point", "DI", "Deprecated", "Dep", "Diacritic", "Dia", "Emoji",
            "Emoji_Component", "EComp", "Emoji_Modifier", "EMod", "Emoji_Modifier_Base", "EBase",
            "Emoji_Presentation", "EPres", "Extended_Pictographic", "ExtPict", "Extender", "Ext",
            "Grapheme_Base", "Gr_Base", "Grapheme_Extend", "Gr_Ext", "IDS_Binary_Operator", "IDSB",
            "IDS_Trinary_Operator", "IDST", "ID_Continue", "IDC", "ID_Start", "IDS",
            "Logical_Order_Exception", "LOE", "Math", "Pattern_Syntax", "Pat_Syn", "Quotation_Mark",
            "QMark", "Radical", "Sentence_Terminal", "STerm", "Soft_Dotted", "SD",
            "Terminal_Punctuation", "Term", "Unified_Ideograph", "UIdeo", "Variation_Selector", "VS",
            "XID_Continue", "XIDC", "XID_Start", "XIDS");
    /** Unicode script names (Greek, Old_Italic) and the aliases Java does not know, mapped to the script. */
    private static final Map<String, UnicodeScript> SCRIPTS = scripts();

    private EcmaPatterns() {}

    /**
     * The outcome of a translation: either the Java regular expression text or the reason there is none.
     * Exactly one of the two is non-null.
     *
     * @param java the {@code java.util.regex} text with the same meaning, or null
     * @param problem a short sentence saying why the pattern cannot be checked in Java, or null
     */
    public record Translation(String java, String problem) {
        /** Checks that exactly one of the two parts is present. */
        public Translation {
            if ((java == null) == (problem == null)) {
                throw new IllegalArgumentException("exactly one of java and problem must be given");
            }
        }

        /** Whether the pattern was translated, that is whether {@link #java()} is present. */
        public boolean ok() {
            return java != null;
        }

        static Translation success(String java) {
            return new Translation(java, null);
        }

        static Translation failure(String problem) {
            return new Translation(null, problem);
        }
    }

    /**
     * Translates one ECMA-262 pattern. The result's Java text has been compiled once, so it is known to be
     * accepted by {@link Pattern#compile(String)}. Never throws: a pattern that is not valid ECMA-262, or
     * that Java cannot match with the same meaning, gives a {@link Translation} with a problem.
     *
     * @param ecma the value of a {@code pattern} keyword or a {@code patternProperties} key
     * @return the Java text, or the reason there is none
     */
    public static Translation translate(String ecma) {
        if (ecma == null) {
            return Translation.failure("there is no pattern");
        }
        String java;
        try {
            java = new Translator(ecma).translate();
        } catch (Untranslatable e) {
            return Translation.failure(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A defect in the translator must cost the user one warning, not the generation run.
            return Translation.failure("the pattern could not be translated (" + e + ")");
        }
        try {
            Pattern.compile(java);
        } catch (PatternSyntaxException e) {
            if (e.getDescription().startsWith("Look-behind")) {
                // A bounded ECMA-262 lookbehind whose length Java cannot work out (a repeated lookaround).
                return Translation.failure("lookbehind whose maximum length Java cannot determine");
            }
            return Translation.failure("Java cannot compile the translated pattern: " + e.getDescription());
        } catch (RuntimeException | StackOverflowError e) {
            return Translation.failure("Java cannot compile the translated pattern (" + e + ")");
        }
        return Translation.success(java);
    }

    /** The General_Category names ECMA-262 accepts, mapped to Java's short names; for the tests. */
    static Map<String, String> generalCategoryNames() {
        return GENERAL_CATEGORIES;
    }

    /** The binary property names this class maps, mapped to the Java text; for the tests. */
    static Map<String, String> binaryPropertyNames() {
        return BINARY_PROPERTIES;
    }

    /** The Unicode name of a script as ECMA-262 spells it: GREEK is Greek, OLD_ITALIC is Old_Italic. */
    static String unicodeName(UnicodeScript script) {
        if (script.name().equals("SIGNWRITING")) {
            return "SignWriting"; // the one script name with a capital inside a word
        }
        StringBuilder name = new StringBuilder();
        for (String word : script.name().split("_")) {
            if (!name.isEmpty()) {
                name.append('_');
            }
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

    /** How a group is written; it decides what a quantifier or a backreference may do with it. */
    private enum Kind {
        ROOT, CAPTURE, NON_CAPTURE, LOOKAHEAD, NEGATIVE_LOOKAHEAD, LOOKBEHIND, NEGATIVE_LOOKBEHIND;

        boolean lookaround() {
            return this == LOOKAHEAD || this == NEGATIVE_LOOKAHEAD || lookbehind();
        }

        boolean lookbehind() {
            return this == LOOKBEHIND || this == NEGATIVE_LOOKBEHIND;
        }
    }

    /** A group of the pattern (or the whole pattern), as much as the backreference check needs. */
    private static final class Group {
        final Kind kind;
        final Group parent;
        /** Which alternative of the parent the group starts in, counting from 1. */
        final int alternativeInParent;
        final int number;
        /** The name the group has in the Java text, or null where it has none there. */
        final String javaName;
        int alternatives = 1;
        boolean closed;
        /** Whether a quantifier with a minimum of zero follows the group. */
        boolean optional;

        Group(Kind kind, Group parent, int number, String javaName) {
            this.kind = kind;
            this.parent = parent;
            this.alternativeInParent = parent == null ? 1 : parent.alternatives;
            this.number = number;
            this.javaName = javaName;
        }
    }

    /** A member of a character class: one code point, or a set such as {@code \d} (then cp is -1). */
    private record ClassAtom(int cp, String java) {
        boolean isSet() {
            return cp < 0;
        }
    }

    /** Thrown inside the translator with the problem sentence; caught by {@link #translate}. */
    private static final class Untranslatable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Untranslatable(String problem) {
            super(problem, null, false, false);
        }
    }

    /** One translation: the ECMA-262 text, the read position and the Java text written so far. */
    private static final class Translator {
        private final String src;
        private final StringBuilder out;
        private int pos;
        private final Group root = new Group(Kind.ROOT, null, 0, null);
        private Group current = root;
        private int depth;
        /** How many lookbehinds the read position is inside. */
        private int lookbehinds;
        private boolean sawLookbehind;
        private final List<Group> captures = new ArrayList<>();
        private final Map<String, Group> names = new HashMap<>();
        /** Whether the term just written may take a quantifier (ECMA-262 forbids it after assertions). */
        private boolean quantifiable;
        /** The group the term just written is, or null if it is no group. */
        private Group lastGroup;

        Translator(String src) {
            this.src = src;
            this.out = new StringBuilder(src.length() + 16);
        }

        String translate() {
            while (pos < src.length()) {
                term();
            }
            if (current != root) {
                throw syntax("missing ')'");
            }
            if (sawLookbehind) {
                out.append(CODE_POINT_LOOKBEHINDS);
            }
            if (out.length() > LONG_PATTERN) {
                out.insert(0, "(?:").append(')');
            }
            return out.toString();
        }

        /** Reads one token outside a character class. */
        private void term() {
            int c = src.codePointAt(pos);
            switch (c) {
                case '\\' -> atomEscape();
                case '[' -> characterClass();
                case '(' -> openGroup();
                case ')' -> closeGroup();
                case '|' -> alternative();
                case '*', '+', '?', '{' -> quantifier();
                // Java reads a lone ] or } as the character; under the u flag they are syntax errors.
                case ']', '}' -> throw syntax("lone '" + (char) c + "' (write \\" + (char) c + " for the character)");
                case '.' -> {
                    pos++;
                    atom(DOT);
                }
                case '^' -> {
                    pos++;
                    assertion("^");
                }
                case '$' -> {
                    pos++;
                    assertion(END_OF_INPUT);
                }
                default -> {
                    // By code point, so that a character beyond U+FFFF stays one atom, as under the u flag.
                    pos += Character.charCount(c);
                    atom(literal(c, false));
                }
            }
        }

        /** Writes a term that a quantifier may follow. */
        private void atom(String java) {
            out.append(java);
            quantifiable = true;
            lastGroup = null;
        }

        /** Writes a zero-width assertion, which under the u flag takes no quantifier. */
        private void assertion(String java) {
            out.append(java);
            quantifiable = false;
            lastGroup = null;
        }

        private void alternative() {
            pos++;
            current.alternatives++;
            out.append('|');
            quantifiable = false;
            lastGroup = null;
        }

        // ---- quantifiers ----

        /** {@code * + ? {n} {n,} {n,m}}, optionally lazy; possessive forms are Java-only. */
        private void quantifier() {
            int start = pos;
            boolean minZero;
            boolean unbounded;
            char c = src.charAt(pos);
            if (c == '{') {
                int[] bounds = braceQuantifier();
                if (bounds == null) {
                    // Without the u flag '{' may be a literal; with it, it must start a quantifier.
                    throw syntax("'{' does not start a quantifier {n}, {n,} or {n,m} (write \\{ for the character)");
                }
                minZero = isZero(bounds[0], bounds[1]);
                unbounded = bounds[2] < 0;
                if (tooLarge(bounds[0], bounds[1]) || !unbounded && tooLarge(bounds[2], bounds[3])) {
                    // ECMA-262 sets no limit; Java reads the counts as int.
                    throw unsupported("repetition count in " + src.substring(start, pos) + " is larger than Java allows");
                }
                if (!unbounded && compareDecimal(bounds[0], bounds[1], bounds[2], bounds[3]) > 0) {
                    throw syntax("numbers out of order in quantifier " + src.substring(start, pos));
                }
            } else {
                pos++;
                minZero = c != '+';
                unbounded = c != '?';
            }
            String prefix = src.substring(start, pos);
            if (!quantifiable) {
                throw syntax("nothing to repeat before '" + prefix + "'");
            }
            boolean lazy = peek('?');
            if (lazy) {
                pos++;
            } else if (peek('+')) {
                throw unsupported("possessive quantifier " + prefix + "+ is not ECMA-262 syntax");
            }
            if (unbounded && lookbehinds > 0) {
                // Java 17 compiles some of these, but its documentation does not support them.
                throw unsupported("lookbehind of unbounded length");
            }
            if (minZero && lastGroup != null) {
                lastGroup.optional = true;
            }
            out.append(prefix);
            if (lazy) {
                out.append('?');
            }
            quantifiable = false;
            lastGroup = null;
        }

        /**
         * Reads {@code {n}}, {@code {n,}} or {@code {n,m}} at pos. Returns the start and end of the digits
         * of n and of m (m's start -1 when there is no upper bound), or null, without moving, if the
         * text is no such quantifier.
         */
        private int[] braceQuantifier() {
            int i = pos + 1;
            int minStart = i;
            while (i < src.length() && isDigit(src.charAt(i))) {
                i++;
            }
            int minEnd = i;
            if (minEnd == minStart || i >= src.length()) {
                return null;
            }
            int maxStart = minStart;
            int maxEnd = minEnd;
            if (src.charAt(i) == ',') {
                i++;
                maxStart = i;
                while (i < src.length() && isDigit(src.charAt(i))) {
                    i++;
                }
                maxEnd = i;
                if (maxEnd == maxStart) {
                    maxStart = -1;
                }
            }
            if (i >= src.length() || src.charAt(i) != '}') {
                return null;
            }
            pos = i + 1;
            return new int[] {minStart, minEnd, maxStart, maxEnd};
        }

        private boolean isZero(int start, int end) {
            for (int i = start; i < end; i++) {
                if (src.charAt(i) != '0') {
                    return false;
                }
            }
            return true;
        }

        /** Whether the decimal number in the range of src is beyond Java's int. */
        private boolean tooLarge(int start, int end) {
            while (start < end - 1 && src.charAt(start) == '0') {
                start++;
            }
            return end - start > 10 || end - start == 10 && src.substring(start, end).compareTo("2147483647") > 0;
        }

        /** Compares two decimal numbers given as ranges of src, of any length. */
        private int compareDecimal(int aStart, int aEnd, int bStart, int bEnd) {
            while (aStart < aEnd - 1 && src.charAt(aStart) == '0') {
                aStart++;
            }
            while (bStart < bEnd - 1 && src.charAt(bStart) == '0') {
                bStart++;
            }
            int byLength = Integer.compare(aEnd - aStart, bEnd - bStart);
            return byLength != 0 ? byLength : src.substring(aStart, aEnd).compareTo(src.substring(bStart, bEnd));
        }

        // ---- groups ----

        /** {@code ( (?: (?= (?! (?<= (?<! (?<name>}; any other {@code (?} form is Java-only syntax. */
        private void openGroup() {
            pos++;
            Kind kind = Kind.CAPTURE;
            String name = null;
            if (peek('?')) {
                pos++;
                String marker = src.startsWith("<=", pos) || src.startsWith("<!", pos)
                        ? src.substring(pos, pos + 2)
                        : pos < src.length() ? src.substring(pos, pos + 1) : "";
                switch (marker) {
                    case ":" -> kind = Kind.NON_CAPTURE;
                    case "=" -> kind = Kind.LOOKAHEAD;
                    case "!" -> kind = Kind.NEGATIVE_LOOKAHEAD;
                    case "<=" -> kind = Kind.LOOKBEHIND;
                    case "<!" -> kind = Kind.NEGATIVE_LOOKBEHIND;
                    case "<" -> { } // a named group: the name follows
                    case "" -> throw syntax("unterminated group '(?'");
                    default -> throw unsupported(groupProblem(marker.charAt(0)));
                }
                pos += marker.length();
                if (marker.equals("<")) {
                    name = groupName('>');
                }
            }
            if (depth >= MAX_GROUP_DEPTH) {
                throw unsupported("groups are nested more than " + MAX_GROUP_DEPTH + " deep");
            }
            Group group;
            if (kind == Kind.CAPTURE) {
                // Java takes only ASCII letters and digits in a group name. A group whose ECMA-262 name
                // is wider becomes an unnamed group: Java numbers groups by their '(' just as ECMA-262.
                String javaName = name != null && name.matches("[A-Za-z][A-Za-z0-9]*") ? name : null;
                group = new Group(kind, current, captures.size() + 1, javaName);
                captures.add(group);
                if (name != null && names.putIfAbsent(name, group) != null) {
                    throw syntax("duplicate group name <" + name + ">");
                }
                out.append(javaName != null ? "(?<" + javaName + ">" : "(");
            } else {
                group = new Group(kind, current, 0, null);
                out.append(switch (kind) {
                    case NON_CAPTURE -> "(?:";
                    case LOOKAHEAD -> "(?=";
                    case NEGATIVE_LOOKAHEAD -> "(?!";
                    case LOOKBEHIND -> "(?<=";
                    default -> "(?<!";
                });
            }
            if (kind.lookbehind()) {
                lookbehinds++;
                sawLookbehind = true;
            }
            depth++;
            current = group;
            quantifiable = false;
            lastGroup = null;
        }

        private static String groupProblem(char c) {
            if ("imsxdunU-".indexOf(c) >= 0) {
                return "inline modifier group (?" + c + " is not supported";
            }
            if (c == '>') {
                return "atomic group (?> is not ECMA-262 syntax";
            }
            return "(?" + c + " is not ECMA-262 syntax";
        }

        /**
         * Reads an ECMA-262 group name up to {@code end} and moves past it. Escapes inside names are
         * refused: they are rare and would need their own decoding.
         */
        private String groupName(char end) {
            int start = pos;
            while (pos < src.length() && src.charAt(pos) != end) {
                int c = src.codePointAt(pos);
                if (c == '\\') {
                    throw unsupported("escapes in group names are not supported");
                }
                boolean valid = pos == start
                        ? Character.isUnicodeIdentifierStart(c) || c == '$' || c == '_'
                        : (Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c))
                                || c == '$' || c == 0x200C || c == 0x200D;
                if (!valid) {
                    throw syntax("invalid group name");
                }
                pos += Character.charCount(c);
            }
            if (pos >= src.length() || pos == start) {
                throw syntax("invalid group name");
            }
            String name = src.substring(start, pos);
            pos++;
            return name;
        }

        private void closeGroup() {
            pos++;
            if (current == root) {
                throw syntax("unmatched ')'");
            }
            Group group = current;
            group.closed = true;
            if (group.kind.lookbehind()) {
                lookbehinds--;
            }
            depth--;
            current = group.parent;
            out.append(')');
            // Under the u flag a lookaround takes no quantifier (Java would accept one).
            quantifiable = !group.kind.lookaround();
            lastGroup = group;
        }

        // ---- escapes outside a class ----

        /** A backslash escape outside a character class. */
        private void atomEscape() {
            int start = pos;
            pos++;
            if (pos >= src.length()) {
                throw syntax("\\ at end of pattern");
            }
            int c = src.codePointAt(pos);
            switch (c) {
                case 'b' -> {
                    pos++;
                    assertion(WORD_BOUNDARY);
                }
                case 'B' -> {
                    pos++;
                    assertion(NOT_WORD_BOUNDARY);
                }
                case 'k' -> namedBackreference(start);
                case '1', '2', '3', '4', '5', '6', '7', '8', '9' -> numberedBackreference(start);
                default -> {
                    String set = classEscape(c, false);
                    atom(set != null ? set : escaped(c, characterEscape(), false));
                }
            }
        }

        /** {@code \N}: ECMA-262 reads all the digits as one group number. */
        private void numberedBackreference(int start) {
            while (pos < src.length() && isDigit(src.charAt(pos))) {
                pos++;
            }
            String text = src.substring(start, pos);
            Group group = null;
            if (pos - start - 1 <= 6) {
                int number = Integer.parseInt(text.substring(1));
                group = number <= captures.size() ? captures.get(number - 1) : null;
            }
            checkBackreference(group, text);
            atom(text);
        }

        /** {@code \k<name>}. */
        private void namedBackreference(int start) {
            pos++;
            if (!peek('<')) {
                throw syntax("\\k must be followed by <name>");
            }
            pos++;
            String name = groupName('>');
            String text = src.substring(start, pos);
            Group group = names.get(name);
            checkBackreference(group, text);
            // A group that lost its name in Java is referred to by number; the wrapping group keeps a
            // digit that follows in the pattern from being read as part of that number.
            atom(group.javaName != null ? "\\k<" + group.javaName + ">" : "(?:\\" + group.number + ")");
        }

        /**
         * ECMA-262 lets a backreference to a group that has not matched (it is later in the pattern, in
         * another alternative, optional, or reset by a repetition) match the empty string, where Java's
         * fails. The backreference is kept only where the group has surely matched: it ends before the
         * reference, in the same alternative, and neither it nor any group around it that the reference
         * is outside of is optional, has alternatives or is a negative or backward lookaround.
         *
         * <p>One difference remains, on malformed input only: Java compares a backreference by UTF-16
         * unit, so a captured lone high surrogate can match the first half of a surrogate pair.
         */
        private void checkBackreference(Group group, String text) {
            if (lookbehinds > 0) {
                // ECMA-262 matches a lookbehind from right to left, so its groups fill in the other order.
                throw unsupported("backreference " + text + " inside a lookbehind");
            }
            if (group == null || !group.closed) {
                throw unsupported("backreference " + text + " to a group that does not end before it");
            }
            boolean surelySet = !group.optional;
            Group child = group;
            Group parent = group.parent;
            while (surelySet && parent.closed) {
                surelySet = parent.alternatives == 1 && !parent.optional
                        && (parent.kind == Kind.CAPTURE || parent.kind == Kind.NON_CAPTURE
                                || parent.kind == Kind.LOOKAHEAD);
                child = parent;
                parent = parent.parent;
            }
            if (!surelySet || child.alternativeInParent != parent.alternatives) {
                throw unsupported("backreference " + text + " to a group that may not have matched");
            }
        }

        /**
         * The Java text of a class escape ({@code \d \D \s \S \w \W \p{..} \P{..}}) at pos, which is moved
         * past it, or null (pos unchanged) if the escape is no class escape. Inside a class the text is
         * written so that it can stand among the other members of a Java class.
         */
        private String classEscape(int c, boolean inClass) {
            switch (c) {
                case 'd', 'D', 'w', 'W' -> {
                    // ASCII in both dialects (without the i flag).
                    pos++;
                    return "\\" + (char) c;
                }
                case 's' -> {
                    pos++;
                    return inClass ? SPACE_RANGES : "[" + SPACE_RANGES + "]";
                }
                case 'S' -> {
                    // Inside a Java class a nested class is a union: [a[^...]] is "a or not a space".
                    pos++;
                    return "[^" + SPACE_RANGES + "]";
                }
                case 'p', 'P' -> {
                    return propertyEscape(c == 'P');
                }
                default -> {
                    return null;
                }
            }
        }

        /**
         * A character escape at pos (just after the backslash), which is moved past it; returns the code
         * point. ECMA-262 under the u flag allows only the escapes below; Java has many more, which
         * would mean something else there.
         */
        private int characterEscape() {
            int c = src.codePointAt(pos);
            switch (c) {
                case 'f' -> {
                    pos++;
                    return '\f';
                }
                case 'n' -> {
                    pos++;
                    return '\n';
                }
                case 'r' -> {
                    pos++;
                    return '\r';
                }
                case 't' -> {
                    pos++;
                    return '\t';
                }
                case 'v' -> {
                    // A vertical tab in ECMA-262; \v is a class of vertical whitespace in Java.
                    pos++;
                    return 0x0B;
                }
                case 'c' -> {
                    return controlEscape();
                }
                case '0' -> {
                    pos++;
                    if (pos < src.length() && isDigit(src.charAt(pos))) {
                        throw syntax("\\0 followed by a digit (an octal escape) is not allowed with the u flag");
                    }
                    return 0;
                }
                case 'x' -> {
                    pos++;
                    int value = hex(pos, 2);
                    if (value < 0) {
                        throw syntax("\\x must be followed by two hexadecimal digits");
                    }
                    pos += 2;
                    return value;
                }
                case 'u' -> {
                    return unicodeEscape();
                }
                default -> {
                    // The u flag allows an identity escape only for syntax characters and '/'. The hyphen
                    // is allowed in a class; outside one it is accepted too (see the class comment).
                    if (c < 128 && "^$\\.*+?()[]{}|/-".indexOf(c) >= 0) {
                        pos++;
                        return c;
                    }
                    throw unsupported("\\" + Character.toString(c) + " is not ECMA-262 syntax");
                }
            }
        }

        /**
         * {@code \cX}: the letter's code modulo 32. Java computes X xor 64, which is wrong for lower-case
         * letters ({@code \cc} would be '#'), so the character is written out.
         */
        private int controlEscape() {
            pos++;
            char letter = pos < src.length() ? src.charAt(pos) : 0;
            if (!(letter >= 'a' && letter <= 'z' || letter >= 'A' && letter <= 'Z')) {
                throw syntax("\\c must be followed by a letter");
            }
            pos++;
            return letter % 32;
        }

        /** <code>&#92;uXXXX</code>, a surrogate pair written as two of them, or <code>&#92;u{X...}</code>. */
        private int unicodeEscape() {
            pos++;
            if (peek('{')) {
                int i = pos + 1;
                int value = 0;
                while (i < src.length() && Character.digit(src.charAt(i), 16) >= 0 && src.charAt(i) < 128) {
                    value = value * 16 + Character.digit(src.charAt(i), 16);
                    if (value > Character.MAX_CODE_POINT) {
                        throw syntax("\\u{...} beyond U+10FFFF");
                    }
                    i++;
                }
                if (i == pos + 1 || i >= src.length() || src.charAt(i) != '}') {
                    throw syntax("\\u{ must be followed by hexadecimal digits and }");
                }
                pos = i + 1;
                return value;
            }
            int value = hex(pos, 4);
            if (value < 0) {
                throw syntax("\\u must be followed by four hexadecimal digits or {code point}");
            }
            pos += 4;
            // Under the u flag, backslash-uD83D backslash-uDE00 is the one code point U+1F600.
            if (Character.isHighSurrogate((char) value) && src.startsWith("\\u", pos)) {
                int low = hex(pos + 2, 4);
                if (low >= 0 && Character.isLowSurrogate((char) low)) {
                    pos += 6;
                    return Character.toCodePoint((char) value, (char) low);
                }
            }
            return value;
        }

        /** The value of {@code count} hexadecimal digits at {@code at}, or -1 if there are not that many. */
        private int hex(int at, int count) {
            if (at + count > src.length()) {
                return -1;
            }
            int value = 0;
            for (int i = at; i < at + count; i++) {
                char c = src.charAt(i);
                int digit = c < 128 ? Character.digit(c, 16) : -1;
                if (digit < 0) {
                    return -1;
                }
                value = value * 16 + digit;
            }
            return value;
        }

        /**
         * {@code \p{...}} or {@code \P{...}} at pos (on the p). ECMA-262 and Java name properties
         * differently, so the name is looked up and rewritten; the result works inside and outside a class.
         */
        private String propertyEscape(boolean negated) {
            int start = pos - 1;
            pos++;
            if (!peek('{')) {
                throw syntax("\\p must be followed by {property}");
            }
            int close = src.indexOf('}', pos);
            if (close < 0) {
                throw syntax("unterminated \\p{");
            }
            String body = src.substring(pos + 1, close);
            pos = close + 1;
            String written = src.substring(start, pos);
            if (!body.matches("[A-Za-z0-9_]+(=[A-Za-z0-9_]+)?")) {
                throw syntax("invalid property " + written);
            }
            String positive = property(body, written);
            return negated ? negate(positive) : positive;
        }

        // ---- character classes ----

        /**
         * {@code [...]}. The members are written one by one; every literal is escaped as Java needs inside
         * a class (Java reads '[' as a nested class and "&&" as an intersection; ECMA-262 reads both as
         * characters). A '-' between two single characters is a range.
         */
        private void characterClass() {
            pos++;
            boolean negated = peek('^');
            if (negated) {
                pos++;
            }
            // In ECMA-262 a ']' right after '[' or '[^' closes an empty class (unlike POSIX).
            if (peek(']')) {
                pos++;
                atom(negated ? ANYTHING : NOTHING);
                return;
            }
            StringBuilder java = new StringBuilder(negated ? "[^" : "[");
            while (true) {
                if (pos >= src.length()) {
                    throw syntax("unterminated character class");
                }
                if (peek(']')) {
                    pos++;
                    break;
                }
                ClassAtom first = classAtom();
                if (peek('-') && pos + 1 < src.length() && src.charAt(pos + 1) != ']') {
                    pos++;
                    ClassAtom last = classAtom();
                    if (first.isSet() || last.isSet()) {
                        throw syntax("a class escape cannot bound a range in a character class");
                    }
                    if (first.cp() > last.cp()) {
                        throw syntax("range out of order in character class");
                    }
                    java.append(first.java()).append('-').append(last.java());
                } else {
                    java.append(first.java());
                }
            }
            atom(java.append(']').toString());
        }

        /** One member of a class: a character, an escape, or a class escape. */
        private ClassAtom classAtom() {
            if (pos >= src.length()) {
                throw syntax("unterminated character class");
            }
            int c = src.codePointAt(pos);
            if (c != '\\') {
                pos += Character.charCount(c);
                return new ClassAtom(c, literal(c, true));
            }
            pos++;
            if (pos >= src.length()) {
                throw syntax("\\ at end of pattern");
            }
            int e = src.codePointAt(pos);
            if (e == 'b') {
                // In a class, \b is the backspace character, not a word boundary.
                pos++;
                return new ClassAtom(0x08, literal(0x08, true));
            }
            if (e >= '1' && e <= '9') {
                throw unsupported("\\" + (char) e + " inside a character class is not ECMA-262 syntax");
            }
            String set = classEscape(e, true);
            if (set != null) {
                return new ClassAtom(-1, set);
            }
            int cp = characterEscape();
            return new ClassAtom(cp, escaped(e, cp, true));
        }

        // ---- helpers ----

        /**
         * The Java text of one literal code point. Characters special to Java here are escaped;
         * control characters, line separators and lone surrogates are written as hexadecimal escapes,
         * so that the text stays readable and two lone surrogates never join into a pair.
         */
        private static String literal(int cp, boolean inClass) {
            if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029
                    || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
                return hexEscape(cp);
            }
            String special = inClass ? "[]\\^-&" : "\\^$.|?*+()[]{}";
            if (cp < 128 && special.indexOf(cp) >= 0) {
                return "\\" + (char) cp;
            }
            return Character.toString(cp);
        }

        /**
         * The Java text of a character written as an escape whose letter is {@code letter}: the escapes
         * both dialects share are kept, numeric ones are written as Java's hexadecimal escapes, and the
         * identity escapes ({@code \.}, {@code \/}) as the literal character.
         */
        private static String escaped(int letter, int cp, boolean inClass) {
            return switch (letter) {
                case 'f', 'n', 'r', 't' -> "\\" + (char) letter;
                case 'x', 'u', 'v', 'c', '0' -> hexEscape(cp);
                default -> literal(cp, inClass);
            };
        }

        /** {@code \xHH}, <code>&#92;uHHHH</code> or {@code \x{H...}}; a surrogate always in the last form. */
        private static String hexEscape(int cp) {
            if (cp <= 0xFF) {
                return String.format(Locale.ROOT, "\\x%02X", cp);
            }
            if (cp <= 0xFFFF && !(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
                return String.format(Locale.ROOT, "\\u%04X", cp);
            }
            return String.format(Locale.ROOT, "\\x{%X}", cp);
        }

        private boolean peek(char c) {
            return peekAt(pos, c);
        }

        private boolean peekAt(int at, char c) {
            return at < src.length() && src.charAt(at) == c;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static Untranslatable syntax(String detail) {
            return new Untranslatable("syntax error: " + detail);
        }

        private static Untranslatable unsupported(String problem) {
            return new Untranslatable(problem);
        }
    }

    // ---- Unicode properties ----

    /** The positive Java text of an ECMA-262 property body such as {@code Letter} or {@code sc=Greek}. */
    private static String property(String body, String written) {
        int equals = body.indexOf('=');
        if (equals >= 0) {
            String name = body.substring(0, equals);
            String value = body.substring(equals + 1);
            switch (name) {
                case "General_Category", "gc" -> {
                    String category = GENERAL_CATEGORIES.get(value);
                    if (category == null) {
                        throw Translator.syntax("unknown General_Category value in " + written);
                    }
                    return "\\p{" + category + "}";
                }
                case "Script", "sc" -> {
                    UnicodeScript script = script(value);
                    if (script == null) {
                        throw Translator.unsupported("script " + value + " in " + written
                                + " is not a Unicode script known to this Java");
                    }
                    return "\\p{sc=" + unicodeName(script) + "}";
                }
                case "Script_Extensions", "scx" -> throw Translator.unsupported(
                        "Script_Extensions in " + written + " is not supported by java.util.regex");
                default -> throw Translator.syntax("unknown Unicode property in " + written);
            }
        }
        String category = GENERAL_CATEGORIES.get(body);
        if (category != null) {
            return "\\p{" + category + "}";
        }
        String binary = BINARY_PROPERTIES.get(body);
        if (binary != null) {
            return binary;
        }
        if (UNSUPPORTED_BINARY_PROPERTIES.contains(body)) {
            throw Translator.unsupported("Unicode property " + body + " is not supported by java.util.regex");
        }
        throw Translator.syntax("unknown Unicode property " + written);
    }

    /** The complement of a positive property text: {@code \p{..}} and {@code \P{..}} swap, {@code [..]} gets a ^. */
    private static String negate(String positive) {
        if (positive.startsWith("\\p{")) {
            return "\\P" + positive.substring(2);
        }
        if (positive.startsWith("\\P{")) {
            return "\\p" + positive.substring(2);
        }
        return "[^" + positive.substring(1);
    }

    /** A script by its exact Unicode name (Greek) or four-letter alias (Grek); null if Java has none. */
    private static UnicodeScript script(String value) {
        UnicodeScript script = SCRIPTS.get(value);
        if (script == null && value.matches("[A-Z][a-z]{3}")) {
            // Java knows the ISO 15924 aliases but compares them ignoring case; ECMA-262 wants this case.
            try {
                script = UnicodeScript.forName(value);
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }
        return script;
    }

    private static Map<String, UnicodeScript> scripts() {
        Map<String, UnicodeScript> scripts = new HashMap<>();
        for (UnicodeScript script : UnicodeScript.values()) {
            scripts.put(unicodeName(script), script);
        }
        // Aliases in Unicode's PropertyValueAliases.txt that Java's forName does not accept.
        scripts.put("Qaai", UnicodeScript.INHERITED);
        scripts.put("Qaac", UnicodeScript.COPTIC);
        return Map.copyOf(scripts);
    }

    /**
     * Every General_Category value of Unicode's PropertyValueAliases.txt: the short name, the long name
     * and the extra aliases (cntrl, Combining_Mark, digit, punct). Java takes the short names.
     */
    private static Map<String, String> generalCategories() {
        String[][] table = {
            {"C", "Other"},
            {"Cc", "Control", "cntrl"},
            {"Cf", "Format"},
            {"Cn", "Unassigned"},
            {"Co", "Private_Use"},
            {"Cs", "Surrogate"},
            {"L", "Letter"},
            {"LC", "Cased_Letter"},
            {"Ll", "Lowercase_Letter"},
            {"Lm", "Modifier_Letter"},
            {"Lo", "Other_Letter"},
            {"Lt", "Titlecase_Letter"},
            {"Lu", "Uppercase_Letter"},
            {"M", "Mark", "Combining_Mark"},
            {"Mc", "Spacing_Mark"},
            {"Me", "Enclosing_Mark"},
            {"Mn", "Nonspacing_Mark"},
            {"N", "Number"},
            {"Nd", "Decimal_Number", "digit"},
            {"Nl", "Letter_Number"},
            {"No", "Other_Number"},
            {"P", "Punctuation", "punct"},
            {"Pc", "Connector_Punctuation"},
            {"Pd", "Dash_Punctuation"},
            {"Pe", "Close_Punctuation"},
            {"Pf", "Final_Punctuation"},
            {"Pi", "Initial_Punctuation"},
            {"Po", "Other_Punctuation"},
            {"Ps", "Open_Punctuation"},
            {"S", "Symbol"},
            {"Sc", "Currency_Symbol"},
            {"Sk", "Modifier_Symbol"},
            {"Sm", "Math_Symbol"},
            {"So", "Other_Symbol"},
            {"Z", "Separator"},
            {"Zl", "Line_Separator"},
            {"Zp", "Paragraph_Separator"},
            {"Zs", "Space_Separator"},
        };
        Map<String, String> categories = new LinkedHashMap<>();
        for (String[] row : table) {
            for (String name : row) {
                categories.put(name, row[0]);
            }
        }
        return java.util.Collections.unmodifiableMap(categories);
    }

    /**
     * The ECMA-262 binary properties Java can check with the same set of code points. Java's own
     * {@code IsHex_Digit} also takes every decimal digit, so the Unicode sets are spelled out there.
     */
    private static Map<String, String> binaryProperties() {
        String[][] table = {
            {"\\p{ASCII}", "ASCII"},
            {"[0-9A-Fa-f]", "ASCII_Hex_Digit", "AHex"},
            {"\\p{IsAlphabetic}", "Alphabetic", "Alpha"},
            {"\\p{all}", "Any"},
            {"\\P{Cn}", "Assigned"},
            // Cased is Lowercase, Uppercase and Titlecase_Letter together (DerivedCoreProperties.txt).
            {"[\\p{IsLowercase}\\p{IsUppercase}\\p{Lt}]", "Cased"},
            {"[0-9A-Fa-f\\uFF10-\\uFF19\\uFF21-\\uFF26\\uFF41-\\uFF46]", "Hex_Digit", "Hex"},
            {"\\p{IsIdeographic}", "Ideographic", "Ideo"},
            {"\\p{IsJoin_Control}", "Join_Control", "Join_C"},
            {"\\p{IsLowercase}", "Lowercase", "Lower"},
            {"\\p{IsNoncharacter_Code_Point}", "Noncharacter_Code_Point", "NChar"},
            // Pattern_White_Space and Regional_Indicator are fixed sets by Unicode's stability policy.
            {"[\\t\\n\\x0B\\f\\r\\x20\\x85\\u200E\\u200F\\u2028\\u2029]", "Pattern_White_Space", "Pat_WS"},
            {"[\\x{1F1E6}-\\x{1F1FF}]", "Regional_Indicator", "RI"},
            {"\\p{IsUppercase}", "Uppercase", "Upper"},
            {"\\p{IsWhite_Space}", "White_Space", "space"},
        };
        Map<String, String> properties = new LinkedHashMap<>();
        for (String[] row : table) {
            for (int i = 1; i < row.length; i++) {
                properties.put(row[i], row[0]);
            }
        }
        return java.util.Collections.unmodifiableMap(properties);
    }
}
