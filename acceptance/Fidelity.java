import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.schemapojo.core.ConstraintChecks;
import dev.schemapojo.core.Draft;
import dev.schemapojo.core.FailOn;
import dev.schemapojo.core.FormatChecks;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.Style;
import dev.schemapojo.core.UnknownProperties;
import dev.schemapojo.core.ir.TypeDecl;
import dev.schemapojo.core.ir.TypeModel;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 *
 * <p>Second mode: {@code java -cp CLASSPATH acceptance/Fidelity.java OUT STYLE --public DIR} over the layout
 * {@code acceptance/fetch-fidelity-public.sh} writes: {@code DIR/MANIFEST.tsv} names each collection (slug) and
 * the root file inside its {@code DIR/<slug>/schema/}; that directory is generated as a whole, the root type is
 * the one generated for the root file's root, and the documents are {@code DIR/<slug>/valid/*.json}. Each
 * document is first validated against the schema (networknt, format assertions off, every file known by its
 * file URI and by its {@code $id}); one the schema rejects is reported as {@code invalid-document} and left
 * out of the figures, which are printed per slug and in total. A remote reference does not leave the
 * collection out here: it is recorded in results.tsv and the documents are read all the same.
 */
public final class Fidelity {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** {@code -Dfidelity.jackson=2}: documents are read and written with Jackson 2 (compared as Jackson 3 trees). */
    private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
            "2".equals(System.getProperty("fidelity.jackson")) ? new com.fasterxml.jackson.databind.ObjectMapper() : null;
    /** Per draft and keyword (test file): {invalid instances, refused, JSON null at the root}. */
    private static final Map<String, int[]> refusals = new TreeMap<>();
    /** The outcomes, in the order they are printed. */
    private static final List<String> OUTCOMES = List.of("unchanged", "added", "lost", "changed", "rejected", "no-type");

    /** A document; {@code valid} false for the suite's invalid instances, which reading should refuse. */
    record Document(String label, String text, boolean valid) {
        Document(String label, String text) {
            this(label, text, true);
        }
    }

    /**
     * One schema and its valid documents: either a single schema text ({@code schema}, written as
     * {@code root.json}) or a directory of files ({@code schemaDir}) of which {@code rootFile} is the root.
     */
    record Case(String id, String schema, Path schemaDir, String rootFile, List<Document> documents) {
        Case(String id, String schema, List<Document> documents) {
            this(id, schema, null, "root.json", documents);
        }
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Style style = Style.valueOf(args[1].toUpperCase());
        if (args[2].equals("--public")) {
            publicMain(out, style, Path.of(args[3]));
            return;
        }
        Path suite = Path.of(args[2]);
        List<String> lines = new ArrayList<>();
        lines.add("draft\tcase\tdocument\toutcome\tdetail");
        for (int i = 3; i < args.length; i++) {
            String draft = args[i];
            List<Case> cases = new ArrayList<>(suiteCases(suite.resolve(draft), draft));
            Path formats = suite.resolve(draft).resolve("optional").resolve("format");
            if (System.getProperty("fidelity.formats", "annotate").equals("assert") && Files.isDirectory(formats)) {
                // formats asserted: the suite's optional format tests too, as format/<file>/<group>
                suiteCases(formats, draft).forEach(c -> cases.add(new Case("format/" + c.id(), c.schema(), c.documents())));
            }
            Map<String, Integer> counts = run(cases, out.resolve(draft), style, draft, lines, true);
            int remote = counts.remove("remote schemas");
            int withValid = counts.remove("schemas with valid documents");
            int invalid = 0;
            int refused = counts.getOrDefault("invalid refused", 0);
            int nullRoot = counts.getOrDefault("invalid null-root", 0);
            for (String key : List.of("invalid refused", "invalid accepted", "invalid invalid-no-type", "invalid null-root")) {
                invalid += counts.getOrDefault(key, 0);
                counts.remove(key);
            }
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder figures = new StringBuilder(draft + ": " + withValid + " schemas (" + remote
                    + " more need a remote document), " + total + " valid documents:");
            for (String outcome : OUTCOMES) {
                int n = counts.getOrDefault(outcome, 0);
                figures.append(String.format(" %s %d (%.1f%%)", outcome, n, total == 0 ? 0.0 : 100.0 * n / total));
            }
            System.out.println(figures);
            System.out.println(String.format("%s: %d invalid documents: refused %d (%.1f%%); %d of them are a JSON null at"
                            + " the root, which Jackson returns as Java null without asking the type; of the other %d, refused %.1f%%",
                    draft, invalid, refused, invalid == 0 ? 0.0 : 100.0 * refused / invalid, nullRoot, invalid - nullRoot,
                    invalid == nullRoot ? 0.0 : 100.0 * refused / (invalid - nullRoot)));
        }
        Files.createDirectories(out);
        Files.write(out.resolve("results.tsv"), lines, StandardCharsets.UTF_8);
        List<String> perKeyword = new ArrayList<>();
        perKeyword.add("draft\tkeyword\tinvalid\trefused\tnull-root\tshare of the others");
        refusals.forEach((key, n) -> perKeyword.add(key + "\t" + n[0] + "\t" + n[1] + "\t" + n[2]
                + String.format("\t%.1f%%", n[0] == n[2] ? 100.0 : 100.0 * n[1] / (n[0] - n[2]))));
        Files.write(out.resolve("invalid.tsv"), perKeyword, StandardCharsets.UTF_8);
    }

