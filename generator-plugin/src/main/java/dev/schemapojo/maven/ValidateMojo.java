package dev.schemapojo.maven;

import dev.schemapojo.core.GenerationResult;
import dev.schemapojo.core.Generator;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the JSON Schema files of the project and logs the diagnostics, without writing anything.
 * The build fails as {@code failOn} says.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractSchemaPojoMojo {

    @Override
    GenerationResult run(Generator generator) {
        return generator.validate();
    }
}
