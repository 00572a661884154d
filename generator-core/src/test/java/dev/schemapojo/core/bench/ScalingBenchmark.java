package dev.schemapojo.core.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.TypeNaming;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints how generation time and memory grow with the number of schemas: the corpus copied 1, 2, 4
 * and 8 times into sub-directories (sub-packages, so no name clashes). Figures only, no assertion.
 * Run with {@code mvn -pl generator-core test -Dgroups=benchmark -Dschemapojo.excludedGroups= -Dtest=ScalingBenchmark}.
 */
@Tag("benchmark")
class ScalingBenchmark {
    @TempDir
    Path work;

    @Test
    void generationTimeGrowsLinearlyWithTheNumberOfSchemas() throws IOException {
        String property = System.getProperty("schemapojo.corpus", "");
        assumeTrue(!property.isBlank() && Files.isDirectory(Path.of(property)), "schemapojo.corpus is not a directory");
        Path corpus = Path.of(property);
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (int copies : List.of(1, 2, 4, 8)) {
            Path source = work.resolve("x" + copies);
            for (int c = 0; c < copies; c++) {
                Path dir = Files.createDirectories(source.resolve("copy" + c));
                for (Path f : files) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
            Options options = Options.builder().sourceDirectory(source).outputDirectory(work.resolve("out" + copies))
                    .packageName("com.example").typeNaming(TypeNaming.NAMESPACE).build();
            new Generator(options).sources(); // warm-up
            long best = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                System.gc();
                long start = System.nanoTime();
                new Generator(options).sources();
                best = Math.min(best, System.nanoTime() - start);
            }
            Runtime rt = Runtime.getRuntime();
            long usedMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
            int schemas = copies * files.size();
            System.out.printf("scaling: %5d schemas: best of 3 %6d ms, %.2f ms per schema, heap in use after %d MB%n",
                    schemas, best / 1_000_000, best / 1e6 / schemas, usedMb);
        }
    }
}
