package dev.schemapojo.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direction of the pipeline, read from the main sources' imports (and fully qualified names in
 * code): the IR depends on nothing of ours, the emitter sees only the IR, and no two packages depend
 * on each other. The root package counts as two parts: {@code Generator}, the facade that runs every
 * stage, and the option and result types that the stages read (see docs/decisions.md).
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/dev/schemapojo/core");
    private static final Pattern OURS = Pattern.compile("\\bdev\\.schemapojo\\.core((?:\\.[a-z][a-z0-9]*)*)\\.([A-Z]\\w*)");
    private static final String FACADE = "Generator";
    private static final String API = "(core)";

    /** Part of the code -> the parts it refers to. */
    private static final Map<String, Set<String>> edges = new TreeMap<>();
    /** Part -> the external packages it imports. */
    private static final Map<String, Set<String>> external = new TreeMap<>();

    @BeforeAll
    static void readSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = part(MAIN.relativize(file.getParent()).toString().replace('/', '.'),
                        file.getFileName().toString().replace(".java", ""));
                String text = code(read(file));
                Matcher m = OURS.matcher(text);
                while (m.find()) {
                    String to = part(m.group(1).isEmpty() ? "" : m.group(1).substring(1), m.group(2));
                    if (!to.equals(from)) {
                        edges.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                    }
                }
                for (String line : text.lines().filter(l -> l.startsWith("import ")).toList()) {
                    external.computeIfAbsent(from, k -> new TreeSet<>()).add(line.replaceFirst("^import (static )?", ""));
                }
                edges.computeIfAbsent(from, k -> new TreeSet<>());
            }
        }
    }

    /** The text without comments and string literals, which may name classes they do not use. */
    private static String code(String source) {
        return source.replaceAll("'(?:\\\\.|[^'\\\\])'", "' '").replaceAll("\"(?:\\\\.|[^\"\\\\\n])*\"", "\"\"")
                .replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
    }

    private static String part(String pkg, String simpleName) {
        if (!pkg.isEmpty()) {
            return pkg;
        }
        return simpleName.equals(FACADE) ? FACADE : API;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsTheStages() {
        assertThat(edges.keySet()).contains("ir", "emit", "model", "load", "validate", "naming", "keywords", FACADE, API);
    }

    @Test
    void keywordReadersReadOneSchemaNodeIntoTheIr() {
        assertThat(edges.get("keywords")).containsOnly("ir");
    }

    @Test
    void theIrImportsNothingOfOurs() {
        assertThat(edges.get("ir")).isEmpty();
    }

    @Test
    void theEmitterSeesNoSchemaAndNoModeller() {
        assertThat(edges.get("emit")).doesNotContain("load", "validate", "model");
        assertThat(external.get("emit")).noneMatch(i -> i.startsWith("tools.jackson"));
    }

    @Test
    void onlyTheFacadeUsesTheModeller() {
        edges.forEach((from, to) -> {
            if (!from.equals(FACADE) && !from.equals("model")) {
                assertThat(to).as(from).doesNotContain("model");
            }
        });
    }

    @Test
    void noPackagesDependOnEachOther() {
        assertThat(cycles()).isEmpty();
    }

    /** Every cycle among the parts, each as a path that returns to its start. */
    private static List<String> cycles() {
        List<String> found = new ArrayList<>();
        for (String start : edges.keySet()) {
            walk(start, start, new ArrayList<>(List.of(start)), found);
        }
        return found;
    }

    private static void walk(String start, String at, List<String> path, List<String> found) {
        for (String next : edges.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                // each cycle once: from its alphabetically first part
                if (path.stream().allMatch(p -> p.compareTo(start) >= 0)) {
                    found.add(String.join(" -> ", path) + " -> " + start);
                }
            } else if (!path.contains(next) && next.compareTo(start) > 0) {
                path.add(next);
                walk(start, next, path, found);
                path.remove(path.size() - 1);
            }
        }
    }
}
