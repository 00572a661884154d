package dev.schemapojo.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.GenerationResult;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.testing.Schemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run does to the output directory. */
class OutputTest {
    @TempDir
    Path dir;

    GenerationResult run() {
        return Schemas.generator(dir).generate();
    }

    @Test
    void failedRunLeavesThePreviousOutputUntouched() throws Exception {
        Schemas.write(dir.resolve("s"), "a.json", "{\"title\": \"A\", \"properties\": {\"x\": {\"type\": \"string\"}}}");
        assertThat(run().written()).isTrue();
        Path a = dir.resolve("out/com/example/A.java");
        String before = Files.readString(a);
        Schemas.write(dir.resolve("s"), "a.json", "{\"title\": \"A\", \"properties\": {\"x\": {\"type\": \"strin\"}}, \"y\": 1}");
        Schemas.write(dir.resolve("s"), "b.json", "{\"title\": \"B\", \"properties\": {\"x\": {}}}");
        GenerationResult failed = run();
        assertThat(failed.failed()).isTrue();
        assertThat(Files.readString(a)).isEqualTo(before);
        assertThat(dir.resolve("out/com/example/B.java")).doesNotExist();
    }

    @Test
    void staleFilesGoButForeignFilesStayAndUnchangedFilesAreNotRewritten() throws Exception {
        Schemas.write(dir.resolve("s"), "a.json", "{\"title\": \"A\", \"properties\": {\"x\": {}}}");
        Schemas.write(dir.resolve("s"), "b.json", "{\"title\": \"B\", \"properties\": {\"x\": {}}}");
        run();
        Path mine = Schemas.write(dir.resolve("out"), "com/example/Handwritten.java", "class Handwritten {}");
        Path a = dir.resolve("out/com/example/A.java");
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(a, old);
        Files.delete(dir.resolve("s/b.json"));
        run();
        assertThat(dir.resolve("out/com/example/B.java")).doesNotExist();
        assertThat(mine).exists();
        assertThat(Files.getLastModifiedTime(a)).isEqualTo(old);
    }

    @Test
    void outputIsByteIdenticalWhateverTheOrderFilesWereCreatedIn() throws Exception {
        List<String> names = List.of("z.json", "a.json", "m/n.json", "b.json");
        Path first = dir.resolve("one");
        Path second = dir.resolve("two");
        for (String n : names) {
            Schemas.write(first, n, schema(n));
        }
        for (String n : reversed(names)) {
            Schemas.write(second, n, schema(n));
        }
        Map<String, String> one = new Generator(Schemas.options(first, dir.resolve("o1")).build()).sources();
        Map<String, String> two = new Generator(Schemas.options(second, dir.resolve("o2")).build()).sources();
        assertThat(one).hasSize(4).isEqualTo(two);
        new Generator(Schemas.options(first, dir.resolve("o1")).build()).generate();
        new Generator(Schemas.options(second, dir.resolve("o2")).build()).generate();
        assertThat(tree(dir.resolve("o1"))).isEqualTo(tree(dir.resolve("o2")));
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static String schema(String name) {
        String title = name.replace(".json", "").replace("/", "_");
        return "{\"title\": \"" + title + "\", \"properties\": {\"x\": {\"type\": \"string\"},"
                + " \"e\": {\"enum\": [\"b\", \"a\"]}, \"o\": {\"properties\": {\"y\": {}}}}}";
    }

    private static Map<String, String> tree(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), Files.readString(f));
            }
        }
        return out;
    }
}
