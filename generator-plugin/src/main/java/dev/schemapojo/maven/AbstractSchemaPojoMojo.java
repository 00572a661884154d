package dev.schemapojo.maven;

import dev.schemapojo.core.ConstraintChecks;
import dev.schemapojo.core.FormatChecks;
import dev.schemapojo.core.Draft;
import dev.schemapojo.core.FailOn;
import dev.schemapojo.core.GenerationResult;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.InvalidOptionsException;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.Style;
import dev.schemapojo.core.TypeNaming;
import dev.schemapojo.core.UnknownEnumValues;
import dev.schemapojo.core.UnknownProperties;
import dev.schemapojo.core.diagnostics.DiagnosticReport;
import dev.schemapojo.core.diagnostics.Severity;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.sonatype.plexus.build.incremental.BuildContext;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

/**
 * The parameters shared by the goals, and the one thing a goal does with them: turn them into
 * {@link Options}, hand those to the {@link Generator}, and report what it found. The mojo knows
 * nothing about JSON Schema; every rule lives in the core.
 *
 * <p>Fields are package-private so that the mapping can be unit-tested without a Maven runtime.
 */
abstract class AbstractSchemaPojoMojo extends AbstractMojo {

    /** The build directory; a goal keeps its state in its sub-directory {@code schemapojo}, one per execution id. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    MojoExecution execution;

    /**
     * Artifacts whose schemas are read as if they were in {@code sourceDirectory} (their sub-directories become
     * sub-packages), resolved through Maven's resolver like any dependency (offline from the local repository
     * with {@code -o}); diagnostics name their files {@code groupId:artifactId:version!/path}. Each entry has
     * {@code coordinates} ({@code groupId:artifactId:version[:classifier][:type]}) and optionally
     * {@code directory} (inside the artifact), {@code includes} (default {@code **}{@code /*.json}) and
     * {@code excludes}.
     */
    @Parameter
    List<SchemaDependency> schemaDependencies;

    @Component
    org.eclipse.aether.RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
    org.eclipse.aether.RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
    List<org.eclipse.aether.repository.RemoteRepository> remoteRepositories;

