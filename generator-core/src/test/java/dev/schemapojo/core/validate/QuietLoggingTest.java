package dev.schemapojo.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.testing.GenerateMain;
import dev.schemapojo.core.testing.Schemas;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library used from a plain program: the test class path without its slf4j provider (slf4j-nop, there
 * only for the tests), as a program that has no logging sees it. The run prints nothing but its diagnostics.
 */
class QuietLoggingTest {
    @TempDir
    Path dir;

    @Test
    void aProgramWithoutALoggingProviderSeesNoSlf4jWarnings() throws Exception {
        Schemas.write(dir.resolve("s"), "a.json", "{\"title\": \"A\", \"properties\": {\"x\": {\"type\": \"string\"}}}");
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("slf4j-nop"))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(classPath).contains("slf4j-api");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, GenerateMain.class.getName(), dir.resolve("s").toString(), dir.resolve("out").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertThat(child.waitFor()).isZero();
        assertThat(Files.readString(dir.resolve("child.log"))).isEmpty();
        assertThat(dir.resolve("out/com/example/A.java")).isRegularFile();
    }
}
