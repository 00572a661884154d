package dev.schemapojo.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources with javac (test class path visible) and loads the classes. */
public final class InMemoryCompiler {
    /**
     * What javac checks in generated code, besides compiling it: every lint warning, and doclint, the
     * checks of {@code javadoc -Xdoclint:all}: a comment on every public and protected member, with
     * {@code @param} and {@code @return} where they belong, and HTML, syntax and references right in every
     * comment, private ones included. {@code -Werror} makes a warning fail the compilation.
     */
    public static final List<String> CHECKS = List.of("-Xlint:all", "-Xlint:-processing",
            "-Xdoclint:all/protected,html/private,syntax/private,reference/private,accessibility/private", "-Werror");

    private InMemoryCompiler() {}

    /** The javac errors and warnings, one per line; empty when the sources compiled cleanly. */
    public record Result(ClassLoader classLoader, List<String> errors) {
        public Class<?> load(String name) {
            try {
                return Class.forName(name, true, classLoader);
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** Compiles {@code sources} (relative path -> text) and fails the test on any compile error. */
    public static Result compile(Map<String, String> sources, Path workDir) {
        Result result = tryCompile(sources, workDir);
        assertThat(result.errors()).as("javac errors").isEmpty();
        return result;
    }

    public static Result tryCompile(Map<String, String> sources, Path workDir) {
        return tryCompile(sources, workDir, List.of());
    }

    /** Compiles with these javac options first ({@code --release 11}); the errors and warnings as {@link #tryCompile}. */
    public static Result tryCompile(Map<String, String> sources, Path workDir, List<String> firstOptions) {
        try {
            Path src = Files.createDirectories(workDir.resolve("src"));
            Path classes = Files.createDirectories(workDir.resolve("classes"));
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path file = src.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
                files.add(file);
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
                List<String> options = new ArrayList<>(firstOptions);
                options.addAll(List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                        "-encoding", "UTF-8", "-proc:none"));
                options.addAll(CHECKS);
                StringWriter out = new StringWriter();
                boolean ok = javac.getTask(out, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
                List<String> errors = new ArrayList<>();
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    if (d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
                            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
                        errors.add(d.getSource() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
                    }
                }
                if (!ok && errors.isEmpty()) {
                    errors.add("javac failed: " + out);
                }
                ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                        InMemoryCompiler.class.getClassLoader());
                return new Result(loader, errors);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
