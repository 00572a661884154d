import dev.schemapojo.core.FailOn;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.Style;
import dev.schemapojo.core.UnknownProperties;
import dev.schemapojo.core.ir.TypeDecl;
import dev.schemapojo.core.ir.TypeModel;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fidelity run: valid documents read into the generated root type and written back.
 *
 * <p>Each case is a schema and the documents its authors say are valid. The schema is generated on its own
 * (failOn=never) and compiled; each document is read with Jackson 3 into the type of the schema's root,
 * written back, and the two JSON trees are compared (key order and number spelling aside: {@code 1.0} and
 * {@code 1} are one number). A document ends in one of: {@code unchanged}, {@code added} (the output has
 * keys or values the input did not), {@code lost} (the input had some the output lacks), {@code changed}
 * (both, or a value that differs), {@code rejected} (reading threw), {@code no-type} (the root has no
 * generated type to read into).
 *
 * <p>Usage: {@code java -cp CLASSPATH acceptance/Fidelity.java OUT STYLE SUITE_DIR [DRAFT...]} where
 * SUITE_DIR is the JSON-Schema-Test-Suite's {@code tests/} directory and each DRAFT a sub-directory of it
 * ({@code draft2020-12}); groups whose schema needs a remote document (a {@code ref.remote} error: the
 * suite serves them from {@code localhost:1234}) are left out and counted apart. Writes OUT/results.tsv (one line per document) and prints the figures per draft.
 */
public final class Fidelity {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The outcomes, in the order they are printed. */
    private static final List<String> OUTCOMES = List.of("unchanged", "added", "lost", "changed", "rejected", "no-type");

    record Document(String label, String text) {}

    record Case(String id, String schema, List<Document> documents) {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Style style = Style.valueOf(args[1].toUpperCase());
        Path suite = Path.of(args[2]);
        List<String> lines = new ArrayList<>();
        lines.add("draft\tcase\tdocument\toutcome\tdetail");
        for (int i = 3; i < args.length; i++) {
            String draft = args[i];
            List<Case> cases = suiteCases(suite.resolve(draft), draft);
            Map<String, Integer> counts = run(cases, out.resolve(draft), style, draft, lines);
            int remote = counts.remove("remote schemas");
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder figures = new StringBuilder(draft + ": " + (cases.size() - remote) + " schemas (" + remote
                    + " more need a remote document), " + total + " valid documents:");
            for (String outcome : OUTCOMES) {
                int n = counts.getOrDefault(outcome, 0);
                figures.append(String.format(" %s %d (%.1f%%)", outcome, n, total == 0 ? 0.0 : 100.0 * n / total));
            }
            System.out.println(figures);
        }
        Files.createDirectories(out);
        Files.write(out.resolve("results.tsv"), lines, StandardCharsets.UTF_8);
    }

