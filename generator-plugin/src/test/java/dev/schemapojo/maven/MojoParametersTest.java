package dev.schemapojo.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.Draft;
import dev.schemapojo.core.FailOn;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.TypeNaming;
import dev.schemapojo.core.UnknownProperties;
import dev.schemapojo.core.diagnostics.Severity;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping of mojo parameters onto {@link Options}, without a Maven runtime. */
class MojoParametersTest {

    @TempDir
    Path project;

    /** A mojo configured as Maven configures it when the POM sets only {@code packageName}. */
    private GenerateMojo mojoWithDefaults() {
        GenerateMojo mojo = MojoDefaults.configure(new GenerateMojo(), project, new RecordingLog());
        mojo.project = new MavenProject();
        return mojo;
    }

    @Test
    void defaultsMapToTheCoreDefaults() throws Exception {
        Options options = mojoWithDefaults().toOptions();

        assertThat(options.sourceDirectory()).isEqualTo(project.resolve("src/main/jsonschema"));
        assertThat(options.includes()).containsExactly("**/*.json");
        assertThat(options.excludes()).isEmpty();
        assertThat(options.outputDirectory()).isEqualTo(project.resolve("target/generated-sources/schemapojo"));
        assertThat(options.packageName()).isEqualTo("com.example");
        assertThat(options.sensitiveProperties()).isEmpty();
        assertThat(options.failOn()).isEqualTo(FailOn.ERROR);
        assertThat(options.ruleSeverities()).isEmpty();
        assertThat(options.typeNaming()).isEqualTo(TypeNaming.TITLE);
        assertThat(options.titlePattern()).isNull();
        assertThat(options.defaultDraft()).isEqualTo(Draft.DRAFT_2020_12);
        assertThat(options.displayBase()).isEqualTo(project);
        assertThat(options.unknownProperties()).isEqualTo(UnknownProperties.IGNORE)
                .isEqualTo(Options.builder().sourceDirectory(project).outputDirectory(project).packageName("p").build()
                        .unknownProperties());
        assertThat(options.constraints()).isEqualTo(dev.schemapojo.core.ConstraintChecks.DOCUMENT)
                .isEqualTo(Options.builder().sourceDirectory(project).outputDirectory(project).packageName("p").build()
                        .constraints());
        assertThat(options.formats()).isEqualTo(dev.schemapojo.core.FormatChecks.ANNOTATE)
                .isEqualTo(Options.builder().sourceDirectory(project).outputDirectory(project).packageName("p").build()
                        .formats());
    }

    @Test
    void everyParameterReachesOptions() throws Exception {
        GenerateMojo mojo = mojoWithDefaults();
        mojo.includes = List.of("stytch/**/*.json");
        mojo.excludes = List.of("**/draft-*.json");
        mojo.sensitiveProperties = List.of("secret", "recovery_codes");
        mojo.failOn = "Warning";
        mojo.typeNaming = "namespace";
        mojo.titlePattern = "api_(?<package>.+)_(?<name>[A-Z]\\w*)";
        mojo.defaultDraft = "draft-07";
        mojo.ruleSeverities = Map.of("meta.id-fragment", "off", "lint.required-unknown", "error");
        mojo.unknownProperties = "Keep";
        mojo.constraints = "check";
        mojo.formats = "Assert";

        Options options = mojo.toOptions();

        assertThat(options.formats()).isEqualTo(dev.schemapojo.core.FormatChecks.ASSERT);
        assertThat(options.unknownProperties()).isEqualTo(UnknownProperties.KEEP);
        assertThat(options.constraints()).isEqualTo(dev.schemapojo.core.ConstraintChecks.CHECK);
        assertThat(options.includes()).containsExactly("stytch/**/*.json");
        assertThat(options.excludes()).containsExactly("**/draft-*.json");
        assertThat(options.sensitiveProperties()).containsExactlyInAnyOrder("secret", "recovery_codes");
        assertThat(options.failOn()).isEqualTo(FailOn.WARNING);
        assertThat(options.typeNaming()).isEqualTo(TypeNaming.NAMESPACE);
        assertThat(options.titlePattern().pattern()).isEqualTo("api_(?<package>.+)_(?<name>[A-Z]\\w*)");
        assertThat(options.defaultDraft()).isEqualTo(Draft.DRAFT_07);
        assertThat(options.ruleSeverities())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("meta.id-fragment", Severity.OFF, "lint.required-unknown", Severity.ERROR));
    }

    @Test
    void badValuesNameTheirParameter() {
        GenerateMojo failOn = mojoWithDefaults();
        failOn.failOn = "sometimes";
        assertThatThrownBy(failOn::toOptions)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("schemapojo: bad value for parameter failOn: ")
                .hasMessageContaining("'sometimes'");

        GenerateMojo typeNaming = mojoWithDefaults();
        typeNaming.typeNaming = "camel";
        assertThatThrownBy(typeNaming::toOptions)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("schemapojo: bad value for parameter typeNaming: ")
                .hasMessageContaining("'camel'");

        GenerateMojo draft = mojoWithDefaults();
        draft.defaultDraft = "2021";
        assertThatThrownBy(draft::toOptions)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("schemapojo: bad value for parameter defaultDraft: ")
                .hasMessageContaining("'2021'");

        GenerateMojo pattern = mojoWithDefaults();
        pattern.titlePattern = "(?<name>";
        assertThatThrownBy(pattern::toOptions)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("schemapojo: bad value for parameter titlePattern: '(?<name>' is not a "
                        + "regular expression: ");

        GenerateMojo severity = mojoWithDefaults();
        severity.ruleSeverities = Map.of("meta.type", "fatal");
        assertThatThrownBy(severity::toOptions)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("schemapojo: bad value for parameter ruleSeverities, rule meta.type: ")
                .hasMessageContaining("'fatal'");

        GenerateMojo unknown = mojoWithDefaults();
        unknown.unknownProperties = "drop";
        assertThatThrownBy(unknown::toOptions)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("schemapojo: bad value for parameter unknownProperties: ")
                .hasMessageContaining("'drop'");

        GenerateMojo formats = mojoWithDefaults();
        formats.formats = "assert"; // with constraints=document
        assertThatThrownBy(formats::toOptions)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("schemapojo: bad value for parameter formats: formats=assert needs constraints=check: formats are"
                        + " checked with the rest of the schema, and constraints=document checks nothing");

        GenerateMojo noPackage = mojoWithDefaults();
        noPackage.packageName = null;
        assertThatThrownBy(noPackage::toOptions)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("schemapojo: bad value for parameter packageName: not set");
    }

    @Test
    void skipDoesNothingButSaySo() throws Exception {
        GenerateMojo mojo = mojoWithDefaults();
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.skip = true;
        mojo.failOn = "not even parsed";

        mojo.execute();

        assertThat(log.lines).containsExactly("[INFO] schemapojo: skipped");
        assertThat(mojo.project.getCompileSourceRoots()).isEmpty();
    }
}
