package dev.schemapojo.core.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.SourceVersion;

/** Turns JSON names and titles into Java identifiers. Locale-independent and deterministic. */
public final class Names {
    /**
     * Type names and package segments become file and directory names: keep them far below the
     * usual 255-byte limit, leaving room for nested class names ({@code Outer$Inner.class}).
     */
    public static final int MAX_TYPE_NAME_BYTES = 80;
    /** Field, method and constant names only need to stay readable and within the class file's limits. */
    public static final int MAX_MEMBER_NAME_BYTES = 200;

    private Names() {}

    /**
     * {@code name} if its UTF-8 form fits in {@code maxBytes}; else a prefix of it and {@code _} and
     * eight hex digits of the full name's hash, which keeps long names that share a prefix apart.
     */
    public static String fit(String name, int maxBytes) {
        if (utf8Length(name) <= maxBytes) {
            return name;
        }
        String suffix = String.format(java.util.Locale.ROOT, "_%08x", name.hashCode());
        StringBuilder prefix = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int size = utf8Length(new String(Character.toChars(cp)));
            if (bytes + size > maxBytes - suffix.length()) {
                break;
            }
            prefix.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return prefix + suffix;
    }

    /** Length of the UTF-8 encoding. */
    public static int utf8Length(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** Splits on everything that is not a letter or digit, and on lower-to-upper case changes. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (!Character.isLetterOrDigit(cp)) {
                flush(words, current);
                continue;
            }
            if (current.length() > 0 && Character.isUpperCase(cp)) {
                int prev = current.codePointBefore(current.length());
                boolean nextIsLower = i + 1 < cps.length && Character.isLowerCase(cps[i + 1]);
                // "fooBar" -> foo|Bar, "HTTPServer" -> HTTP|Server, but keep "B2B" and "V1" together
                if (Character.isLowerCase(prev) || (Character.isUpperCase(prev) && nextIsLower)) {
                    flush(words, current);
                }
            }
            current.appendCodePoint(cp);
        }
        flush(words, current);
        return words;
    }

    private static void flush(List<String> words, StringBuilder current) {
        if (current.length() > 0) {
            words.add(current.toString());
            current.setLength(0);
        }
    }

    /** {@code api_b2b_totp_v1_MigrateRequest} becomes {@code ApiB2bTotpV1MigrateRequest}. */
    public static String upperCamel(String text) {
        StringBuilder sb = new StringBuilder();
        for (String word : words(text)) {
            sb.append(capitalize(word));
        }
        return fit(legal(sb.toString(), "Type"), MAX_TYPE_NAME_BYTES);
    }

    /** {@code organization_id} becomes {@code organizationId}; {@code URL} becomes {@code url}. */
    public static String lowerCamel(String text) {
        List<String> words = words(text);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i == 0) {
                sb.append(isAllUpper(word) ? word.toLowerCase(Locale.ROOT) : decapitalize(word));
            } else {
                sb.append(capitalize(word));
            }
        }
        return fit(legal(sb.toString(), "value"), MAX_MEMBER_NAME_BYTES);
    }

    /** {@code active-user} becomes {@code ACTIVE_USER}. */
    public static String constantCase(String text) {
        List<String> words = words(text);
        StringBuilder sb = new StringBuilder();
        for (String word : words) {
            sb.append(sb.length() == 0 ? "" : "_").append(word.toUpperCase(Locale.ROOT));
        }
        return fit(legal(sb.toString(), "VALUE"), MAX_MEMBER_NAME_BYTES);
    }

    /** A legal package segment: lower-case letters, digits and underscores; never a Windows device name. */
    public static String packageSegment(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> sb.appendCodePoint(
                Character.isLetterOrDigit(cp) ? Character.toLowerCase(cp) : '_'));
        return notDevice(fit(legal(sb.toString(), "pkg"), MAX_TYPE_NAME_BYTES));
    }

    private static final java.util.regex.Pattern DEVICE =
            java.util.regex.Pattern.compile("(?i)CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]");

    /**
     * Whether Windows reserves the name for a device, for a file or a directory, with any extension and in
     * any case ({@code con}, {@code Nul.java}, {@code LPT1.java} cannot be created there).
     */
    public static boolean isWindowsDevice(String name) {
        return DEVICE.matcher(name).matches();
    }

    /** The name of a file or directory, with {@code _} after a Windows device name ({@code Con_}). */
    public static String notDevice(String name) {
        return isWindowsDevice(name) ? name + "_" : name;
    }

    public static String capitalize(String word) {
        if (word.isEmpty()) {
            return word;
        }
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(word.substring(Character.charCount(first))).toString();
    }

    static String decapitalize(String word) {
        if (word.isEmpty()) {
            return word;
        }
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toLowerCase(first))
                .append(word.substring(Character.charCount(first))).toString();
    }

    private static boolean isAllUpper(String word) {
        return word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /**
     * Makes {@code candidate} a legal Java identifier: empty becomes {@code fallback}, a leading digit
     * gets a {@code _} prefix, a keyword (or {@code _}) gets a {@code _} suffix, and characters Java
     * does not allow in identifiers become {@code _}.
     */
    public static String legal(String candidate, String fallback) {
        StringBuilder sb = new StringBuilder();
        candidate.codePoints().forEach(cp -> sb.appendCodePoint(Character.isJavaIdentifierPart(cp) && cp != '$' ? cp : '_'));
        String name = sb.toString();
        if (name.isEmpty()) {
            name = fallback;
        }
        if (!Character.isJavaIdentifierStart(name.codePointAt(0))) {
            name = "_" + name;
        }
        if (SourceVersion.isKeyword(name) || name.equals("_")) {
            name = name + "_";
        }
        return name;
    }
}
