package dev.schemapojo.maven.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks every plugin IT makes on its {@code build.log}; the {@code verify.groovy} scripts use it
 * through the invoker's test class path.
 */
public final class BuildLog {
    /**
     * What a stack trace looks like in a Maven log: frame lines ({@code "    at ..."} from Maven's
     * logger, {@code "\tat ..."} from printStackTrace), {@code "Caused by: "} lines, or a line that
     * starts with a qualified exception class name, possibly after a level prefix. Maven's own
     * failure lines ({@code [ERROR] Failed to execute goal ...}, {@code [ERROR] [Help 1] ...}) match
     * none of these; a build run with {@code -e} does.
     */
    private static final List<Pattern> STACK_TRACE = List.of(
            Pattern.compile("^\\s+at \\S"),
            Pattern.compile("^(\\[[A-Z]+\\] )?Caused by: "),
            Pattern.compile("^(\\[[A-Z]+\\] )?([a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error)\\b"));

    private final List<String> lines;

    private BuildLog(List<String> lines) {
        this.lines = lines;
    }

    /** Reads {@code build.log} of the IT project and checks what every IT log must satisfy. */
    public static BuildLog of(File basedir) {
        try {
            BuildLog log = new BuildLog(Files.readAllLines(new File(basedir, "build.log").toPath(), StandardCharsets.UTF_8));
            log.assertNone("slf4j noise", "SLF4J");
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> lines() {
        return lines;
    }

    /** The lines that match {@code regex} as a whole. */
    public List<String> matching(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return lines.stream().filter(l -> pattern.matcher(l).matches()).toList();
    }

    /** Fails unless exactly one line matches {@code regex} as a whole. */
    public void assertOneLine(String regex) {
        List<String> found = matching(regex);
        if (found.size() != 1) {
            throw new AssertionError("expected one line matching " + regex + " in build.log, found " + found.size()
                    + (found.isEmpty() ? "" : ": " + found));
        }
    }

    /** Fails if any line contains {@code text}. */
    public void assertNone(String what, String text) {
        List<String> found = lines.stream().filter(l -> l.contains(text)).toList();
        if (!found.isEmpty()) {
            throw new AssertionError(what + " in build.log: " + found.subList(0, Math.min(3, found.size())));
        }
    }

    /** Fails if a stack trace reached the log. */
    public void assertNoStackTrace() {
        List<String> traces = lines.stream()
                .filter(l -> STACK_TRACE.stream().anyMatch(p -> p.matcher(l).find()))
                .toList();
        if (!traces.isEmpty()) {
            throw new AssertionError("stack trace in build.log: " + traces.subList(0, Math.min(3, traces.size())));
        }
    }
}
