package dev.schemapojo.core.load;

import dev.schemapojo.core.InvalidOptionsException;
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
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

        /**
         * A selected file, or a directory, that is a link to {@code target} outside every root: it was not read
         * (a link must not make the build read, or echo, a file nobody put among the schemas).
         */
        default void outsideRoots(Path link, Path target) {
            failed(link, new IOException("links to " + target + ", outside the source roots"));
        }
    }

    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;
    /** The directories files may resolve into besides the one being walked (the source directory, the uriMappings). */
    private final List<Path> roots;
    private List<Path> realRoots;

    public SourceFiles(List<String> includes, List<String> excludes) {
        this(includes, excludes, List.of());
    }

    public SourceFiles(List<String> includes, List<String> excludes, Collection<Path> roots) {
        this.includes = matchers("includes", includes);
        this.excludes = matchers("excludes", excludes);
        this.roots = List.copyOf(roots);
    }

    /** The files {@code options} selects, which may resolve into its source directory or a uriMappings directory. */
    public static SourceFiles of(Options options) {
        List<Path> roots = new ArrayList<>();
        roots.add(options.sourceDirectory());
        roots.addAll(options.uriMappings().values());
        roots.addAll(options.artifactRoots().values());
        return new SourceFiles(options.includes(), options.excludes(), roots);
    }

    /**
     * Every file a run of {@code options} reads, in the order the load stage reads them, with its attributes as
     * the walk saw them (so that the up-to-date check needs no second look at each file).
     */
    public static Map<Path, BasicFileAttributes> all(Options options, Listener listener) throws IOException {
        SourceFiles selection = of(options);
        Map<Path, BasicFileAttributes> files = new LinkedHashMap<>();
        if (options.artifactRoots().isEmpty() || Files.isDirectory(options.sourceDirectory())) {
            selection.walk(options.sourceDirectory(), listener, (relative, file, attributes) -> files.put(file, attributes));
        }
        for (Path root : options.uriMappings().values()) {
            selection.walk(root, listener, (relative, file, attributes) -> files.put(file, attributes));
        }
        for (Path root : options.artifactRoots().values()) {
            selection.walk(root, listener, (relative, file, attributes) -> files.put(file, attributes));
        }
        return files;
    }

    /** The selected files under {@code root}, keyed by their path relative to it (with {@code /}), in path order. */
    public TreeMap<String, Path> find(Path root, Listener listener) throws IOException {
        TreeMap<String, Path> files = new TreeMap<>();
        walk(root, listener, (relative, file, attributes) -> files.put(relative, file));
        return files;
    }

    private record Found(Path file, BasicFileAttributes attributes) {}

    private interface Selected {
        void add(String relative, Path file, BasicFileAttributes attributes);
    }

    /** Hands each selected file to {@code selected}, in path order (the walk's order is the file system's). */
    private void walk(Path root, Listener listener, Selected selected) throws IOException {
        TreeMap<String, Found> files = new TreeMap<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        Path target = dir.equals(root) ? null : outside(root, dir);
                        if (target != null) {
                            listener.outsideRoots(dir, target);
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

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
                            Path target = outside(root, file);
                            if (target != null) {
                                listener.outsideRoots(file, target);
                                return FileVisitResult.CONTINUE;
                            }
                            files.put(relative.toString().replace(File.separatorChar, '/'), new Found(file, attrs));
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
        files.forEach((relative, found) -> selected.add(relative, found.file(), found.attributes()));
    }

    /**
     * Where {@code path} really is when it is a link that leads out of {@code root} and every other root; else
     * null. Only links are resolved (one {@code lstat} for other files), so the up-to-date walk stays cheap.
     */
    private Path outside(Path root, Path path) {
        if (!Files.isSymbolicLink(path)) {
            return null;
        }
        Path target;
        try {
            target = path.toRealPath();
        } catch (IOException e) {
            return null; // a dangling link: the visit reports it as a file that cannot be read
        }
        if (realRoots == null) {
            List<Path> real = new ArrayList<>();
            real.add(realPath(root));
            roots.forEach(r -> real.add(realPath(r)));
            realRoots = real;
        }
        for (Path allowed : realRoots) {
            if (target.startsWith(allowed)) {
                return null;
            }
        }
        return target;
    }

    /**
     * The path with links resolved as far as it exists (an output directory may not exist yet), else as it is
     * written, made absolute.
     */
    public static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    /** {@code relative} with its file name in lower case; directories keep their case. */
    private static Path lowerCaseName(Path relative) {
        Path name = Path.of(relative.getFileName().toString().toLowerCase(Locale.ROOT));
        return relative.getParent() == null ? name : relative.getParent().resolve(name);
    }

    /** {@code **}{@code /*.json}, {@code *.json}: the usual includes, matched without a regular expression. */
    private static final java.util.regex.Pattern BY_EXTENSION =
            java.util.regex.Pattern.compile("(\\*\\*/)?\\*(\\.[A-Za-z0-9_-]+)");

    /**
     * The globs as matchers; one that does not compile is an error naming {@code parameter}, here where they are
     * compiled for the up-to-date check's walk and the load stage's alike.
     */
    public static List<PathMatcher> matchers(String parameter, List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        for (String glob : globs) {
            java.util.regex.Matcher extension = BY_EXTENSION.matcher(glob);
            // (not on Windows, whose globs ignore case)
            if (extension.matches() && File.separatorChar == '/') {
                // what the glob means: a file name ending so (* takes any characters but "/"), at any depth for
                // "**/" (which here also matches the top level), at the top level otherwise
                boolean anyDepth = extension.group(1) != null;
                String suffix = extension.group(2);
                out.add(path -> (anyDepth || path.getNameCount() == 1) && path.getFileName().toString().endsWith(suffix));
                continue;
            }
            try {
                out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            } catch (IllegalArgumentException e) { // PatternSyntaxException included
                throw new InvalidOptionsException(parameter + ": '" + glob + "' is not a glob pattern ("
                        + (e instanceof java.util.regex.PatternSyntaxException p ? p.getDescription() : e.getMessage())
                        + "); e.g. **/*.json, or **/*.{json,schema.json} with the closing brace");
            }
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
