package dev.schemapojo.core;

import dev.schemapojo.core.diagnostics.Diagnostic;
import dev.schemapojo.core.diagnostics.DiagnosticCollector;
import dev.schemapojo.core.diagnostics.Severity;
import dev.schemapojo.core.emit.TypeEmitter;
import dev.schemapojo.core.ir.TypeModel;
import dev.schemapojo.core.load.FileDigest;
import dev.schemapojo.core.load.JsonPointers;
import dev.schemapojo.core.load.SchemaLoader;
import dev.schemapojo.core.load.SchemaSet;
import dev.schemapojo.core.load.SourceFiles;
import dev.schemapojo.core.model.Modeller;
import dev.schemapojo.core.parallel.Workers;
import dev.schemapojo.core.validate.LintRules;
import dev.schemapojo.core.validate.MetaSchemaValidator;
import dev.schemapojo.core.write.BuildState;
import dev.schemapojo.core.write.OutputWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.lang.model.SourceVersion;

/**
 * The generator's facade: load -> validate -> model -> emit -> write. One instance per run; instances
 * share no state, so runs in parallel threads are independent.
 */
public final class Generator {
    private final Options options;

    public Generator(Options options) {
        this.options = options;
    }

    /**
     * Runs every stage and, unless the diagnostics fail the run, writes the sources.
     *
     * @throws InvalidOptionsException when the options cannot be used
     * @throws UncheckedIOException when the file system fails (not for bad schemas: those are diagnostics)
     */
    public GenerationResult generate() {
        return run(true);
    }

    /** Runs every stage but writes nothing. */
    public GenerationResult validate() {
        return run(false);
    }

