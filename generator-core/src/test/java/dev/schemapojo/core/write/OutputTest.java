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
    void aFileSchemapojoDidNotWriteIsNeitherOverwrittenNorDeleted() throws Exception {
        Schemas.write(dir.resolve("s"), "a.json", "{\"title\": \"A\", \"type\": \"object\"}");
        Schemas.write(dir.resolve("s"), "person.json", "{\"title\": \"Person\", \"type\": \"object\"}");
        Path person = Schemas.write(dir.resolve("out"), "com/example/Person.java", "package com.example; class Person {}");
        GenerationResult refused = run();
        assertThat(refused.failed()).isTrue();
        assertThat(Schemas.lines(refused)).containsExactly("out/com/example/Person.java: error: [output.not-ours] /: this"
                + " file was not written by schemapojo, which would write com/example/Person.java here; it was left as it is"
                + " and nothing was written. Set outputDirectory to a directory that only schemapojo writes to (the default"
                + " is target/generated-sources/schemapojo), or move this file to your sources.");
        assertThat(Files.readString(person)).isEqualTo("package com.example; class Person {}");
        assertThat(dir.resolve("out/com/example/A.java")).doesNotExist();
        // renamed, the schema's type is written; the user's file stays, also when the schema goes again
        Schemas.write(dir.resolve("s"), "person.json", "{\"title\": \"PersonModel\", \"type\": \"object\"}");
        assertThat(run().failed()).isFalse();
        Files.delete(dir.resolve("s/person.json"));
        assertThat(run().failed()).isFalse();
        assertThat(Files.readString(person)).isEqualTo("package com.example; class Person {}");
        assertThat(dir.resolve("out/com/example/PersonModel.java")).doesNotExist();
        assertThat(dir.resolve("out/com/example/A.java")).exists();
    }

    @Test
    void aManifestOfAnotherOutputDirectoryClaimsNothingInTheNewOne() throws Exception {
        Schemas.write(dir.resolve("s"), "person.json", "{\"title\": \"Person\", \"type\": \"object\"}");
        Schemas.write(dir.resolve("s"), "gone.json", "{\"title\": \"Gone\", \"type\": \"object\"}");
        Path state = dir.resolve("state");
        assertThat(new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out")).stateDirectory(state).build())
                .generate().written()).isTrue();
        // the outputDirectory moves to hand-written sources that hold a Person.java and a Gone.java
        Path person = Schemas.write(dir.resolve("src"), "com/example/Person.java", "package com.example; class Person {}");
        Path gone = Schemas.write(dir.resolve("src"), "com/example/Gone.java", "package com.example; class Gone {}");
        Files.delete(dir.resolve("s/gone.json"));
        GenerationResult moved = new Generator(Schemas.options(dir.resolve("s"), dir.resolve("src")).stateDirectory(state)
                .build()).generate();
        assertThat(Schemas.lines(moved)).singleElement().asString().startsWith("src/com/example/Person.java: error: [output.not-ours]");
        assertThat(Files.readString(person)).isEqualTo("package com.example; class Person {}");
        assertThat(Files.readString(gone)).isEqualTo("package com.example; class Gone {}");
    }

    @Test
    void aGeneratedFileNoManifestListsIsTakenOverWhenTheManifestWasLost() throws Exception {
        Schemas.write(dir.resolve("s"), "a.json", "{\"title\": \"A\", \"type\": \"object\"}");
        assertThat(run().written()).isTrue();
        Path a = dir.resolve("out/com/example/A.java");
        Files.writeString(a, Files.readString(a).replace("class A", "class A /* older */"));
        Files.delete(dir.resolve("out/" + OutputWriter.MANIFEST));
        assertThat(run().failed()).isFalse();
        assertThat(Files.readString(a)).doesNotContain("older");
    }

    @Test
    void executionsSharingAnOutputDirectoryKeepEachOthersFilesAndDoNotOverwriteThem() throws Exception {
        Schemas.write(dir.resolve("one"), "a.json", "{\"title\": \"A\", \"type\": \"object\"}");
        Schemas.write(dir.resolve("two"), "b.json", "{\"title\": \"B\", \"type\": \"object\"}");
        Generator one = new Generator(Schemas.options(dir.resolve("one"), dir.resolve("out"))
                .stateDirectory(dir.resolve("state/first")).build());
        Generator two = new Generator(Schemas.options(dir.resolve("two"), dir.resolve("out"))
                .stateDirectory(dir.resolve("state/second")).build());
        assertThat(one.generate().failed()).isFalse();
        assertThat(two.generate().failed()).isFalse();
        Path a = dir.resolve("out/com/example/A.java");
        Path b = dir.resolve("out/com/example/B.java");
        assertThat(a).exists();
        assertThat(b).exists();
        // the second now generates A too, with other content: refused, naming the first
        Schemas.write(dir.resolve("two"), "a.json", "{\"title\": \"A\", \"type\": \"object\", \"properties\": {\"x\": {}}}");
        String before = Files.readString(a);
        assertThat(Schemas.lines(two.generate())).containsExactly("out/com/example/A.java: error: [output.shared] /: execution"
                + " 'first' of this project generates this file into the same output directory, with other content; nothing"
                + " was written. Give the two executions different outputDirectory or packageName values, so that neither"
                + " overwrites the other's types.");
        assertThat(Files.readString(a)).isEqualTo(before);
        // the same content is no conflict; and a file both list stays when one of them stops generating it
        Files.copy(dir.resolve("one/a.json"), dir.resolve("two/a.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(two.generate().failed()).isFalse();
        Files.delete(dir.resolve("two/a.json"));
        Files.delete(dir.resolve("two/b.json"));
        Schemas.write(dir.resolve("two"), "c.json", "{\"title\": \"C\", \"type\": \"object\"}");
        assertThat(two.generate().failed()).isFalse();
        assertThat(a).exists();
        assertThat(b).doesNotExist();
        assertThat(one.generate().failed()).isFalse();
        assertThat(a).exists();
        assertThat(dir.resolve("out/com/example/C.java")).exists();
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
