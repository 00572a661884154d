package dev.schemapojo.core.write;

import dev.schemapojo.core.load.Digests;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Which generator made an output. A release is its version: a released artifact never changes. A SNAPSHOT
 * version is shared by every build of it, which may generate different code, so there the jar's size and time
 * are part of it too (a rebuilt, reinstalled jar has a new time), or for a class directory (tests, an IDE) the
 * digest of its classes.
 */
final class GeneratorVersion {
    /** Where the class loader does not say where the code is: then no run counts as up to date. */
    static final String UNKNOWN = "unknown";
    private static volatile String current;

    private GeneratorVersion() {}

    /** {@code <version>}, or {@code <version> <code stamp>} for a SNAPSHOT; computed once per class loader. */
    static String current() {
        String known = current;
        if (known == null) {
            String version = version();
            known = version.endsWith("-SNAPSHOT") || version.equals(UNKNOWN) ? version + " " + codeStamp() : version;
            current = known;
        }
        return known;
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = GeneratorVersion.class.getResourceAsStream("generator.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schemapojo's own generator.properties: " + e, e);
        }
        return properties.getProperty("version", UNKNOWN);
    }

    /** The jar's size and time, or the digest of a class directory; {@link #UNKNOWN} where neither can be had. */
    private static String codeStamp() {
        CodeSource source = GeneratorVersion.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return UNKNOWN;
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return Files.size(location) + ":" + Files.getLastModifiedTime(location).toMillis();
            }
            if (!Files.isDirectory(location)) {
                return UNKNOWN;
            }
            MessageDigest digest = Digests.sha256();
            List<Path> classes;
            try (Stream<Path> walk = Files.walk(location)) {
                classes = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : classes) {
                digest.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return Digests.hex(digest.digest());
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
