package dev.schemapojo.core.load;

import dev.schemapojo.core.Options;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Which files a run reads: the files under the source directory, and under each directory a URI prefix is
 * mapped to, that the includes select and the excludes do not. The load stage reads them; the up-to-date
 * check compares them with the files of the last run without reading any schema.
 */
public final class SourceFiles {
    /** What a walk met besides the selected files. */
    public interface Listener {
        /** A file or directory that could not be visited. */
        void failed(Path path, IOException e);

        /** A file the includes would select if they ignored case, e.g. {@code A.JSON} for {@code **}{@code /*.json}. */
        default void skippedByCase(Path path) {}
    }

    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    public SourceFiles(List<String> includes, List<String> excludes) {
        this.includes = matchers(includes);
        this.excludes = matchers(excludes);
    }

    /** Every file a run of {@code options} reads, in the order the load stage reads them. */
    public static List<Path> all(Options options, Listener listener) throws IOException {
        SourceFiles selection = new SourceFiles(options.includes(), options.excludes());
        List<Path> files = new ArrayList<>(selection.find(options.sourceDirectory(), listener).values());
        for (Path root : options.uriMappings().values()) {
            files.addAll(selection.find(root, listener).values());
        }
        return files;
    }

    /** The selected files under {@code root}, keyed by their path relative to it (with {@code /}), in path order. */
    public TreeMap<String, Path> find(Path root, Listener listener) throws IOException {
        TreeMap<String, Path> files = new TreeMap<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (!attrs.isRegularFile()) {
                            return FileVisitResult.CONTINUE;
                        }
                        Path relative = root.relativize(file);
                        if (matches(excludes, relative)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (matches(includes, relative)) {
                            files.put(relative.toString().replace(File.separatorChar, '/'), file);
                        } else if (matches(includes, lowerCaseName(relative))) {
                            listener.skippedByCase(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        listener.failed(file, e);
                        return FileVisitResult.CONTINUE;
                    }
                });
        return files;
    }

    /** {@code relative} with its file name in lower case; directories keep their case. */
    private static Path lowerCaseName(Path relative) {
        Path name = Path.of(relative.getFileName().toString().toLowerCase(Locale.ROOT));
        return relative.getParent() == null ? name : relative.getParent().resolve(name);
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        for (String glob : globs) {
            out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            // "**/" in a Java glob needs at least one directory; users expect it to match the top level too.
            if (glob.startsWith("**/")) {
                out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
            }
        }
        return out;
    }

    private static boolean matches(List<PathMatcher> matchers, Path relative) {
        for (PathMatcher m : matchers) {
            if (m.matches(relative)) {
                return true;
            }
        }
        return false;
    }
}
