package dev.schemapojo.maven;

import dev.schemapojo.core.InvalidOptionsException;
import dev.schemapojo.core.load.SourceFiles;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Resolves the {@code schemaDependencies} through Maven's own resolver (so {@code -o} works from the local
 * repository and nothing is fetched that Maven would not fetch) and unpacks the schema files they select into
 * a directory of the execution's state, where the core reads them ({@code Options.artifactRoot}). An artifact
 * is unpacked again only when its file changed.
 */
final class SchemaArtifacts {
    private SchemaArtifacts() {}

    /** The unpacked directory of each dependency, by its coordinates as diagnostics name it. */
    static Map<String, Path> unpack(List<SchemaDependency> dependencies, RepositorySystem system,
            RepositorySystemSession session, List<RemoteRepository> repositories, Path workDirectory)
            throws MojoExecutionException {
        Map<String, Path> out = new LinkedHashMap<>();
        for (SchemaDependency dependency : dependencies) {
            if (dependency == null || dependency.coordinates == null || dependency.coordinates.isBlank()) {
                continue; // an empty <schemaDependency/> means nothing
            }
            String coordinates = dependency.coordinates.trim();
            DefaultArtifact artifact = parse(coordinates);
            File file;
            try {
                file = system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null)).getArtifact().getFile();
            } catch (ArtifactResolutionException e) {
                throw new MojoExecutionException("schemapojo: schemaDependencies: cannot resolve " + coordinates + ": "
                        + e.getMessage(), e);
            }
            Path target = workDirectory.resolve(coordinates.replaceAll("[^A-Za-z0-9._-]", "_"));
            try {
                unpack(file.toPath(), dependency, target);
            } catch (IOException e) {
                throw new MojoExecutionException("schemapojo: schemaDependencies: cannot unpack " + coordinates + " ("
                        + file + "): " + e, e);
            } catch (InvalidOptionsException e) { // a glob that does not compile, named by its parameter
                throw new MojoExecutionException("schemapojo: schemaDependencies: " + coordinates + ": " + e.getMessage(), e);
            }
            out.put(coordinates, target);
        }
        return out;
    }

    /** {@code groupId:artifactId:version[:classifier][:type]}. */
    static DefaultArtifact parse(String coordinates) throws MojoExecutionException {
        String[] parts = coordinates.split(":", -1);
        if (parts.length < 3 || parts.length > 5 || java.util.Arrays.stream(parts).limit(3).anyMatch(String::isBlank)) {
            throw new MojoExecutionException("schemapojo: schemaDependencies: '" + coordinates + "' is not"
                    + " groupId:artifactId:version[:classifier][:type], e.g. com.example:stytch-schemas:1.4.0");
        }
        String classifier = parts.length > 3 ? parts[3] : "";
        String type = parts.length > 4 && !parts[4].isBlank() ? parts[4] : "jar";
        return new DefaultArtifact(parts[0], parts[1], classifier, type, parts[2]);
    }

    /**
     * The artifact's selected files under {@code target}, relative to its {@code directory}; skipped when the
     * stamp of the last unpacking (the file's path, size and time) matches.
     */
    private static void unpack(Path file, SchemaDependency dependency, Path target) throws IOException {
        String prefix = dependency.directory == null || dependency.directory.isBlank() ? ""
                : dependency.directory.trim().replace('\\', '/').replaceAll("^/+|/+$", "") + "/";
        List<PathMatcher> includes = matchers("includes", dependency.includes, "**/*.json");
        List<PathMatcher> excludes = matchers("excludes", dependency.excludes, null);
        String stamp = file.toAbsolutePath() + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis()
                + " " + prefix + " " + dependency.includes + " " + dependency.excludes + "\n";
        Path stampFile = target.resolveSibling(target.getFileName() + ".unpacked");
        if (Files.isDirectory(target) && Files.isRegularFile(stampFile)
                && Files.readString(stampFile, StandardCharsets.UTF_8).equals(stamp)) {
            return;
        }
        delete(target);
        Files.createDirectories(target);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(prefix)) {
                    continue;
                }
                String relative = name.substring(prefix.length());
                Path out = target.resolve(relative).normalize();
                if (relative.isEmpty() || !out.startsWith(target)) {
                    continue; // "../" in an entry name: never written outside the directory
                }
                Path path = Path.of(relative);
                if (!matches(includes, path) || matches(excludes, path)) {
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, out);
                }
            }
        }
        Files.writeString(stampFile, stamp, StandardCharsets.UTF_8);
    }

    /** The globs as {@code SourceFiles} compiles them (one rule for source files and artifacts), or the fallback. */
    private static List<PathMatcher> matchers(String parameter, List<String> globs, String fallback) {
        List<String> given = globs == null ? List.of() : globs.stream().filter(g -> g != null && !g.isBlank()).map(String::trim).toList();
        return SourceFiles.matchers(parameter, given.isEmpty() && fallback != null ? List.of(fallback) : given);
    }

    private static boolean matches(List<PathMatcher> matchers, Path path) {
        return matchers.stream().anyMatch(m -> m.matches(path));
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
