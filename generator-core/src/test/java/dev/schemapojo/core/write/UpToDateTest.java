package dev.schemapojo.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.ConstraintChecks;
import dev.schemapojo.core.GenerationResult;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.testing.Schemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The up-to-date check: a run with a state directory does nothing when nothing it depends on changed, and
 * generates when anything did (a schema, the selection of files, a mapped file, an option, the generator,
 * an output file).
 */
class UpToDateTest {
    @TempDir
    Path dir;

    Path source;
    Path output;
    Path state;

    @BeforeEach
    void schemas() {
        source = dir.resolve("s");
        output = dir.resolve("out");
        state = dir.resolve("target/schemapojo/default");
        Schemas.write(source, "a.json", "{\"title\": \"A\", \"properties\": {\"x\": {\"type\": \"string\"}}}");
        Schemas.write(source, "sub/b.json", "{\"title\": \"B\", \"properties\": {\"y\": {\"$ref\": \"https://example.com/m.json\"}}}");
        Schemas.write(dir.resolve("mapped"), "m.json", "{\"type\": \"integer\"}");
    }

    Options.Builder options() {
        return Schemas.options(source, output).stateDirectory(state).uriMapping("https://example.com/", dir.resolve("mapped"));
    }

    GenerationResult run(UnaryOperator<Options.Builder> change) {
        return new Generator(change.apply(options()).build()).generate();
    }

    GenerationResult run() {
        return run(o -> o);
    }

    /** A run with {@code change} generates, and the same run after it finds the output up to date. */
    void assertGenerates(UnaryOperator<Options.Builder> change) {
        GenerationResult result = run(change);
        assertThat(result.upToDate()).as(result.summary()).isFalse();
        assertThat(result.written()).isTrue();
        assertThat(run(change).upToDate()).as("the run after it").isTrue();
    }

    void assertGenerates() {
        assertGenerates(o -> o);
    }

    @Test
    void aSecondRunWithNothingChangedDoesNothingAndSaysSo() throws Exception {
        GenerationResult first = run();
        assertThat(first.written()).isTrue();
        assertThat(first.upToDate()).isFalse();
        Path a = output.resolve("com/example/A.java");
        Files.writeString(dir.resolve("witness"), "");
        Files.setLastModifiedTime(a, Files.getLastModifiedTime(dir.resolve("witness")));
        var before = Files.getLastModifiedTime(a);
        GenerationResult second = run();
        assertThat(second.upToDate()).isTrue();
        assertThat(second.written()).isFalse();
        assertThat(second.failed()).isFalse();
        assertThat(second.summary()).isEqualTo("schemapojo: up to date (3 schemas)");
        assertThat(Files.getLastModifiedTime(a)).isEqualTo(before);
    }

