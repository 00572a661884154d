package dev.schemapojo.maven;

import dev.schemapojo.core.GenerationResult;
import dev.schemapojo.core.Generator;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * The drift check, for projects that commit the generated sources: generates in memory, writes nothing, and
 * fails, listing the files, when the generated sources in {@code outputDirectory} differ from what the current
 * schemas and options give (missing, changed, or generated files the schemas no longer give). Hand-written
 * files there are not looked at.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractSchemaPojoMojo {

    @Override
    GenerationResult run(Generator generator) {
        return generator.check();
    }
}
