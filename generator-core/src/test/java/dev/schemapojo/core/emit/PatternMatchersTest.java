package dev.schemapojo.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.schemapojo.core.keywords.EcmaPatterns;
import dev.schemapojo.core.testing.InMemoryCompiler;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plain-code matchers {@link PatternMatchers} emits, compiled and run beside {@code java.util.regex} on
 * the pattern's translation ({@link EcmaPatterns}): on hand-picked patterns and on random patterns of the
 * simple form, each against random strings, so a matcher that accepts what the regular expression refuses
 * (or the reverse) fails here.
 */
class PatternMatchersTest {
    private static final String ALPHABET = "abcxyzAZ019-_./ +\t\n\\[]é\u00a0";
    private static final String[] SURROGATE_PAIRS = {"\uD83D\uDE00", "\uD835\uDC00"};

    @TempDir
    Path workDir;

    @ParameterizedTest
    @ValueSource(strings = {"^[a-z]+-[0-9a-f]{8}$", "^[0-9]{5}$", "^\\+?[0-9 ]{6,20}$", "^org_", "^$", "^",
        "^\\d{3}-\\d{4}$", "^[A-Za-z_][A-Za-z0-9_]*$", "^\\w+\\.\\w+$", "^[-a]b$", "^[a-]?b$", "^a{2,}b{0,3}$",
        "^\\/v1\\/", "^[\\[\\]]$", "^[\\b]$", "^a\\-b$"})
    void simplePatternsGetAPlainMatcher(String ecma) {
        assertThat(PatternMatchers.parse(ecma)).as(ecma).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[a-z]+", "a$", "^a*ab$", "^[a-z]*[a-c]$", "^a?a$", "^a*b?a$", "^(ab)+$", "^a|b$",
        "^[^/]+$", "^.+$", "^\\s+$", "^\\D$", "^a+?$", "^a{2}{3}$", "^\\u0041$", "^\\x41$", "^a$b", "^\\bx",
        "^[]$", "^[\\d-z]$", "^[z-a]$", "^\uD83D\uDE00$", "^a{1000000}$", "^a{3,1}$", "^a{,3}$", "^\\p{L}$",
        "^[a-\uFFFF]$", "^\\"})
    void otherPatternsKeepTheRegularExpression(String ecma) {
        assertThat(PatternMatchers.parse(ecma)).as(ecma).isEmpty();
    }

    @Test
    void matchersAgreeWithTheRegularExpression() throws Exception {
        Random random = new Random(20261202L);
        Set<String> patterns = new LinkedHashSet<>(List.of("^[a-z]+-[0-9a-f]{8}$", "^[0-9]{5}$", "^\\+?[0-9 ]{6,20}$",
                "^org_", "^$", "^", "^\\d{3}-\\d{4}$", "^[A-Za-z_][A-Za-z0-9_]*$", "^\\w+\\.\\w+$", "^[-a]b$",
                "^[a-]?b$", "^a{2,}b{0,3}$", "^\\/v1\\/", "^[\\[\\]]$", "^a\\-b$", "^[\\t\\n]*x$"));
        while (patterns.size() < 400) {
            patterns.add(randomPattern(random));
        }
        Map<String, String> simple = new LinkedHashMap<>();
        // documented, as javac's doclint (InMemoryCompiler.CHECKS) wants of every public member
        TypeSpec.Builder spec = TypeSpec.classBuilder("Matchers").addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The matchers of the test's patterns.\n");
        for (String ecma : patterns) {
            PatternMatchers.parse(ecma).ifPresent(parts -> {
                String name = "pattern" + simple.size();
                simple.put(ecma, name);
                spec.addMethod(PatternMatchers.method(name, ecma, parts));
                spec.addMethod(MethodSpec.methodBuilder("test" + name.substring("pattern".length()))
                        .addJavadoc("@param s the string\n@return whether the pattern matches it\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(boolean.class)
                        .addParameter(String.class, "s")
                        .addStatement("return $N(s, 0)", name)
                        .build());
            });
        }
        // the random patterns must exercise the matcher, not only the refusals
        assertThat(simple).hasSizeGreaterThan(150);
        String source = JavaFile.builder("p", spec.build()).build().toString();
        Class<?> matchers = InMemoryCompiler.compile(Map.of("p/Matchers.java", source), workDir).load("p.Matchers");

        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        int matched = 0;
        for (Map.Entry<String, String> e : simple.entrySet()) {
            EcmaPatterns.Translation translation = EcmaPatterns.translate(e.getKey());
            assertThat(translation.ok()).as(e.getKey() + ": " + translation.problem()).isTrue();
            Pattern regex = Pattern.compile(translation.java());
            Method test = matchers.getMethod("test" + e.getValue().substring("pattern".length()), String.class);
            for (String s : strings(e.getKey(), PatternMatchers.parse(e.getKey()).orElseThrow(), random)) {
                boolean expected = regex.matcher(s).find();
                boolean actual = (Boolean) test.invoke(null, s);
                compared++;
                matched += expected ? 1 : 0;
                if (expected != actual) {
                    disagreements.add(e.getKey() + " on " + quoted(s) + ": regex " + expected + ", matcher " + actual);
                }
            }
        }
        assertThat(compared).isGreaterThan(50_000);
        // both answers are tested often
        assertThat(matched).isBetween(compared / 5, compared * 4 / 5);
        assertThat(disagreements).isEmpty();
    }

    /** A pattern of the simple form's pieces, which the exactness condition may still refuse. */
    private static String randomPattern(Random random) {
        String[] atoms = {"a", "b", "x", "-", "_", "/", "1", "\\d", "\\w", "\\.", "\\-", "\\+", "\\\\", "[a-c]", "[0-9x]",
            "[ab\\-]", "[a-zA-Z]", "[_.]", "[\\d.]", "[\\t ]", "é", "[é-ë]"};
        String[] quantifiers = {"", "", "*", "+", "?", "{2}", "{1,3}", "{2,}", "{0,2}", "{0}"};
        StringBuilder p = new StringBuilder("^");
        int parts = random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            p.append(atoms[random.nextInt(atoms.length)]).append(quantifiers[random.nextInt(quantifiers.length)]);
        }
        if (random.nextBoolean()) {
            p.append('$');
        }
        return p.toString();
    }

    /**
     * Random strings over an alphabet with the pattern's own characters, and strings made part by part from
     * the pattern (most of which match), some with a character changed, added or removed.
     */
    private static List<String> strings(String ecma, PatternMatchers.Simple simple, Random random) {
        String alphabet = ALPHABET + ecma.replaceAll("[\\\\\\[\\]{}^$*+?]", "");
        List<String> out = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(20) == 0) {
                    s.append(SURROGATE_PAIRS[random.nextInt(SURROGATE_PAIRS.length)]);
                } else {
                    s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            out.add(s.toString());
        }
        for (int k = 0; k < 300; k++) {
            StringBuilder s = new StringBuilder();
            for (PatternMatchers.Part part : simple.parts()) {
                int most = part.max() < 0 ? part.min() + 3 : part.max();
                int count = part.min() + random.nextInt(most - part.min() + 1);
                List<Integer> units = part.units().stream().boxed().toList();
                for (int i = 0; i < count; i++) {
                    s.append((char) (int) units.get(random.nextInt(units.size())));
                }
            }
            if (random.nextInt(3) == 0 && s.length() > 0) {
                int at = random.nextInt(s.length());
                switch (random.nextInt(3)) {
                    case 0 -> s.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> s.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> s.deleteCharAt(at);
                }
            }
            if (random.nextInt(10) == 0) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(s.toString());
        }
        return out;
    }

    private static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(cp -> sb.append(cp < 0x20 || cp > 0x7e ? String.format("\\u{%x}", cp) : Character.toString(cp)));
        return sb.append('"').toString();
    }
}
