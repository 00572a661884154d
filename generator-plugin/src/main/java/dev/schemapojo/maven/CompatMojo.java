package dev.schemapojo.maven;

import dev.schemapojo.core.GenerationResult;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.InvalidOptionsException;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.compat.ChangeKind;
import dev.schemapojo.core.compat.CompatReport;
import dev.schemapojo.core.diagnostics.Diagnostic;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares the schemas with a baseline (a directory, or the artifact of a previous release) and reports what
 * changed, with the wire verdict for each type's direction and the verdict for the generated Java API: one log
 * line per change, and {@code compat.md} (for a pull-request comment) and {@code compat.json} (for tools) in
 * {@code target/schemapojo/}, in a directory named after the execution. The build fails as {@code failOnCompat} says.
 */
@Mojo(name = "compat", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CompatMojo extends AbstractSchemaPojoMojo {
    /**
     * What to compare with: a directory of schemas (relative to the project), or the coordinates of an artifact
     * ({@code groupId:artifactId:version[:classifier][:type]}), usually the previous release of a schema jar
     * that {@code schemaDependencies} names: it then stands in for that dependency. With one schema dependency,
     * a bare version ({@code 1.4.0}) is that dependency at that version.
     */
    @Parameter(property = "schemapojo.baseline")
    String baseline;

    /** The directory inside a baseline artifact that holds the schemas; by default that of the dependency it replaces. */
    @Parameter(property = "schemapojo.baselineDirectory")
    String baselineDirectory;

    /** The baseline as compared with: the directory, or the artifact's coordinates (a bare version completed). */
    private String comparedWith;

    /**
     * When the build fails: {@code wire-breaking} (a change that breaks the wire for its type's direction),
     * {@code java-breaking} (also one that breaks code compiled against the generated types), {@code any-change}
     * or {@code never}.
     */
    @Parameter(property = "schemapojo.failOnCompat", defaultValue = "wire-breaking")
    String failOnCompat;

    /**
     * Regular expressions over Java type names or schema file paths: the types of data we send
     * ({@code -Dschemapojo.requestTypes=Request$,Command$}).
     */
    @Parameter(property = "schemapojo.requestTypes")
    List<String> requestTypes;

    /** Likewise, the types of data we read. A type that matches neither is taken as both (the strictest). */
    @Parameter(property = "schemapojo.responseTypes")
    List<String> responseTypes;

    @Override
    GenerationResult run(Generator generator) {
        throw new IllegalStateException("compat runs through perform()");
    }

    @Override
    void perform(Options options) throws MojoExecutionException, MojoFailureException {
        String fail = failOnCompat == null ? "wire-breaking" : failOnCompat.trim().toLowerCase(Locale.ROOT);
        if (!List.of("wire-breaking", "java-breaking", "any-change", "never").contains(fail)) {
            throw badParameter("failOnCompat", "'" + failOnCompat + "' is none of wire-breaking, java-breaking,"
                    + " any-change, never", null);
        }
        if (baseline == null || baseline.isBlank()) {
            throw badParameter("baseline", "not set: configure <baseline> or -Dschemapojo.baseline, e.g."
                    + " -Dschemapojo.baseline=com.example:schemas:1.4.0 (the previous release) or a directory of schemas", null);
        }
        CompatReport report;
        List<Diagnostic> diagnostics;
        try {
            Generator.CompatResult result = new Generator(options).compat(baselineOptions(options));
            diagnostics = result.diagnostics();
            for (Diagnostic d : diagnostics) {
                if (d.isError()) {
                    getLog().error(d.format());
                }
            }
            if (result.failed()) {
                throw new MojoFailureException("schemapojo: the baseline or the current schemas have errors (above); no"
                        + " comparison was made");
            }
            report = new CompatReport(result.changes(), patterns("requestTypes", requestTypes),
                    patterns("responseTypes", responseTypes));
        } catch (InvalidOptionsException | UncheckedIOException e) {
            throw new MojoExecutionException("schemapojo: " + e.getMessage(), e);
        }
        for (int i = 0; i < report.changes().size(); i++) {
            var change = report.changes().get(i);
            String line = "schemapojo compat: " + report.lines().get(i);
            if (report.wire(change) == ChangeKind.Verdict.BREAKING) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        File directory = executionDirectory();
        try {
            Files.createDirectories(directory.toPath());
            Files.writeString(directory.toPath().resolve("compat.md"), report.markdown(), StandardCharsets.UTF_8);
            Files.writeString(directory.toPath().resolve("compat.json"), report.json(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("schemapojo: cannot write the compat reports to " + directory + ": " + e, e);
        }
        getLog().info("schemapojo compat: " + report.summary() + " (against " + comparedWith + "; reports in " + directory + ")");
        boolean failed = switch (fail) {
            case "wire-breaking" -> report.wireBreaking() > 0;
            case "java-breaking" -> report.wireBreaking() > 0 || report.javaBreaking() > 0;
            case "any-change" -> !report.changes().isEmpty();
            default -> false;
        };
        if (failed) {
            throw new MojoFailureException("schemapojo: " + report.summary() + " against " + comparedWith + " (failOnCompat="
                    + fail + "); see the lines above and " + new File(directory, "compat.md"));
        }
    }

    /**
     * The options over the baseline's schemas: a directory in place of the source directory, or an artifact in
     * place of the dependency with its groupId and artifactId (else in place of the source directory).
     */
    private Options baselineOptions(Options options) throws MojoExecutionException {
        Path directory = basedir.toPath().resolve(baseline);
        comparedWith = baseline;
        if (Files.isDirectory(directory)) {
            return options.withSchemas(directory, Map.of());
        }
        String coordinates = baseline.trim();
        if (!coordinates.contains(":")) {
            coordinates = versionOfTheDependency(coordinates);
        }
        String[] parts = coordinates.split(":");
        String key = parts[0] + ":" + parts[1] + ":";
        SchemaDependency dependency = new SchemaDependency();
        dependency.coordinates = coordinates;
        comparedWith = coordinates;
        dependency.directory = baselineDirectory;
        if (schemaDependencies != null) {
            for (SchemaDependency d : schemaDependencies) {
                if (d != null && d.coordinates != null && d.coordinates.trim().startsWith(key)) {
                    dependency.directory = baselineDirectory != null ? baselineDirectory : d.directory;
                    dependency.includes = d.includes;
                    dependency.excludes = d.excludes;
                }
            }
        }
        Map<String, Path> unpacked = SchemaArtifacts.unpack(List.of(dependency), repositorySystem, repositorySession,
                remoteRepositories, new File(executionDirectory(), "baseline").toPath());
        Map<String, Path> roots = new LinkedHashMap<>();
        boolean replaced = false;
        for (Map.Entry<String, Path> root : options.artifactRoots().entrySet()) {
            if (root.getKey().startsWith(key)) {
                roots.putAll(unpacked);
                replaced = true;
            } else {
                roots.put(root.getKey(), root.getValue());
            }
        }
        if (!replaced) {
            roots.putAll(unpacked);
            // the baseline stands in for the project's own schemas: no source directory of its own
            return options.withSchemas(new File(executionDirectory(), "no-source-directory").toPath(), roots);
        }
        return options.withSchemas(options.sourceDirectory(), roots);
    }

    /**
     * A bare version ({@code 1.4.0}) names the previous release of the one schema dependency: its groupId,
     * artifactId, classifier and type at that version.
     */
    private String versionOfTheDependency(String version) throws MojoExecutionException {
        List<String> dependencies = schemaDependencies == null ? List.of() : schemaDependencies.stream()
                .filter(d -> d != null && d.coordinates != null && !d.coordinates.isBlank()).map(d -> d.coordinates.trim()).toList();
        String[] parts = dependencies.isEmpty() ? new String[0] : dependencies.get(0).split(":", -1);
        if (dependencies.size() != 1) {
            // the example names the first dependency's groupId and artifactId where it has them
            throw badParameter("baseline", "'" + version + "' is no directory, and a bare version needs exactly one"
                    + " schemaDependency to be a version of (there are " + dependencies.size() + "); give"
                    + " groupId:artifactId:version, e.g. -Dschemapojo.baseline="
                    + (parts.length < 2 ? "com.example:schemas:" : parts[0] + ":" + parts[1] + ":") + version, null);
        }
        if (parts.length < 3) {
            throw badParameter("baseline", "the schemaDependency '" + dependencies.get(0) + "' is not groupId:artifactId:version", null);
        }
        parts[2] = version;
        return String.join(":", parts);
    }

    private static List<Pattern> patterns(String parameter, List<String> values) throws MojoExecutionException {
        List<Pattern> out = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                out.add(Pattern.compile(value.trim()));
            } catch (PatternSyntaxException e) {
                throw badParameter(parameter, "'" + value + "' is not a regular expression: " + e.getDescription(), e);
            }
        }
        return out;
    }
}
