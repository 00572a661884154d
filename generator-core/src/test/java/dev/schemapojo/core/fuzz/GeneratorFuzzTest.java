package dev.schemapojo.core.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.schemapojo.core.FailOn;
import dev.schemapojo.core.Options;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzz tests of the whole pipeline (load -> validate -> model -> emit -> write) with Jazzer. The
 * invariant, checked by {@link GenerationCheck}: every input ends in diagnostics or in Java sources
 * that compile without warnings, deterministically, and never in another exception.
 *
 * <p>{@code @FuzzTest} must be the last annotation of a fuzz test (Jazzer checks it), after the
 * {@code @MethodSource} of its seeds.
 *
 * <p>Two fuzz targets, both over plain bytes:
 *
 * <ul>
 *   <li>{@link #schemaFiles}: the bytes are the schema files themselves (split into up to three
 *       files at a line {@code ---}); this is where the JSON reader and the validator are fuzzed.</li>
 *   <li>{@link #composedSchemas}: the bytes are decisions ({@link SchemaComposer}) that build one
 *       to three mostly valid schemas from awkward names, titles, texts and references, so that the
 *       fuzzer spends its time in the model, naming and emit stages.</li>
 * </ul>
 *
 * <p>The build does not run this class: {@link FuzzSeedsTest} replays the seeds in
 * {@code src/test/resources/fuzz/seeds/<target>/} and the empty input through the same methods without Jazzer,
 * whose JUnit integration would instrument every class it meets and log a line for each. Run by name
 * ({@code -Dtest=GeneratorFuzzTest}), Jazzer's regression mode does the same replay; the {@code @MethodSource}
 * also hands the seeds to the fuzzer as its starting corpus. Inputs that break the
 * invariant because of a bug that is not fixed yet are kept in
 * {@code src/test/resources/fuzz/findings/<target>/}, listed in {@link KnownFindings}, and run only
 * with {@code -Dschemapojo.fuzz.findings=true}. {@link FuzzSessionTest} runs short fuzzing sessions
 * of both targets in every build; see {@code docs/fuzzing.md}.
 */
class GeneratorFuzzTest {
    /** Bytes beyond this are not looked at: larger inputs only make executions slower. */
    static final int MAX_INPUT = 16 * 1024;

    /** In {@link #schemaFiles}, a line of its own that separates one file from the next. */
    static final String FILE_SEPARATOR = "\n---\n";

    /** The files that {@link #schemaFiles} writes, in order. */
    static final List<String> RAW_FILE_NAMES = List.of("a.json", "b.json", "sub/c.json");

    // "---" without its newlines: Jazzer 0.24.0 writes entries into libFuzzer's line-based dictionary
    // without escaping a newline, which breaks the file. The seeds carry the whole separator.
    @DictionaryEntries({
        "\"$schema\"", "\"https://json-schema.org/draft/2020-12/schema\"", "\"http://json-schema.org/draft-07/schema#\"",
        "\"$id\"", "\"$ref\"", "\"#/properties/\"", "\"#/$defs/\"", "\"$defs\"", "\"definitions\"", "\"type\"",
        "\"object\"", "\"string\"", "\"integer\"", "\"array\"", "\"properties\"", "\"required\"", "\"items\"",
        "\"additionalProperties\"", "\"enum\"", "\"title\"", "\"description\"", "\"format\"", "\"date-time\"",
        "\"allOf\"", "\"oneOf\"", "\"b.json\"", "\"sub/c.json\"", "\\u0000", "\\ud800", "---",
    })
    @MethodSource("schemaFilesSeeds")
    @FuzzTest(maxDuration = "10m")
    void schemaFiles(byte[] input) {
        if (input.length > MAX_INPUT) {
            return;
        }
        GenerationCheck.check(splitFiles(input), Options.builder().failOn(FailOn.NEVER));
    }

    @MethodSource("composedSchemasSeeds")
    @FuzzTest(maxDuration = "10m")
    void composedSchemas(byte[] input) {
        if (input.length > MAX_INPUT) {
            return;
        }
        SchemaComposer.Composition composition = SchemaComposer.compose(input);
        GenerationCheck.check(composition.files(), composition.options());
    }

    /** Splits raw input into files at {@link #FILE_SEPARATOR}; text after the third file's start stays in it. */
    static Map<String, byte[]> splitFiles(byte[] input) {
        byte[] separator = FILE_SEPARATOR.getBytes(StandardCharsets.US_ASCII);
        Map<String, byte[]> files = new LinkedHashMap<>();
        int start = 0;
        for (int i = 0; i <= input.length - separator.length && files.size() < RAW_FILE_NAMES.size() - 1; i++) {
            if (regionMatches(input, i, separator)) {
                files.put(RAW_FILE_NAMES.get(files.size()), Arrays.copyOfRange(input, start, i));
                start = i + separator.length;
                i = start - 1;
            }
        }
        files.put(RAW_FILE_NAMES.get(files.size()), Arrays.copyOfRange(input, start, input.length));
        return files;
    }

    private static boolean regionMatches(byte[] data, int at, byte[] part) {
        for (int j = 0; j < part.length; j++) {
            if (data[at + j] != part[j]) {
                return false;
            }
        }
        return true;
    }

    static Stream<Arguments> schemaFilesSeeds() {
        return inputs("schemaFiles");
    }

    static Stream<Arguments> composedSchemasSeeds() {
        return inputs("composedSchemas");
    }

    /** The seed files of a target, and its findings with {@code -Dschemapojo.fuzz.findings=true}. */
    private static Stream<Arguments> inputs(String target) {
        List<Arguments> out = new ArrayList<>();
        addFiles(out, "seeds", target);
        if (Boolean.getBoolean("schemapojo.fuzz.findings")) {
            addFiles(out, "findings", target);
        }
        return out.stream();
    }

    private static void addFiles(List<Arguments> out, String kind, String target) {
        URL url = GeneratorFuzzTest.class.getResource("/fuzz/" + kind + "/" + target);
        if (url == null) {
            return;
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.add(Arguments.of(Named.of(kind + "/" + file.getFileName(), Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
