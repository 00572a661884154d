package dev.schemapojo.core.keywords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.schemapojo.core.keywords.EcmaPatterns.Translation;
import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EcmaPatternsTest {
    private static final String SPACE =
            "\\t\\n\\x0B\\f\\r\\x20\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";

    /** Whether the translated pattern is found in the input, as ECMA-262 would answer. */
    private static boolean finds(String ecma, String input) {
        Translation translation = EcmaPatterns.translate(ecma);
        assertThat(translation.ok()).as("%s: %s", ecma, translation.problem()).isTrue();
        return Pattern.compile(translation.java()).matcher(input).find();
    }

    static Stream<Arguments> matches() {
        return Stream.of(
                // $ is the end of input only; Java's $ would also accept a final newline
                Arguments.of("^a*$", "aaa\n", false),
                Arguments.of("^a*$", "aaa", true),
                Arguments.of("^abc$", "abc\r\n", false),
                Arguments.of("a+", "xxaayy", true),
                // . excludes only \n \r U+2028 U+2029; Java's . also excludes U+0085
                Arguments.of("a.c", "a\u0085c", true),
                Arguments.of("a.c", "a\nc", false),
                Arguments.of("a.c", "a\rc", false),
                Arguments.of("a.c", "a\u2028c", false),
                Arguments.of("^.$", "😀", true),
                // \s and \S are Unicode-wide; Java's are ASCII only
                Arguments.of("^\\s$", "\u00a0", true),
                Arguments.of("^\\s$", "\ufeff", true),
                Arguments.of("^\\s$", "\u3000", true),
                Arguments.of("^\\s$", "\u2029", true),
                Arguments.of("^\\s$", "\u000B", true),
                Arguments.of("^\\s$", "\u0085", false),
                Arguments.of("^\\s$", "\u200B", false),
                Arguments.of("^\\S$", "\u00a0", false),
                Arguments.of("^\\S$", "\u0085", true),
                Arguments.of("^[a\\S]$", "\u2003", false),
                Arguments.of("^[a\\S]$", "x", true),
                Arguments.of("^[^\\S]$", "\u2003", true),
                Arguments.of("^[^\\S]$", "x", false),
                Arguments.of("^[^a\\S]$", " ", true),
                Arguments.of("^[\\s\\d]$", "\u2003", true),
                // \d \w and \b are ASCII; Java 17's \b counts every Unicode letter as a word character
                Arguments.of("^\\d$", "\u0660", false),
                Arguments.of("^\\w$", "é", false),
                Arguments.of("\\bx", "éx", true),
                Arguments.of("\\Bx", "éx", false),
                Arguments.of("a\\b", "aé", true),
                Arguments.of("\\bé", "aé", true),
                // character escapes
                Arguments.of("^[\\b]$", "\b", true),
                Arguments.of("^[\\b]$", "b", false),
                Arguments.of("^\\0$", "\0", true),
                Arguments.of("^\\v$", "\u000B", true),
                Arguments.of("^\\v$", "\n", false),
                Arguments.of("^\\cc$", "\u0003", true),
                Arguments.of("^\\cC$", "\u0003", true),
                Arguments.of("^\\cJ$", "\n", true),
                Arguments.of("^\\t$", "\t", true),
                Arguments.of("^\\t$", "\\t", false),
                Arguments.of("^\\x41$", "A", true),
                Arguments.of("^\\u00e9$", "é", true),
                Arguments.of("^\\u{1F600}$", "😀", true),
                Arguments.of("^\\u{1F600}$", "\uD83D", false),
                Arguments.of("^\\uD83D\\uDE00$", "😀", true),
                Arguments.of("^\\/$", "/", true),
                Arguments.of("^\\.$", "a", false),
                Arguments.of("^\\\\$", "\\", true),
                // [ and && are literal inside an ECMA-262 class
                Arguments.of("^[a[]$", "[", true),
                Arguments.of("^[a[]$", "a", true),
                Arguments.of("^[a[]$", "b", false),
                Arguments.of("^[&&]$", "&", true),
                Arguments.of("^[a&&b]$", "a", true),
                Arguments.of("^[\\^]$", "^", true),
                Arguments.of("^[a-]$", "-", true),
                Arguments.of("^[a-z-0]$", "-", true),
                Arguments.of("^[a-z-0]$", "0", true),
                Arguments.of("^[\\--/]$", ".", true),
                Arguments.of("^[\\cJ]$", "\n", true),
                // [] matches nothing, [^] matches anything
                Arguments.of("[^]", "\n", true),
                Arguments.of("^[^]$", "\u0085", true),
                Arguments.of("[^]", "", false),
                Arguments.of("[]", "", false),
                Arguments.of("[]", "abc", false),
                Arguments.of("^a[]*b$", "ab", true),
                // Unicode properties
                Arguments.of("^\\p{Letter}+$", "123", false),
                Arguments.of("^\\p{Letter}+$", "héllo", true),
                Arguments.of("^\\p{L}+$", "π", true),
                Arguments.of("\\p{Script=Greek}", "π", true),
                Arguments.of("\\p{Script=Greek}", "p", false),
                Arguments.of("^\\p{sc=Grek}$", "Ω", true),
                Arguments.of("^\\p{gc=Lu}$", "É", true),
                Arguments.of("^\\p{General_Category=Uppercase_Letter}$", "é", false),
                Arguments.of("^\\P{Lu}$", "é", true),
                Arguments.of("^[^\\P{Lu}]$", "É", true),
                Arguments.of("^[^\\P{Lu}]$", "é", false),
                Arguments.of("^\\p{digit}+$", "৪২", true),
                Arguments.of("^\\p{punct}$", "!", true),
                Arguments.of("^\\p{Hex_Digit}$", "\u0660", false),
                Arguments.of("^\\p{Hex}$", "f", true),
                Arguments.of("^\\P{Hex}$", "f", false),
                Arguments.of("^\\p{White_Space}$", "\u0085", true),
                Arguments.of("^\\p{Alphabetic}$", "ß", true),
                Arguments.of("^\\p{Any}$", "😀", true),
                Arguments.of("\\P{Any}", "a", false),
                Arguments.of("^\\p{ASCII}+$", "é", false),
                Arguments.of("^\\p{Cased}$", "a", true),
                Arguments.of("^\\p{Cased}$", "1", false),
                Arguments.of("^\\p{RI}$", "\uD83C\uDDE6", true),
                // characters beyond U+FFFF are one code point
                Arguments.of("^🐲*$", "🐲🐲", true),
                Arguments.of("^🐲*$", "🐉", false),
                Arguments.of("^🐲*$", "", true),
                Arguments.of("^😀{2}$", "😀😀", true),
                Arguments.of("^[🐉-🐲]$", "🐍", true),
                Arguments.of("^[^😀]$", "😀", false),
                Arguments.of("^[^😀]$", "🐲", true),
                // quantifiers
                Arguments.of("^a*?$", "aa", true),
                Arguments.of("^a{2,3}$", "aaaa", false),
                Arguments.of("^a{2,}$", "aaaa", true),
                Arguments.of("^(?:ab)+$", "abab", true),
                // lookarounds: Java steps back by code points only with the literal it is given
                Arguments.of("(?<=a)b", "ab", true),
                Arguments.of("(?<=a)b", "cb", false),
                Arguments.of("(?<!a)b", "ab", false),
                Arguments.of("(?<=\\u{1F600})a", "😀a", true),
                Arguments.of("(?<=[^b][^b])a", "c😀a", true),
                Arguments.of("(?<=[^b][^b])a", "😀a", false),
                Arguments.of("(?=a)a", "a", true),
                Arguments.of("(?!a)", "a", true),
                // backreferences
                Arguments.of("(?<n>a)\\k<n>", "aa", true),
                Arguments.of("(?<n>a)\\k<n>", "ab", false),
                Arguments.of("(a)\\1", "aa", true),
                Arguments.of("^(a|b)\\1$", "ba", false),
                Arguments.of("(?<ünï>a)\\k<ünï>1", "aa1", true),
                Arguments.of("(a)(?:b|\\1)", "aa", true),
                // a literal # or space is no comment
                Arguments.of("^a #b$", "a #b", true));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("matches")
    void translationFindsWhatEcmaScriptFinds(String ecma, String input, boolean expected) {
        assertThat(finds(ecma, input)).isEqualTo(expected);
    }

    static Stream<Arguments> rewrites() {
        return Stream.of(
                Arguments.of("a.c", "a[^\\n\\r\\u2028\\u2029]c"),
                Arguments.of("^a*$", "^a*\\z"),
                Arguments.of("^\\s$", "^[" + SPACE + "]\\z"),
                Arguments.of("\\S", "[^" + SPACE + "]"),
                Arguments.of("[a\\s]", "[a" + SPACE + "]"),
                Arguments.of("[a\\S]", "[a[^" + SPACE + "]]"),
                Arguments.of("\\d\\D\\w\\W", "\\d\\D\\w\\W"),
                Arguments.of("\\b", "(?:(?<=\\w)(?!\\w)|(?<!\\w)(?=\\w))"),
                Arguments.of("[\\b]", "[\\x08]"),
                Arguments.of("\\0", "\\x00"),
                Arguments.of("\\v", "\\x0B"),
                Arguments.of("\\cc", "\\x03"),
                Arguments.of("\\f\\n\\r\\t", "\\f\\n\\r\\t"),
                Arguments.of("\\u{1F600}", "\\x{1F600}"),
                Arguments.of("\\uD83D\\uDE00", "\\x{1F600}"),
                Arguments.of("\\u00e9\\x41", "\\xE9\\x41"),
                Arguments.of("\\u20AC", "\\u20AC"),
                Arguments.of("\\/", "/"),
                Arguments.of("\\.\\*\\\\\\[\\{\\|", "\\.\\*\\\\\\[\\{\\|"),
                Arguments.of("[a[]", "[a\\[]"),
                Arguments.of("[&&]", "[\\&\\&]"),
                Arguments.of("[a-z-]", "[a-z\\-]"),
                Arguments.of("[^]", "(?s:.)"),
                Arguments.of("[]", "(?!)"),
                Arguments.of("\\p{Letter}", "\\p{L}"),
                Arguments.of("\\p{gc=Decimal_Number}", "\\p{Nd}"),
                Arguments.of("\\P{Uppercase_Letter}", "\\P{Lu}"),
                Arguments.of("\\p{Script=Greek}", "\\p{sc=Greek}"),
                Arguments.of("\\p{sc=Latn}", "\\p{sc=Latin}"),
                Arguments.of("\\p{Alphabetic}", "\\p{IsAlphabetic}"),
                Arguments.of("\\p{White_Space}", "\\p{IsWhite_Space}"),
                Arguments.of("\\P{Assigned}", "\\p{Cn}"),
                Arguments.of("a*?b+?c??d{2}?", "a*?b+?c??d{2}?"),
                Arguments.of("(?:a)(?=b)(?!c)(?<n>d)\\k<n>(e)\\2", "(?:a)(?=b)(?!c)(?<n>d)\\k<n>(e)\\2"),
                // a name Java does not take becomes a numbered group
                Arguments.of("(?<my_name>a)\\k<my_name>", "(a)(?:\\1)"),
                // a lookbehind gets the never-matching alternative with a literal U+10FFFF
                Arguments.of("(?<=a)b", "(?<=a)b|(?!)\uDBFF\uDFFF"),
                Arguments.of("🐲", "🐲"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rewrites")
    void rewritesEachConstruct(String ecma, String java) {
        assertThat(EcmaPatterns.translate(ecma)).isEqualTo(new Translation(java, null));
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of("\\A", "\\A is not ECMA-262 syntax"),
                Arguments.of("a\\z", "\\z is not ECMA-262 syntax"),
                Arguments.of("a\\Z", "\\Z is not ECMA-262 syntax"),
                Arguments.of("\\G", "is not ECMA-262 syntax"),
                Arguments.of("\\Qa\\E", "\\Q is not ECMA-262 syntax"),
                Arguments.of("\\h", "is not ECMA-262 syntax"),
                Arguments.of("\\H", "is not ECMA-262 syntax"),
                Arguments.of("\\R", "is not ECMA-262 syntax"),
                Arguments.of("\\X", "is not ECMA-262 syntax"),
                Arguments.of("\\N", "is not ECMA-262 syntax"),
                Arguments.of("\\e", "is not ECMA-262 syntax"),
                Arguments.of("\\a", "is not ECMA-262 syntax"),
                Arguments.of("\\@", "is not ECMA-262 syntax"),
                Arguments.of("[\\B]", "is not ECMA-262 syntax"),
                Arguments.of("[\\1]", "inside a character class"),
                Arguments.of("a++", "possessive quantifier"),
                Arguments.of("a*+", "possessive quantifier"),
                Arguments.of("a?+", "possessive quantifier"),
                Arguments.of("a{2}+", "possessive quantifier"),
                Arguments.of("(?i)a", "inline modifier"),
                Arguments.of("(?x)a", "inline modifier"),
                Arguments.of("(?>a)", "atomic group"),
                Arguments.of("(?#note)", "is not ECMA-262 syntax"),
                Arguments.of("(?<=a+)b", "lookbehind of unbounded length"),
                Arguments.of("(?<!a*)b", "lookbehind of unbounded length"),
                Arguments.of("(?<=(?:a|b){2,})c", "lookbehind of unbounded length"),
                Arguments.of("(?<=(?:\\ba){0,2})c", "lookbehind whose maximum length Java cannot determine"),
                Arguments.of("a{", "syntax error: '{' does not start a quantifier"),
                Arguments.of("a{1", "syntax error"),
                Arguments.of("a{,3}", "syntax error"),
                Arguments.of("{", "syntax error"),
                Arguments.of("a{3,2}", "syntax error: numbers out of order"),
                Arguments.of("a{99999999999}", "larger than Java allows"),
                Arguments.of("\\", "syntax error: \\ at end of pattern"),
                Arguments.of("[a\\", "syntax error"),
                Arguments.of("[", "syntax error: unterminated character class"),
                Arguments.of("[a", "syntax error: unterminated character class"),
                Arguments.of("(", "syntax error: missing ')'"),
                Arguments.of("(?", "syntax error"),
                Arguments.of(")", "syntax error: unmatched ')'"),
                Arguments.of("]", "syntax error: lone ']'"),
                Arguments.of("a}", "syntax error: lone '}'"),
                Arguments.of("a**", "syntax error: nothing to repeat"),
                Arguments.of("*a", "syntax error: nothing to repeat"),
                Arguments.of("^*", "syntax error: nothing to repeat"),
                Arguments.of("(?=a)*", "syntax error: nothing to repeat"),
                Arguments.of("a|*", "syntax error: nothing to repeat"),
                Arguments.of("a{2}{3}", "syntax error: nothing to repeat"),
                Arguments.of("\\c1", "syntax error: \\c must be followed by a letter"),
                Arguments.of("\\x4", "syntax error"),
                Arguments.of("\\u12", "syntax error"),
                Arguments.of("\\u{}", "syntax error"),
                Arguments.of("\\u{110000}", "syntax error"),
                Arguments.of("\\00", "syntax error"),
                Arguments.of("[\\d-z]", "syntax error: a class escape cannot bound a range"),
                Arguments.of("[z-a]", "syntax error: range out of order"),
                Arguments.of("\\k", "syntax error"),
                Arguments.of("(?<1a>x)", "syntax error: invalid group name"),
                Arguments.of("(?<a>x)(?<a>y)", "syntax error: duplicate group name"),
                Arguments.of("\\p{scx=Grek}", "Script_Extensions"),
                Arguments.of("\\p{Script_Extensions=Latin}", "Script_Extensions"),
                Arguments.of("\\p{Emoji}", "Unicode property Emoji is not supported"),
                Arguments.of("\\p{Foo}", "syntax error: unknown Unicode property"),
                Arguments.of("\\p{letter}", "syntax error: unknown Unicode property"),
                Arguments.of("\\p{Greek}", "syntax error: unknown Unicode property"),
                Arguments.of("\\p{gc=Greek}", "syntax error: unknown General_Category value"),
                Arguments.of("\\p{sc=greek}", "not a Unicode script known to this Java"),
                Arguments.of("\\p{sc=Foo}", "not a Unicode script known to this Java"),
                Arguments.of("\\p{L", "syntax error"),
                Arguments.of("\\pL", "syntax error"),
                Arguments.of("(a)|\\1", "backreference \\1 to a group that may not have matched"),
                Arguments.of("(a)?\\1", "may not have matched"),
                Arguments.of("(?:(a)|b)\\1", "may not have matched"),
                Arguments.of("(?:(a)b)*\\1", "may not have matched"),
                Arguments.of("(?!(a))\\1", "may not have matched"),
                Arguments.of("\\1(a)", "to a group that does not end before it"),
                Arguments.of("(a\\1)", "to a group that does not end before it"),
                Arguments.of("\\2(a)", "to a group that does not end before it"),
                Arguments.of("\\k<x>(?<x>a)", "to a group that does not end before it"),
                Arguments.of("(a)(?<=\\1)", "inside a lookbehind"),
                Arguments.of("(".repeat(500) + ")".repeat(500), "nested more than"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void reportsWhatCannotBeCheckedWithTheSameMeaning(String ecma, String problem) {
        Translation translation = EcmaPatterns.translate(ecma);

        assertThat(translation.ok()).as(ecma).isFalse();
        assertThat(translation.java()).isNull();
        assertThat(translation.problem()).contains(problem);
    }

    @Test
    void backreferencesToGroupsThatSurelyMatchedAreKept() {
        for (String ecma : List.of("(a)\\1", "(a|b)\\1", "((a))\\2", "(a)+\\1", "(?:(a))\\1", "(?=(a))\\1",
                "(a)(?:x|\\1)", "x|(a)\\1", "((a)\\2)*")) {
            assertThat(EcmaPatterns.translate(ecma).ok()).as(ecma).isTrue();
        }
    }

    @Test
    void hyphenEscapeOutsideAClassIsAHyphen() {
        // Not allowed by the u flag outside a class, but common in published schemas and unambiguous.
        assertThat(finds("^a\\-b$", "a-b")).isTrue();
    }

    @Test
    void everyGeneralCategoryNameMapsToAJavaCategory() {
        Map<String, String> names = EcmaPatterns.generalCategoryNames();

        assertThat(names).hasSize(38 * 2 + 4).containsEntry("Letter", "L").containsEntry("digit", "Nd")
                .containsEntry("Combining_Mark", "M").containsEntry("cntrl", "Cc").containsEntry("punct", "P");
        names.forEach((name, category) -> {
            for (String body : List.of(name, "gc=" + name, "General_Category=" + name)) {
                assertThat(EcmaPatterns.translate("\\p{" + body + "}").java()).isEqualTo("\\p{" + category + "}");
                assertThat(EcmaPatterns.translate("\\P{" + body + "}").java()).isEqualTo("\\P{" + category + "}");
                assertThat(EcmaPatterns.translate("[x\\p{" + body + "}]").ok()).isTrue();
            }
        });
    }

    @Test
    void longCategoryNamesMeanWhatTheirShortNamesMean() {
        // Checked against Character.getType for the letters of one string of each kind.
        assertThat(finds("^\\p{Lowercase_Letter}+$", "abcß")).isTrue();
        assertThat(finds("^\\p{Titlecase_Letter}$", "\u01C5")).isTrue();
        assertThat(finds("^\\p{Nonspacing_Mark}$", "\u0301")).isTrue();
        assertThat(finds("^\\p{Currency_Symbol}$", "€")).isTrue();
        assertThat(finds("^\\p{Space_Separator}$", "\u3000")).isTrue();
        assertThat(finds("^\\p{Other}$", "\u0378")).isTrue(); // unassigned is part of C
        assertThat(finds("^\\p{Cased_Letter}$", "\u01C5")).isTrue();
        assertThat(finds("^\\p{Cased_Letter}$", "\u05D0")).isFalse();
    }

    @Test
    void everyBinaryPropertyMapsToACompilingJavaClass() {
        EcmaPatterns.binaryPropertyNames().forEach((name, java) -> {
            assertThat(EcmaPatterns.translate("\\p{" + name + "}").java()).isEqualTo(java);
            for (String ecma : List.of("\\P{" + name + "}", "[x\\p{" + name + "}]", "[^x\\P{" + name + "}]")) {
                assertThat(EcmaPatterns.translate(ecma).ok()).as(ecma).isTrue();
            }
        });
    }

    @Test
    void everyScriptJavaKnowsIsAcceptedByItsUnicodeName() {
        assertThat(EcmaPatterns.unicodeName(UnicodeScript.OLD_ITALIC)).isEqualTo("Old_Italic");
        assertThat(EcmaPatterns.unicodeName(UnicodeScript.SIGNWRITING)).isEqualTo("SignWriting");
        assertThat(EcmaPatterns.unicodeName(UnicodeScript.NKO)).isEqualTo("Nko");
        for (UnicodeScript script : UnicodeScript.values()) {
            String name = EcmaPatterns.unicodeName(script);
            for (String ecma : List.of("\\p{Script=" + name + "}", "\\P{sc=" + name + "}", "[\\p{sc=" + name + "}]")) {
                assertThat(EcmaPatterns.translate(ecma).ok()).as(ecma).isTrue();
            }
        }
        assertThat(finds("^\\p{sc=Zyyy}$", "1")).isTrue();
        assertThat(finds("^\\p{sc=Qaai}$", "\u0300")).isTrue();
        assertThat(finds("^\\p{Script=Cyrl}$", "Ж")).isTrue();
    }

    @Test
    void translationHasExactlyOneOfItsParts() {
        assertThatThrownBy(() -> new Translation(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Translation("a", "b")).isInstanceOf(IllegalArgumentException.class);
        assertThat(EcmaPatterns.translate(null).ok()).isFalse();
        assertThat(EcmaPatterns.translate("")).isEqualTo(new Translation("", null));
    }

    @Test
    void neverThrowsAndOnlyGivesTextJavaCompiles() {
        String[] pieces = {"a", "é", "😀", "\uD83D", "\\", "[", "]", "(", ")", "{", "}", "|", "*", "+", "?", "^", "$",
            ".", "-", "&", ",", "<", ">", "=", "!", ":", "0", "1", "2", "u", "x", "c", "k", "p", "P", "{2}", "\\u{",
            "\\p{", "L}", "(?<", "(?", "\\k<", "n>", "\\b", "\\s", "\\S", "\\d", "#", " ", "\n"};
        Random random = new Random(20240611L);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder pattern = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                pattern.append(pieces[random.nextInt(pieces.length)]);
            }
            assertTranslatesOrExplains(pattern.toString());
        }
    }

    @Test
    void hugeOrDeepInputIsAnsweredNotThrown() {
        assertThat(EcmaPatterns.translate("a".repeat(300_000)).ok()).isTrue();
        assertThat(EcmaPatterns.translate("\\\\".repeat(100_000)).ok()).isTrue();
        assertThat(EcmaPatterns.translate("a|".repeat(100_000) + "b").ok()).isTrue();
        assertThat(EcmaPatterns.translate("😀".repeat(100_000)).ok()).isTrue();
        assertThat(EcmaPatterns.translate("\\".repeat(100_001)).problem()).contains("\\ at end of pattern");
        assertThat(EcmaPatterns.translate("(".repeat(300_000)).ok()).isFalse();
        assertThat(EcmaPatterns.translate(")".repeat(300_000)).ok()).isFalse();
        assertThat(EcmaPatterns.translate("[".repeat(300_000)).ok()).isFalse();
        for (String pattern : List.of("[a]".repeat(100_000), "\\s".repeat(100_000), "(a)\\1".repeat(50_000))) {
            assertTranslatesOrExplains(pattern);
        }
    }

    private static void assertTranslatesOrExplains(String pattern) {
        Translation translation = EcmaPatterns.translate(pattern);
        assertThat(translation.java() == null).as(pattern).isNotEqualTo(translation.problem() == null);
        if (translation.ok()) {
            Pattern.compile(translation.java());
        } else {
            assertThat(translation.problem()).as(pattern).isNotBlank();
        }
    }

    // ---- the JSON-Schema-Test-Suite ----

    /** Suite patterns expected not to translate, with the reason; none at present. */
    private static final Map<String, String> SUITE_PROBLEMS = Map.of();

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static Path suite() {
        String property = System.getProperty("schemapojo.jsonSchemaTestSuite", "");
        List<Path> candidates = new ArrayList<>();
        if (!property.isBlank()) {
            candidates.add(Path.of(property));
        }
        Path here = Path.of("").toAbsolutePath();
        // The directory is ../shared/corpus/... from the repository root; tests run in the module directory.
        for (Path base = here; base != null; base = base.getParent()) {
            candidates.add(base.resolve("../shared/corpus/json-schema-test-suite/tests/draft2020-12").normalize());
        }
        return candidates.stream().filter(Files::isDirectory).findFirst().orElse(null);
    }

    private static List<Path> suiteFiles() throws IOException {
        Path suite = suite();
        assumeTrue(suite != null, "the JSON-Schema-Test-Suite is not in ../shared/corpus: suite tests skipped");
        try (Stream<Path> files = Files.walk(suite)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everySuitePatternTranslates() throws IOException {
        Map<String, String> problems = new TreeMap<>();
        TreeSet<String> patterns = new TreeSet<>();
        for (Path file : suiteFiles()) {
            for (JsonNode group : MAPPER.readTree(file.toFile())) {
                collectPatterns(group.get("schema"), patterns);
            }
        }
        for (String pattern : patterns) {
            Translation translation = EcmaPatterns.translate(pattern);
            if (!translation.ok()) {
                problems.put(pattern, translation.problem());
            }
        }

        assertThat(patterns).hasSizeGreaterThan(20).contains("^\\p{Letter}+$", "^🐲*$", "^\\cc$");
        assertThat(problems.keySet()).isEqualTo(SUITE_PROBLEMS.keySet());
    }

    /** Every {@code pattern} value and {@code patternProperties} key in a schema and its subschemas. */
    private static void collectPatterns(JsonNode schema, TreeSet<String> patterns) {
        if (schema == null) {
            return;
        }
        if (schema.isObject()) {
            for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
                if (keyword.getKey().equals("pattern") && keyword.getValue().isString()) {
                    patterns.add(keyword.getValue().asString());
                }
                if (keyword.getKey().equals("patternProperties") && keyword.getValue().isObject()) {
                    keyword.getValue().properties().forEach(p -> patterns.add(p.getKey()));
                }
                collectPatterns(keyword.getValue(), patterns);
            }
        } else if (schema.isArray()) {
            schema.forEach(item -> collectPatterns(item, patterns));
        }
    }

    @Test
    void suiteTestsOfPatternsAgreeWithTheirExpectedValidity() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        for (Path file : suiteFiles()) {
            String name = file.getFileName().toString();
            String parent = file.getParent().getFileName().toString();
            boolean relevant = name.equals("pattern.json") || name.equals("patternProperties.json")
                    || parent.equals("optional") && (name.equals("ecmascript-regex.json") || name.equals("non-bmp-regex.json"));
            if (!relevant) {
                continue;
            }
            for (JsonNode group : MAPPER.readTree(file.toFile())) {
                for (JsonNode test : group.get("tests")) {
                    Boolean valid = validity(group.get("schema"), test.get("data"));
                    if (valid == null) {
                        continue; // a schema or instance this small evaluator does not cover
                    }
                    checked++;
                    if (valid != test.get("valid").booleanValue()) {
                        disagreements.add(name + ": " + group.get("description").asString() + " / "
                                + test.get("description").asString());
                    }
                }
            }
        }

        assertThat(checked).isGreaterThanOrEqualTo(100); // 123 with the suite as stored
        assertThat(disagreements).isEmpty();
    }

    /**
     * Whether the instance is valid by a schema made only of {@code pattern}, or of
     * {@code patternProperties} with {@code additionalProperties: false} optional, besides
     * {@code type} and {@code $schema}; null for any other schema or a pattern that did not translate.
     */
    private static Boolean validity(JsonNode schema, JsonNode data) {
        Map<String, JsonNode> keywords = new TreeMap<>();
        schema.properties().forEach(e -> keywords.put(e.getKey(), e.getValue()));
        keywords.remove("$schema");
        JsonNode type = keywords.remove("type");
        if (type != null && !hasType(data, type.asString())) {
            return null; // the type keyword decides; no pattern is involved
        }
        if (keywords.size() == 1 && keywords.containsKey("pattern")) {
            if (!data.isString()) {
                return true;
            }
            Pattern pattern = compiled(keywords.get("pattern").asString());
            return pattern == null ? null : pattern.matcher(data.asString()).find();
        }
        JsonNode additional = keywords.remove("additionalProperties");
        if (keywords.size() != 1 || !keywords.containsKey("patternProperties")
                || additional != null && !(additional.isBoolean() && !additional.booleanValue())) {
            return null;
        }
        if (!data.isObject()) {
            return true;
        }
        for (Map.Entry<String, JsonNode> property : data.properties()) {
            boolean matchedAny = false;
            for (Map.Entry<String, JsonNode> rule : keywords.get("patternProperties").properties()) {
                Pattern pattern = compiled(rule.getKey());
                if (pattern == null) {
                    return null;
                }
                if (pattern.matcher(property.getKey()).find()) {
                    matchedAny = true;
                    Boolean accepted = accepts(rule.getValue(), property.getValue());
                    if (accepted == null || !accepted) {
                        return accepted;
                    }
                }
            }
            if (!matchedAny && additional != null) {
                return false;
            }
        }
        return true;
    }

    private static Pattern compiled(String ecma) {
        Translation translation = EcmaPatterns.translate(ecma);
        return translation.ok() ? Pattern.compile(translation.java()) : null;
    }

    /** A subschema of {@code true}, {@code false}, {@code {"type": t}} or {@code {"maximum": n}}; null otherwise. */
    private static Boolean accepts(JsonNode schema, JsonNode value) {
        if (schema.isBoolean()) {
            return schema.booleanValue();
        }
        if (schema.size() != 1) {
            return null;
        }
        if (schema.has("type")) {
            return hasType(value, schema.get("type").asString());
        }
        if (schema.has("maximum")) {
            return !value.isNumber() || value.decimalValue().compareTo(schema.get("maximum").decimalValue()) <= 0;
        }
        return null;
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isString();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            case "number" -> value.isNumber();
            // JSON Schema counts 1.0 as an integer
            case "integer" -> value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
            default -> false;
        };
    }
}
