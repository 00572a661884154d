import dev.schemapojo.core.FailOn;
import dev.schemapojo.core.GenerationResult;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.diagnostics.Diagnostic;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The acceptance run over a collection of public schemas, one schema (and the local files it refers
 * to) per sub-directory: each sub-directory is generated on its own with {@code failOn=never}, as a
 * user's project would, and whatever it wrote is compiled on its own. Each schema ends in one outcome:
 *
 * <ul>
 *   <li>{@code compiled}: sources were generated and compile;</li>
 *   <li>{@code diagnosed}: no sources, and the run said why (at least one diagnostic);</li>
 *   <li>{@code compile-error}, {@code jackson-error} (Jackson rejects a generated type's definition when
 *       reading {@code {}}), {@code exception}, {@code timeout}, {@code silent}: failures of schemapojo.</li>
 * </ul>
 *
 * Run with the core's runtime class path: {@code java -cp CP acceptance/Acceptance.java CORPUS OUT};
 * {@code -Dacceptance.style=record} and {@code -Dacceptance.beanValidation=true} select those options.
 * It writes {@code OUT/results.tsv} and prints a summary.
 */
public final class Acceptance {

    private static final long TIMEOUT_SECONDS = 120;

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(out);
        List<Path> dirs;
        try (Stream<Path> list = Files.list(corpus)) {
            dirs = list.filter(Files::isDirectory).sorted().toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> rows = new ArrayList<>();
        rows.add("slug\toutcome\ttypes\terrors\twarnings\tmillis\tdetail");
        long start = System.nanoTime();
        for (Path dir : dirs) {
            String slug = dir.getFileName().toString();
            Path target = out.resolve("gen").resolve(slug);
            Options options = Options.builder()
                    .sourceDirectory(dir)
                    .outputDirectory(target)
                    .packageName("acc." + slug)
                    .failOn(FailOn.NEVER)
                    .diagnosticsPerRule(0)
                    .style(dev.schemapojo.core.Style.valueOf(System.getProperty("acceptance.style", "class").toUpperCase()))
                    .beanValidation(Boolean.getBoolean("acceptance.beanValidation"))
                    .build();
            long t0 = System.nanoTime();
            String outcome;
            String detail = "";
            GenerationResult result = null;
            Future<GenerationResult> run = pool.submit(() -> new Generator(options).generate());
            try {
                result = run.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                run.cancel(true);
                outcome = "timeout";
            } catch (java.util.concurrent.ExecutionException e) {
                StringWriter trace = new StringWriter();
                e.getCause().printStackTrace(new PrintWriter(trace));
                Files.writeString(out.resolve(slug + ".exception.txt"), trace.toString());
                detail = e.getCause().toString();
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            if (result == null) {
                outcome = detail.isEmpty() ? "timeout" : "exception";
            } else if (result.sourceFiles().isEmpty()) {
                outcome = result.diagnostics().isEmpty() ? "silent" : "diagnosed";
                detail = result.diagnostics().isEmpty() ? "" : firstLine(result.diagnostics());
            } else {
                String errors = compile(javac, target);
                outcome = errors.isEmpty() ? "compiled" : "compile-error";
                if (errors.isEmpty() && !lastJacksonProblems.isEmpty()) {
                    outcome = "jackson-error";
                    errors = lastJacksonProblems;
                }
                detail = errors;
                if (!errors.isEmpty()) {
                    Files.writeString(out.resolve(slug + ".javac.txt"), errors);
                }
            }
            if (result != null) {
                StringBuilder report = new StringBuilder();
                result.report().forEach(line -> report.append(line).append('\n'));
                Files.writeString(out.resolve(slug + ".report.txt"), report.toString());
            }
            outcomes.merge(outcome, 1, Integer::sum);
            rows.add(String.join("\t", slug, outcome,
                    String.valueOf(result == null ? 0 : result.typeCount()),
                    String.valueOf(result == null ? 0 : result.errorCount()),
                    String.valueOf(result == null ? 0 : result.warningCount()),
                    String.valueOf(millis), oneLine(detail)));
        }
        Files.write(out.resolve("results.tsv"), rows, StandardCharsets.UTF_8);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        int total = dirs.size();
        System.out.printf("%d schemas in %d s%n", total, seconds);
        outcomes.forEach((k, v) -> System.out.printf("  %-14s %5d  %5.1f%%%n", k, v, 100.0 * v / total));
        System.exit(0);
    }

    private static String firstLine(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).findFirst().orElse(diagnostics.get(0)).toString();
    }

    private static String oneLine(String text) {
        String flat = text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }

    /** Compiles every .java file under {@code root}; returns javac's errors, empty when it compiled. */
    private static String compile(JavaCompiler javac, Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        Path classes = Files.createTempDirectory("acceptance-classes");
        DiagnosticCollector<JavaFileObject> errors = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(errors, null, StandardCharsets.UTF_8)) {
            Boolean ok = javac.getTask(null, fm, errors,
                    List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                            "-proc:none", "-nowarn", "-Xlint:none", "--release", "17"),
                    null, fm.getJavaFileObjectsFromPaths(files)).call();
            StringBuilder text = new StringBuilder();
            errors.getDiagnostics().stream()
                    .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                    .forEach(d -> text.append(d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName())
                            .append(':').append(d.getLineNumber()).append(": ")
                            .append(d.getMessage(null)).append('\n'));
            if (!ok && text.isEmpty()) {
                text.append("javac failed without an error message");
            }
            lastJacksonProblems = ok ? jacksonProblems(classes) : "";
            return text.toString();
        } finally {
            deleteTree(classes);
        }
    }

    /** What {@link #jacksonProblems} found in the last compiled output. */
    private static String lastJacksonProblems = "";

    /**
     * Reads {@code {}} into every generated top-level type with Jackson 3 and reports the types whose
     * definition Jackson rejects (conflicting properties, subtypes it cannot tell apart, a creator it cannot
     * use). Data errors, such as a missing required property, are what {@code {}} should give and are fine.
     */
    private static String jacksonProblems(Path classes) throws IOException {
        tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        StringBuilder problems = new StringBuilder();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$")).toList();
        }
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
                Acceptance.class.getClassLoader())) {
            for (Path file : files) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    mapper.readValue("{}", loader.loadClass(name));
                } catch (tools.jackson.databind.exc.InvalidDefinitionException e) {
                    problems.append(name).append(": ").append(e.getOriginalMessage()).append('\n');
                } catch (Exception | LinkageError e) {
                    // a data error for {} (required properties, a tuple wants an array): expected
                }
            }
        }
        return problems.toString();
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
