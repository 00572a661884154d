package dev.schemapojo.core.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes generated sources into the output directory.
 *
 * <ul>
 *   <li>Nothing is written until every source of the run exists in memory, so a failed run leaves
 *       the previous output as it was.</li>
 *   <li>Each file is written to a temporary file and moved into place, so no reader ever sees half a file.</li>
 *   <li>A file whose content is unchanged is not touched, so incremental compilers see no change.</li>
 *   <li>A manifest lists the files schemapojo wrote; files of schemas that were removed are deleted
 *       on the next run, and files schemapojo did not write are never deleted.</li>
 * </ul>
 */
public final class OutputWriter {
    /** The manifest's file name inside the output directory. */
    public static final String MANIFEST = ".schemapojo-files";

    private final Path outputDirectory;

    public OutputWriter(Path outputDirectory) {
        this.outputDirectory = outputDirectory;
    }

    /** Writes {@code files} (relative path with {@code /} -> content) and removes stale ones. */
    public void write(Map<String, String> files) throws IOException {
        Files.createDirectories(outputDirectory);
        for (Map.Entry<String, String> file : files.entrySet()) {
            writeIfChanged(resolve(file.getKey()), file.getValue().getBytes(StandardCharsets.UTF_8));
        }
        for (String stale : previousFiles()) {
            if (!files.containsKey(stale)) {
                Path path = resolve(stale);
                Files.deleteIfExists(path);
                deleteEmptyParents(path.getParent());
            }
        }
        String manifest = String.join("\n", new TreeSet<>(files.keySet())) + "\n";
        writeIfChanged(outputDirectory.resolve(MANIFEST), manifest.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> previousFiles() throws IOException {
        Path manifest = outputDirectory.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            // Only plain relative .java paths below the output directory; a tampered manifest cannot delete elsewhere.
            if (line.endsWith(".java") && !line.startsWith("/") && !Arrays.asList(line.split("/")).contains("..")) {
                out.add(line);
            }
        }
        return out;
    }

    private Path resolve(String relative) {
        Path path = outputDirectory.resolve(relative).normalize();
        if (!path.startsWith(outputDirectory)) {
            throw new IllegalArgumentException("refusing to write outside the output directory: " + relative);
        }
        return path;
    }

    private static void writeIfChanged(Path path, byte[] content) throws IOException {
        if (Files.isRegularFile(path) && Arrays.equals(Files.readAllBytes(path), content)) {
            return;
        }
        Files.createDirectories(path.getParent());
        Path temp = Files.createTempFile(path.getParent(), ".schemapojo-", ".tmp");
        try {
            Files.write(temp, content);
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
