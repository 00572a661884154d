package dev.schemapojo.core.testing;

import dev.schemapojo.core.FailOn;
import dev.schemapojo.core.GenerationResult;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.diagnostics.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test fixtures: schema directories and options. */
public final class Schemas {
    private Schemas() {}

    /** The seed schema as shipped in the repository's {@code schemas/} directory. */
    public static Path seedDirectory() {
        Path here = Path.of("").toAbsolutePath();
        Path dir = here.resolveSibling("schemas");
        if (!Files.isDirectory(dir)) {
            dir = here.resolve("schemas");
        }
        return dir;
    }

    public static Path write(Path dir, String relative, String content) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A generator with the default options over the schemas a test wrote to {@code dir/s}, writing to
     * {@code dir/out}.
     */
    public static Generator generator(Path dir) {
        return new Generator(options(dir.resolve("s"), dir.resolve("out")).build());
    }

    /** Options over {@code source} with package {@code com.example}, diagnostics relative to {@code source}'s parent. */
    public static Options.Builder options(Path source, Path output) {
        return Options.builder()
                .sourceDirectory(source)
                .outputDirectory(output)
                .packageName("com.example")
                .displayBase(source.getParent());
    }

    /** Validates the schemas under {@code dir/schemas} (output {@code dir/out}) with the given failOn. */
    public static GenerationResult validate(Path dir, FailOn failOn) {
        return new Generator(options(dir.resolve("schemas"), dir.resolve("out")).failOn(failOn).build())
                .validate();
    }

    /** The run's diagnostics as javac-style lines. */
    public static List<String> lines(GenerationResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }
}
