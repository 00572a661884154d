package dev.schemapojo.core.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.TypeNaming;
import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the end-to-end tests share. Each test writes small schemas into a temporary directory,
 * generates them (package {@code com.example}), compiles the sources in memory, and reads and writes
 * JSON with the generated classes under Jackson 3 ({@link #JSON}) and Jackson 2 ({@link #JACKSON2}).
 * The classes extending this one are named after the keyword family they cover.
 */
abstract class EndToEnd {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 = new com.fasterxml.jackson.databind.ObjectMapper();

    @TempDir
    Path dir;

    /** Compiles what {@code generator} generates and loads {@code com.example.<simpleName>}. */
    Class<?> load(Generator generator, String simpleName) {
        return InMemoryCompiler.compile(generator.sources(), dir.resolve("javac")).load("com.example." + simpleName);
    }

    /**
     * Writes {@code schema} to {@code s/<title>.json}, checks that the schemas under {@code s/} give no
     * diagnostic, and compiles and loads {@code com.example.<title>}.
     */
    Class<?> generate(String title, String schema) {
        Schemas.write(dir.resolve("s"), title + ".json", schema);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).isEmpty();
        return load(generator, title);
    }

    /** Compiles what {@code generator} generates. */
    InMemoryCompiler.Result compile(Generator generator) {
        return InMemoryCompiler.compile(generator.sources(), dir.resolve("javac"));
    }

    /** Generates the schemas under {@code schemas/} with the naming rule {@code naming}, and compiles them. */
    InMemoryCompiler.Result compileSchemas(TypeNaming naming) {
        Map<String, String> sources = new Generator(Schemas.options(dir.resolve("schemas"), dir.resolve("out"))
                .typeNaming(naming).build()).sources();
        assertThat(sources).isNotEmpty();
        return InMemoryCompiler.compile(sources, dir.resolve("javac"));
    }
}
