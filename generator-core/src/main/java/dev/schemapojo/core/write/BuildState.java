package dev.schemapojo.core.write;

import dev.schemapojo.core.Options;
import dev.schemapojo.core.load.FileDigest;
import dev.schemapojo.core.load.SourceFiles;
import dev.schemapojo.core.parallel.Workers;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * What the output of the last successful run depends on: the generator, the options, and the digest of
 * every file the run read. It lives in the state directory beside the manifest of the written files
 * ({@link OutputWriter}), never in the output directory, so it does not end up in a sources jar.
 *
 * <p>A run is up to date when the generator and the options are those of the state, the files the
 * options select are the ones the state lists with the same content, and every file of the manifest is
 * in the output directory with the content that was written. Anything else, including a state that
 * cannot be read, means a full run.
 *
 * @param generator the generator's version and code digest
 * @param options the options' values as text (compared as they are: no digest to compute on a no-op run)
 * @param schemaCount how many schema files the run read
 * @param outputs the checksum of the manifest the run wrote ({@link OutputWriter}), which lists every output file
 *     with its digest
 * @param inputs the digest of each file the run read, by its absolute path, in reading order
 */
public record BuildState(String generator, String options, int schemaCount, String outputs, Map<String, FileDigest> inputs) {
    /** The file name of the state inside the state directory. */
    public static final String FILE = "inputs";
    private static final String HEADER = "schemapojo inputs 1";
    /** Options that do not change what a run writes or whether it fails. */
    private static final Set<String> NOT_INPUTS = Set.of("stateDirectory", "force");

    public BuildState {
        inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    /**
     * The state of a run of {@code options} that read the files of {@code digests} and wrote the manifest of
     * {@code manifestDigest}.
     */
    public static BuildState of(Options options, Map<Path, FileDigest> digests, String manifestDigest) {
        Map<String, FileDigest> inputs = new LinkedHashMap<>();
        digests.forEach((path, digest) -> inputs.put(path.toString(), digest));
        return new BuildState(GeneratorVersion.current(), optionsText(options), digests.size(), manifestDigest, inputs);
    }

    /**
     * The state of the last run if the output it wrote is still up to date for {@code options}; empty
     * when anything differs, or when a file cannot be read (the full run then reports it).
     */
    public static Optional<BuildState> upToDate(Options options) {
        Path stateDirectory = options.stateDirectory();
        if (stateDirectory == null) {
            return Optional.empty();
        }
        // The outputs on a second thread from the start, while this one reads the state and walks the schema
        // directories: both are mostly file stats. The manifest's digest is compared with the state's after both.
        OutputWriter writer = new OutputWriter(options.outputDirectory(), stateDirectory);
        String[] intactManifest = new String[1];
        Thread outputs = new Thread(() -> {
            try {
                intactManifest[0] = writer.intactManifest();
            } catch (IOException | RuntimeException e) {
                intactManifest[0] = null;
            }
        }, "schemapojo-up-to-date");
        outputs.start();
        Optional<BuildState> last;
        boolean inputs;
        try {
            last = read(stateDirectory.resolve(FILE));
            inputs = last.isPresent() && last.get().generator.equals(GeneratorVersion.current())
                    && !GeneratorVersion.current().contains(GeneratorVersion.UNKNOWN)
                    && last.get().options.equals(optionsText(options))
                    && last.get().sameInputs(options, Files.getLastModifiedTime(stateDirectory.resolve(FILE)).to(TimeUnit.NANOSECONDS));
        } catch (IOException e) {
            last = Optional.empty();
            inputs = false;
        } finally {
            Workers.join(outputs); // file stats: it ends by itself
        }
        return inputs && last.get().outputs.equals(intactManifest[0]) ? last : Optional.empty();
    }

    private boolean sameInputs(Options options, long savedAt) throws IOException {
        boolean[] failed = new boolean[1];
        Map<Path, BasicFileAttributes> files = SourceFiles.all(options, (path, e) -> failed[0] = true);
        if (failed[0] || files.size() != inputs.size()) {
            return false;
        }
        var expected = inputs.entrySet().iterator();
        for (Map.Entry<Path, BasicFileAttributes> file : files.entrySet()) {
            Map.Entry<String, FileDigest> entry = expected.next();
            if (!entry.getKey().equals(file.getKey().toString())
                    || !entry.getValue().matches(file.getKey(), file.getValue(), savedAt)) {
                return false;
            }
        }
        return true;
    }

    /** Removes the state: the output is about to change, and until the new state is written no run may skip. */
    public static void delete(Path stateDirectory) throws IOException {
        Files.deleteIfExists(stateDirectory.resolve(FILE));
    }

    public void write(Path stateDirectory) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("generator ").append(generator).append('\n');
        text.append("options ").append(options).append('\n');
        text.append("schemas ").append(schemaCount).append('\n');
        text.append("outputs ").append(outputs).append('\n');
        inputs.forEach((path, digest) -> text.append(digest.format()).append(' ').append(escape(path)).append('\n'));
        OutputWriter.replace(stateDirectory.resolve(FILE), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static Optional<BuildState> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < 5 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("generator ")
                || !lines.get(2).startsWith("options ") || !lines.get(3).startsWith("schemas ")
                || !lines.get(4).startsWith("outputs ")) {
            return Optional.empty();
        }
        Map<String, FileDigest> inputs = new LinkedHashMap<>();
        for (String line : lines.subList(5, lines.size())) {
            String[] fields = line.split(" ", 3);
            FileDigest digest = fields.length == 3 ? FileDigest.parse(fields[0], fields[1]) : null;
            if (digest == null) {
                return Optional.empty();
            }
            inputs.put(unescape(fields[2]), digest);
        }
        int schemas;
        try {
            schemas = Integer.parseInt(lines.get(3).substring("schemas ".length()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(new BuildState(lines.get(1).substring("generator ".length()),
                lines.get(2).substring("options ".length()), schemas, lines.get(4).substring("outputs ".length()), inputs));
    }

    /**
     * Every option but those in {@link #NOT_INPUTS} as one line of text, read from the record's components so
     * that an option added later is part of it without anyone remembering to add it here.
     */
    static String optionsText(Options options) {
        StringBuilder text = new StringBuilder();
        for (RecordComponent component : Options.class.getRecordComponents()) {
            if (NOT_INPUTS.contains(component.getName())) {
                continue;
            }
            Object value;
            try {
                value = component.getAccessor().invoke(options);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read option " + component.getName(), e);
            }
            if (value instanceof Pattern) {
                value = ((Pattern) value).pattern() + " flags " + ((Pattern) value).flags();
            }
            text.append(component.getName()).append('=').append(String.valueOf(value).replace(";", "\\;")).append(';');
        }
        return escape(text.toString());
    }

    /** A path or value on one line: backslash and line breaks escaped. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text; // every path but odd ones: no character to look at one by one
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
