package dev.schemapojo.core.load;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests, the one kind the up-to-date check compares (of schema files, options and outputs). */
public final class Digests {
    private Digests() {}

    public static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    /** A fresh SHA-256 digest; every Java runtime has one. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }

    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