    /** The directory of this execution under {@code target/schemapojo}: {@code target/schemapojo/<execution id>}. */
    final File executionDirectory() {
        String id = execution == null ? "default" : execution.getExecutionId();
        return new File(new File(buildDirectory, "schemapojo"), id.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    /**
     * The directory that holds the JSON Schema files. Sub-directories become sub-packages of
     * {@code packageName}, so one directory can hold several unrelated schema sets.
     */
    @Parameter(property = "schemapojo.sourceDirectory", defaultValue = "${project.basedir}/src/main/jsonschema")
    File sourceDirectory;

    /** Glob patterns, relative to {@code sourceDirectory}, of the schema files to read. */
    @Parameter(property = "schemapojo.includes", defaultValue = "**/*.json")
    List<String> includes;

    /** Glob patterns, relative to {@code sourceDirectory}, of files to leave out; applied after {@code includes}. */
    @Parameter(property = "schemapojo.excludes")
    List<String> excludes;

    /**
     * Where the {@code generate} goal writes the Java sources; it also adds this directory to the
     * project's compile source roots. A failed run leaves it as it was.
     */
    @Parameter(
            property = "schemapojo.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/schemapojo")
    File outputDirectory;

    /** The base package of the generated types, e.g. {@code com.example.api}. */
    @Parameter(property = "schemapojo.packageName", required = true)
    String packageName;

    /**
     * JSON property names whose values {@code toString()} prints as {@code ***} (in addition to
     * properties marked {@code writeOnly: true} or {@code format: password}), e.g. {@code secret}.
     */
    @Parameter(property = "schemapojo.sensitiveProperties")
    List<String> sensitiveProperties;

    /**
     * Which diagnostics fail the build: {@code error} (any error), {@code warning} (any error or
     * warning) or {@code never}.
     */
    @Parameter(property = "schemapojo.failOn", defaultValue = "error")
    String failOn;

    /**
     * How a schema's {@code title} becomes a Java name: {@code title} (the whole title as the class
     * name, in the configured package) or {@code namespace} ({@code api_b2b_totp_v1_MigrateRequest}
     * becomes class {@code MigrateRequest} in sub-package {@code api.b2b.totp.v1}).
     */
    @Parameter(property = "schemapojo.typeNaming", defaultValue = "title")
    String typeNaming;

    /**
     * A regular expression over titles with the named group {@code name} and, optionally, the named
     * group {@code package} (in which {@code _} becomes {@code .}). It takes precedence over
     * {@code typeNaming} for the titles it matches.
     */
    @Parameter(property = "schemapojo.titlePattern")
    String titlePattern;

    /**
     * The draft of schema files that have no {@code $schema}: {@code 2020-12}, {@code 2019-09},
     * {@code 07}, {@code 06} or {@code 04}. A file without {@code $schema} that names itself with draft
     * 04's {@code id} (and has no {@code $id}) is read as draft 04 whatever this says.
     */
    @Parameter(property = "schemapojo.defaultDraft", defaultValue = "2020-12")
    String defaultDraft;

    // No XML examples in parameter Javadoc: help:describe and schemapojo:help both print it as plain text and
    // each takes angle brackets for markup, however they are escaped (PluginDescriptorTest).
    /**
     * Severities that replace a rule's default, by rule id: {@code error}, {@code warning} or
     * {@code off}. For example, an element {@code meta.id-fragment} with the text {@code off} inside
     * {@code ruleSeverities} turns that rule off. Only settable in the POM: Maven cannot turn a
     * command-line property into a map.
     */
    @Parameter
    Map<String, String> ruleSeverities;

    /**
     * What reading a JSON value that a generated enum does not list does: {@code fail} (an error that
     * names the value and the allowed ones) or {@code null} (the value reads as {@code null}; a
     * required property then still fails as missing).
     */
    @Parameter(property = "schemapojo.unknownEnumValues", defaultValue = "fail")
    String unknownEnumValues;

    /**
     * What classes do with JSON members their schema allows without saying anything of them (an object
     * without {@code additionalProperties}): {@code ignore} (read and dropped), {@code keep} (kept in
     * {@code getAdditionalProperties()} and written back, so a round trip loses nothing; such types are
     * classes in {@code style=record}) or {@code fail} (reading fails, naming the member).
     */
    @Parameter(property = "schemapojo.unknownProperties", defaultValue = "ignore")
    String unknownProperties;

    /**
     * Whether the types check the schema ({@code check}: lengths in code points, ECMA-262 patterns, numeric
     * bounds, {@code multipleOf}, counts, scalars only from JSON of their kind, and the whole schema wherever
     * a value is held as plain JSON, refused by {@code build()} and when JSON is read) or only document its
     * validation keywords ({@code document}, the default while check's read cost is above its budget).
     */
    @Parameter(property = "schemapojo.constraints", defaultValue = "document")
    String constraints;

    /**
     * What {@code format} is: {@code annotate} (the default, as JSON Schema says: documented, and the date,
     * time, UUID and URI formats pick the Java type) or {@code assert} (with {@code constraints=check}: a string
     * must be valid in its format, by the RFC the spec cites; an unknown format is reported and not checked).
     */
    @Parameter(property = "schemapojo.formats", defaultValue = "annotate")
    String formats;

    /**
     * How many diagnostics of one rule and severity the log shows before it sums up the rest in one
     * line ({@code ... and 713 more [meta.id-fragment] warnings}); {@code 0} shows all.
     */
    @Parameter(property = "schemapojo.diagnosticsPerRule", defaultValue = "3")
    int diagnosticsPerRule;

    /**
     * Local copies of remote schemas, each as a URI prefix, {@code =}, and a directory: with
     * {@code https://example.com/schemas/=src/main/remote-schemas}, a {@code $ref} to
     * {@code https://example.com/schemas/common/money.json} reads
     * {@code src/main/remote-schemas/common/money.json}. schemapojo never fetches anything over the
     * network; a remote reference without a mapping (or a loaded schema of that {@code $id}) is an error.
     */
    @Parameter(property = "schemapojo.uriMappings")
    List<String> uriMappings;

    /**
     * The shape of generated object types: {@code class} (final classes with getters, the default) or
     * {@code record} (Java records with the same checks and builder; the generated code then needs
     * Java 17+: records, and sealed interfaces for unions). Types a record cannot express stay classes, with a warning.
     */
    @Parameter(property = "schemapojo.style", defaultValue = "class")
    String style;

    /**
     * Adds Jakarta Bean Validation annotations ({@code @NotNull}, {@code @Size}, {@code @Pattern},
     * {@code @DecimalMin}, {@code @DecimalMax}, {@code @Valid}) for the schema's validation keywords; the
     * generated code then needs {@code jakarta.validation:jakarta.validation-api}.
     */
    @Parameter(property = "schemapojo.beanValidation", defaultValue = "false")
    boolean beanValidation;

    /** Skips the goal. */
    @Parameter(property = "schemapojo.skip", defaultValue = "false")
    boolean skip;

    /**
     * Generates even when nothing changed since the last run. Without it, {@code generate} does nothing when
     * the schema files, the options and the plugin are those of the last successful run and the files it
     * wrote are intact (it logs {@code schemapojo: up to date (N schemas)}).
     */
    @Parameter(property = "schemapojo.force", defaultValue = "false")
    boolean force;

    /** Paths in diagnostics are shown relative to this directory. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /**
     * The IDE's view of the build (Eclipse m2e): which files changed, where markers go, what to refresh. On
     * the command line it is the plexus default, which does nothing of that; null outside Maven (unit tests).
     */
    @Component
    BuildContext buildContext;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("schemapojo: skipped");
            return;
        }
        if (unchangedInIde()) {
            getLog().debug("schemapojo: no schema changed since the IDE's last build");
            afterSuccess(null);
            return;
        }
        perform(toOptions());
    }

