package dev.schemapojo.core.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What the up-to-date check remembers of a file: the SHA-256 of its content, and its size and modification
 * time when that content was read or written.
 *
 * <p>{@link #matches} compares contents; it reads a file only when its size or time differ from the ones
 * remembered, or when the time is too close to the moment the state was saved to tell a later change apart
 * (the "racy" case git knows: on a file system that keeps times in whole seconds, a file changed in the same
 * second as it was read keeps its time). So a no-op build reads no schema and no output, and a changed file
 * is always hashed.
 *
 * @param sha256 the content's digest, in hex
 * @param size the size in bytes when the content was read
 * @param modified the modification time (nanoseconds since the epoch) when the content was read
 */
public record FileDigest(String sha256, long size, long modified) {

    /** The size and time of {@code file} now, with no digest. */
    public static FileDigest stamp(Path file) throws IOException {
        return stamp(Files.readAttributes(file, BasicFileAttributes.class));
    }

    private static FileDigest stamp(BasicFileAttributes attributes) {
        return new FileDigest("", attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }

    /**
     * This stamp with the digest of {@code content}, read after the stamp was taken (so that a change in between
     * shows as a time that no longer matches, never as a matching time with an old digest).
     */
    public FileDigest withContent(byte[] content) {
        return new FileDigest(Digests.hex(Digests.sha256(content)), size, modified);
    }

    /**
     * True when {@code file} has the content this digest was made of.
     *
     * @param attributes the file's attributes, as just read (a walk or a stat already has them)
     * @param savedAt the modification time (nanoseconds) of the file the digest was saved in; a remembered
     *     time at or after it is not trusted
     */
    public boolean matches(Path file, BasicFileAttributes attributes, long savedAt) throws IOException {
        return trusted(attributes, savedAt) || sameContent(file, attributes);
    }

    /**
     * True when {@code attributes} show the size and time remembered, and that time is before {@code savedAt}:
     * then the content is taken to be the one remembered without reading it.
     */
    public boolean trusted(BasicFileAttributes attributes, long savedAt) {
        return attributes.size() == size && modified < savedAt
                && attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) == modified;
    }

    /**
     * True when {@code file} now holds the content this digest was made of: its size, from {@code attributes},
     * and then its content, read and hashed.
     */
    public boolean sameContent(Path file, BasicFileAttributes attributes) throws IOException {
        return attributes.size() == size && sha256.equals(Digests.hex(Digests.sha256(Files.readAllBytes(file))));
    }

    /** {@code <sha256> <size>:<modified>}: two fields without spaces. */
    public String format() {
        return sha256 + " " + size + ":" + modified;
    }

    /** The digest {@link #format()} wrote, or null when {@code digest} and {@code stamp} are not one. */
    public static FileDigest parse(String digest, String stamp) {
        int colon = stamp.indexOf(':');
        if (digest.length() != 64 || colon < 0) {
            return null;
        }
        try {
            return new FileDigest(digest, Long.parseLong(stamp.substring(0, colon)), Long.parseLong(stamp.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
