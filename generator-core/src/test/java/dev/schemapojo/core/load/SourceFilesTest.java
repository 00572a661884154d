package dev.schemapojo.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.testing.Schemas;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The selection of files: the usual globs, matched without a regular expression, select what the glob says. */
class SourceFilesTest {
    @TempDir
    Path dir;

    private static final List<String> FILES = List.of("a.json", ".json", "a.JSON", "a.json.bak", "ajson", "b.jsonx",
            "sub/c.json", "sub/deeper/d.json", "sub/.e.json", "x.schema.json", "sub/y.schema.json", "a-b_c.yaml",
            "sub/z.yaml", "json");

    @Test
    void theUsualGlobsSelectWhatJavasGlobsDo() throws IOException {
        for (String file : FILES) {
            Schemas.write(dir, file, "{}");
        }
        for (String glob : List.of("**/*.json", "*.json", "**/*.yaml", "*.yaml", "**/*.schema.json", "sub/*.json")) {
            TreeSet<String> selected = new TreeSet<>(new SourceFiles(List.of(glob), List.of())
                    .find(dir, (path, e) -> { }).keySet());
            assertThat(selected).as(glob).isEqualTo(expected(glob));
        }
    }

    /** What java.nio's glob selects, "**}/" also matching the top level as the loader documents. */
    private static TreeSet<String> expected(String glob) {
        List<PathMatcher> matchers = new ArrayList<>();
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        if (glob.startsWith("**/")) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
        }
        TreeSet<String> out = new TreeSet<>();
        for (String file : FILES) {
            Path path = Path.of(file);
            if (matchers.stream().anyMatch(m -> m.matches(path))) {
                out.add(file);
            }
        }
        return out;
    }
}
