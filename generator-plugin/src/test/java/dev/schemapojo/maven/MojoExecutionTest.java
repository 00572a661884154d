package dev.schemapojo.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals run against the real core on small schemas, still without a Maven runtime. */
class MojoExecutionTest {

    private static final String PERSON = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "title": "Person",
              "type": "object",
              "properties": {
                "name": { "type": "string" }
              }
            }
            """;

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void schemas() throws Exception {
        Files.createDirectories(project.resolve("src/main/jsonschema"));
        Files.writeString(project.resolve("src/main/jsonschema/person.json"), PERSON);
    }

    private <M extends AbstractSchemaPojoMojo> M configure(M mojo) {
        return MojoDefaults.configure(mojo, project, log);
    }

    @Test
    void generateWritesSourcesAndAddsTheCompileSourceRoot() throws Exception {
        GenerateMojo mojo = configure(new GenerateMojo());
        mojo.project = new MavenProject();

        mojo.execute();

        Path output = project.resolve("target/generated-sources/schemapojo");
        assertThat(output.resolve("com/example/Person.java")).isRegularFile();
        assertThat(mojo.project.getCompileSourceRoots()).containsExactly(output.toString());
        assertThat(log.lines).singleElement().asString()
                .matches("\\[INFO] schemapojo: 1 schema -> 1 type in \\d+ ms \\(0 errors, 0 warnings\\)");
    }

    @Test
    void aSecondRunWithNothingChangedIsUpToDateAndStillAddsTheSourceRoot() throws Exception {
        GenerateMojo first = configure(new GenerateMojo());
        first.project = new MavenProject();
        first.execute();
        GenerateMojo second = configure(new GenerateMojo());
        second.project = new MavenProject();
        second.execute();
        Path output = project.resolve("target/generated-sources/schemapojo");
        assertThat(log.lines).last().isEqualTo("[INFO] schemapojo: up to date (1 schema)");
        assertThat(second.project.getCompileSourceRoots()).containsExactly(output.toString());
        assertThat(project.resolve("target/schemapojo/default/inputs")).isRegularFile();
        assertThat(output.resolve(".schemapojo-files")).doesNotExist();

        GenerateMojo forced = configure(new GenerateMojo());
        forced.project = new MavenProject();
        forced.force = true;
        forced.execute();
        assertThat(log.lines).last().asString().startsWith("[INFO] schemapojo: 1 schema -> 1 type in ");
    }

    @Test
    void validateWritesNothing() throws Exception {
        ValidateMojo mojo = configure(new ValidateMojo());

        mojo.execute();

        assertThat(project.resolve("target")).doesNotExist();
        assertThat(log.lines).singleElement().asString().startsWith("[INFO] schemapojo: 1 schema -> ");
    }

    @Test
    void errorsAreLoggedThenFailTheBuild() throws Exception {
        Files.writeString(project.resolve("src/main/jsonschema/person.json"), PERSON.replace("string", "strin"));
        GenerateMojo mojo = configure(new GenerateMojo());
        mojo.project = new MavenProject();

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("schemapojo: 1 error in the schemas; see the diagnostics above");
        assertThat(log.lines.get(0))
                .matches("\\[ERROR] src/main/jsonschema/person\\.json:6:\\d+: error: \\[meta\\.type] "
                        + "/properties/name/type: .+");
        assertThat(log.lines.get(1)).startsWith("[INFO] schemapojo: 1 schema -> ");
        assertThat(mojo.project.getCompileSourceRoots()).isEmpty();
    }

    @Test
    void warningsFailTheBuildWithFailOnWarning() throws Exception {
        Files.writeString(
                project.resolve("src/main/jsonschema/person.json"),
                PERSON.replace("\"title\"", "\"$id\": \"#/components/schemas/Person\",\n  \"title\""));
        GenerateMojo mojo = configure(new GenerateMojo());
        mojo.project = new MavenProject();
        mojo.failOn = "warning";

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("schemapojo: 1 warning in the schemas and failOn is warning; see the diagnostics above");
        assertThat(log.lines.get(0)).startsWith("[WARNING] src/main/jsonschema/person.json:3:");
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void unusableOptionsBecomeAnExecutionErrorWithTheCoreMessage() {
        GenerateMojo mojo = configure(new GenerateMojo());
        mojo.sourceDirectory = new File(mojo.basedir, "src/main/schemas");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("schemapojo: sourceDirectory ")
                .hasMessageContaining("does not exist");
        assertThat(log.lines).isEmpty();
    }
}
