package dev.schemapojo.core.fuzz;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs a real, short fuzzing session of each fuzz target of {@link GeneratorFuzzTest} when
 * {@code schemapojo.fuzz.seconds} is set ({@code .ci/run} sets it), so that CI does not only replay the seeds. Each session is Jazzer's command-line driver in a child
 * JVM on the test class path: the JVM that runs the other tests never gets Jazzer's coverage
 * instrumentation, nothing has to be set in the POM, and a finding fails this test with the crash
 * file and the stack trace.
 *
 * <p>System properties (Maven passes {@code -D} options on to the tests):
 *
 * <ul>
 *   <li>{@code schemapojo.fuzz.seconds}: fuzzing time per target, default {@value #DEFAULT_SECONDS};
 *       {@code 0} skips the sessions. A long run is the same test with a larger number.</li>
 *   <li>{@code schemapojo.fuzz.targets}: comma-separated targets, default both.</li>
 *   <li>{@code schemapojo.fuzz.dir}: where each target's corpus ({@code <dir>/<target>/corpus}),
 *       log ({@code fuzz.log}) and crash files go. Without it, {@code target/fuzz}, and each session
 *       starts from the seeds alone; with it, a session goes on from the corpus an earlier one left
 *       there.</li>
 *   <li>{@code schemapojo.fuzz.args}: more Jazzer or libFuzzer arguments, separated by spaces (e.g.
 *       {@code -seed=1 -runs=5000}).</li>
 * </ul>
 *
 * <p>The session is skipped when {@code JAZZER_FUZZ} is set: then Jazzer's JUnit integration
 * already fuzzes {@link GeneratorFuzzTest} in the test JVM.
 */
class FuzzSessionTest {
    static final int DEFAULT_SECONDS = 0;
    static final List<String> TARGETS = List.of("composedSchemas", "schemaFiles");

    private static final Pattern DONE = Pattern.compile("^#(\\d+)\\s+DONE\\s+cov: (\\d+) ft: (\\d+) corp: (\\d+)/\\S+ .*?exec/s: (\\d+)");
    private static final Pattern RUNS = Pattern.compile("^Done (\\d+) runs in (\\d+) second");

    @Test
    void fuzzEachTargetBriefly() throws Exception {
        int seconds = Integer.getInteger("schemapojo.fuzz.seconds", DEFAULT_SECONDS);
        assumeTrue(seconds > 0, "schemapojo.fuzz.seconds=0: fuzzing sessions skipped");
        assumeTrue(System.getenv("JAZZER_FUZZ") == null, "JAZZER_FUZZ is set: Jazzer's JUnit integration fuzzes instead");
        List<String> targets = Arrays.stream(System.getProperty("schemapojo.fuzz.targets", String.join(",", TARGETS)).split(","))
                .map(String::trim).filter(t -> !t.isEmpty()).toList();
        String dirProperty = System.getProperty("schemapojo.fuzz.dir");
        Path base = Path.of(dirProperty == null ? "target/fuzz" : dirProperty).toAbsolutePath();
        List<String> failures = new ArrayList<>();
        for (String target : targets) {
            if (!TARGETS.contains(target)) {
                fail("unknown fuzz target " + target + "; use one of " + TARGETS);
            }
            if (dirProperty == null) {
                // A brief session starts from the seeds, so that its length does not grow with a
                // corpus that earlier builds left in target/.
                GenerationCheck.deleteTree(base.resolve(target).resolve("corpus"));
            }
            String failure = session(target, seconds, base.resolve(target));
            if (failure != null) {
                failures.add(failure);
            }
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n\n", failures));
        }
    }

    /** Runs one session; returns null when it ended without a finding, else what to report. */
    private static String session(String target, int seconds, Path dir) throws IOException, InterruptedException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path log = dir.resolve("fuzz.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp", System.getProperty("java.class.path"),
                "com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + GeneratorFuzzTest.class.getName(),
                "--target_method=" + target,
                "-max_total_time=" + seconds,
                "-timeout=60",
                // Jazzer's default limit is the heap plus 2 GB. A Java heap blow-up is an OutOfMemoryError
                // within -Xmx1g, which Jazzer reports as a finding; the rest of the process (JIT, metaspace,
                // thread stacks) once went past 3 GB in CI while replaying the seeds, and stayed under 900 MB
                // when measured again (docs/fuzzing.md). That is the JVM's, not the generator's.
                "-rss_limit_mb=4096",
                // Jazzer's regex-injection detector reports any PatternSyntaxException from input-derived text. The
                // generator compiles schema patterns on purpose, to learn whether java.util.regex accepts them
                // (ConstraintKeywords.compilesInJava, and patternProperties keys), and catches the exception: that
                // is the answer, not an injection. Matching with them is bounded by the generated code's rules.
                "--disabled_hooks=com.code_intelligence.jazzer.sanitizers.RegexInjection",
                "-max_len=" + GeneratorFuzzTest.MAX_INPUT,
                "-print_final_stats=1"));
        for (String property : List.of("schemapojo.fuzz.strict", "schemapojo.fuzz.findings")) {
            if (System.getProperty(property) != null) {
                command.add(2, "-D" + property + "=" + System.getProperty(property));
            }
        }
        String extra = System.getProperty("schemapojo.fuzz.args", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(Arrays.asList(extra.split("\\s+")));
        }
        command.add(corpus.toString());
        Path seeds = seedDirectory(target);
        if (seeds != null) {
            command.add(seeds.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("JAZZER_FUZZ");
        long start = System.nanoTime();
        long startMillis = System.currentTimeMillis();
        Process process = builder.start();
        if (!process.waitFor(seconds + 180L, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            return "fuzz session " + target + " did not end within " + (seconds + 180) + " s; see " + log;
        }
        long elapsed = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        List<Path> artifacts = artifacts(dir, startMillis);
        System.out.println(summary(target, lines, elapsed, corpus) + (artifacts.isEmpty() ? "" : "; findings: " + artifacts));
        boolean reported = lines.stream().anyMatch(l -> l.startsWith("== Java Exception") || l.startsWith("== libFuzzer crashing input"));
        if (process.exitValue() == 0 && artifacts.isEmpty() && !reported) {
            return null;
        }
        return "fuzz session " + target + " ended with exit code " + process.exitValue() + " and " + artifacts.size()
                + " crash file(s) " + artifacts + " (a finding, or Jazzer could not run); full log: " + log + "\n" + finding(lines);
    }

    /**
     * The inputs libFuzzer wrote for findings during this session ({@code crash-*}, {@code timeout-*},
     * {@code oom-*}, {@code slow-unit-*}). With {@code --keep_going} a session goes on after a finding
     * and can end with exit code 0, so the files are what tell.
     */
    private static List<Path> artifacts(Path dir, long sinceMillis) throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("(crash|timeout|oom|slow-unit|leak)-.*"))
                    .filter(f -> f.toFile().lastModified() >= sinceMillis - 2000)
                    .sorted().toList();
        }
    }

    static Path seedDirectory(String target) {
        URL url = FuzzSessionTest.class.getResource("/fuzz/seeds/" + target);
        if (url == null || !"file".equals(url.getProtocol())) {
            return null;
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One line with libFuzzer's final figures, e.g. {@code 5873 runs in 20 s (293 exec/s), coverage 1012 edges, corpus 406}. */
    private static String summary(String target, List<String> lines, long elapsed, Path corpus) {
        String runs = "?";
        String secs = String.valueOf(elapsed);
        String cov = "?";
        String execs = "?";
        String corp = "?";
        String known = "";
        for (String line : lines) {
            if (line.startsWith("schemapojo-fuzz: known findings tolerated: ")) {
                known = "; " + line.substring("schemapojo-fuzz: ".length());
            }
            Matcher done = DONE.matcher(line);
            if (done.find()) {
                cov = done.group(2);
                corp = done.group(4);
                execs = done.group(5);
            }
            Matcher r = RUNS.matcher(line);
            if (r.find()) {
                runs = r.group(1);
                secs = r.group(2);
            }
        }
        return "fuzz session " + target + ": " + runs + " runs in " + secs + " s (" + execs + " exec/s), coverage "
                + cov + " edges, corpus " + corp + " inputs in " + corpus + known;
    }

    /** The part of the log that describes the finding: from Jazzer's exception header to the crash file. */
    private static String finding(List<String> lines) {
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("== Java Exception") || lines.get(i).startsWith("== Java Assertion")
                    || lines.get(i).contains("ERROR:")) {
                from = i;
                break;
            }
        }
        List<String> part = from < 0 ? lines.subList(Math.max(0, lines.size() - 40), lines.size())
                : lines.subList(from, Math.min(lines.size(), from + 80));
        StringBuilder sb = new StringBuilder();
        for (String line : part) {
            if (!line.startsWith("INFO: Instrumented")) {
                sb.append(line).append('\n');
            }
        }
        for (String line : lines) {
            if (line.contains("Test unit written to") || line.startsWith("reproducer_path")) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }
}
