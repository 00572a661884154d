package dev.schemapojo.bench;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.TypeNaming;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What a clean build cannot go below: how long a fresh JVM (as Maven's is, for a plugin) takes to make a
 * Jackson 3 {@code ObjectMapper} and to parse every schema file of the set, before any validation, modelling
 * or emission; then the whole {@code sources()} of the set in the same, still cold, JVM. Each run is a new
 * child JVM; medians of N are printed as table rows for docs/benchmarks.md (issue 13, figure 2).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.schemapojo.bench.ColdFloor [--runs 5] [--corpus DIR]</pre>
 */
public final class ColdFloor {
    private ColdFloor() {}

    public static void main(String[] args) throws Exception {
        List<String> list = Arrays.asList(args);
        Path corpus = Path.of(option(list, "--corpus", "../shared/corpus/stytch-json-schema")).toAbsolutePath().normalize();
        if (list.contains("--child")) {
            child(corpus);
            return;
        }
        int runs = Integer.parseInt(option(list, "--runs", "5"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<long[]> figures = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ColdFloor.class.getName(),
                    "--child", "--corpus", corpus.toString()).redirectErrorStream(true).start();
            String line;
            long[] figure = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("cold-floor: ")) {
                        figure = Arrays.stream(line.substring("cold-floor: ".length()).split(" ")).mapToLong(Long::parseLong).toArray();
                    }
                }
            }
            if (child.waitFor() != 0 || figure == null) {
                throw new IllegalStateException("the child JVM failed (exit " + child.exitValue() + ")");
            }
            System.out.println("cold-floor: run " + (run + 1) + ": JVM start to main " + figure[0] + " ms, ObjectMapper " + figure[1]
                    + " ms, parse " + figure[4] + " files " + figure[2] + " ms, then sources() " + figure[3] + " ms");
            figures.add(figure);
        }
        System.out.println();
        System.out.println("| figure (fresh JVM, median of " + runs + ") | ms |");
        System.out.println("|---|---|");
        System.out.println("| JVM start to main | " + median(figures, 0) + " |");
        System.out.println("| a Jackson 3 `ObjectMapper` | " + median(figures, 1) + " |");
        System.out.println("| parse each of the " + figures.get(0)[4] + " schema files (`readTree`) | " + median(figures, 2) + " |");
        System.out.println("| then the whole `new Generator(options).sources()` | " + median(figures, 3) + " |");
    }

    private static void child(Path corpus) throws Exception {
        long startToMain = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        ObjectMapper mapper = new ObjectMapper();
        long t1 = System.nanoTime();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        long nodes = 0;
        for (Path file : files) {
            JsonNode node = mapper.readTree(Files.readAllBytes(file));
            nodes += node.size();
        }
        long t2 = System.nanoTime();
        Path out = Files.createTempDirectory("schemapojo-cold-");
        Options options = Options.builder().sourceDirectory(corpus).outputDirectory(out).packageName("com.example.stytch")
                .typeNaming(TypeNaming.NAMESPACE).build();
        int sources = new Generator(options).sources().size();
        long t3 = System.nanoTime();
        Files.delete(out);
        if (nodes == 0 || sources == 0) {
            throw new IllegalStateException("nothing read from " + corpus);
        }
        System.out.println("cold-floor: " + startToMain + " " + (t1 - t0) / 1_000_000 + " " + (t2 - t1) / 1_000_000 + " "
                + (t3 - t2) / 1_000_000 + " " + files.size());
    }

    private static long median(List<long[]> figures, int index) {
        long[] values = figures.stream().mapToLong(f -> f[index]).sorted().toArray();
        return values[values.length / 2];
    }

    private static String option(List<String> args, String name, String otherwise) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : otherwise;
    }
}