    @Test
    void theStateAndTheManifestAreNotInTheOutputDirectory() throws Exception {
        run();
        assertThat(state.resolve(BuildState.FILE)).isRegularFile();
        assertThat(state.resolve(OutputWriter.STATE_MANIFEST)).isRegularFile();
        try (var files = Files.walk(output)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.endsWith(".java"));
        }
    }

    @Test
    void aChangedSchemaRegenerates() throws Exception {
        run();
        Schemas.write(source, "a.json", "{\"title\": \"A\", \"properties\": {\"x\": {\"type\": \"integer\"}}}");
        assertGenerates();
        assertThat(Files.readString(output.resolve("com/example/A.java"))).contains("Long x");
    }

    @Test
    void aTouchedButUnchangedSchemaStaysUpToDate() throws Exception {
        run();
        Files.setLastModifiedTime(source.resolve("a.json"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertThat(run().upToDate()).isTrue();
    }

    @Test
    void anEditThatKeepsTheSizeRegenerates() throws Exception {
        run();
        Schemas.write(source, "a.json", "{\"title\": \"A\", \"properties\": {\"x\": {\"type\": \"number\"}}}");
        assertGenerates();
    }

    @Test
    void aTimeAsLateAsTheStateIsNotTrusted() throws Exception {
        run();
        // A file system that keeps whole seconds: the schema changes in the second the state was saved, keeping
        // its size and (as far as the file system can tell) its time.
        Path a = source.resolve("a.json");
        FileTime time = Files.getLastModifiedTime(a);
        Schemas.write(source, "a.json", "{\"title\": \"A\", \"properties\": {\"x\": {\"type\": \"number\"}}}");
        Files.setLastModifiedTime(a, time);
        Files.setLastModifiedTime(state.resolve(BuildState.FILE), time);
        assertGenerates();
    }

    @Test
    void anOutputFileAsLateAsTheManifestIsReadAndAnEditToItRegenerates() throws Exception {
        run();
        Path a = output.resolve("com/example/A.java");
        Path manifest = state.resolve(OutputWriter.STATE_MANIFEST);
        FileTime time = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        String content = Files.readString(a);
        Files.writeString(a, content.replace("final", "FINAL"));
        Files.setLastModifiedTime(a, time);
        Files.setLastModifiedTime(manifest, time);
        assertGenerates();
        assertThat(a).hasContent(content);
    }

    @Test
    void anOutputFileAsLateAsTheManifestIsReadOnceAndThenTrusted() throws Exception {
        run();
        Path manifest = state.resolve(OutputWriter.STATE_MANIFEST);
        FileTime time = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        coarseClock(time);
        String before = Files.readString(manifest);
        assertThat(run().upToDate()).isTrue();
        // Read and found unchanged a minute after their time, so the manifest is saved again, unchanged, after it.
        assertThat(Files.getLastModifiedTime(manifest)).isGreaterThan(time);
        assertThat(manifest).hasContent(before);
        assertThat(run().upToDate()).isTrue();
    }

    @Test
    void outputFilesReadJustAfterTheirTimeKeepTheManifestAsItIs() throws Exception {
        run();
        // A second after the write, a change made since might not have moved a file's time yet: nothing to vouch for.
        Path manifest = state.resolve(OutputWriter.STATE_MANIFEST);
        FileTime time = FileTime.fromMillis(System.currentTimeMillis() - 1_000);
        coarseClock(time);
        assertThat(run().upToDate()).isTrue();
        assertThat(Files.getLastModifiedTime(manifest)).isEqualTo(time);
    }

    /**
     * As on a file system whose clock moves in coarse steps: every output file, as written and as the manifest
     * remembers it, and the manifest itself have {@code time}. The state is given the changed manifest's digest.
     */
    private void coarseClock(FileTime time) throws IOException {
        Path manifest = state.resolve(OutputWriter.STATE_MANIFEST);
        String text = Files.readString(manifest).replaceAll("(?m)^(\\S+ \\d+):\\d+ ", "$1:" + time.to(TimeUnit.NANOSECONDS) + " ");
        Files.writeString(manifest, text);
        Path stateFile = state.resolve(BuildState.FILE);
        List<String> lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
        lines.set(4, "outputs " + OutputWriter.checksum(text.getBytes(StandardCharsets.UTF_8)));
        Files.write(stateFile, lines, StandardCharsets.UTF_8);
        try (var files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, time);
            }
        }
        Files.setLastModifiedTime(manifest, time);
    }

    @Test
    void anAddedOrRemovedSchemaRegenerates() throws Exception {
        run();
        Schemas.write(source, "c.json", "{\"title\": \"C\", \"type\": \"object\"}");
        assertGenerates();
        assertThat(output.resolve("com/example/C.java")).isRegularFile();
        Files.delete(source.resolve("c.json"));
        assertGenerates();
        assertThat(output.resolve("com/example/C.java")).doesNotExist();
    }

    @Test
    void aChangedFileOfAMappedDirectoryRegenerates() throws Exception {
        run();
        Schemas.write(dir.resolve("mapped"), "m.json", "{\"type\": \"string\"}");
        assertGenerates();
        assertThat(Files.readString(output.resolve("com/example/sub/B.java"))).contains("String y");
    }

    @Test
    void aChangedOptionRegenerates() throws Exception {
        run();
        assertGenerates(o -> o.constraints(ConstraintChecks.CHECK));
        assertGenerates();
        assertGenerates(o -> o.includes(List.of("*.json", "sub/*.json")));
        assertGenerates(o -> o.sensitiveProperties(List.of("x")));
        assertGenerates(o -> o.failOn(dev.schemapojo.core.FailOn.WARNING));
        assertGenerates(o -> o.titlePattern(java.util.regex.Pattern.compile("(?<name>.*)")));
        assertGenerates(o -> o.titlePattern(java.util.regex.Pattern.compile("(?<name>.*)", java.util.regex.Pattern.CASE_INSENSITIVE)));
    }

    @Test
    void anotherGeneratorRegenerates() throws Exception {
        run();
        Path file = state.resolve(BuildState.FILE);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(1)).isEqualTo("generator " + GeneratorVersion.current());
        lines.set(1, "generator 0.0.9 " + GeneratorVersion.current().split(" ")[1]);
        Files.write(file, lines, StandardCharsets.UTF_8);
        assertGenerates();
    }

    @Test
    void aDeletedOrEditedOutputFileRegenerates() throws Exception {
        run();
        Path a = output.resolve("com/example/A.java");
        String content = Files.readString(a);
        Files.delete(a);
        assertGenerates();
        assertThat(a).hasContent(content);
        Files.writeString(a, content.replace("final", "/* edited */ final"));
        assertGenerates();
        assertThat(a).hasContent(content);
    }

    @Test
    void forceRegenerates() {
        run();
        GenerationResult forced = run(o -> o.force(true));
        assertThat(forced.upToDate()).isFalse();
        assertThat(forced.written()).isTrue();
        assertThat(forced.typeCount()).isEqualTo(run(o -> o.force(true)).typeCount()).isPositive();
    }

    @Test
    void aStateThatCannotBeReadIsNoState() throws Exception {
        run();
        Files.writeString(state.resolve(BuildState.FILE), "garbage\n");
        assertGenerates();
        Files.writeString(state.resolve(OutputWriter.STATE_MANIFEST), "garbage\n");
        assertGenerates();
    }

    @Test
    void aFailedRunLeavesNoStateThatCouldSkipTheNextOne() throws Exception {
        run();
        Schemas.write(source, "a.json", "{\"title\": \"A\", \"properties\": {\"x\": {\"type\": \"strin\"}}}");
        assertThat(run().failed()).isTrue();
        assertThat(run().failed()).as("the same broken schema fails again, it is not skipped").isTrue();
    }

    @Test
    void withoutAStateDirectoryEveryRunGeneratesAndTheManifestStaysInTheOutput() {
        Options options = Schemas.options(source, output).uriMapping("https://example.com/", dir.resolve("mapped")).build();
        new Generator(options).generate();
        assertThat(new Generator(options).generate().upToDate()).isFalse();
        assertThat(output.resolve(OutputWriter.MANIFEST)).isRegularFile();
    }

    @Test
    void theManifestOfAnEarlierVersionInTheOutputDirectoryIsTakenOverAndRemoved() throws Exception {
        Options legacy = Schemas.options(source, output).uriMapping("https://example.com/", dir.resolve("mapped")).build();
        new Generator(legacy).generate();
        // what versions before the state directory wrote: one path per line
        Files.writeString(output.resolve(OutputWriter.MANIFEST), "com/example/A.java\ncom/example/sub/B.java\ncom/example/Gone.java\n");
        Files.writeString(output.resolve("com/example/Gone.java"), "// Generated by schemapojo from gone.json.\nclass Gone {}");
        Files.delete(source.resolve("sub/b.json"));
        run();
        assertThat(output.resolve("com/example/Gone.java")).doesNotExist();
        assertThat(output.resolve("com/example/sub/B.java")).doesNotExist();
        assertThat(output.resolve(OutputWriter.MANIFEST)).doesNotExist();
    }

    @Test
    void filesGetThePermissionsTheUmaskGivesNewFiles() throws Exception {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        run();
        Path plain = Files.createFile(dir.resolve("plain"));
        assertThat(Files.getPosixFilePermissions(output.resolve("com/example/A.java")))
                .isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(Files.getPosixFilePermissions(state.resolve(BuildState.FILE)))
                .isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void includesThatSelectNothingWarnAndKeepThePreviousOutput() throws Exception {
        run();
        GenerationResult none = run(o -> o.includes(List.of("**/*.schema.json")).excludes(List.of("x/**")));
        assertThat(none.written()).isFalse();
        assertThat(none.failed()).isFalse();
        assertThat(Schemas.lines(none)).containsExactly("s: warning: [load.no-schemas] /: the includes [**/*.schema.json]"
                + " and excludes [x/**] select no file in this directory; nothing was generated and the previous output"
                + " was kept: check sourceDirectory, includes and excludes");
        assertThat(output.resolve("com/example/A.java")).isRegularFile();
        assertThat(run().upToDate()).as("the state of the run that wrote the output").isTrue();
    }

    @Test
    void aFileTheIncludesMissOnlyByCaseIsMentioned() {
        Schemas.write(source, "sub/C.JSON", "{\"title\": \"C\"}");
        GenerationResult result = run();
        assertThat(Schemas.lines(result)).containsExactly("s/sub/C.JSON: warning: [load.skipped-by-case] /: this file was"
                + " not read: the includes [**/*.json] match names case-sensitively; rename it, or add a pattern for it"
                + " to includes (e.g. **/*.JSON)");
        assertThat(output.resolve("com/example/C.java")).doesNotExist();
    }
}
