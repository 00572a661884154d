package dev.schemapojo.core.fuzz;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.schemapojo.core.testing.InMemoryCompiler;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac for the fuzz tests: the same checks as {@code InMemoryCompiler} ({@link InMemoryCompiler#CHECKS}: lint,
 * doclint and {@code -Werror}), but about three times faster per call (60 against 200 ms for the
 * {@code order.json} seed), and compiling is what an execution's time is mostly spent on.
 * The sources are read from memory, one file manager is kept for the JVM's life, and the class path
 * is jackson-annotations alone, which is also a check: the generated code must need nothing else.
 * Compilation stops after flow analysis (all errors and lint warnings are known then), so no class
 * file is written.
 */
final class FuzzCompiler {
    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
    private static final StandardJavaFileManager FILES =
            JAVAC.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    private static final String CLASS_PATH = jacksonAnnotationsJar();

    private FuzzCompiler() {}

    /**
     * What javac found: each error and warning as a line, and the diagnostic code of the first one
     * (e.g. {@code compiler.err.already.defined}), which names the kind of problem without its
     * identifiers.
     */
    record Problems(List<String> lines, String firstCode) {
        boolean isEmpty() {
            return lines.isEmpty();
        }
    }

    /** The javac errors and warnings for {@code sources} (relative path -> text); empty when they compile cleanly. */
    static synchronized Problems problems(Map<String, String> sources) {
        List<JavaFileObject> units = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            units.add(new Source(source.getKey(), source.getValue()));
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = new ArrayList<>(List.of("-classpath", CLASS_PATH, "-proc:none", "-implicit:none",
                "-XDshould-stop.ifNoError=FLOW", "-XDshould-stop.ifError=FLOW"));
        options.addAll(InMemoryCompiler.CHECKS);
        boolean ok = JAVAC.getTask(null, FILES, diagnostics, options, null, units).call();
        List<String> problems = new ArrayList<>();
        String firstCode = null;
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
                    || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
                if (firstCode == null) {
                    firstCode = code(d);
                }
                String file = d.getSource() == null ? "" : d.getSource().getName();
                problems.add(file + ":" + d.getLineNumber() + ": " + d.getKind().name().toLowerCase(Locale.ROOT) + ": "
                        + d.getMessage(Locale.ROOT));
            }
        }
        if (!ok && problems.isEmpty()) {
            problems.add("javac failed without a diagnostic");
            firstCode = "javac.failed";
        }
        return new Problems(problems, firstCode);
    }

    /**
     * The diagnostic's code; doclint reports every kind of problem under one code ({@code compiler.warn.proc.messager}),
     * so for its problems the message without the names in it stands in: {@code doclint.no @param},
     * {@code doclint.element not closed}.
     */
    private static String code(Diagnostic<? extends JavaFileObject> d) {
        if (!d.getCode().endsWith(".proc.messager")) {
            return d.getCode();
        }
        return "doclint." + d.getMessage(Locale.ROOT).replaceFirst("(:| for ).*", "");
    }

    private static String jacksonAnnotationsJar() {
        try {
            return new File(JsonProperty.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A source file held in memory, named by its path so that javac checks it against the public class. */
    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String path, String text) {
            super(URI.create("mem:///" + encode(path)), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }

        private static String encode(String path) {
            try {
                return new URI(null, null, path, null).getRawPath();
            } catch (URISyntaxException e) {
                throw new UncheckedIOException(new IOException("cannot name source " + path, e));
            }
        }
    }
}
