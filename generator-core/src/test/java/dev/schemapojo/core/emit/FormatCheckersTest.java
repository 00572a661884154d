package dev.schemapojo.core.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.schemapojo.core.testing.InMemoryCompiler;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The format checks {@link FormatCheckers} emits, compiled (with {@code -Werror}) and run: against the
 * JSON-Schema-Test-Suite's optional format tests of every draft, and against RFC edge cases the suite lacks.
 */
class FormatCheckersTest {
    private static final List<String> FORMATS = List.of("date-time", "date", "time", "duration", "email", "idn-email",
            "hostname", "idn-hostname", "ipv4", "ipv6", "uri", "uri-reference", "iri", "iri-reference", "uuid", "regex", "json-pointer",
            "relative-json-pointer", "uri-template");
    private static final List<String> DRAFTS = List.of("draft2020-12", "draft2019-09", "draft7", "draft6", "draft4");

    /**
     * Suite cases expected to fail, as "draft format data" with the reason; none at present (the drafts agree on
     * every string case of these formats, and every one passes).
     */
    private static final Map<String, String> EXCEPTED = Map.of();

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    static Path workDir;

    /** The method testing each format, of the compiled class {@code p.Checks}. */
    private static final Map<String, Method> CHECKS = new TreeMap<>();

    private static String methodName(String format) {
        StringBuilder name = new StringBuilder("is");
        for (String part : format.split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    private static TypeSpec checksClass(String name, Set<String> formats) {
        // documented, as javac's doclint (InMemoryCompiler.CHECKS) wants of every public member
        TypeSpec.Builder spec = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The format checks of the test.\n");
        FormatCheckers.addTo(spec, formats);
        for (String format : formats) {
            spec.addMethod(MethodSpec.methodBuilder(methodName(format))
                    .addJavadoc("@param value the string\n@return whether it is of the format\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(boolean.class)
                    .addParameter(String.class, "value")
                    .addStatement("return $L", FormatCheckers.test(format, CodeBlock.of("value")))
                    .build());
        }
        return spec.build();
    }

    private static String source(TypeSpec type) {
        return JavaFile.builder("p", type).skipJavaLangImports(true).indent("    ").build().toString();
    }

    /**
     * Compiles {@code p.Checks} with every format, and one class per format with only that format's helpers (so a
     * helper a check needs but {@code addTo} left out fails the compilation).
     */
    private static Map<String, String> sources() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("p/Checks.java", source(checksClass("Checks", new TreeSet<>(FORMATS))));
        for (String format : FORMATS) {
            String name = "Only" + methodName(format).substring(2);
            sources.put("p/" + name + ".java", source(checksClass(name, Set.of(format))));
        }
        return sources;
    }

    @BeforeAll
    static void compile() throws NoSuchMethodException {
        InMemoryCompiler.Result result = InMemoryCompiler.compile(sources(), workDir);
        Class<?> checks = result.load("p.Checks");
        for (String format : FORMATS) {
            CHECKS.put(format, checks.getMethod(methodName(format), String.class));
        }
    }

    private static boolean check(String format, String value) {
        try {
            return (Boolean) CHECKS.get(format).invoke(null, value);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        } catch (InvocationTargetException e) {
            throw new AssertionError(format + " threw on " + value, e.getCause());
        }
    }

    // ---- the API ----

    @Test
    void checksExactlyTheSpecifiedFormats() {
        for (String format : FORMATS) {
            assertThat(FormatCheckers.isChecked(format)).as(format).isTrue();
        }
        for (String format : List.of("unknown", "color", "int32", "Date-Time", "")) {
            assertThat(FormatCheckers.isChecked(format)).as(format).isFalse();
        }
        assertThat(FormatCheckers.test("date-time", CodeBlock.of("value")).toString()).isEqualTo("formatDateTime(value)");
        assertThat(FormatCheckers.test("ipv4", CodeBlock.of("this.host")).toString()).isEqualTo("formatIpv4(this.host)");
        assertThatThrownBy(() -> FormatCheckers.test("color", CodeBlock.of("value")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emitsPrefixedDocumentedPrivateStaticMembersOnceInSortedOrder() {
        TypeSpec.Builder builder = TypeSpec.classBuilder("Checks");
        FormatCheckers.addTo(builder, new TreeSet<>(FORMATS));
        TypeSpec all = builder.build();

        List<String> methods = all.methodSpecs().stream().map(MethodSpec::name).toList();
        assertThat(methods).isSorted().doesNotHaveDuplicates().allMatch(name -> name.matches("format[A-Z]\\w*"));
        for (MethodSpec method : all.methodSpecs()) {
            assertThat(method.modifiers()).as(method.name()).containsExactlyInAnyOrder(Modifier.PRIVATE, Modifier.STATIC);
            String javadoc = method.javadoc().toString();
            assertThat(javadoc.strip()).as(method.name()).isNotEmpty().doesNotContain("\n");
            assertThat(javadoc).as(method.name()).containsPattern("RFC [0-9]+|ECMA-262|Unicode|draft-bhutton");
        }
        List<String> fields = all.fieldSpecs().stream().map(FieldSpec::name).toList();
        assertThat(fields).isSorted().doesNotHaveDuplicates().allMatch(name -> name.matches("FORMAT_[A-Z_]+"));
        for (FieldSpec field : all.fieldSpecs()) {
            assertThat(field.modifiers()).containsExactlyInAnyOrder(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
            assertThat(field.javadoc().toString().strip()).as(field.name()).isNotEmpty().doesNotContain("\n");
        }

        // the same output each time, whatever the order of the formats given
        TypeSpec.Builder again = TypeSpec.classBuilder("Checks");
        List<String> reversed = new ArrayList<>(FORMATS);
        java.util.Collections.reverse(reversed);
        FormatCheckers.addTo(again, new java.util.LinkedHashSet<>(reversed));
        assertThat(source(again.build())).isEqualTo(source(all));
    }

    @Test
    void addsOnlyWhatTheFormatsNeed() {
        TypeSpec.Builder builder = TypeSpec.classBuilder("Checks");
        FormatCheckers.addTo(builder, Set.of("ipv4", "not-a-format"));
        assertThat(builder.build().methodSpecs().stream().map(MethodSpec::name))
                .containsExactly("formatDigits", "formatIpv4", "formatNumber");

        TypeSpec.Builder email = TypeSpec.classBuilder("Checks");
        FormatCheckers.addTo(email, Set.of("email"));
        assertThat(email.build().methodSpecs().stream().map(MethodSpec::name))
                .contains("formatEmail", "formatHostname", "formatIpv4", "formatIpv6", "formatPunycode")
                .doesNotContain("formatRegex", "formatUri", "formatDateTime");

        TypeSpec.Builder none = TypeSpec.classBuilder("Checks");
        FormatCheckers.addTo(none, Set.of());
        assertThat(none.build().methodSpecs()).isEmpty();
    }

    /** The generated code is Java 11: compiled with {@code --release 11} and every lint warning an error. */
    @Test
    void compilesAsJava11WithoutWarnings(@TempDir Path dir) {
        assertThat(InMemoryCompiler.tryCompile(sources(), dir, List.of("--release", "11")).errors())
                .as("javac --release 11 diagnostics").isEmpty();
    }

    // ---- the JSON-Schema-Test-Suite ----

    private static Path suite() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("schemapojo.jsonSchemaTestSuite", "");
        if (!property.isBlank()) {
            candidates.add(Path.of(property).getParent()); // the property names .../tests/draft2020-12
        }
        // The suite is ../shared/corpus/... from the repository root; tests run in the module directory.
        for (Path base = Path.of("").toAbsolutePath(); base != null; base = base.getParent()) {
            candidates.add(base.resolve("../shared/corpus/json-schema-test-suite/tests").normalize());
        }
        return candidates.stream().filter(p -> p != null && Files.isDirectory(p.resolve("draft2020-12"))).findFirst().orElse(null);
    }

    /** Whether a group's schema is only a format assertion (with the meta keywords the suite adds). */
    private static String formatOf(JsonNode schema) {
        if (schema == null || !schema.isObject() || schema.get("format") == null || !schema.get("format").isString()) {
            return null;
        }
        for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
            if (!Set.of("format", "$schema", "$id", "$comment", "description").contains(keyword.getKey())) {
                return null;
            }
        }
        return schema.get("format").asString();
    }

    @Test
    void passesTheJsonSchemaTestSuite() throws IOException {
        Path suite = suite();
        assumeTrue(suite != null, "the JSON-Schema-Test-Suite is not in ../shared/corpus: suite tests skipped");
        Map<String, int[]> counts = new TreeMap<>(); // "format draft" -> cases, passed
        List<String> failures = new ArrayList<>();
        Set<String> exceptedSeen = new TreeSet<>();
        int nonStrings = 0;
        for (String draft : DRAFTS) {
            Path dir = suite.resolve(draft).resolve("optional").resolve("format");
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> list = Files.list(dir)) {
                files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            }
            for (Path file : files) {
                for (JsonNode group : MAPPER.readTree(file.toFile())) {
                    String format = formatOf(group.get("schema"));
                    if (format == null || !FormatCheckers.isChecked(format)) {
                        continue;
                    }
                    for (JsonNode test : group.get("tests")) {
                        JsonNode data = test.get("data");
                        boolean valid = test.get("valid").asBoolean();
                        if (!data.isString()) {
                            // a format applies to strings only: the helper takes a String, the caller skips others
                            assertThat(valid).as("%s %s non-string %s", draft, format, data).isTrue();
                            nonStrings++;
                            continue;
                        }
                        String value = data.asString();
                        int[] count = counts.computeIfAbsent(format + " " + draft, k -> new int[2]);
                        count[0]++;
                        String key = draft + " " + format + " " + value;
                        boolean passed = check(format, value) == valid;
                        if (passed) {
                            count[1]++;
                        }
                        if (EXCEPTED.containsKey(key)) {
                            exceptedSeen.add(key);
                            if (passed) {
                                failures.add("excepted but passes (remove it from EXCEPTED): " + key);
                            }
                        } else if (!passed) {
                            failures.add(String.format(Locale.ROOT, "%s %s %s: expected %s (%s)", draft, format,
                                    MAPPER.writeValueAsString(value), valid, test.get("description").asString()));
                        }
                    }
                }
            }
        }
        StringBuilder table = new StringBuilder("format checks against the JSON-Schema-Test-Suite (cases, passed):\n");
        int cases = 0;
        int passed = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            table.append(String.format(Locale.ROOT, "  %-36s %4d %4d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
            cases += e.getValue()[0];
            passed += e.getValue()[1];
        }
        table.append(String.format(Locale.ROOT, "  %-36s %4d %4d (and %d non-string cases, valid for any format)%n",
                "all", cases, passed, nonStrings));
        System.out.print(table);

        assertThat(failures).as("suite cases that fail").isEmpty();
        assertThat(exceptedSeen).as("excepted cases found in the suite").isEqualTo(EXCEPTED.keySet());
        assertThat(counts.keySet().stream().map(k -> k.split(" ")[0]).distinct()).as("formats the suite tests")
                .containsExactlyInAnyOrderElementsOf(FORMATS);
    }

    // ---- RFC edge cases the suite lacks ----

    static Stream<Arguments> edgeCases() {
        return Stream.of(
                // date-time, date, time: RFC 3339 section 5.6; leap years (appendix C); leap seconds at 23:59:60 UTC
                Arguments.of("date", "2000-02-29", true),
                Arguments.of("date", "1900-02-29", false),
                Arguments.of("date", "2004-02-29", true),
                Arguments.of("date", "2023-02-29", false),
                Arguments.of("date", "2023-02-28", true),
                Arguments.of("date", "0000-02-29", true),
                Arguments.of("date", "9999-12-31", true),
                Arguments.of("date", "2023-04-31", false),
                Arguments.of("date", "2023-13-01", false),
                Arguments.of("date-time", "2000-02-29T00:00:00Z", true),
                Arguments.of("date-time", "1900-02-29T00:00:00Z", false),
                Arguments.of("date-time", "2020-01-01T00:00:00+23:59", true),
                Arguments.of("date-time", "2020-01-01T00:00:00-23:59", true),
                Arguments.of("date-time", "2020-01-01T00:00:00+24:00", false),
                Arguments.of("date-time", "2020-01-01T00:00:00.1Z", true),
                Arguments.of("date-time", "2020-01-01T00:00:00.123456789012345678901234567890Z", true),
                Arguments.of("date-time", "2020-01-01T00:00:00.Z", false),
                Arguments.of("date-time", "2020-01-01T00:00:00,5Z", false),
                Arguments.of("date-time", "2020-01-01 00:00:00Z", false),
                Arguments.of("date-time", "2020-01-01T00:00:00", false),
                Arguments.of("date-time", "2020-01-01t00:00:00z", true),
                Arguments.of("date-time", "2016-12-31T23:59:60Z", true),
                Arguments.of("date-time", "2016-12-31T23:59:60+01:00", false),
                Arguments.of("date-time", "2017-01-01T00:59:60+01:00", true),
                Arguments.of("date-time", "2020-01-01T", false),
                Arguments.of("time", "23:59:59+23:59", true),
                Arguments.of("time", "00:00:00.000000001Z", true),
                Arguments.of("time", "12:00:00+0100", false),
                Arguments.of("time", "12:00Z", false),
                Arguments.of("time", "00:00:60+00:00", false),
                Arguments.of("time", "00:00:00+00:00Z", false),
                // duration: RFC 3339 appendix A
                Arguments.of("duration", "P1W", true),
                Arguments.of("duration", "PT1H", true),
                Arguments.of("duration", "PT1H1M1S", true),
                Arguments.of("duration", "P1Y1M1DT1H1M1S", true),
                Arguments.of("duration", "P1DT", false),
                Arguments.of("duration", "P1.5D", false),
                Arguments.of("duration", "P1W1D", false),
                Arguments.of("duration", "P1M1Y", false),
                Arguments.of("duration", "p1dt2h", true), // RFC 5234: quoted strings are case-insensitive
                // ipv4: RFC 2673 section 3.2
                Arguments.of("ipv4", "0.0.0.0", true),
                Arguments.of("ipv4", "01.2.3.4", false),
                Arguments.of("ipv4", "1.2.3.04", false),
                Arguments.of("ipv4", "1.2.3.0", true),
                Arguments.of("ipv4", "255.255.255.256", false),
                Arguments.of("ipv4", "1.2.3.4.5", false),
                Arguments.of("ipv4", "1.2.3", false),
                Arguments.of("ipv4", "1..2.3", false),
                Arguments.of("ipv4", "1000.2.3.4", false),
                // ipv6: RFC 4291 section 2.2
                Arguments.of("ipv6", "::ffff:1.2.3.4", true),
                Arguments.of("ipv6", "::FFFF:1.2.3.4", true),
                Arguments.of("ipv6", "1::", true),
                Arguments.of("ipv6", "::", true),
                Arguments.of("ipv6", "::1.2.3.4", true),
                Arguments.of("ipv6", "1:2:3:4:5:6:7::", true),
                Arguments.of("ipv6", "::2:3:4:5:6:7:8", true),
                Arguments.of("ipv6", "1:2:3:4:5:6:1.2.3.4", true),
                Arguments.of("ipv6", "1:2:3:4:5::1.2.3.4", true),
                Arguments.of("ipv6", "1:2:3:4:5:6:7:1.2.3.4", false),
                Arguments.of("ipv6", "1:2:3:4::5:6:7:8", false),
                Arguments.of("ipv6", "1:2:3:4:5:6:7:8:9", false),
                Arguments.of("ipv6", "1.2.3.4::", false),
                Arguments.of("ipv6", "1.2.3.4::1", false),
                Arguments.of("ipv6", "1:::2", false),
                Arguments.of("ipv6", ":::", false),
                Arguments.of("ipv6", "1:", false),
                Arguments.of("ipv6", "", false),
                Arguments.of("ipv6", "0000:0000:0000:0000:0000:0000:0000:0001", true),
                Arguments.of("ipv6", "00000::1", false),
                // hostname: RFC 1123, RFC 1034 labels, A-labels (RFC 5890-5893)
                Arguments.of("hostname", "a".repeat(63), true),
                Arguments.of("hostname", "a".repeat(64), false),
                Arguments.of("hostname", "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61), true),
                Arguments.of("hostname", "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(62), false),
                Arguments.of("hostname", "a..b", false),
                Arguments.of("hostname", "1.2.3.4", true),
                Arguments.of("hostname", "EXAMPLE.COM", true),
                Arguments.of("hostname", "xn--bcher-kva.example", true), // bücher
                Arguments.of("hostname", "XN--BCHER-KVA.example", true),
                Arguments.of("hostname", "xn--mnchen-3ya.de", true), // münchen
                Arguments.of("hostname", "xn--4dbrk0ce", true), // ישראל, right to left
                Arguments.of("hostname", "xn--ls8h", false), // an emoji is not PVALID
                Arguments.of("hostname", "xn--", false),
                Arguments.of("hostname", "xn--abc-", false), // decodes to ASCII only
                Arguments.of("hostname", "xn--zz", false),
                Arguments.of("hostname", "xn--bcher-kva9999999999", false), // overflows
                Arguments.of("hostname", "xn--mgbc799q", false), // alef ZWNJ beh: alef joins on one side only (RFC 5892 A.1)
                Arguments.of("hostname", "xn--mgbb899q", true), // beh ZWNJ alef
                Arguments.of("hostname", "xn--mgbb9ho06i", true), // beh, a transparent mark, ZWNJ, alef
                Arguments.of("hostname", "xn--11b6iy14e", true), // ka virama ZWJ (RFC 5892 A.2)
                Arguments.of("hostname", "xn--abc-ldc", true), // a combining mark inside a label
                Arguments.of("hostname", "xn--a-tfb", false), // U+0345 folds to iota: Unstable
                Arguments.of("hostname", "xn--cfa", true), // the dotless i folds to itself
                Arguments.of("hostname", "xn--58d", true), // Cherokee capitals are the folded form
                Arguments.of("hostname", "xn--kz9a", false), // Cherokee small letters are not
                Arguments.of("hostname", "xn----zhce", true), // alef, hyphen, bet
                Arguments.of("hostname", "xn--1-zhc", true), // alef and a European digit end an RTL label
                Arguments.of("hostname", "ab--cd", true),
                Arguments.of("hostname", "a-b", true),
                Arguments.of("hostname", "a_b", false),
                // email: RFC 5321 section 4.1.2
                Arguments.of("email", "\"quoted\"@example.com", true),
                Arguments.of("email", "\"\"@example.com", true),
                Arguments.of("email", "\"a\\\"b\"@example.com", true),
                Arguments.of("email", "\"a\\\\\"@example.com", true),
                Arguments.of("email", "\"a\"b\"@example.com", false),
                Arguments.of("email", "\"a\\\"@example.com", false),
                Arguments.of("email", "\"unclosed@example.com", false),
                Arguments.of("email", "\"tab\there\"@example.com", false),
                Arguments.of("email", "a@[IPv6:::ffff:1.2.3.4]", true),
                Arguments.of("email", "a@[ipv6:1::]", true),
                Arguments.of("email", "a@[1.2.3]", false),
                Arguments.of("email", "a@[IPv6:1.2.3.4]", false),
                Arguments.of("email", "a@[tag:content]", false),
                Arguments.of("email", "a@example", true),
                Arguments.of("email", "a@-example.com", false),
                Arguments.of("email", "a@example..com", false),
                Arguments.of("email", "a@example.com.", false),
                Arguments.of("email", "!#$%&'*+-/=?^_`{|}~@example.com", true),
                Arguments.of("email", "a".repeat(64) + "@example.com", true),
                Arguments.of("email", "a".repeat(65) + "@example.com", false),
                Arguments.of("email", "é@example.com", false),
                Arguments.of("idn-email", "é@example.com", true),
                Arguments.of("idn-email", "\"é\"@example.com", true),
                Arguments.of("idn-email", "δοκιμή@παράδειγμα.δοκιμή", true),
                Arguments.of("idn-email", "é".repeat(32) + "@example.com", true), // 64 octets
                Arguments.of("idn-email", "é".repeat(32) + "a@example.com", false), // 65 octets
                Arguments.of("idn-email", "a@-é.com", false),
                Arguments.of("idn-email", "a@é..com", false),
                Arguments.of("idn-email", "\ud800@example.com", false), // an unpaired surrogate is not UTF-8
                // uri, uri-reference, iri, iri-reference: RFC 3986, RFC 3987
                Arguments.of("uri", "http://example.com/%zz", false),
                Arguments.of("uri", "http://example.com/%4", false),
                Arguments.of("uri", "http://example.com/%41%6a", true),
                Arguments.of("uri", "HTTP://EXAMPLE.COM", true),
                Arguments.of("uri", "http://[v7.abc:def]/", true),
                Arguments.of("uri", "http://[v.abc]/", false),
                Arguments.of("uri", "http://[vF.]/", false),
                Arguments.of("uri", "http://[::1]:8080/", true),
                Arguments.of("uri", "http://[::1]x/", false),
                Arguments.of("uri", "http://[::1/", false),
                Arguments.of("uri", "http://user:pass@host:/", true),
                Arguments.of("uri", "http://host:80:80/", false),
                Arguments.of("uri", "http://a%20b/", true),
                Arguments.of("uri", "a:", true),
                Arguments.of("uri", "a+b-c.d:x", true),
                Arguments.of("uri", "foo://", true),
                Arguments.of("uri", "http://example.com?#", true),
                Arguments.of("uri", "http://example.com/a#b#c", false),
                Arguments.of("uri", "http://é.com", false),
                Arguments.of("iri", "http://é.com", true),
                Arguments.of("uri-reference", ".", true),
                Arguments.of("uri-reference", "a:b:c", true),
                Arguments.of("uri-reference", "1a:b", false),
                Arguments.of("uri-reference", "a/b:c", true),
                Arguments.of("uri-reference", "//[::1]", true),
                Arguments.of("uri-reference", "?#", true),
                Arguments.of("uri-reference", "%zz", false),
                Arguments.of("uri-reference", "#%41", true),
                Arguments.of("uri-reference", "#a?b/c:d@e", true),
                Arguments.of("iri", "http://例え.テスト/パス?クエリ#フラグメント", true),
                Arguments.of("iri", "http://example.com/\ue000", false), // iprivate only in a query
                Arguments.of("iri", "http://example.com/?\ue000", true),
                Arguments.of("iri", "http://example.com/#\ue000", false),
                Arguments.of("iri", "http://example.com/\ufffe", false),
                Arguments.of("iri", "http://example.com/\u00a0", true),
                Arguments.of("iri-reference", "é", true),
                Arguments.of("iri-reference", "é:x", false),
                // uuid: RFC 4122 section 3
                Arguments.of("uuid", "{2eb8aa08-aa98-11ea-b4aa-73b441d16380}", false),
                Arguments.of("uuid", "2eb8aa08-aa98-11ea-b4aa-73b441d16380", true),
                // uri-template: RFC 6570
                Arguments.of("uri-template", "{var:9999}", true),
                Arguments.of("uri-template", "{x:3*}", false),
                Arguments.of("uri-template", "{+path}/here", true),
                Arguments.of("uri-template", "{a.b.c}", true),
                Arguments.of("uri-template", "{.a}", true),
                Arguments.of("uri-template", "{a.}", false),
                Arguments.of("uri-template", "{%4}", false),
                Arguments.of("uri-template", "{%zz}", false),
                Arguments.of("uri-template", "%zz", false),
                Arguments.of("uri-template", "{", false),
                Arguments.of("uri-template", "{a}{b}", true),
                Arguments.of("uri-template", "{a{b}", false),
                Arguments.of("uri-template", "{=a}", true), // op-reserve is in the ABNF's operator
                Arguments.of("uri-template", "a<b", false),
                // json-pointer: RFC 6901; relative-json-pointer: draft-bhutton-relative-json-pointer-00
                Arguments.of("json-pointer", "/~01", true),
                Arguments.of("json-pointer", "~", false),
                Arguments.of("json-pointer", "//", true),
                Arguments.of("relative-json-pointer", "0", true),
                Arguments.of("relative-json-pointer", "2#", true),
                Arguments.of("relative-json-pointer", "0+1/a", true),
                Arguments.of("relative-json-pointer", "1-2#", true),
                Arguments.of("relative-json-pointer", "0+", false),
                Arguments.of("relative-json-pointer", "0+01", false),
                Arguments.of("relative-json-pointer", "00", false),
                Arguments.of("relative-json-pointer", "0#/a", false),
                Arguments.of("relative-json-pointer", "1/a~2", false),
                // regex: ECMA-262 Pattern with the u flag
                Arguments.of("regex", "", true),
                Arguments.of("regex", "a{1,2}", true),
                Arguments.of("regex", "a{2,1}", false),
                Arguments.of("regex", "a{99999999999,99999999998}", false),
                Arguments.of("regex", "a{,2}", false),
                Arguments.of("regex", "a{2}{3}", false),
                Arguments.of("regex", "{", false),
                Arguments.of("regex", "}", false),
                Arguments.of("regex", "]", false),
                Arguments.of("regex", "a**", false),
                Arguments.of("regex", "*a", false),
                Arguments.of("regex", "(?=a)*", false),
                Arguments.of("regex", "(?<!a)*", false),
                Arguments.of("regex", "(?<=a)(?<!b)", true),
                Arguments.of("regex", "\\u{10FFFF}", true),
                Arguments.of("regex", "\\u{110000}", false),
                Arguments.of("regex", "\\u{}", false),
                Arguments.of("regex", "\\uD83D\\uDE00", true),
                Arguments.of("regex", "\\u12", false),
                Arguments.of("regex", "[z-a]", false),
                Arguments.of("regex", "[a-z]", true),
                Arguments.of("regex", "[\\d-z]", false),
                Arguments.of("regex", "[\\-]", true),
                Arguments.of("regex", "[a-]", true),
                Arguments.of("regex", "[\\b]", true),
                Arguments.of("regex", "[\\1]", false),
                Arguments.of("regex", "\\-", false),
                Arguments.of("regex", "\\1(a)", true),
                Arguments.of("regex", "(a)\\2", false),
                Arguments.of("regex", "\\k<x>", false),
                Arguments.of("regex", "(?<x>a)(?<x>b)", false),
                Arguments.of("regex", "(?<$x_1>a)\\k<$x_1>", true),
                Arguments.of("regex", "(?<1x>a)", false),
                Arguments.of("regex", "(?<\\u0041>a)\\k<A>", true),
                Arguments.of("regex", "\\p{Letter}", true),
                Arguments.of("regex", "\\p{Script=Greek}", true),
                Arguments.of("regex", "\\p{}", false),
                Arguments.of("regex", "\\p", false),
                Arguments.of("regex", "(?i:a)", true),
                Arguments.of("regex", "(?-i:a)", true),
                Arguments.of("regex", "(?i-s:a)", true),
                Arguments.of("regex", "(?i-i:a)", false),
                Arguments.of("regex", "(?ii:a)", false),
                Arguments.of("regex", "(?-:a)", false),
                Arguments.of("regex", "(?x:a)", false),
                Arguments.of("regex", "a|", true),
                Arguments.of("regex", "()", true),
                Arguments.of("regex", "(", false),
                Arguments.of("regex", ")", false),
                Arguments.of("regex", "\\c", false),
                Arguments.of("regex", "\\c1", false),
                Arguments.of("regex", "\\x4", false),
                Arguments.of("regex", "\\x41", true),
                Arguments.of("regex", "\\0", true),
                Arguments.of("regex", "\\00", false),
                Arguments.of("regex", "\\/", true),
                Arguments.of("regex", "\\", false),
                Arguments.of("regex", "x{3}?", true),
                Arguments.of("regex", ".*?", true),
                Arguments.of("regex", "^$", true),
                Arguments.of("regex", "\\bfoo\\B", true),
                Arguments.of("regex", "[^]]", false),
                Arguments.of("regex", "😀+", true),
                Arguments.of("regex", "(".repeat(1000) + ")".repeat(1000), true),
                Arguments.of("regex", "(".repeat(5000) + ")".repeat(5000), false)); // refused, not a stack overflow
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("edgeCases")
    void checksRfcEdgeCases(String format, String value, boolean valid) {
        assertThat(check(format, value)).as("%s %s", format, value).isEqualTo(valid);
    }
}