    /** The goal's work with the options: runs the generator, logs the diagnostics, fails as {@code failOn} says. */
    void perform(Options options) throws MojoExecutionException, MojoFailureException {
        GenerationResult result = runGenerator(options);
        report(result);
        if (result.failed()) {
            throw new MojoFailureException(failureMessage(result, options.failOn()));
        }
        afterSuccess(result);
    }

    /** An incremental IDE build in which no file under the schema directories changed. */
    private boolean unchangedInIde() {
        if (force || buildContext == null || !buildContext.isIncremental()) {
            return false;
        }
        if (buildContext.hasDelta(sourceDirectory)) {
            return false;
        }
        if (uriMappings != null) {
            for (java.nio.file.Path directory : parseUriMappingsQuietly().values()) {
                if (buildContext.hasDelta(directory.toFile())) {
                    return false;
                }
            }
        }
        return true;
    }

    private Map<String, java.nio.file.Path> parseUriMappingsQuietly() {
        try {
            return parseUriMappings();
        } catch (MojoExecutionException e) {
            return Map.of(); // the run that follows a change reports it
        }
    }

    /** Where the goal keeps its state between runs ({@link Options#stateDirectory()}); null: no state. */
    File stateDirectory() {
        return null;
    }

    /** Runs the goal's operation of the generator. */
    abstract GenerationResult run(Generator generator);

    /** What the goal does after a run that did not fail the build; null when the IDE said nothing changed. */
    void afterSuccess(GenerationResult result) {}

