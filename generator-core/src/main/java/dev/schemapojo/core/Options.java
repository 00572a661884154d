package dev.schemapojo.core;

import dev.schemapojo.core.diagnostics.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The immutable configuration of one generator run. Build it with {@link #builder()}; the Maven
 * plugin maps its parameters onto this, and tests build it directly.
 *
 * @param sourceDirectory the directory that holds the schema files; sub-directories become
 *     sub-packages
 * @param includes glob patterns (relative to the source directory) of the files to read
 * @param excludes glob patterns of files to leave out, applied after {@code includes}
 * @param outputDirectory where the Java sources are written
 * @param packageName the base package of the generated types
 * @param sensitiveProperties JSON property names whose values {@code toString()} prints as {@code ***}
 * @param failOn which diagnostics make the run fail
 * @param ruleSeverities severities that replace a rule's default, by rule id
 * @param typeNaming the built-in rule that turns titles into package and class names
 * @param titlePattern an optional regular expression over titles with the named groups {@code name}
 *     and, optionally, {@code package} ({@code _} in it becomes {@code .}); it takes precedence over
 *     {@code typeNaming} for the titles it matches
 * @param defaultDraft the draft of schema files that have no {@code $schema} (a file without one that names
 *     itself with draft 04's {@code id}, and has no {@code $id}, is read as draft 04)
 * @param displayBase paths in diagnostics are shown relative to this directory where possible
 * @param unknownEnumValues what reading a value that a generated enum does not list does
 * @param uriMappings URI prefixes mapped to local directories: a {@code $ref} to
 *     {@code https://example.com/schemas/a.json} with the mapping {@code https://example.com/schemas/ -> dir}
 *     reads {@code dir/a.json}; the files of mapped directories are loaded (and generated) like source files
 * @param style classes (the default) or records
 * @param beanValidation whether getters (record components) carry Jakarta Bean Validation annotations
 * @param diagnosticsPerRule how many diagnostics of one rule and severity a report shows before it
 *     sums up the rest in one line; 0 shows all
 * @param unknownProperties what classes do with JSON members their schema allows but does not name
 * @param constraints whether the types check the schema's validation keywords or only document them
 * @param formats whether {@code format} is checked (with {@code constraints=check}) or an annotation
 * @param stateDirectory where the generator keeps what it needs between runs: the list of files it wrote
 *     (with their digests) and the digest of the inputs of the last run. With it, a run whose inputs,
 *     options and generator are those of the last run, and whose output files are intact, writes nothing
 *     ({@link GenerationResult#upToDate()}). Without it (null), the list sits in the output directory as
 *     {@value dev.schemapojo.core.write.OutputWriter#MANIFEST} and every run generates
 * @param force generate even when the state says the output is up to date
 * @param artifactRoots directories that hold the schemas of artifacts (the plugin's {@code schemaDependencies},
 *     unpacked), by the name diagnostics give them ({@code com.example:schemas:1.0}): their files are read as
 *     if they were in the source directory, sub-directories becoming sub-packages, and shown as
 *     {@code com.example:schemas:1.0!/path}
 */
public record Options(
        Path sourceDirectory,
        List<String> includes,
        List<String> excludes,
        Path outputDirectory,
        String packageName,
        Set<String> sensitiveProperties,
        FailOn failOn,
        Map<String, Severity> ruleSeverities,
        TypeNaming typeNaming,
        Pattern titlePattern,
        Draft defaultDraft,
        Path displayBase,
        UnknownEnumValues unknownEnumValues,
        Map<String, Path> uriMappings,
        Style style,
        boolean beanValidation,
        int diagnosticsPerRule,
        UnknownProperties unknownProperties,
        ConstraintChecks constraints,
        FormatChecks formats,
        Path stateDirectory,
        boolean force,
        Map<String, Path> artifactRoots) {

    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.json");
    public static final int DEFAULT_DIAGNOSTICS_PER_RULE = 3;

    /** The entries of {@code values} that are not null or blank, trimmed. */
    private static List<String> given(Collection<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
    }

    public Options {
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(packageName, "packageName");
        // An empty entry (Maven's <exclude/>) means nothing: it is left out, never a null in the lists.
        includes = given(includes);
        includes = includes.isEmpty() ? DEFAULT_INCLUDES : includes;
        excludes = given(excludes);
        sensitiveProperties = java.util.Collections.unmodifiableSet(new TreeSet<>(given(sensitiveProperties)));
        failOn = failOn == null ? FailOn.ERROR : failOn;
        ruleSeverities = ruleSeverities == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(ruleSeverities));
        typeNaming = typeNaming == null ? TypeNaming.TITLE : typeNaming;
        defaultDraft = defaultDraft == null ? Draft.DRAFT_2020_12 : defaultDraft;
        displayBase = displayBase == null ? Path.of("").toAbsolutePath() : displayBase;
        unknownEnumValues = unknownEnumValues == null ? UnknownEnumValues.FAIL : unknownEnumValues;
        Map<String, Path> mappings = new TreeMap<>();
        if (uriMappings != null) {
            uriMappings.forEach((prefix, dir) -> mappings.put(prefix, dir.toAbsolutePath().normalize()));
        }
        uriMappings = java.util.Collections.unmodifiableMap(mappings);
        style = style == null ? Style.CLASS : style;
        unknownProperties = unknownProperties == null ? UnknownProperties.IGNORE : unknownProperties;
        constraints = constraints == null ? ConstraintChecks.DOCUMENT : constraints;
        formats = formats == null ? FormatChecks.ANNOTATE : formats;
        if (formats == FormatChecks.ASSERT && constraints != ConstraintChecks.CHECK) {
            throw new IllegalArgumentException("formats=assert needs constraints=check: formats are checked with the rest"
                    + " of the schema, and constraints=document checks nothing");
        }
        if (diagnosticsPerRule < 0) {
            throw new IllegalArgumentException("diagnosticsPerRule must be 0 (show all) or more, not " + diagnosticsPerRule);
        }
        sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
        outputDirectory = outputDirectory.toAbsolutePath().normalize();
        displayBase = displayBase.toAbsolutePath().normalize();
        stateDirectory = stateDirectory == null ? null : stateDirectory.toAbsolutePath().normalize();
        Map<String, Path> artifacts = new java.util.LinkedHashMap<>();
        if (artifactRoots != null) {
            artifactRoots.forEach((name, dir) -> artifacts.put(name, dir.toAbsolutePath().normalize()));
        }
        artifactRoots = java.util.Collections.unmodifiableMap(artifacts);
    }

    /**
     * These options over other schemas: another source directory and artifact roots (a baseline's), the rest
     * the same, so that both sets give their types by one rule. No state: a baseline is modelled, never written.
     */
    public Options withSchemas(Path otherSourceDirectory, Map<String, Path> otherArtifactRoots) {
        return new Options(otherSourceDirectory, includes, excludes, outputDirectory, packageName, sensitiveProperties, failOn,
                ruleSeverities, typeNaming, titlePattern, defaultDraft, displayBase, unknownEnumValues, uriMappings, style,
                beanValidation, diagnosticsPerRule, unknownProperties, constraints, formats, null, true, otherArtifactRoots);
    }

    /**
     * A path as diagnostics show it: {@code name!/path} in an artifact root, else relative to {@link #displayBase}
     * where it is below it, with {@code /}.
     */
    public String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Map.Entry<String, Path> artifact : artifactRoots.entrySet()) {
            if (absolute.startsWith(artifact.getValue())) {
                return artifact.getKey() + "!/" + artifact.getValue().relativize(absolute).toString().replace(java.io.File.separatorChar, '/');
            }
        }
        Path shown = absolute.startsWith(displayBase) ? displayBase.relativize(absolute) : absolute;
        return shown.toString().replace(java.io.File.separatorChar, '/');
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder for {@link Options}; unset values take the documented defaults. */
    public static final class Builder {
        private Path sourceDirectory;
        private final List<String> includes = new ArrayList<>();
        private final List<String> excludes = new ArrayList<>();
        private Path outputDirectory;
        private String packageName;
        private final Set<String> sensitiveProperties = new TreeSet<>();
        private FailOn failOn = FailOn.ERROR;
        private final Map<String, Severity> ruleSeverities = new TreeMap<>();
        private TypeNaming typeNaming = TypeNaming.TITLE;
        private Pattern titlePattern;
        private Draft defaultDraft = Draft.DRAFT_2020_12;
        private Path displayBase;
        private UnknownEnumValues unknownEnumValues = UnknownEnumValues.FAIL;
        private int diagnosticsPerRule = DEFAULT_DIAGNOSTICS_PER_RULE;
        private final Map<String, Path> uriMappings = new TreeMap<>();
        private Style style = Style.CLASS;
        private boolean beanValidation;
        private UnknownProperties unknownProperties = UnknownProperties.IGNORE;
        private ConstraintChecks constraints = ConstraintChecks.DOCUMENT;
        private FormatChecks formats = FormatChecks.ANNOTATE;
        private Path stateDirectory;
        private boolean force;
        private final Map<String, Path> artifactRoots = new java.util.LinkedHashMap<>();

        private Builder() {}

        /** Adds an artifact's unpacked schemas, shown in diagnostics as {@code name!/path}. */
        public Builder artifactRoot(String name, Path directory) {
            artifactRoots.put(name, directory);
            return this;
        }

        public Builder sourceDirectory(Path value) {
            this.sourceDirectory = value;
            return this;
        }

        public Builder includes(Collection<String> values) {
            includes.clear();
            includes.addAll(given(values));
            return this;
        }

        public Builder excludes(Collection<String> values) {
            excludes.clear();
            excludes.addAll(given(values));
            return this;
        }

        public Builder outputDirectory(Path value) {
            this.outputDirectory = value;
            return this;
        }

        public Builder packageName(String value) {
            this.packageName = value;
            return this;
        }

        public Builder sensitiveProperties(Collection<String> values) {
            sensitiveProperties.clear();
            sensitiveProperties.addAll(given(values));
            return this;
        }

        public Builder failOn(FailOn value) {
            this.failOn = value;
            return this;
        }

        public Builder ruleSeverity(String ruleId, Severity severity) {
            ruleSeverities.put(ruleId, severity);
            return this;
        }

        public Builder ruleSeverities(Map<String, Severity> values) {
            ruleSeverities.clear();
            if (values != null) {
                ruleSeverities.putAll(values);
            }
            return this;
        }

        public Builder typeNaming(TypeNaming value) {
            this.typeNaming = value;
            return this;
        }

        public Builder titlePattern(Pattern value) {
            this.titlePattern = value;
            return this;
        }

        public Builder defaultDraft(Draft value) {
            this.defaultDraft = value;
            return this;
        }

        public Builder displayBase(Path value) {
            this.displayBase = value;
            return this;
        }

        public Builder unknownEnumValues(UnknownEnumValues value) {
            this.unknownEnumValues = value;
            return this;
        }

        public Builder uriMapping(String prefix, Path directory) {
            uriMappings.put(prefix, directory);
            return this;
        }

        public Builder uriMappings(Map<String, Path> values) {
            uriMappings.clear();
            if (values != null) {
                uriMappings.putAll(values);
            }
            return this;
        }

        public Builder style(Style value) {
            this.style = value;
            return this;
        }

        public Builder beanValidation(boolean value) {
            this.beanValidation = value;
            return this;
        }

        public Builder unknownProperties(UnknownProperties value) {
            this.unknownProperties = value;
            return this;
        }

        public Builder constraints(ConstraintChecks value) {
            this.constraints = value;
            return this;
        }

        public Builder formats(FormatChecks value) {
            this.formats = value;
            return this;
        }

        public Builder diagnosticsPerRule(int value) {
            this.diagnosticsPerRule = value;
            return this;
        }

        public Builder stateDirectory(Path value) {
            this.stateDirectory = value;
            return this;
        }

        public Builder force(boolean value) {
            this.force = value;
            return this;
        }

        public Options build() {
            return new Options(
                    sourceDirectory,
                    includes,
                    excludes,
                    outputDirectory,
                    packageName,
                    sensitiveProperties,
                    failOn,
                    ruleSeverities,
                    typeNaming,
                    titlePattern,
                    defaultDraft,
                    displayBase,
                    unknownEnumValues,
                    uriMappings,
                    style,
                    beanValidation,
                    diagnosticsPerRule,
                    unknownProperties,
                    constraints,
                    formats,
                    stateDirectory,
                    force,
                    artifactRoots);
        }
    }
}
