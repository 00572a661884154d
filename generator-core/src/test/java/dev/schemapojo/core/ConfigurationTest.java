package dev.schemapojo.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.testing.Schemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Configuration that is empty or malformed (issue 14): an empty entry means nothing; a value that cannot be
 * used is one clear error naming its parameter, from the up-to-date check's path as from a full run.
 */
class ConfigurationTest {
    @TempDir
    Path dir;

    Path source;

    @BeforeEach
    void schema() {
        source = dir.resolve("s");
        Schemas.write(source, "a.json", "{\"title\": \"A\", \"properties\": {\"x\": {\"type\": \"string\"}}}");
    }

    GenerationResult run(UnaryOperator<Options.Builder> change) {
        return new Generator(change.apply(Schemas.options(source, dir.resolve("out"))
                .stateDirectory(dir.resolve("state"))).build()).generate();
    }

    @Test
    void emptyEntriesMeanNothing() {
        List<String> empty = Arrays.asList(null, "", "  ");
        GenerationResult result = run(o -> o.includes(empty).excludes(empty).sensitiveProperties(empty));
        assertThat(result.failed()).isFalse();
        assertThat(Files.isRegularFile(dir.resolve("out/com/example/A.java"))).isTrue();
        Options options = Schemas.options(source, dir).includes(empty).excludes(empty).sensitiveProperties(empty).build();
        assertThat(options.includes()).isEqualTo(Options.DEFAULT_INCLUDES);
        assertThat(options.excludes()).isEmpty();
        assertThat(options.sensitiveProperties()).isEmpty();
    }

    @Test
    void aGlobThatDoesNotCompileNamesItsParameter() {
        run(o -> o); // a state, so that the up-to-date check would walk with the glob first
        assertThatThrownBy(() -> run(o -> o.includes(List.of("**/*.{json,schema"))))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessageStartingWith("includes: '**/*.{json,schema' is not a glob pattern (")
                .hasMessageEndingWith("); e.g. **/*.json, or **/*.{json,schema.json} with the closing brace");
        assertThatThrownBy(() -> run(o -> o.excludes(List.of("[a-"))))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessageStartingWith("excludes: '[a-' is not a glob pattern (");
    }

    @Test
    void aTitlePatternWithoutANameGroupIsRefused() {
        assertThatThrownBy(() -> run(o -> o.titlePattern(Pattern.compile("^(\\w+)Request$"))))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessage("titlePattern '^(\\w+)Request$' has no group named name, which gives the type's name: write it"
                        + " as (?<name>...), e.g. ^(?<name>\\w+)Request$");
    }

    @Test
    void aTitlePatternWhoseNameGroupTakesNoPartInAMatchIsRefused() {
        // "A" matches through the second branch, where the name group takes no part
        assertThatThrownBy(() -> run(o -> o.titlePattern(Pattern.compile("(?<name>\\w+)Request|A"))))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessage("titlePattern '(?<name>\\w+)Request|A' matches the title \"A\" but its name group takes no part in"
                        + " the match, so it gives no type name: make the group match the name in every title the pattern"
                        + " matches, e.g. ^(?<name>\\w+)Request$");
        assertThatThrownBy(() -> run(o -> o.titlePattern(Pattern.compile("A(?<name>\\w*)"))))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessageContaining("matches the title \"A\" but its name group matches no characters");
    }

    @Test
    void anOutputDirectoryAmongTheSchemasIsRefusedLinksResolved() throws Exception {
        assertThatThrownBy(() -> new Generator(Schemas.options(source, source.resolve("gen")).build()).generate())
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessage("outputDirectory " + source.resolve("gen") + " is inside the sourceDirectory " + source
                        + ", where the schemas are read from; generated sources must go elsewhere, e.g."
                        + " target/generated-sources/schemapojo");
        Path link = Files.createSymbolicLink(dir.resolve("generated"), source);
        assertThatThrownBy(() -> new Generator(Schemas.options(source, link).build()).generate())
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessage("outputDirectory " + link + " (" + source.toRealPath() + " with links resolved) is the"
                        + " sourceDirectory " + source + ", where the schemas are read from; generated sources must go"
                        + " elsewhere, e.g. target/generated-sources/schemapojo");
        assertThat(Files.list(source).map(p -> p.getFileName().toString())).containsExactly("a.json");
    }

    @Test
    void aPackageOfTheJdkIsRefused() {
        for (String name : List.of("java", "java.model", "javax.model")) {
            assertThatThrownBy(() -> run(o -> o.packageName(name)))
                    .isInstanceOf(InvalidOptionsException.class)
                    .hasMessage("packageName '" + name + "' is in java or javax, whose packages belong to the JDK and"
                            + " which javac refuses for other code; use a package of your own, e.g. com.example.model");
        }
        assertThat(run(o -> o.packageName("javafoo.model")).failed()).isFalse();
        assertThatThrownBy(() -> run(o -> o.packageName("com.aux.model")))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessage("packageName 'com.aux.model' has the segment aux, a device name that Windows reserves: no"
                        + " directory of that name can be made there; use another name, e.g. aux_");
    }
}
