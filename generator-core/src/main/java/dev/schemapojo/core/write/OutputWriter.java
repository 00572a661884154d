package dev.schemapojo.core.write;

import dev.schemapojo.core.load.FileDigest;
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
import java.util.Arrays;
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
    private static final SecureRandom RANDOM = new SecureRandom();

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
            if (!contents.containsKey(stale)) {
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

    /**
     * True when the manifest is the one {@link #write} returned the digest of, and every file it lists is in the
     * output directory with the content that was written.
     */
    boolean intact(String manifestChecksum) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(manifest);
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
        if (!manifestChecksum.equals(checksum(bytes))) {
            return false;
        }
        long savedAt = Files.getLastModifiedTime(manifest).to(TimeUnit.NANOSECONDS);
        for (Map.Entry<String, String> file : entries(new String(bytes, StandardCharsets.UTF_8).split("\n")).entrySet()) {
            String[] fields = file.getValue().split(" ");
            FileDigest digest = fields.length == 2 ? FileDigest.parse(fields[0], fields[1]) : null;
            if (digest == null) {
                return false;
            }
            Path path = resolve(file.getKey());
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(path, BasicFileAttributes.class); // one look at each file
            } catch (java.nio.file.NoSuchFileException e) {
                return false;
            }
            if (!attributes.isRegularFile() || !digest.matches(path, attributes, savedAt)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The files of the last run, relative path -> {@link FileDigest#format()} ({@value #PENDING} where unknown).
     * Read from the manifest, or where there is none yet from the one an earlier version kept in the output
     * directory.
     */
    private Map<String, String> previousFiles() throws IOException {
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
            // Only plain relative .java paths below the output directory; a tampered manifest cannot delete elsewhere.
            if (path.endsWith(".java") && !path.startsWith("/") && !Arrays.asList(path.split("/")).contains("..")) {
                out.put(path, space < 0 ? PENDING : line.substring(0, space));
            }
        }
        return out;
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
        Path temp = path.resolveSibling(".schemapojo-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
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
