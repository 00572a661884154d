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
 *   <li>{@code invalid}: the run reported errors (the file is no valid schema), and with {@code failOn=never}
 *       it wrote sources anyway, which compile; not counted as compiled;</li>
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
        rows.add("slug\toutcome\ttypes\terrors\twarnings\tmillis\texamples\tdetail");
        int[] exampleTotals = new int[2];
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
                    .constraints(dev.schemapojo.core.ConstraintChecks.valueOf(
                            System.getProperty("acceptance.constraints", "document").toUpperCase()))
                    .formats(dev.schemapojo.core.FormatChecks.parse(System.getProperty("acceptance.formats", "annotate")))
                    .beanValidation(Boolean.getBoolean("acceptance.beanValidation"))
                    .build();
            long t0 = System.nanoTime();
            String outcome;
            String detail = "";
            String exampleReport = "";
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
                Checked checked = compileAndRead(javac, target, examples(dir, target));
                String errors = checked.javacErrors().isEmpty() ? checked.jacksonProblems() : checked.javacErrors();
                outcome = !checked.javacErrors().isEmpty() ? "compile-error"
                        : !checked.jacksonProblems().isEmpty() ? "jackson-error"
                        : result.errorCount() > 0 ? "invalid" : "compiled";
                exampleReport = checked.examples().report();
                exampleTotals[0] += checked.examples().ok();
                exampleTotals[1] += checked.examples().failed();
                detail = outcome.equals("invalid") ? firstLine(result.diagnostics()) : errors;
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
                    String.valueOf(millis), oneLine(exampleReport), oneLine(detail)));
        }
        Files.write(out.resolve("results.tsv"), rows, StandardCharsets.UTF_8);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        int total = dirs.size();
        System.out.printf("%d schemas in %d s%n", total, seconds);
        outcomes.forEach((k, v) -> System.out.printf("  %-14s %5d  %5.1f%%%n", k, v, 100.0 * v / total));
        System.out.printf("schema examples read and written back: %d kept their data, %d did not (see the examples column)%n",
                exampleTotals[0], exampleTotals[1]);
        System.exit(0);
    }

    private static String firstLine(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).findFirst().orElse(diagnostics.get(0)).toString();
    }

    private static String oneLine(String text) {
        String flat = text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }

    /** What the checks of one compiled output found; empty texts when all is well. */
    private record Checked(String javacErrors, String jacksonProblems, Examples examples) {}

    /** How many schema examples kept their data when read and written back, and what went wrong with the others. */
    private record Examples(int ok, int failed, String report) {
        static final Examples NONE = new Examples(0, 0, "");
    }

    /**
     * Compiles every .java file under {@code root} and, when that works, loads the classes once to
     * check them with Jackson ({@link #jacksonProblems}) and to read the examples into them.
     */
    private static Checked compileAndRead(JavaCompiler javac, Path root,
            Map<String, List<tools.jackson.databind.JsonNode>> examples) throws IOException {
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
            if (!ok) {
                return new Checked(text.toString(), "", Examples.NONE);
            }
            tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
            try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
                    Acceptance.class.getClassLoader())) {
                return new Checked("", jacksonProblems(mapper, loader, classes), runExamples(mapper, loader, examples));
            }
        } finally {
            deleteTree(classes);
        }
    }

    /**
     * The {@code examples} (JSON objects) at the root of each schema file in {@code dir}, by the class
     * generated for that file (found by the file comment {@code Generated by schemapojo from <file>.}).
     */
    private static Map<String, List<tools.jackson.databind.JsonNode>> examples(Path dir, Path generated) throws IOException {
        tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        Map<String, List<tools.jackson.databind.JsonNode>> byFile = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.filter(p -> p.toString().endsWith(".json")).toList()) {
                try {
                    tools.jackson.databind.JsonNode root = mapper.readTree(file.toFile());
                    List<tools.jackson.databind.JsonNode> objects = new ArrayList<>();
                    root.path("examples").forEach(e -> {
                        if (e.isObject()) {
                            objects.add(e);
                        }
                    });
                    if (!objects.isEmpty()) {
                        byFile.put(file.getFileName().toString(), objects);
                    }
                } catch (RuntimeException e) {
                    // not JSON: the generator reported it
                }
            }
        }
        Map<String, List<tools.jackson.databind.JsonNode>> byClass = new TreeMap<>();
        if (byFile.isEmpty() || !Files.isDirectory(generated)) {
            return byClass;
        }
        try (Stream<Path> walk = Files.walk(generated)) {
            for (Path java : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                String first = Files.readAllLines(java, StandardCharsets.UTF_8).get(0);
                for (Map.Entry<String, List<tools.jackson.databind.JsonNode>> e : byFile.entrySet()) {
                    if (first.startsWith("// Generated by schemapojo from " + e.getKey() + ". ")) {
                        String name = generated.relativize(java).toString().replace('/', '.').replaceAll("\\.java$", "");
                        byClass.put(name, e.getValue());
                    }
                }
            }
        }
        return byClass;
    }

    /** Reads each example into its class, writes it back, and checks that every non-null value survived. */
    private static Examples runExamples(tools.jackson.databind.json.JsonMapper mapper, ClassLoader loader,
            Map<String, List<tools.jackson.databind.JsonNode>> examples) {
        if (examples.isEmpty()) {
            return Examples.NONE;
        }
        int ok = 0;
        int failed = 0;
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, List<tools.jackson.databind.JsonNode>> e : examples.entrySet()) {
            for (tools.jackson.databind.JsonNode example : e.getValue()) {
                try {
                    Object value = mapper.treeToValue(example, loader.loadClass(e.getKey()));
                    String lost = lost(example, mapper.valueToTree(value), "");
                    if (lost.isEmpty()) {
                        ok++;
                    } else {
                        failed++;
                        report.append("lost ").append(lost).append("; ");
                    }
                } catch (Exception | LinkageError x) {
                    failed++;
                    report.append(x.getClass().getSimpleName()).append(": ").append(String.valueOf(x.getMessage()).lines()
                            .findFirst().orElse("")).append("; ");
                }
            }
        }
        return new Examples(ok, failed, ok + " ok, " + failed + " failed" + (report.isEmpty() ? "" : ": " + report));
    }

    /** The first place where {@code written} lacks a non-null value of {@code read}, or "" (numbers compare by value). */
    private static String lost(tools.jackson.databind.JsonNode read, tools.jackson.databind.JsonNode written, String at) {
        if (read.isNull()) {
            return "";
        }
        if (read.isNumber() && written.isNumber()) {
            return read.decimalValue().compareTo(written.decimalValue()) == 0 ? "" : at;
        }
        if (read.isObject() && written.isObject()) {
            for (Map.Entry<String, tools.jackson.databind.JsonNode> p : read.properties()) {
                String inner = lost(p.getValue(), written.path(p.getKey()), at + "/" + p.getKey());
                if (!inner.isEmpty()) {
                    return inner;
                }
            }
            return "";
        }
        if (read.isArray() && written.isArray() && read.size() == written.size()) {
            for (int i = 0; i < read.size(); i++) {
                String inner = lost(read.get(i), written.get(i), at + "/" + i);
                if (!inner.isEmpty()) {
                    return inner;
                }
            }
            return "";
        }
        return read.equals(written) ? "" : (at.isEmpty() ? "/" : at);
    }

    /**
     * Reads {@code {}} into every generated top-level type with Jackson 3 and reports the types whose
     * definition Jackson rejects (conflicting properties, subtypes it cannot tell apart, a creator it cannot
     * use). Data errors, such as a missing required property, are what {@code {}} should give and are fine.
     */
    private static String jacksonProblems(tools.jackson.databind.json.JsonMapper mapper, ClassLoader loader, Path classes)
            throws IOException {
        StringBuilder problems = new StringBuilder();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$")).toList();
        }
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
