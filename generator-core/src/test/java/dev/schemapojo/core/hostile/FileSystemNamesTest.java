package dev.schemapojo.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Names that file systems fold or reserve: every generated file and directory name is distinct from its
 * siblings case-insensitively (class files of nested types included), none is a Windows device name, and
 * no class is named like a package beside it.
 */
class FileSystemNamesTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void foldedReservedAndPackageNamesBecomeDistinctLegalNames() {
        Path src = dir.resolve("s");
        Schemas.write(src, "key.json", """
                {"title": "Keys", "type": "object", "properties": {
                  "ApiKey": {"type": "object", "properties": {"x": {"type": "string"}}},
                  "APIKey": {"type": "object", "properties": {"y": {"type": "string"}}}}}
                """);
        for (String device : new String[] {"CON", "nul", "Aux", "PRN", "COM1", "lpt9"}) {
            Schemas.write(src, device.toLowerCase(Locale.ROOT) + ".json", "{\"title\": \"" + device + "\", \"type\": \"object\"}");
        }
        Schemas.write(src, "con/thing.json", "{\"title\": \"Thing\", \"type\": \"object\"}");
        Schemas.write(src, "v.json", "{\"title\": \"1v\", \"type\": \"object\"}");
        Schemas.write(src, "1v/inner.json", "{\"title\": \"Inner\", \"type\": \"object\"}");
        Generator generator = Schemas.generator(dir);
        var result = generator.validate();
        assertThat(Schemas.lines(result)).containsExactly(
                "s/con.json:1:11: warning: [naming.package-clash] /title: the type com.example.CON_ would have the name of"
                        + " the package of the sub-directory beside this file, which Java does not allow; it is named"
                        + " CON_Type instead (give the schema another title, or rename the directory, to choose a name)",
                "s/v.json:1:11: warning: [naming.package-clash] /title: the type com.example._1v would have the name of the"
                        + " package of the sub-directory beside this file, which Java does not allow; it is named _1vType"
                        + " instead (give the schema another title, or rename the directory, to choose a name)");
        Map<String, String> sources = generator.sources();
        assertThat(sources.keySet()).containsExactlyInAnyOrder("com/example/Keys.java", "com/example/CON_Type.java",
                "com/example/Nul_.java", "com/example/Aux_.java", "com/example/PRN_.java", "com/example/COM1_.java",
                "com/example/Lpt9_.java", "com/example/con_/Thing.java", "com/example/_1vType.java",
                "com/example/_1v/Inner.java");
        var classes = InMemoryCompiler.compile(sources, dir.resolve("javac"));
        Set<String> folded = new TreeSet<>();
        for (String nested : new String[] {"com.example.Keys$ApiKey", "com.example.Keys$APIKey2"}) {
            assertThat(folded.add(classes.load(nested).getName().toLowerCase(Locale.ROOT))).isTrue();
        }
        Class<?> keys = classes.load("com.example.Keys");
        String json = "{\"ApiKey\":{\"x\":\"1\"},\"APIKey\":{\"y\":\"2\"}}";
        assertThat(JSON.writeValueAsString(JSON.readValue(json, keys))).isEqualTo(json);
    }
}