    /** Maps the parameters onto {@link Options}; a value that cannot be used names its parameter. */
    final Options toOptions() throws MojoExecutionException {
        if (packageName == null) {
            throw badParameter("packageName", "not set: configure <packageName> or -Dschemapojo.packageName", null);
        }
        Options.Builder options = Options.builder()
                .sourceDirectory(sourceDirectory.toPath())
                .includes(includes)
                .excludes(excludes)
                .outputDirectory(outputDirectory.toPath())
                .packageName(packageName)
                .sensitiveProperties(sensitiveProperties)
                .failOn(parse("failOn", failOn, FailOn::parse))
                .typeNaming(parse("typeNaming", typeNaming, TypeNaming::parse))
                .titlePattern(compileTitlePattern())
                .defaultDraft(parse("defaultDraft", defaultDraft, Draft::parse))
                .ruleSeverities(parseRuleSeverities())
                .displayBase(basedir.toPath())
                .unknownEnumValues(parse("unknownEnumValues", unknownEnumValues, UnknownEnumValues::parse))
                .unknownProperties(parse("unknownProperties", unknownProperties, UnknownProperties::parse))
                .constraints(parse("constraints", constraints, ConstraintChecks::parse))
                .formats(parse("formats", formats, FormatChecks::parse))
                .diagnosticsPerRule(checkDiagnosticsPerRule())
                .uriMappings(parseUriMappings())
                .style(parse("style", style, Style::parse))
                .beanValidation(beanValidation)
                .stateDirectory(stateDirectory() == null ? null : stateDirectory().toPath())
                .force(force);
        if (schemaDependencies != null && !schemaDependencies.isEmpty()) {
            if (buildDirectory == null || repositorySystem == null) {
                throw badParameter("schemaDependencies", "needs a Maven build (a build directory and Maven's resolver)", null);
            }
            SchemaArtifacts.unpack(schemaDependencies, repositorySystem, repositorySession, remoteRepositories,
                    new File(executionDirectory(), "artifacts").toPath()).forEach((name, dir) -> options.artifactRoot(name, dir));
        }
        try {
            return options.build();
        } catch (IllegalArgumentException e) {
            // the one combination of parameters Options refuses
            throw badParameter("formats", e.getMessage(), e);
        }
    }

