package dev.schemapojo.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.Style;
import dev.schemapojo.core.testing.Schemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated code of every kind of type, byte for byte: each case generates the schemas under
 * {@code src/test/resources/golden-schemas/<case>} into package {@code dev.schemapojo.golden.<case>}
 * and compares the sources with the goldens under {@code src/golden/java}. The goldens are a test
 * source root of this module, so the build compiles them and the tests in
 * {@code dev.schemapojo.core.golden} call them directly; a change to the generator thus shows up as a
 * reviewable diff of checked-in Java. After an intended change, rewrite them with
 * {@code mvn -pl generator-core test -Dtest=GoldenTest -Dschemapojo.recreate=true} and review the diff.
 */
class GoldenTest {
    static final Path SCHEMAS = Path.of("src/test/resources/golden-schemas");
    static final Path GOLDEN = Path.of("src/golden/java");

    /**
     * One golden directory per kind of type and style, with the options it needs and the diagnostics
     * it is expected to give: a case's schemas are clean except for the warnings that case is about, so
     * a schema that stops exercising what it was written for fails here rather than going unnoticed.
     */
    enum Case {
        CLASSES(o -> o),
        RECORDS(o -> o.style(Style.RECORD), "style.record-fallback records/point.json#"),
        ENUMS(o -> o),
        UNIONS(o -> o),
        TUPLES(o -> o),
        VALUES(o -> o),
        BEANVALIDATION(o -> o.beanValidation(true));

        final UnaryOperator<Options.Builder> options;
        final List<String> diagnostics;

        Case(UnaryOperator<Options.Builder> options, String... diagnostics) {
            this.options = options;
            this.diagnostics = List.of(diagnostics);
        }

        String directory() {
            return name().toLowerCase(Locale.ROOT);
        }

        String packageName() {
            return "dev.schemapojo.golden." + directory();
        }

        Path goldenDirectory() {
            return GOLDEN.resolve(packageName().replace('.', '/'));
        }

        Generator generator(Path output) {
            return new Generator(options.apply(Schemas.options(SCHEMAS.resolve(directory()), output)
                    .packageName(packageName())).build());
        }
    }

    @TempDir
    Path work;

    /** A schema directory without a case would never be generated, a golden package without one never compared. */
    @Test
    void everySchemaDirectoryAndGoldenPackageIsACase() throws IOException {
        List<String> cases = Stream.of(Case.values()).map(Case::directory).sorted().toList();
        try (Stream<Path> schemas = Files.list(SCHEMAS);
                Stream<Path> goldens = Files.list(GOLDEN.resolve("dev/schemapojo/golden"))) {
            assertThat(schemas.map(p -> p.getFileName().toString()).sorted()).containsExactlyElementsOf(cases);
            assertThat(goldens.map(p -> p.getFileName().toString()).sorted()).containsExactlyElementsOf(cases);
        }
    }

    @ParameterizedTest
    @EnumSource(Case.class)
    void theSchemasGiveExactlyTheDiagnosticsOfTheirCase(Case c) {
        List<String> found = c.generator(work).validate().diagnostics().stream()
                .map(d -> d.ruleId() + " " + d.file() + "#" + d.pointer()).toList();
        assertThat(found).as("diagnostics of the %s schemas", c.directory()).containsExactlyElementsOf(c.diagnostics);
    }

    @ParameterizedTest
    @EnumSource(Case.class)
    void theGeneratedSourcesAreTheGoldenFiles(Case c) throws IOException {
        Map<String, String> generated = relativeToGoldenDirectory(c, c.generator(work).sources());
        assertThat(generated).as("sources generated for %s", c.directory()).isNotEmpty();
        Path golden = c.goldenDirectory();
        if (Boolean.getBoolean("schemapojo.recreate")) {
            recreate(golden, generated);
        }
        Map<String, String> checkedIn = read(golden);
        // names first, so a new or vanished type is reported as such and not as a content mismatch
        assertThat(checkedIn.keySet())
                .as("golden files under %s vs. the generated ones (rewrite with -Dschemapojo.recreate=true)", golden)
                .containsExactlyElementsOf(generated.keySet());
        for (Map.Entry<String, String> source : generated.entrySet()) {
            assertThat(source.getValue())
                    .as("%s (rewrite with -Dschemapojo.recreate=true)", golden.resolve(source.getKey()))
                    .isEqualTo(checkedIn.get(source.getKey()));
        }
    }

    /** The generator's paths below the case's package directory; every type must land in that package. */
    private static Map<String, String> relativeToGoldenDirectory(Case c, Map<String, String> sources) {
        String prefix = c.packageName().replace('.', '/') + "/";
        Map<String, String> relative = new TreeMap<>();
        sources.forEach((path, source) -> {
            assertThat(path).as("generated path").startsWith(prefix);
            relative.put(path.substring(prefix.length()), source);
        });
        return relative;
    }

    private static Map<String, String> read(Path directory) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = directory.relativize(file).toString().replace('\\', '/');
                files.put(relative, Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** Replaces the case's golden directory with {@code sources}: stale goldens go, new ones come. */
    private static void recreate(Path directory, Map<String, String> sources) throws IOException {
        if (Files.isDirectory(directory)) {
            List<Path> old = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(directory)) {
                walk.sorted(Comparator.reverseOrder()).forEach(old::add);
            }
            for (Path path : old) {
                Files.delete(path);
            }
        }
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = directory.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
        }
    }
}
