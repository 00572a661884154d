package dev.schemapojo.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** Configures a mojo as Maven does when the POM sets only {@code packageName}: the documented defaults. */
final class MojoDefaults {
    private MojoDefaults() {}

    static <M extends AbstractSchemaPojoMojo> M configure(M mojo, Path project, Log log) {
        mojo.basedir = project.toFile();
        mojo.sourceDirectory = new File(mojo.basedir, "src/main/jsonschema");
        mojo.includes = List.of("**/*.json");
        mojo.outputDirectory = new File(mojo.basedir, "target/generated-sources/schemapojo");
        mojo.packageName = "com.example";
        mojo.failOn = "error";
        mojo.typeNaming = "title";
        mojo.defaultDraft = "2020-12";
        mojo.unknownEnumValues = "fail";
        mojo.unknownProperties = "ignore";
        mojo.constraints = "document";
        mojo.formats = "annotate";
        mojo.diagnosticsPerRule = 3;
        mojo.style = "class";
        if (mojo instanceof GenerateMojo) {
            ((GenerateMojo) mojo).buildDirectory = new File(mojo.basedir, "target");
        }
        mojo.setLog(log);
        return mojo;
    }
}