    final GenerationResult runGenerator(Options options) throws MojoExecutionException {
        try {
            return run(new Generator(options));
        } catch (InvalidOptionsException | UncheckedIOException e) {
            // Both carry a message written for the user; the stack trace stays behind -e.
            throw new MojoExecutionException("schemapojo: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // A bug in schemapojo, not in the user's input: keep the stack trace for -e, out of the normal log.
            throw new MojoExecutionException(
                    "schemapojo: unexpected internal error (please report it with the output of mvn -e): " + e, e);
        }
    }

    private void report(GenerationResult result) {
        for (DiagnosticReport.Line line : result.report()) {
            if (line.severity() == Severity.ERROR) {
                getLog().error(line.text());
            } else {
                getLog().warn(line.text());
            }
        }
        getLog().info(result.summary());
        if (result.upToDate()) {
            getLog().debug("schemapojo: the up-to-date check took " + result.elapsedMillis() + " ms");
        }
        if (ideMarkers()) {
            markers(result);
        }
    }

    /** True inside an IDE; the command line's default context would only log every diagnostic a second time. */
    private boolean ideMarkers() {
        return buildContext != null && !(buildContext instanceof DefaultBuildContext);
    }

    /** Each diagnostic as a marker on its schema file (or on the source directory), replacing the last run's. */
    private void markers(GenerationResult result) {
        if (result.upToDate()) {
            return; // the markers of the run that wrote the output still stand
        }
        buildContext.removeMessages(sourceDirectory);
        java.util.Set<File> cleared = new java.util.HashSet<>();
        for (dev.schemapojo.core.diagnostics.Diagnostic diagnostic : result.diagnostics()) {
            File file = diagnostic.file().isEmpty() ? sourceDirectory : basedir.toPath().resolve(diagnostic.file()).toFile();
            if (cleared.add(file)) {
                buildContext.removeMessages(file);
            }
            buildContext.addMessage(file, diagnostic.line(), diagnostic.column(), diagnostic.format(),
                    diagnostic.isError() ? BuildContext.SEVERITY_ERROR : BuildContext.SEVERITY_WARNING, null);
        }
    }

    static String failureMessage(GenerationResult result, FailOn failOn) {
        long errors = result.errorCount();
        if (errors > 0) {
            // the output stage's refusals are about the output directory, not the schemas
            boolean output = result.diagnostics().stream().anyMatch(d -> d.isError() && d.ruleId().startsWith("output."));
            long drifted = result.diagnostics().stream().filter(d -> d.isError() && d.ruleId().startsWith("drift.")).count();
            if (drifted == errors) {
                return "schemapojo: " + GenerationResult.plural(drifted, "generated file") + " in the output directory"
                        + (drifted == 1 ? " differs" : " differ") + " from what the schemas give; see the diagnostics above";
            }
            return "schemapojo: " + GenerationResult.plural(errors, "error") + (output ? " in the output directory, nothing was"
                    + " written" : " in the schemas") + "; see the diagnostics above";
        }
        return "schemapojo: " + GenerationResult.plural(result.warningCount(), "warning") + " in the schemas and failOn is "
                + failOn.word() + "; see the diagnostics above";
    }

    private static <T> T parse(String parameter, String value, Function<String, T> parser)
            throws MojoExecutionException {
        if (value == null || value.isBlank()) {
            return null; // the core's default
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw badParameter(parameter, e.getMessage(), e);
        }
    }

    private Map<String, java.nio.file.Path> parseUriMappings() throws MojoExecutionException {
        Map<String, java.nio.file.Path> mappings = new LinkedHashMap<>();
        if (uriMappings != null) {
            for (String mapping : uriMappings) {
                if (mapping == null || mapping.isBlank()) {
                    continue; // an empty <uriMapping/> maps nothing
                }
                int at = mapping.lastIndexOf('=');
                if (at <= 0 || at == mapping.length() - 1) {
                    throw badParameter("uriMappings", "'" + mapping + "' is not of the form <URI prefix>=<directory>,"
                            + " e.g. https://example.com/schemas/=src/main/remote-schemas", null);
                }
                java.nio.file.Path directory = java.nio.file.Path.of(mapping.substring(at + 1).trim());
                mappings.put(mapping.substring(0, at).trim(),
                        directory.isAbsolute() ? directory : basedir.toPath().resolve(directory));
            }
        }
        return mappings;
    }

    private int checkDiagnosticsPerRule() throws MojoExecutionException {
        if (diagnosticsPerRule < 0) {
            throw badParameter("diagnosticsPerRule", diagnosticsPerRule + " is negative: use 0 to show all, or a count", null);
        }
        return diagnosticsPerRule;
    }

    private Pattern compileTitlePattern() throws MojoExecutionException {
        if (titlePattern == null || titlePattern.isBlank()) {
            return null;
        }
        try {
            return Pattern.compile(titlePattern);
        } catch (PatternSyntaxException e) {
            throw badParameter(
                    "titlePattern",
                    "'" + titlePattern + "' is not a regular expression: " + e.getDescription() + " near index "
                            + e.getIndex(),
                    e);
        }
    }

    private Map<String, Severity> parseRuleSeverities() throws MojoExecutionException {
        Map<String, Severity> severities = new LinkedHashMap<>();
        if (ruleSeverities != null) {
            for (Map.Entry<String, String> entry : ruleSeverities.entrySet()) {
                String parameter = "ruleSeverities, rule " + entry.getKey();
                Severity severity = parse(parameter, entry.getValue(), Severity::parse);
                if (severity == null) {
                    throw badParameter(parameter, "no severity given: use error, warning or off", null);
                }
                severities.put(entry.getKey(), severity);
            }
        }
        return severities;
    }

    static MojoExecutionException badParameter(String parameter, String problem, Exception cause) {
        return new MojoExecutionException("schemapojo: bad value for parameter " + parameter + ": " + problem, cause);
    }
}
