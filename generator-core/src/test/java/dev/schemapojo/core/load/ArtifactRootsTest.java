package dev.schemapojo.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.GenerationResult;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.testing.Schemas;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schemas from artifacts (the plugin's schemaDependencies, unpacked): read like source files, named by artifact. */
class ArtifactRootsTest {
    @TempDir
    Path dir;

    Options.Builder options() {
        return Schemas.options(dir.resolve("src"), dir.resolve("out")).stateDirectory(dir.resolve("state"))
                .artifactRoot("com.example:schemas:1.0", dir.resolve("unpacked"));
    }

    @Test
    void anArtifactsSchemasAreReadAsSourceFilesWithSubPackagesAndNamedByArtifactInDiagnostics() throws Exception {
        Schemas.write(dir.resolve("unpacked"), "api/order.json", "{\"title\": \"Order\", \"type\": \"object\","
                + " \"properties\": {\"customer\": {\"$ref\": \"customer.json\"}}}");
        Schemas.write(dir.resolve("unpacked"), "api/customer.json", "{\"title\": \"Customer\", \"type\": \"object\"}");
        // no source directory of its own: the artifact is enough
        GenerationResult result = new Generator(options().build()).generate();
        assertThat(result.failed()).isFalse();
        assertThat(result.sourceFiles()).extracting(Path::toString)
                .containsExactly("com/example/api/Customer.java", "com/example/api/Order.java");
        assertThat(Files.readString(dir.resolve("out/com/example/api/Order.java"))).contains("getCustomer()");
        // the up-to-date check sees the artifact's files
        assertThat(new Generator(options().build()).generate().upToDate()).isTrue();
        Schemas.write(dir.resolve("unpacked"), "api/customer.json", "{\"title\": \"Customer\", \"type\": \"objekt\"}");
        GenerationResult broken = new Generator(options().build()).generate();
        assertThat(broken.upToDate()).isFalse();
        assertThat(Schemas.lines(broken)).singleElement().asString()
                .startsWith("com.example:schemas:1.0!/api/customer.json:1:31: error: [meta.type] /type: \"objekt\" is not a JSON Schema type");
    }

    @Test
    void localSchemasAndAnArtifactsGoTogether() {
        Schemas.write(dir.resolve("unpacked"), "shared.json", "{\"title\": \"Shared\", \"type\": \"object\"}");
        Schemas.write(dir.resolve("src"), "mine.json", "{\"title\": \"Mine\", \"type\": \"object\"}");
        GenerationResult result = new Generator(options().build()).generate();
        assertThat(result.sourceFiles()).extracting(Path::toString)
                .containsExactly("com/example/Mine.java", "com/example/Shared.java");
    }
}