    /** The public mode: one run per collection of DIR/MANIFEST.tsv, figures per collection and in total. */
    static void publicMain(Path out, Style style, Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("slug\tcase\tdocument\toutcome\tdetail");
        Map<String, Integer> all = new TreeMap<>();
        List<String> manifest = Files.readAllLines(dir.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(manifest.get(0).split("\t"));
        int slugColumn = header.indexOf("slug");
        int rootColumn = header.indexOf("root");
        int slugs = 0;
        for (String row : manifest.subList(1, manifest.size())) {
            String[] cells = row.split("\t", -1);
            String slug = cells[slugColumn];
            Case c = publicCase(dir.resolve(slug), slug, cells[rootColumn]);
            Map<String, Integer> counts = run(List.of(c), out.resolve(slug), style, slug, lines, false);
            counts.forEach((k, v) -> all.merge(k, v, Integer::sum));
            System.out.println(figures(slug, 1, counts));
            slugs++;
        }
        System.out.println(figures("total", slugs, all));
        Files.createDirectories(out);
        Files.write(out.resolve("results.tsv"), lines, StandardCharsets.UTF_8);
    }

    /** One figures line: the schemas, the documents read, and each outcome with its share of them. */
    static String figures(String label, int schemas, Map<String, Integer> counts) {
        int remote = counts.getOrDefault("remote schemas", 0);
        int invalid = counts.getOrDefault("invalid documents", 0);
        int total = 0;
        for (String outcome : OUTCOMES) {
            total += counts.getOrDefault(outcome, 0);
        }
        int refused = counts.getOrDefault("invalid documents refused", 0);
        StringBuilder figures = new StringBuilder(label + ": " + schemas + " schemas (" + remote
                + " with a remote reference), " + total + " valid documents (" + invalid
                + " more invalid against their schema, refused on read " + refused
                + String.format(" (%.1f%%)", invalid == 0 ? 0.0 : 100.0 * refused / invalid) + "):");
        for (String outcome : OUTCOMES) {
            int n = counts.getOrDefault(outcome, 0);
            figures.append(String.format(" %s %d (%.1f%%)", outcome, n, total == 0 ? 0.0 : 100.0 * n / total));
        }
        return figures.toString();
    }

    /** A collection of the public layout: its schema directory, root file and sorted valid documents. */
    static Case publicCase(Path slugDir, String slug, String rootFile) throws IOException {
        List<Document> documents = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(slugDir.resolve("valid"))) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            documents.add(new Document(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
        return new Case(slug, null, slugDir.resolve("schema"), rootFile, documents);
    }

    /** The groups of every test file of one draft, with their valid and invalid instances. */
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
                    documents.add(new Document(test.path("description").asString(), JSON.writeValueAsString(test.get("data")),
                            test.path("valid").asBoolean()));
                }
                String name = file.getFileName().toString().replace(".json", "");
                if (!documents.isEmpty()) {
                    cases.add(new Case(name + "/" + g, schema, documents));
                }
            }
        }
        return cases;
    }

    /**
     * Generates every case into its own package, compiles them together, and reads each document. With
     * {@code skipRemote} a case whose schema has a remote reference is left out (the suite's remotes are not
     * served); without it the reference is only recorded. Cases with a schema directory have their documents
     * validated first.
     */
    static Map<String, Integer> run(List<Case> cases, Path work, Style style, String draft, List<String> lines,
            boolean skipRemote) throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        Path sources = work.resolve("src");
        Path classes = work.resolve("classes");
        Files.createDirectories(classes);
        Map<Case, String> roots = new LinkedHashMap<>();
        Set<Case> remoteCases = new HashSet<>();
        Map<Case, DocumentValidator> validators = new HashMap<>();
        int n = 0;
        for (Case c : cases) {
            String pkg = "fidelity.c" + n++;
            Path schemaDir = work.resolve("schemas").resolve(pkg);
            Files.createDirectories(schemaDir);
            if (c.schemaDir() != null) {
                copyTree(c.schemaDir(), schemaDir);
                validators.put(c, new DocumentValidator(schemaDir, c.rootFile()));
            } else {
                Files.writeString(schemaDir.resolve("root.json"), c.schema(), StandardCharsets.UTF_8);
            }
            Options.Builder options = Options.builder().sourceDirectory(schemaDir).outputDirectory(sources.resolve(pkg))
                    .packageName(pkg).failOn(FailOn.NEVER).diagnosticsPerRule(0).style(style)
                    .unknownProperties(UnknownProperties.parse(System.getProperty("fidelity.unknownProperties", "ignore")))
                    .constraints(ConstraintChecks.parse(System.getProperty("fidelity.constraints", "document")))
                    .formats(FormatChecks.parse(System.getProperty("fidelity.formats", "annotate")));
            if (skipRemote) {
                // the suite's schemas name no $schema: a draft's directory is that draft
                options.defaultDraft(Draft.parse(draft));
            }
            try {
                Generator generator = new Generator(options.build());
                var remote = generator.generate().diagnostics().stream().filter(d -> d.ruleId().equals("ref.remote")).findFirst();
                if (remote.isPresent()) {
                    if (skipRemote) {
                        remoteCases.add(c); // needs a document the suite serves from localhost:1234: left out
                    }
                    counts.merge("remote schemas", 1, Integer::sum);
                    lines.add(String.join("\t", draft, c.id(), "", "remote", oneLine(remote.get().format().lines().findFirst().orElse(""))));
                }
                roots.put(c, generator.model().map(model -> rootType(model, c.rootFile())).orElse(null));
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
                DocumentValidator validator = validators.get(c);
                if (validator != null && validator.problem() != null) {
                    lines.add(String.join("\t", draft, c.id(), "", "unvalidated", oneLine(validator.problem())));
                }
                for (Document d : c.documents()) {
                    if (!d.valid()) {
                        // the suite's invalid instances: reading should refuse them (issue 12 measures how many)
                        String outcome = type == null ? "invalid-no-type"
                                : roundTrip(type, d.text())[0].equals("rejected") ? "refused" : "accepted";
                        if (outcome.equals("accepted") && d.text().strip().equals("null")) {
                            // Jackson returns Java null for a JSON null at the root without asking the type
                            // (no creator is called), so no generated type can refuse it; counted apart
                            outcome = "null-root";
                        }
                        counts.merge("invalid " + outcome, 1, Integer::sum);
                        int[] keyword = refusals.computeIfAbsent(draft + "\t" + c.id().replaceAll("/[0-9]+$", ""),
                                k -> new int[3]);
                        keyword[0]++;
                        if (outcome.equals("refused")) {
                            keyword[1]++;
                        }
                        if (outcome.equals("null-root")) {
                            keyword[2]++;
                        }
                        lines.add(String.join("\t", draft, c.id(), oneLine(d.label()), outcome, ""));
                        continue;
                    }
                    String invalid = validator == null ? null : validator.errors(d.text());
                    String[] result = invalid != null ? new String[] {"invalid-document", invalid}
                            : type != null ? roundTrip(type, d.text())
                            : new String[] {root != null ? "rejected" : "no-type", missing};
                    counts.merge(invalid != null ? "invalid documents" : result[0], 1, Integer::sum);
                    if (invalid != null && type != null) {
                        // a document its schema rejects (by the meta-schema-true validator): does the type refuse it?
                        boolean refused = roundTrip(type, d.text())[0].equals("rejected");
                        counts.merge(refused ? "invalid documents refused" : "invalid documents accepted", 1, Integer::sum);
                        result = new String[] {refused ? "invalid-document-refused" : "invalid-document-accepted", invalid};
                    }
                    lines.add(String.join("\t", draft, c.id(), oneLine(d.label()), result[0], oneLine(result[1])));
                }
            }
        }
        if (skipRemote) {
            // the valid figures count the groups that have valid instances (the suite also has groups of invalid ones only)
            counts.put("remote schemas", (int) remoteCases.stream().filter(Fidelity::hasValid).count());
            counts.put("schemas with valid documents", (int) cases.stream()
                    .filter(c -> !remoteCases.contains(c) && hasValid(c)).count());
        }
        return counts;
    }

    static boolean hasValid(Case c) {
        return c.documents().stream().anyMatch(Document::valid);
    }

    /** Copies a directory tree. */
    static void copyTree(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
    }

    /** The binary name of the type generated for the root of {@code rootFile}, or null. */
    static String rootType(TypeModel model, String rootFile) {
        for (TypeDecl decl : model.types()) {
            if (decl.origin().file().equals(rootFile) && decl.origin().pointer().isEmpty()) {
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
            if (JACKSON2 != null) {
                back = JSON.readTree(JACKSON2.writeValueAsString(JACKSON2.readValue(text, type)));
            } else {
                back = JSON.readTree(JSON.writeValueAsString(JSON.readValue(text, type)));
            }
        } catch (Exception | StackOverflowError e) {
            String where = e instanceof tools.jackson.core.JacksonException j && !j.getPath().isEmpty()
                    ? " (at " + pointer(j.getPath()) + ")" : "";
            return new String[] {"rejected", String.valueOf(e.getMessage()).lines().findFirst().orElse("") + where};
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

    /** The JSON pointer of the place Jackson failed at, from its reference chain. */
    static String pointer(List<tools.jackson.core.JacksonException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (var reference : path) {
            out.append('/').append(reference.getPropertyName() != null ? reference.getPropertyName() : String.valueOf(reference.getIndex()));
        }
        return out.toString();
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

    /**
     * Validates documents against a schema directory with networknt, so that an example its own schema rejects
     * is not counted. Every file is known by its file URI, by its {@code $id}, and by the URI its relative path
     * takes against another file's {@code $id} (files that name each other by file name under an {@code $id}
     * of their web address). A root whose {@code $schema} is no JSON Schema draft (OpenRPC's
     * {@code https://meta.json-schema.tools/}) is validated as draft 7, the draft such meta-schemas extend.
     * Format assertions are off, as the generator has them: this checks structure, not formats.
     */
    static final class DocumentValidator {
        private Schema schema;
        private String problem;

        DocumentValidator(Path dir, String rootFile) {
            try {
                Map<String, String> byUri = new HashMap<>();
                Map<Path, URI> ids = new HashMap<>();
                List<Path> files;
                try (Stream<Path> walk = Files.walk(dir)) {
                    files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
                }
                Path root = dir.resolve(rootFile);
                for (Path file : files) {
                    JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
                    if (node.isObject() && node.path("$schema").isString()) {
                        String declared = node.path("$schema").asString();
                        var draft = dialect(declared);
                        if (draft.isPresent()) {
                            // networknt knows each draft by one spelling ("...draft-07/schema#")
                            ((tools.jackson.databind.node.ObjectNode) node).put("$schema", draft.get().getDialectId());
                        } else {
                            ((tools.jackson.databind.node.ObjectNode) node).remove("$schema");
                            problem = dir.relativize(file) + ": $schema \"" + declared
                                    + "\" is no JSON Schema draft: validated as draft 7";
                        }
                    }
                    String text = JSON.writeValueAsString(node);
                    byUri.put(file.toUri().toString(), text);
                    for (String key : List.of("$id", "id")) {
                        String id = node.path(key).isString() ? node.path(key).asString() : "";
                        if (id.contains(":")) {
                            URI uri = URI.create(id.endsWith("#") ? id.substring(0, id.length() - 1) : id);
                            ids.put(file, uri);
                            byUri.put(uri.toString(), text);
                            if ("/".equals(uri.getPath())) { // "https://host/" is also referred to as "https://host"
                                byUri.put(uri.toString().substring(0, uri.toString().length() - 1), text);
                            }
                            break;
                        }
                    }
                }
                for (Map.Entry<Path, URI> id : ids.entrySet()) {
                    for (Path file : files) {
                        String relative = id.getKey().getParent().relativize(file).toString().replace('\\', '/');
                        byUri.putIfAbsent(id.getValue().resolve(relative).toString(), byUri.get(file.toUri().toString()));
                    }
                }
                SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                        builder -> builder.schemas(byUri::get));
                schema = registry.getSchema(SchemaLocation.of(root.toUri().toString()));
                schema.initializeValidators();
            } catch (Exception | StackOverflowError e) {
                schema = null;
                problem = "validation unavailable: " + e;
            }
        }

        /** The draft a {@code $schema} names, however it spells the URI (http or https, with or without "#"). */
        static java.util.Optional<SpecificationVersion> dialect(String declared) {
            String bare = declared.replaceFirst("^https?://", "").replaceFirst("#$", "");
            for (SpecificationVersion version : SpecificationVersion.values()) {
                if (version.getDialectId().replaceFirst("^https?://", "").replaceFirst("#$", "").equals(bare)) {
                    return java.util.Optional.of(version);
                }
            }
            return java.util.Optional.empty();
        }

        /** What keeps the documents from being validated (or how they are), or null. */
        String problem() {
            return problem;
        }

        /** The first errors the schema reports for the document, or null when it is valid (or unvalidated). */
        String errors(String text) {
            if (schema == null) {
                return null;
            }
            List<com.networknt.schema.Error> errors;
            try {
                errors = schema.validate(JSON.readTree(text),
                        context -> context.executionConfig(config -> config.formatAssertionsEnabled(false)));
            } catch (Exception | StackOverflowError e) {
                return null;
            }
            if (errors.isEmpty()) {
                return null;
            }
            StringBuilder out = new StringBuilder(errors.size() + " errors:");
            errors.stream().limit(3).forEach(e -> out.append(' ').append(e.getInstanceLocation()).append(' ').append(e.getMessage()).append(';'));
            return out.toString();
        }
    }
}
