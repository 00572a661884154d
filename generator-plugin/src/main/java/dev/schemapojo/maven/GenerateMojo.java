package dev.schemapojo.maven;

import dev.schemapojo.core.GenerationResult;
import dev.schemapojo.core.Generator;
import java.io.File;
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

    /**
     * One state per execution, so that two executions (with their own output directories) do not take each
     * other's state for their own; never inside the output directory, which may end up in a sources jar.
     */
    @Override
    File stateDirectory() {
        if (buildDirectory == null) {
            return null; // outside Maven (unit tests that set no build directory): no state, every run generates
        }
        return executionDirectory();
    }

    @Override
    void afterSuccess(GenerationResult result) {
        project.addCompileSourceRoot(outputDirectory.toPath().toAbsolutePath().normalize().toString());
        if (result != null && result.written() && buildContext != null) {
            buildContext.refresh(outputDirectory);
        }
    }
}