    /** The groups of every test file of one draft that need no remote schema, with their valid instances. */
    static List<Case> suiteCases(Path dir, String draft) throws IOException {
        List<Case> cases = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode groups = JSON.readTree(Files.readString(file));
            for (int g = 0; g < groups.size(); g++) {
                JsonNode group = groups.get(g);
                String schema = JSON.writeValueAsString(group.get("schema"));
                List<Document> documents = new ArrayList<>();
                for (JsonNode test : group.get("tests")) {
                    if (test.path("valid").asBoolean()) {
                        documents.add(new Document(test.path("description").asString(), JSON.writeValueAsString(test.get("data"))));
                    }
                }
                String name = file.getFileName().toString().replace(".json", "");
                if (!documents.isEmpty()) {
                    cases.add(new Case(name + "/" + g, schema, documents));
                }
            }
        }
        return cases;
    }

    /** Generates every case into its own package, compiles them together, and reads each document. */
    static Map<String, Integer> run(List<Case> cases, Path work, Style style, String draft, List<String> lines)
            throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        Path sources = work.resolve("src");
        Path classes = work.resolve("classes");
        Files.createDirectories(classes);
        Map<Case, String> roots = new LinkedHashMap<>();
        java.util.Set<Case> remoteCases = new java.util.HashSet<>();
        int n = 0;
        for (Case c : cases) {
            String pkg = "fidelity.c" + n++;
            Path schemaDir = work.resolve("schemas").resolve(pkg);
            Files.createDirectories(schemaDir);
            Files.writeString(schemaDir.resolve("root.json"), c.schema(), StandardCharsets.UTF_8);
            Options options = Options.builder().sourceDirectory(schemaDir).outputDirectory(sources.resolve(pkg))
                    .packageName(pkg).failOn(FailOn.NEVER).diagnosticsPerRule(0).style(style)
                    .unknownProperties(UnknownProperties.parse(System.getProperty("fidelity.unknownProperties", "ignore")))
                    .build();
            try {
                Generator generator = new Generator(options);
                var remote = generator.generate().diagnostics().stream().filter(d -> d.ruleId().equals("ref.remote")).findFirst();
                if (remote.isPresent()) {
                    remoteCases.add(c); // needs a document the suite serves from localhost:1234: left out
                    lines.add(String.join("\t", draft, c.id(), "", "remote", oneLine(remote.get().format().lines().findFirst().orElse(""))));
                }
                roots.put(c, generator.model().map(Fidelity::rootType).orElse(null));
            } catch (RuntimeException e) {
                roots.put(c, null);
            }
        }
        List<Path> javaFiles;
        try (Stream<Path> walk = Files.exists(sources) ? Files.walk(sources) : Stream.empty()) {
            javaFiles = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Boolean ok = javac.getTask(errors, fm, null, List.of("-d", classes.toString(), "-classpath",
                    System.getProperty("java.class.path"), "-nowarn", "-proc:none", "-Xmaxerrs", "10000"), null,
                    fm.getJavaFileObjectsFromPaths(javaFiles)).call();
            if (!ok) {
                Files.writeString(work.resolve("javac-errors.txt"), errors.toString());
                System.out.println(draft + ": javac failed (" + work.resolve("javac-errors.txt") + "); cases in failing"
                        + " files count as rejected");
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, Fidelity.class.getClassLoader())) {
            // Jackson resolves the class names of deduced union variants through the context class loader
            Thread.currentThread().setContextClassLoader(loader);
            for (Case c : cases) {
                if (remoteCases.contains(c)) {
                    continue;
                }
                String root = roots.get(c);
                Class<?> type = null;
                String missing = null;
                if (root == null) {
                    missing = "no root type";
                } else {
                    try {
                        type = loader.loadClass(root);
                    } catch (ClassNotFoundException | LinkageError e) {
                        missing = "not compiled: " + root;
                    }
                }
                for (Document d : c.documents()) {
                    String[] result = type != null ? roundTrip(type, d.text())
                            : new String[] {root != null ? "rejected" : "no-type", missing};
                    counts.merge(result[0], 1, Integer::sum);
                    lines.add(String.join("\t", draft, c.id(), oneLine(d.label()), result[0], oneLine(result[1])));
                }
            }
        }
        counts.put("remote schemas", remoteCases.size());
        return counts;
    }

    /** The binary name of the type generated for the file's root, or null. */
    static String rootType(TypeModel model) {
        for (TypeDecl decl : model.types()) {
            if (decl.origin().file().equals("root.json") && decl.origin().pointer().isEmpty()) {
                return decl.name().packageName() + "." + String.join("$", decl.name().simpleNames());
            }
        }
        return null;
    }

    /** {outcome, detail} for one document. */
    static String[] roundTrip(Class<?> type, String text) {
        JsonNode in = JSON.readTree(text);
        JsonNode back;
        try {
            Object value = JSON.readValue(text, type);
            back = JSON.readTree(JSON.writeValueAsString(value));
        } catch (Exception | StackOverflowError e) {
            return new String[] {"rejected", String.valueOf(e.getMessage()).lines().findFirst().orElse("")};
        }
        List<String> added = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        List<String> differ = new ArrayList<>();
        compare("", in, back, added, lost, differ);
        if (added.isEmpty() && lost.isEmpty() && differ.isEmpty()) {
            return new String[] {"unchanged", ""};
        }
        String detail = "in " + preview(text) + " out " + preview(back.toString());
        if (differ.isEmpty() && lost.isEmpty()) {
            return new String[] {"added", "added " + added + "; " + detail};
        }
        if (differ.isEmpty() && added.isEmpty()) {
            return new String[] {"lost", "lost " + lost + "; " + detail};
        }
        return new String[] {"changed", "added " + added + " lost " + lost + " differ " + differ + "; " + detail};
    }

    /** Compares two trees: members only in {@code out} are added, only in {@code in} lost; other differences differ. */
    static void compare(String at, JsonNode in, JsonNode out, List<String> added, List<String> lost, List<String> differ) {
        if (in.isObject() && out.isObject()) {
            for (Iterator<String> it = in.propertyNames().iterator(); it.hasNext(); ) {
                String key = it.next();
                if (out.has(key)) {
                    compare(at + "/" + key, in.get(key), out.get(key), added, lost, differ);
                } else {
                    lost.add(at + "/" + key);
                }
            }
            for (String key : out.propertyNames()) {
                if (!in.has(key)) {
                    added.add(at + "/" + key);
                }
            }
        } else if (in.isArray() && out.isArray() && in.size() == out.size()) {
            for (int i = 0; i < in.size(); i++) {
                compare(at + "/" + i, in.get(i), out.get(i), added, lost, differ);
            }
        } else if (!sameValue(in, out)) {
            differ.add(at.isEmpty() ? "/" : at);
        }
    }

    static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return new BigDecimal(a.asString()).compareTo(new BigDecimal(b.asString())) == 0;
        }
        return a.equals(b);
    }

    static String preview(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

    static String oneLine(String text) {
        return text.replace('\t', ' ').replace('\n', ' ');
    }
}
