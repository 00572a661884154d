package dev.schemapojo.core.testing;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Options;
import java.nio.file.Path;

/** Generates {@code args[0]} into {@code args[1]}; lets a test run the generator in a JVM with other defaults. */
public final class GenerateMain {
    private GenerateMain() {}

    public static void main(String[] args) {
        Options options = Options.builder().sourceDirectory(Path.of(args[0])).outputDirectory(Path.of(args[1]))
                .packageName("com.example").build();
        var result = new Generator(options).generate();
        result.diagnostics().forEach(d -> System.out.println(d.format()));
        System.exit(result.failed() ? 1 : 0);
    }
}