    /**
     * The drift check, for teams that commit the generated sources: runs every stage, writes nothing, and
     * compares what a run would write with the output directory. Each generated file that is missing, differs,
     * or is left over (a file that starts as generated files do but that the schemas no longer give) is an
     * error diagnostic ({@code drift.missing}, {@code drift.changed}, {@code drift.stale}); files that were not
     * generated are not looked at. The result fails when the schemas have errors or the output drifted.
     */
    public GenerationResult check() {
        long start = System.nanoTime();
        Execution execution = executeOnLargeStack();
        List<Diagnostic> diagnostics = new ArrayList<>(execution.diagnostics());
        boolean failed = execution.failed();
        if (!failed) {
            try {
                for (OutputWriter.Refusal drift : OutputWriter.drift(options.outputDirectory(), execution.sources())) {
                    diagnostics.add(new Diagnostic(options.display(drift.file()), 0, 0, Severity.ERROR, drift.ruleId(), "",
                            drift.message()));
                    failed = true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the generated sources in " + options.outputDirectory() + ": " + e, e);
            }
        }
        List<Path> files = execution.sources().keySet().stream().map(Path::of).toList();
        return new GenerationResult(diagnostics, execution.schemaCount(), execution.typeCount(), files, false, false,
                failed, millisSince(start), options.diagnosticsPerRule(), false);
    }

    /**
     * The changes from {@code baseline} (the same options over the previous version of the schemas, see
     * {@link Options#withSchemas}) to these options' schemas: both sets are modelled in memory, nothing is
     * written. Empty when either set has errors; the diagnostics of both are in the result.
     */
    public CompatResult compat(Options baseline) {
        Execution before = new Generator(baseline).executeOnLargeStack();
        Execution now = executeOnLargeStack();
        List<Diagnostic> diagnostics = new ArrayList<>(before.diagnostics());
        diagnostics.addAll(now.diagnostics());
        boolean failed = before.failed() || now.failed() || before.model() == null || now.model() == null;
        var baselineDocuments = failed ? Map.<String, dev.schemapojo.core.load.SchemaDocument>of() : byPath(before.set());
        var currentDocuments = failed ? Map.<String, dev.schemapojo.core.load.SchemaDocument>of() : byPath(now.set());
        List<dev.schemapojo.core.compat.Change> changes = failed ? List.of()
                : dev.schemapojo.core.compat.ModelDiff.compare(before.model(), now.model(), options.formats() == FormatChecks.ASSERT,
                        movedFiles(before.set(), now.set())).stream()
                        .map(c -> c.at(location(c.removal() ? baselineDocuments : currentDocuments, c))).toList();
        return new CompatResult(diagnostics, changes, failed);
    }

    /** A set's documents by their path (the first of a path that several source roots have). */
    private static Map<String, dev.schemapojo.core.load.SchemaDocument> byPath(SchemaSet set) {
        Map<String, dev.schemapojo.core.load.SchemaDocument> out = new java.util.HashMap<>();
        set.documents().forEach(d -> out.putIfAbsent(d.relativePath(), d));
        return out;
    }

    /**
     * The baseline files that are another file now: schemas are known by their {@code $id} first, so a file moved
     * or renamed with its {@code $id} is the same schema; the rest are matched by their path.
     */
    private static Map<String, String> movedFiles(SchemaSet baseline, SchemaSet current) {
        Map<String, String> currentById = new java.util.HashMap<>();
        for (dev.schemapojo.core.load.SchemaDocument document : current.documents()) {
            if (!document.baseUri().equals(document.fileUriOrMapped())) {
                currentById.putIfAbsent(document.baseUri().toString(), document.relativePath());
            }
        }
        Map<String, String> out = new java.util.TreeMap<>();
        for (dev.schemapojo.core.load.SchemaDocument document : baseline.documents()) {
            String now = document.baseUri().equals(document.fileUriOrMapped()) ? null : currentById.get(document.baseUri().toString());
            if (now != null && !now.equals(document.relativePath())) {
                out.put(document.relativePath(), now);
            }
        }
        return out;
    }

    /**
     * Where a change is, as diagnostics show places ({@code file:line:col}): the keyword that changed where the
     * schema has it, else the member's schema under {@code properties}, else the type's schema; the file alone
     * when it is not found.
     */
    private static String location(Map<String, dev.schemapojo.core.load.SchemaDocument> documents,
            dev.schemapojo.core.compat.Change change) {
        dev.schemapojo.core.load.SchemaDocument document = documents.get(change.origin().file());
        if (document == null) {
            return change.origin().file();
        }
        String pointer = change.origin().pointer();
        String member = change.member().isEmpty() || change.member().startsWith("[") ? pointer
                : pointer + "/properties/" + JsonPointers.escape(change.member());
        // a keyword, or a path of keywords from the member's schema (items/maxLength)
        String keyword = change.keyword().isEmpty() ? member : member + "/" + change.keyword();
        var keys = document.json().valueLocations();
        var at = keys.containsKey(keyword) ? document.json().locateKey(keyword)
                : keys.containsKey(member) ? document.json().locateKey(member) : document.json().locate(pointer);
        return document.displayPath() + (at.line() > 0 ? ":" + at.line() + ":" + at.column() : "");
    }

    /** What {@link #compat} found: the diagnostics of both sets, and the changes unless one of them failed. */
    public record CompatResult(List<Diagnostic> diagnostics, List<dev.schemapojo.core.compat.Change> changes, boolean failed) {}

    /** The sources a run would write, by relative path; empty when the run fails. For tests and tools. */
    public Map<String, String> sources() {
        return executeOnLargeStack().sources();
    }

    /** The type model a run builds (empty when the diagnostics stop the run before the model stage). */
    public Optional<TypeModel> model() {
        return Optional.ofNullable(executeOnLargeStack().model());
    }

    private GenerationResult run(boolean write) {
        long start = System.nanoTime();
        if (write && !options.force()) {
            Optional<BuildState> last = BuildState.upToDate(options);
            if (last.isPresent()) {
                return GenerationResult.upToDate(last.get().schemaCount(), millisSince(start), options.diagnosticsPerRule());
            }
        }
        Execution execution = executeOnLargeStack();
        // A selection of no file writes nothing: the previous output stays (the loader warned).
        boolean writes = write && !execution.failed() && !execution.selectedNothing();
        List<Diagnostic> diagnostics = execution.diagnostics();
        boolean failed = execution.failed();
        if (writes) {
            Path state = options.stateDirectory();
            try {
                if (state != null) {
                    BuildState.delete(state);
                }
                String manifest = new OutputWriter(options.outputDirectory(), state).write(execution.sources());
                if (state != null) {
                    BuildState.of(options, execution.digests(), manifest).write(state);
                }
            } catch (OutputWriter.RefusedException e) {
                // files that are not the run's to overwrite: nothing was written, each is an error
                diagnostics = new ArrayList<>(diagnostics);
                for (OutputWriter.Refusal refusal : e.refusals()) {
                    diagnostics.add(new Diagnostic(options.display(refusal.file()), 0, 0, Severity.ERROR, refusal.ruleId(), "",
                            refusal.message()));
                }
                writes = false;
                failed = true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the generated sources to " + options.outputDirectory() + ": " + e, e);
            }
        }
        List<Path> files = execution.sources().keySet().stream().map(Path::of).toList();
        return new GenerationResult(diagnostics, execution.schemaCount(), execution.typeCount(), files,
                write, writes, failed, millisSince(start), options.diagnosticsPerRule(), false);
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /**
     * @param digests the digest of each file the run read (what its output depends on)
     * @param selectedNothing the options selected no schema file of the source directory
     */
    private record Execution(List<Diagnostic> diagnostics, int schemaCount, TypeModel model, Map<String, String> sources,
            boolean failed, Map<Path, FileDigest> digests, boolean selectedNothing, SchemaSet set) {
        int typeCount() {
            return model == null ? 0 : model.typeCount();
        }
    }

    /**
     * Stack for the pipeline's thread. Validation and modelling recurse once per nesting level of a
     * schema; JSON may nest 500 levels, which a default 1 MB thread stack does not always hold. The
     * reservation is virtual memory; only what is used is committed.
     */
    static final long STACK_BYTES = 512L * 1024 * 1024;

    private Execution executeOnLargeStack() {
        Execution[] result = new Execution[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread worker = new Thread(null, () -> {
            try {
                result[0] = execute();
            } catch (RuntimeException e) {
                failure[0] = e;
            } catch (StackOverflowError e) {
                failure[0] = new InvalidOptionsException("the schemas are nested too deeply to process even with a "
                        + (STACK_BYTES >> 20) + " MB stack; please report the schema that caused this");
            }
        }, "schemapojo-generator", STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.interrupt();
            throw new IllegalStateException("interrupted while generating", e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return result[0];
    }

    private Execution execute() {
        checkOptions();
        DiagnosticCollector diagnostics = new DiagnosticCollector(options.ruleSeverities());
        SchemaSet set;
        SchemaLoader loader = new SchemaLoader(options, diagnostics);
        Workers workers = Workers.perCore(STACK_BYTES);
        try {
            set = loader.load(workers);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schemas under " + options.sourceDirectory() + ": " + e, e);
        }
        new MetaSchemaValidator().validate(set, workers).forEach(diagnostics::report);
        new LintRules().check(set).forEach(diagnostics::report);
        Map<String, String> sources = Map.of();
        TypeModel model = null;
        if (!diagnostics.hasErrors() || options.failOn() == FailOn.NEVER) {
            model = new Modeller(options, set, diagnostics).model();
            sources = new TypeEmitter(options, workers).emit(model);
        }
        List<Diagnostic> all = diagnostics.sorted();
        boolean failed = switch (options.failOn()) {
            case ERROR -> all.stream().anyMatch(Diagnostic::isError);
            case WARNING -> !all.isEmpty();
            case NEVER -> false;
        };
        return new Execution(all, set.fileCount(), model, failed ? Map.of() : sources, failed, loader.digests(), loader.selectedNothing(),
                set);
    }

    /**
     * The output directory may not be, or lie inside, a directory the schemas are read from, links resolved:
     * generated sources would be written among the schemas (an output directory that links to the source
     * directory did just that).
     */
    private void checkOutputOutsideSchemas() {
        Path output = SourceFiles.realPath(options.outputDirectory());
        List<Path> roots = new ArrayList<>();
        roots.add(options.sourceDirectory());
        roots.addAll(options.uriMappings().values());
        roots.addAll(options.artifactRoots().values());
        for (Path root : roots) {
            Path real = SourceFiles.realPath(root);
            if (output.startsWith(real)) {
                boolean linked = !output.equals(options.outputDirectory());
                throw new InvalidOptionsException("outputDirectory " + options.outputDirectory()
                        + (linked ? " (" + output + " with links resolved)" : "") + " is "
                        + (output.equals(real) ? "" : "inside ") + "the " + (root.equals(options.sourceDirectory())
                        ? "sourceDirectory" : options.uriMappings().containsValue(root) ? "uriMappings directory"
                        : "directory of a schema artifact") + " " + root + ", where the schemas are read from;"
                        + " generated sources must go elsewhere, e.g. target/generated-sources/schemapojo");
            }
        }
    }

    private void checkOptions() {
        String packageName = options.packageName();
        if (packageName.isBlank()) {
            throw new InvalidOptionsException("packageName is required: set it to the base package of the generated"
                    + " types, e.g. com.example.model");
        }
        if (!SourceVersion.isName(packageName)) {
            throw new InvalidOptionsException("packageName '" + packageName + "' is not a valid Java package name"
                    + " (dot-separated identifiers, none of them a Java keyword)");
        }
        if (packageName.equals("java") || packageName.startsWith("java.") || packageName.equals("javax")
                || packageName.startsWith("javax.")) {
            throw new InvalidOptionsException("packageName '" + packageName + "' is in java or javax, whose packages"
                    + " belong to the JDK and which javac refuses for other code; use a package of your own, e.g."
                    + " com.example.model");
        }
        for (String segment : packageName.split("\\.")) {
            if (dev.schemapojo.core.naming.Names.isWindowsDevice(segment)) {
                throw new InvalidOptionsException("packageName '" + packageName + "' has the segment " + segment + ", a"
                        + " device name that Windows reserves: no directory of that name can be made there; use another"
                        + " name, e.g. " + segment + "_");
            }
        }
        if (options.titlePattern() != null && !options.titlePattern().pattern().contains("(?<name>")) {
            throw new InvalidOptionsException("titlePattern '" + options.titlePattern().pattern() + "' has no group"
                    + " named name, which gives the type's name: write it as (?<name>...), e.g. ^(?<name>\\w+)Request$");
        }
        Path source = options.sourceDirectory();
        for (Map.Entry<String, Path> artifact : options.artifactRoots().entrySet()) {
            if (!Files.isDirectory(artifact.getValue())) {
                throw new InvalidOptionsException("the schemas of " + artifact.getKey() + " are not at " + artifact.getValue());
            }
        }
        if (!Files.isDirectory(source) && options.artifactRoots().isEmpty()) {
            throw new InvalidOptionsException("sourceDirectory " + source + (Files.exists(source)
                    ? " is not a directory" : " does not exist") + "; point it at the directory that holds the schema files");
        }
        checkOutputOutsideSchemas();
        for (Map.Entry<String, Path> mapping : options.uriMappings().entrySet()) {
            java.net.URI prefix;
            try {
                prefix = new java.net.URI(mapping.getKey());
            } catch (java.net.URISyntaxException e) {
                throw new InvalidOptionsException("uriMappings: '" + mapping.getKey() + "' is not a URI: " + e.getMessage());
            }
            if (!prefix.isAbsolute() || !mapping.getKey().endsWith("/")) {
                throw new InvalidOptionsException("uriMappings: '" + mapping.getKey() + "' must be an absolute URI"
                        + " ending with /, e.g. https://example.com/schemas/");
            }
            if (!Files.isDirectory(mapping.getValue())) {
                throw new InvalidOptionsException("uriMappings: the directory " + mapping.getValue() + " for '"
                        + mapping.getKey() + "' does not exist");
            }
        }
        if (options.outputDirectory().startsWith(source) || source.startsWith(options.outputDirectory())) {
            throw new InvalidOptionsException("outputDirectory " + options.outputDirectory()
                    + " and sourceDirectory " + source + " must not contain each other");
        }
    }
}
