package dev.schemapojo.core.fuzz;

import dev.schemapojo.core.GenerationResult;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.InvalidOptionsException;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.diagnostics.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The invariant the fuzz tests check, for one set of schema files:
 *
 * <ol>
 *   <li>{@link Generator#generate()} returns normally. Any exception is a finding, except
 *       {@link InvalidOptionsException} (the options are the harness's, so it never happens).</li>
 *   <li>A run that failed wrote no Java source. A run that did not fail wrote exactly the files that
 *       {@link GenerationResult#sourceFiles()} lists.</li>
 *   <li>Generating again ({@link Generator#sources()}) gives the same sources, byte for byte.</li>
 *   <li>When there is no error diagnostic, the sources compile with javac {@code -Xlint:all -Xdoclint:all -Werror}
 *       against jackson-annotations alone ({@link FuzzCompiler}): a javac or doclint warning counts as a
 *       finding too, because the project promises warning-free code, Javadoc included, and its users build
 *       with {@code -Werror}.</li>
 * </ol>
 *
 * <p>Compiling is what makes an execution slow (about 100 ms for a handful of types, against about
 * 40 ms for generating twice),
 * so it is skipped for sources that already compiled cleanly in this JVM (kept by hash, at most
 * {@value #COMPILED_CACHE} of them) and for outputs over {@value #MAX_COMPILED_CHARS} characters.
 * The outcome of an input does not depend on that cache: identical sources compile identically.
 */
final class GenerationCheck {
    static final int COMPILED_CACHE = 20_000;
    static final int MAX_COMPILED_CHARS = 400_000;

    private static final Path BASE = createBase();
    private static final Set<String> COMPILED = Collections.newSetFromMap(new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > COMPILED_CACHE;
        }
    });

    private GenerationCheck() {}

    /**
     * A violation of the invariant (an exception from the generator is reported as itself). Its
     * stack trace starts with a made-up frame {@code invariant.<kind>(<detail>)}, e.g.
     * {@code invariant.compile(compiler.err.already.defined)}: Jazzer tells findings apart by their
     * stack traces, and without that frame every violation of one kind would look like the first
     * one and be skipped as a duplicate.
     */
    static final class InvariantViolation extends AssertionError {
        private static final long serialVersionUID = 1L;

        InvariantViolation(String kind, String detail, String message) {
            super(message);
            StackTraceElement[] trace = getStackTrace();
            StackTraceElement[] marked = new StackTraceElement[trace.length + 1];
            marked[0] = new StackTraceElement("invariant", kind, detail, -1);
            System.arraycopy(trace, 0, marked, 1, trace.length);
            setStackTrace(marked);
        }
    }

    /**
     * Writes {@code files} (relative path -> content) into a fresh source directory, runs the
     * generator with {@code options} (source, output and package are set here) and checks the
     * invariant. A failure that {@link KnownFindings} recognizes is tolerated, unless in strict mode.
     */
    static void check(Map<String, byte[]> files, Options.Builder options) {
        Path run;
        try {
            run = Files.createTempDirectory(BASE, "run");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            checkIn(run, files, options);
        } catch (RuntimeException | AssertionError failure) {
            if (!KnownFindings.tolerated(failure)) {
                throw failure;
            }
        } finally {
            deleteTree(run);
        }
    }

    private static void checkIn(Path run, Map<String, byte[]> files, Options.Builder builder) {
        Path source = run.resolve("schemas");
        Path output = run.resolve("out");
        try {
            Files.createDirectories(source);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = source.resolve(file.getKey()).normalize();
                if (!path.startsWith(source)) {
                    throw new IllegalArgumentException("harness bug: file name leaves the source directory: " + file.getKey());
                }
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("harness: cannot write the schema files", e);
        }
        Options options = builder.sourceDirectory(source).outputDirectory(output).packageName("com.example")
                .displayBase(run).build();
        String optionsText = "typeNaming=" + options.typeNaming().word() + " failOn=" + options.failOn().word()
                + " unknownEnumValues=" + options.unknownEnumValues().word()
                + " defaultDraft=" + options.defaultDraft().shortName()
                + " sensitiveProperties=" + options.sensitiveProperties();

        GenerationResult result;
        try {
            result = new Generator(options).generate();
        } catch (InvalidOptionsException e) {
            if (e.getMessage() != null && e.getMessage().contains("nested too deeply")) {
                // Inputs are at most 16 KiB and JSON nests at most 500 levels: running out of a
                // 512 MB stack is a recursion that does not end, not a deep schema.
                throw violation("stack-overflow", "", e.getMessage(), files, optionsText, null, null);
            }
            return;
        }
        // Everything a caller does with a result must work too.
        result.summary();
        result.report().forEach(String::valueOf);
        result.diagnostics().forEach(Diagnostic::format);

        Map<String, String> written = readJavaFiles(output);
        if (result.failed()) {
            if (!written.isEmpty()) {
                throw violation("failed-run-wrote", "", "a failed run wrote sources " + written.keySet(), files, optionsText,
                        result, null);
            }
        } else {
            Set<String> listed = new TreeSet<>();
            result.sourceFiles().forEach(p -> listed.add(p.toString().replace('\\', '/')));
            if (!listed.equals(written.keySet())) {
                throw violation("listing", "", "sourceFiles() " + listed + " but the output directory holds " + written.keySet(),
                        files, optionsText, result, null);
            }
        }

        Map<String, String> again = new TreeMap<>(new Generator(options).sources());
        if (!again.equals(written)) {
            boolean encodingOnly = again.keySet().equals(written.keySet()) && again.entrySet().stream()
                    .allMatch(e -> utf8RoundTrip(e.getValue()).equals(written.get(e.getKey())));
            throw violation(encodingOnly ? "encoding" : "determinism", "", encodingOnly
                    ? "a written file differs from the generated source: it holds characters that UTF-8 cannot"
                            + " encode (a lone surrogate), which were written as '?' (" + difference(written, again) + ")"
                    : "not deterministic: a second run gave other sources (" + difference(written, again) + ")",
                    files, optionsText, result, null);
        }

        if (result.errorCount() == 0 && !written.isEmpty()) {
            compile(written, files, optionsText, result);
        }
    }

    private static void compile(Map<String, String> sources, Map<String, byte[]> files, String optionsText,
            GenerationResult result) {
        long chars = sources.values().stream().mapToLong(String::length).sum();
        if (chars > MAX_COMPILED_CHARS) {
            return;
        }
        String key = hash(sources);
        synchronized (COMPILED) {
            if (COMPILED.contains(key)) {
                return;
            }
        }
        FuzzCompiler.Problems problems = FuzzCompiler.problems(sources);
        if (!problems.isEmpty()) {
            throw violation("compile", problems.firstCode(), "the generated sources do not compile cleanly (javac -Xlint:all"
                    + " -Xdoclint:all -Werror, class path jackson-annotations):\n  " + String.join("\n  ", problems.lines()), files, optionsText,
                    result, sources);
        }
        synchronized (COMPILED) {
            COMPILED.add(key);
        }
    }

    private static InvariantViolation violation(String kind, String detail, String what, Map<String, byte[]> files,
            String optionsText, GenerationResult result, Map<String, String> sources) {
        StringBuilder sb = new StringBuilder(what).append("\noptions: ").append(optionsText).append("\nschema files:");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            sb.append("\n--- ").append(file.getKey()).append('\n')
                    .append(abbreviate(new String(file.getValue(), StandardCharsets.UTF_8), 4000));
        }
        if (result == null) {
            return new InvariantViolation(kind, detail, sb.toString());
        }
        sb.append("\ndiagnostics:");
        result.diagnostics().forEach(d -> sb.append("\n  ").append(d.format()));
        if (sources != null) {
            for (Map.Entry<String, String> source : sources.entrySet()) {
                sb.append("\n--- generated ").append(source.getKey()).append('\n')
                        .append(abbreviate(source.getValue(), 6000));
            }
        }
        return new InvariantViolation(kind, detail, sb.toString());
    }

    private static String difference(Map<String, String> first, Map<String, String> second) {
        if (!first.keySet().equals(second.keySet())) {
            return "files " + first.keySet() + " then " + second.keySet();
        }
        return "content of " + first.keySet().stream().filter(k -> !first.get(k).equals(second.get(k))).toList();
    }

    private static String utf8RoundTrip(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "\n[... " + (text.length() - max) + " more characters]";
    }

    /** The .java files under {@code dir}, by path relative to it with {@code /}. */
    private static Map<String, String> readJavaFiles(Path dir) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".java"))::iterator) {
                out.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String hash(Map<String, String> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> e : sources.entrySet()) {
                digest.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(e.getValue().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path createBase() {
        try {
            Path base = Files.createTempDirectory("schemapojo-fuzz");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(base)));
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary directory is not worth failing an execution for.
        }
    }
}
