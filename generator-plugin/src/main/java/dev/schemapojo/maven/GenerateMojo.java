package dev.schemapojo.maven;

import dev.schemapojo.core.GenerationResult;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Options;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java types from the JSON Schema files of the project and adds the output directory to
 * the compile source roots. All diagnostics are logged; the build fails as {@code failOn} says, and
 * a failed run leaves the previous output untouched.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractSchemaPojoMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    GenerationResult run(Generator generator) {
        return generator.generate();
    }

    @Override
    void afterSuccess(Options options) {
        project.addCompileSourceRoot(options.outputDirectory().toString());
    }
}
