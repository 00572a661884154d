package dev.schemapojo.core.write;

import dev.schemapojo.core.load.FileDigest;
import dev.schemapojo.core.load.SourceFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Writes generated sources into the output directory.
 *
 * <ul>
 *   <li>Nothing is written until every source of the run exists in memory, so a failed run leaves
 *       the previous output as it was.</li>
 *   <li>Each file is written to a temporary file and moved into place, so no reader ever sees half a file;
 *       files get the permissions the process's umask gives new files (0644 under umask 022).</li>
 *   <li>A file whose content is unchanged is not touched, so incremental compilers see no change.</li>
 *   <li>A manifest lists the files schemapojo wrote, with the digest of each; files of schemas that were
 *       removed are deleted on the next run, and files schemapojo did not write are never deleted. It lives
 *       in the state directory; without one, in the output directory as {@value #MANIFEST}.</li>
 * </ul>
 */
public final class OutputWriter {
    /** The manifest's file name in the output directory, where there is no state directory. */
    public static final String MANIFEST = ".schemapojo-files";
    /** The manifest's file name in the state directory. */
    public static final String STATE_MANIFEST = "files";
    /** The manifest's word for a file that is about to be written, whose digest is not known yet. */
    private static final String PENDING = "-";

    /** Made on the first write: a SecureRandom loads the security providers, which a no-op run has no use for. */
    private static final class Random {
        static final SecureRandom INSTANCE = new SecureRandom();
    }

    private final Path outputDirectory;
    private final Path manifest;
    private final Path legacyManifest;

    /** @param stateDirectory where the manifest lives, or null for the output directory */
    public OutputWriter(Path outputDirectory, Path stateDirectory) {
        this.outputDirectory = outputDirectory;
        this.legacyManifest = outputDirectory.resolve(MANIFEST);
        this.manifest = stateDirectory == null ? legacyManifest : stateDirectory.resolve(STATE_MANIFEST);
    }

    /**
     * Writes {@code files} (relative path with {@code /} -> content) and removes stale ones.
     *
     * @return the checksum of the manifest as written ({@link #checksum}), which stands for the whole output
     */
    public String write(Map<String, String> files) throws IOException {
        Map<String, String> previous = previousFiles();
        Map<String, byte[]> contents = new TreeMap<>();
        files.forEach((path, text) -> contents.put(path, text.getBytes(StandardCharsets.UTF_8)));
        Map<String, String> others = otherExecutionsFiles();
        List<Refusal> refusals = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : contents.entrySet()) {
            // a file of the run's own manifest is its own to write again, edited or not ("Do not edit")
            Refusal refusal = previous.containsKey(file.getKey()) ? null : refusal(file.getKey(), file.getValue(), others);
            if (refusal != null) {
                refusals.add(refusal);
            }
        }
        if (!refusals.isEmpty()) {
            throw new RefusedException(refusals);
        }
        if (!manifest.equals(legacyManifest)) {
            writeIfChanged(manifest.resolveSibling(OUTPUT), outputRecord());
        }
        // First the union, so that a run that stops half-way still knows every file it may have written.
        Map<String, String> union = new TreeMap<>(previous);
        contents.keySet().forEach(path -> union.putIfAbsent(path, PENDING));
        if (!union.keySet().equals(previous.keySet())) {
            writeManifest(union);
        }
        Files.createDirectories(outputDirectory);
        Map<String, String> written = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : contents.entrySet()) {
            Path path = resolve(file.getKey());
            writeIfChanged(path, file.getValue());
            written.put(file.getKey(), FileDigest.stamp(path).withContent(file.getValue()).format());
        }
        for (String stale : previous.keySet()) {
            // a file another execution also wrote, or one replaced by something not generated, stays
            if (!contents.containsKey(stale) && !others.containsKey(stale) && generatedOrAbsent(resolve(stale))) {
                Path path = resolve(stale);
                Files.deleteIfExists(path);
                deleteEmptyParents(path.getParent());
            }
        }
        String digest = writeManifest(written);
        if (!manifest.equals(legacyManifest)) {
            Files.deleteIfExists(legacyManifest);
        }
        return digest;
    }

    /** What {@link #write} will not do to a file it did not write, and why; also a file that drifted ({@link #drift}). */
    public record Refusal(Path file, String ruleId, String message) {}

    /**
     * How the generated files in {@code outputDirectory} differ from {@code files} (relative path with {@code /} ->
     * content), in path order: missing, changed, and stale (a file that starts as generated files do, which
     * {@code files} does not hold). Other files are not looked at.
     */
    public static List<Refusal> drift(Path outputDirectory, Map<String, String> files) throws IOException {
        String fix = "; run the generate goal (mvn generate-sources) and commit the result";
        Map<Path, Refusal> out = new TreeMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = outputDirectory.resolve(file.getKey());
            byte[] expected = file.getValue().getBytes(StandardCharsets.UTF_8);
            if (!Files.isRegularFile(path)) {
                out.put(path, new Refusal(path, "drift.missing", "the schemas give this file, which is not there" + fix));
            } else if (!Arrays.equals(Files.readAllBytes(path), expected)) {
                out.put(path, new Refusal(path, "drift.changed", "differs from what the schemas give" + fix));
            }
        }
        if (Files.isDirectory(outputDirectory)) {
            try (var walk = Files.walk(outputDirectory)) {
                for (Path path : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    String relative = outputDirectory.relativize(path).toString().replace(java.io.File.separatorChar, '/');
                    if (!files.containsKey(relative) && Files.isRegularFile(path) && generatedOrAbsent(path)) {
                        out.put(path, new Refusal(path, "drift.stale", "a generated file that the schemas no longer give"
                                + "; delete it (the generate goal does, for files it wrote), and commit the result"));
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The run would overwrite files schemapojo did not write, or another execution's: nothing was written. */
    public static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient List<Refusal> refusals;

        RefusedException(List<Refusal> refusals) {
            super(refusals.size() + " output file(s) are not schemapojo's to overwrite");
            this.refusals = List.copyOf(refusals);
        }

        public List<Refusal> refusals() {
            return refusals;
        }
    }

    /** The first line of every file schemapojo writes starts so (see {@code TypeEmitter}). */
    static final String GENERATED = "// Generated by schemapojo";
    /** The file beside the manifest that names the output directory it lists, for other executions to find. */
    static final String OUTPUT = "output";

    /**
     * Why a file this run would create, which its manifest does not list, may not be written where one exists
     * already: it was not generated (a hand-written {@code Person.java} in an output directory inside the
     * sources), or another execution of the same project generated it with other content into the same output
     * directory. Null when it may be written: nothing is there, the content is the same, or it is a generated
     * file no manifest claims (the manifest was lost, e.g. by a {@code clean} of a state kept apart from the
     * output).
     */
    private Refusal refusal(String relative, byte[] content, Map<String, String> others) throws IOException {
        Path path = resolve(relative);
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        String fix = " Set outputDirectory to a directory that only schemapojo writes to (the default is"
                + " target/generated-sources/schemapojo)";
        if (!Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return new Refusal(path, "output.not-ours", "schemapojo would write " + relative + " here, but this is "
                    + (Files.isSymbolicLink(path) ? "a link" : "a directory") + " it did not make; nothing was written."
                    + fix + ", or move it away.");
        }
        if (Arrays.equals(Files.readAllBytes(path), content)) {
            return null;
        }
        String owner = others.get(relative);
        if (owner != null) {
            return new Refusal(path, "output.shared", "execution '" + owner + "' of this project generates this file"
                    + " into the same output directory, with other content; nothing was written. Give the two executions"
                    + " different outputDirectory or packageName values, so that neither overwrites the other's types.");
        }
        if (!generatedOrAbsent(path)) {
            return new Refusal(path, "output.not-ours", "this file was not written by schemapojo, which would write"
                    + " " + relative + " here; it was left as it is and nothing was written." + fix
                    + ", or move this file to your sources.");
        }
        return null;
    }

    /** Whether the file is absent, or starts as schemapojo's files do. */
    private static boolean generatedOrAbsent(Path path) throws IOException {
        if (!Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return !Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        }
        byte[] start = new byte[GENERATED.length()];
        try (var in = Files.newInputStream(path)) {
            return in.readNBytes(start, 0, start.length) == start.length
                    && new String(start, StandardCharsets.UTF_8).equals(GENERATED);
        }
    }

    /** The output directory as the {@value #OUTPUT} file beside the manifest names it. */
    private byte[] outputRecord() {
        return (SourceFiles.realPath(outputDirectory) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The files other executions of the project list for this output directory, relative path -> execution:
     * the manifests in the state directory's siblings (one per execution) whose {@value #OUTPUT} file names
     * this output directory. Empty without a state directory.
     */
    private Map<String, String> otherExecutionsFiles() throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (manifest.equals(legacyManifest) || manifest.getParent().getParent() == null
                || !Files.isDirectory(manifest.getParent().getParent())) {
            return out;
        }
        byte[] ours = outputRecord();
        try (var siblings = Files.list(manifest.getParent().getParent())) {
            for (Path sibling : (Iterable<Path>) siblings.sorted()::iterator) {
                Path files = sibling.resolve(STATE_MANIFEST);
                Path output = sibling.resolve(OUTPUT);
                if (sibling.equals(manifest.getParent()) || !Files.isRegularFile(files) || !Files.isRegularFile(output)
                        || !Arrays.equals(Files.readAllBytes(output), ours)) {
                    continue;
                }
                String execution = sibling.getFileName().toString();
                for (String relative : entries(Files.readAllLines(files, StandardCharsets.UTF_8).toArray(new String[0])).keySet()) {
                    out.putIfAbsent(relative, execution);
                }
            }
        }
        return out;
    }

    /**
     * The digest of the manifest, as {@link #write} returned it, when every file the manifest lists is in the
     * output directory with the content that was written; null when one is not, or there is no manifest. The
     * caller compares the digest with the one it kept, so that this can run before that is known.
     */
    String intactManifest() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(manifest);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
        long savedAt = Files.getLastModifiedTime(manifest).to(TimeUnit.NANOSECONDS);
        // Every no-op build runs this over every output file, in a JVM that has not compiled it yet: one pass
        // over the text, no map, no split.
        String text = new String(bytes, StandardCharsets.UTF_8);
        long racy = Long.MIN_VALUE; // the latest time of a file that was read because its time was too close
        for (int at = 0, end; at < text.length(); at = end + 1) {
            end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            if (end == at) {
                continue;
            }
            int first = text.indexOf(' ', at);
            int second = first < 0 || first >= end ? -1 : text.indexOf(' ', first + 1);
            if (second < 0 || second >= end) {
                return null; // a path without digest: a run that stopped half-way
            }
            FileDigest digest = FileDigest.parse(text.substring(at, first), text.substring(first + 1, second));
            String relative = text.substring(second + 1, end);
            if (digest == null || !listable(relative)) {
                return null;
            }
            Path path = outputDirectory.resolve(relative); // listable: no ".." part, so inside
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(path, BasicFileAttributes.class); // one look at each file
            } catch (java.nio.file.NoSuchFileException e) {
                return null;
            }
            if (!attributes.isRegularFile()) {
                return null;
            }
            if (!digest.trusted(attributes, savedAt)) {
                if (!digest.sameContent(path, attributes)) {
                    return null;
                }
                racy = Math.max(racy, digest.modified());
            }
        }
        if (racy != Long.MIN_VALUE && System.currentTimeMillis() > TimeUnit.NANOSECONDS.toMillis(racy) + RACY_MARGIN_MILLIS) {
            refresh(bytes);
        }
        return checksum(bytes);
    }

    /**
     * How long after a file's time a change to it is sure to give it another time, whatever the file system's
     * clock granularity (FAT keeps two seconds; here, a virtual machine's file times move in steps of 170 ms).
     */
    private static final long RACY_MARGIN_MILLIS = 3000;

    /**
     * Writes the manifest again, unchanged, so that its time moves past files that had the time it was saved
     * with: those had to be read to be trusted, and would be on every run. Called only when they were read
     * well after their time, so that a change made since would have given them another time. Best effort: a
     * manifest that cannot be written keeps its time, and the files are read again next run.
     */
    private void refresh(byte[] bytes) {
        try {
            replace(manifest, bytes);
        } catch (IOException e) {
            // read again next time
        }
    }

    /**
     * The files of the last run, relative path -> {@link FileDigest#format()} ({@value #PENDING} where unknown).
     * Read from the manifest, or where there is none yet from the one an earlier version kept in the output
     * directory.
     */
    private Map<String, String> previousFiles() throws IOException {
        Path record = manifest.resolveSibling(OUTPUT);
        if (!manifest.equals(legacyManifest) && Files.isRegularFile(record)
                && !Arrays.equals(Files.readAllBytes(record), outputRecord())) {
            // the manifest of another output directory: its paths mean other files (the outputDirectory changed)
            return Map.of();
        }
        Path source = Files.isRegularFile(manifest) ? manifest : legacyManifest;
        if (!Files.isRegularFile(source)) {
            return Map.of();
        }
        return entries(Files.readAllLines(source, StandardCharsets.UTF_8).toArray(new String[0]));
    }

    /** The manifest's lines as relative path -> digest and stamp ({@value #PENDING} for a line of a path only). */
    private static Map<String, String> entries(String[] lines) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            // "<digest> <stamp> <path>" (a path of Java names has no space), or only "<path>" as earlier versions wrote it
            int space = line.lastIndexOf(' ');
            String path = space < 0 ? line : line.substring(space + 1);
            if (listable(path)) {
                out.put(path, space < 0 ? PENDING : line.substring(0, space));
            }
        }
        return out;
    }

    /** Only plain relative .java paths below the output directory: a tampered manifest cannot reach elsewhere. */
    private static boolean listable(String path) {
        return path.endsWith(".java") && !path.startsWith("/")
                && (!path.contains("..") || !Arrays.asList(path.split("/")).contains(".."));
    }

    /**
     * {@code <CRC-32C>:<length>} of the manifest: enough to tell the manifest the state was saved with from
     * another (a garbled or replaced one), and cheap, with no security provider to load on a no-op run. The
     * files themselves are told apart by SHA-256.
     */
    static String checksum(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return Long.toHexString(crc.getValue()) + ":" + bytes.length;
    }

    /**
     * In the state directory each line is {@code <digest> <stamp> <path>}; in the output directory only the path,
     * so that the output directory stays the same, byte for byte, for the same inputs.
     */
    private String writeManifest(Map<String, String> files) throws IOException {
        StringBuilder text = new StringBuilder();
        boolean stamped = !manifest.equals(legacyManifest);
        files.forEach((path, digest) -> text.append(stamped ? digest + " " : "").append(path).append('\n'));
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(manifest.getParent());
        writeIfChanged(manifest, bytes);
        return checksum(bytes);
    }

    private Path resolve(String relative) {
        Path path = outputDirectory.resolve(relative).normalize();
        if (!path.startsWith(outputDirectory)) {
            throw new IllegalArgumentException("refusing to write outside the output directory: " + relative);
        }
        return path;
    }

    private static void writeIfChanged(Path path, byte[] content) throws IOException {
        if (Files.isRegularFile(path) && Files.size(path) == content.length && Arrays.equals(Files.readAllBytes(path), content)) {
            return;
        }
        replace(path, content);
    }

    /**
     * Writes {@code content} to a new file beside {@code path} and moves it into place. The new file is
     * created like any other (not with {@link Files#createTempFile}, whose files are private to the owner),
     * so it gets the permissions the umask gives.
     */
    static void replace(Path path, byte[] content) throws IOException {
        Files.createDirectories(path.getParent());
        Path temp = path.resolveSibling(".schemapojo-" + Long.toUnsignedString(Random.INSTANCE.nextLong(), 36) + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(content);
            }
            try {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void deleteEmptyParents(Path directory) throws IOException {
        Path dir = directory;
        while (dir != null && dir.startsWith(outputDirectory) && !dir.equals(outputDirectory)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(dir);
            dir = dir.getParent();
        }
    }
}
