package dev.schemapojo.core.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * The checks of JSON Schema {@code format} values ({@code formats=assert}) as private static methods of a
 * generated class: plain Java 11 that needs only {@code java.base}. Every emitted member is named
 * {@code format...} (fields {@code FORMAT_...}) and says in its Javadoc which RFC or ECMA-262 section it
 * follows; {@link #addTo} adds the ones the given formats need, each once, sorted by name.
 *
 * <p>The methods are written below as Java text (one text block per body) and turned into JavaPoet
 * code line by line; types are named as {@code $name:T} (see {@link #TYPES}), a literal {@code $} is
 * {@code $$}. The helpers a body calls are found in its text ({@code formatX(} and {@code FORMAT_X}).
 */
final class FormatCheckers {
    private FormatCheckers() {}

    /** The types the bodies name, as JavaPoet named arguments. */
    private static final Map<String, Object> TYPES = Map.of(
            "pattern", ClassName.get(Pattern.class),
            "normalizer", ClassName.get(Normalizer.class),
            "form", ClassName.get(Normalizer.Form.class),
            "locale", ClassName.get(Locale.class),
            "charsets", ClassName.get(StandardCharsets.class),
            "script", ClassName.get(Character.UnicodeScript.class),
            "bigInteger", ClassName.get(BigInteger.class),
            "set", ClassName.get(Set.class),
            "hashSet", ClassName.get(HashSet.class));

    /** The method that tests each checked format, by the format's name in the specification. */
    private static final Map<String, String> ENTRY_POINTS = Map.ofEntries(
            Map.entry("date-time", "formatDateTime"),
            Map.entry("date", "formatDate"),
            Map.entry("time", "formatTime"),
            Map.entry("duration", "formatDuration"),
            Map.entry("email", "formatEmail"),
            Map.entry("idn-email", "formatIdnEmail"),
            Map.entry("hostname", "formatHostname"),
            Map.entry("idn-hostname", "formatIdnHostname"),
            Map.entry("ipv4", "formatIpv4"),
            Map.entry("ipv6", "formatIpv6"),
            Map.entry("uri", "formatUri"),
            Map.entry("uri-reference", "formatUriReference"),
            Map.entry("iri", "formatIri"),
            Map.entry("iri-reference", "formatIriReference"),
            Map.entry("uuid", "formatUuid"),
            Map.entry("regex", "formatRegex"),
            Map.entry("json-pointer", "formatJsonPointer"),
            Map.entry("relative-json-pointer", "formatRelativeJsonPointer"),
            Map.entry("uri-template", "formatUriTemplate"));

    private static final Map<String, MethodSpec> METHODS = new TreeMap<>();
    private static final Map<String, FieldSpec> FIELDS = new TreeMap<>();
    /** The helpers (methods and fields) each member uses, found in its text. */
    private static final Map<String, Set<String>> USES = new TreeMap<>();
    private static final Pattern USE = Pattern.compile("\\b(format[A-Z]\\w*)\\(|\\b(FORMAT_[A-Z0-9_]+)\\b");

    /**
     * The formats checked when asserted, in the specification's names: date-time, date, time, duration, email,
     * idn-email, hostname, idn-hostname, ipv4, ipv6, uri, uri-reference, iri, iri-reference, uuid, regex, json-pointer,
     * relative-json-pointer and uri-template.
     */
    static boolean isChecked(String format) {
        return ENTRY_POINTS.containsKey(format);
    }

    /**
     * A boolean Java expression that is true when the String expression {@code value} (not null) is valid in the
     * format, calling the methods {@link #addTo} adds, e.g. {@code formatDateTime(value)}.
     *
     * @throws IllegalArgumentException when the format is not {@linkplain #isChecked checked}
     */
    static CodeBlock test(String format, CodeBlock value) {
        String method = ENTRY_POINTS.get(format);
        if (method == null) {
            throw new IllegalArgumentException("format \"" + format + "\" is not checked");
        }
        return CodeBlock.of("$N($L)", method, value);
    }

    /**
     * Adds to {@code spec} the private static methods (and private static final fields) the {@link #test tests}
     * of these formats call, with the helpers they call in turn, each once: fields, then methods, sorted by name.
     * Formats that are not checked are ignored.
     */
    static void addTo(TypeSpec.Builder spec, Set<String> formats) {
        Set<String> needed = new TreeSet<>();
        for (String format : formats) {
            String method = ENTRY_POINTS.get(format);
            if (method != null) {
                need(method, needed);
            }
        }
        for (String name : needed) {
            if (FIELDS.containsKey(name)) {
                spec.addField(FIELDS.get(name));
            }
        }
        for (String name : needed) {
            if (METHODS.containsKey(name)) {
                spec.addMethod(METHODS.get(name));
            }
        }
    }

    private static void need(String name, Set<String> needed) {
        if (needed.add(name)) {
            for (String used : USES.get(name)) {
                need(used, needed);
            }
        }
    }

    // ---- how members are defined ----

    /**
     * Defines a method from its signature ({@code "boolean formatX(String s, int i)"}), one-line Javadoc and body
     * (Java text, indented by four spaces a level).
     */
    private static void method(String signature, String javadoc, String body) {
        Matcher m = Pattern.compile("(\\S+) (format\\w+)\\((.*)\\)").matcher(signature);
        if (!m.matches()) {
            throw new IllegalStateException("bad signature " + signature);
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(m.group(2))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("$L\n", html(javadoc))
                .returns(type(m.group(1)));
        if (!m.group(3).isEmpty()) {
            for (String parameter : m.group(3).split(", ")) {
                int space = parameter.lastIndexOf(' ');
                method.addParameter(type(parameter.substring(0, space)), parameter.substring(space + 1));
            }
        }
        method.addCode(code(body));
        define(m.group(2), body);
        METHODS.put(m.group(2), method.build());
    }

    private static void field(String name, TypeName type, String javadoc, CodeBlock initializer) {
        FIELDS.put(name, FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", html(javadoc)).initializer(initializer).build());
        define(name, "");
    }

    /** Javadoc text with the characters HTML gives a meaning escaped (javadoc's doclint refuses a bare {@code <}). */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * A {@code Pattern} field for a regular grammar (matched against the whole value with {@code matches()}), its
     * regular expression the concatenation of the pieces, one a line.
     */
    private static void patternField(String name, String javadoc, boolean caseInsensitive, String... pieces) {
        CodeBlock.Builder compile = CodeBlock.builder().add("$T.compile(", Pattern.class);
        if (pieces.length > 1) {
            compile.add("$>$>");
        }
        for (int i = 0; i < pieces.length; i++) {
            compile.add(pieces.length == 1 ? "$S" : i == 0 ? "\n$S" : "\n+ $S", pieces[i]);
        }
        if (caseInsensitive) {
            compile.add(", $T.CASE_INSENSITIVE", Pattern.class);
        }
        if (pieces.length > 1) {
            compile.add("$<$<");
        }
        field(name, ClassName.get(Pattern.class), javadoc, compile.add(")").build());
    }

    /** An {@code int[]} field of sorted code point ranges, first and last of each range in turn. */
    private static void rangesField(String name, String javadoc, int... ranges) {
        CodeBlock.Builder code = CodeBlock.builder().add("{\n").indent();
        for (int i = 0; i < ranges.length; i += 12) {
            List<String> line = new ArrayList<>();
            for (int j = i; j < Math.min(i + 12, ranges.length); j++) {
                line.add(String.format(Locale.ROOT, "0x%04X", ranges[j]));
            }
            code.add("$L$L\n", String.join(", ", line), i + 12 < ranges.length ? "," : "");
        }
        field(name, ArrayTypeName.of(TypeName.INT), javadoc, code.unindent().add("}").build());
    }

    private static void define(String name, String body) {
        if (USES.containsKey(name)) {
            throw new IllegalStateException(name + " is defined twice");
        }
        Set<String> uses = new TreeSet<>();
        Matcher m = USE.matcher(body);
        while (m.find()) {
            String used = m.group(1) != null ? m.group(1) : m.group(2);
            if (!used.equals(name)) {
                uses.add(used);
            }
        }
        USES.put(name, uses);
    }

    private static TypeName type(String name) {
        return switch (name) {
            case "boolean" -> TypeName.BOOLEAN;
            case "int" -> TypeName.INT;
            case "char" -> TypeName.CHAR;
            case "int[]" -> ArrayTypeName.of(TypeName.INT);
            case "String" -> ClassName.get(String.class);
            case "StringBuilder" -> ClassName.get(StringBuilder.class);
            default -> throw new IllegalStateException("unknown type " + name);
        };
    }

    /** The body as JavaPoet code, each four leading spaces of a line one indentation level. */
    private static CodeBlock code(String body) {
        CodeBlock.Builder code = CodeBlock.builder();
        int level = 0;
        for (String line : body.stripTrailing().split("\n", -1)) {
            String text = line.strip();
            if (text.isEmpty()) {
                code.add("\n");
                continue;
            }
            int depth = (line.length() - line.stripLeading().length()) / 4;
            for (; level < depth; level++) {
                code.indent();
            }
            for (; level > depth; level--) {
                code.unindent();
            }
            code.addNamed(text + "\n", TYPES);
        }
        for (; level > 0; level--) {
            code.unindent();
        }
        return code.build();
    }

    /** Fails when a member uses a helper that is not defined (a misspelt name in a body). */
    private static void checkUses() {
        for (Map.Entry<String, Set<String>> e : USES.entrySet()) {
            for (String used : e.getValue()) {
                if (!USES.containsKey(used)) {
                    throw new IllegalStateException(e.getKey() + " uses undefined " + used);
                }
            }
        }
    }

    static {
        characters();
        dateTimes();
        addresses();
        hostnames();
        mailboxes();
        uris();
        pointersAndTemplates();
        regexes();
        checkUses();
    }

    // ---- characters (RFC 5234 core rules) ----

    private static void characters() {
        method("boolean formatAlpha(int c)", "RFC 5234 appendix B.1 ALPHA: an ASCII letter.", """
                return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
                """);
        method("boolean formatDigits(String s, int from, int to)",
                "RFC 5234 appendix B.1 DIGIT: whether s has ASCII digits only from from to to (and is that long).", """
                if (to > s.length()) {
                    return false;
                }
                for (int i = from; i < to; i++) {
                    if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                        return false;
                    }
                }
                return true;
                """);
        method("int formatSkipDigits(String s, int i)", "RFC 5234 appendix B.1 *DIGIT: the index after the ASCII digits at i.", """
                while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
                return i;
                """);
        method("int formatNumber(String s, int from, int to)",
                "RFC 5234 appendix B.1 DIGIT: the value of the (checked, at most 9) ASCII digits of s from from to to.", """
                int n = 0;
                for (int i = from; i < to; i++) {
                    n = n * 10 + (s.charAt(i) - '0');
                }
                return n;
                """);
        method("boolean formatHex(String s, int from, int to)",
                "RFC 5234 appendix B.1 HEXDIG (either case): whether s has hex digits only from from to to (and is that long).", """
                if (to > s.length()) {
                    return false;
                }
                for (int i = from; i < to; i++) {
                    char c = s.charAt(i);
                    if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                        return false;
                    }
                }
                return true;
                """);
    }

    // ---- date-time, date, time, duration: RFC 3339 ----

    private static void dateTimes() {
        method("boolean formatDateTime(String s)", "RFC 3339 section 5.6 date-time: full-date \"T\" full-time (T in either case).", """
                return s.length() > 11 && (s.charAt(10) == 'T' || s.charAt(10) == 't')
                        && formatDate(s.substring(0, 10)) && formatTime(s.substring(11));
                """);
        method("boolean formatDate(String s)",
                "RFC 3339 section 5.6 full-date: YYYY-MM-DD, the day within its month (section 5.7).", """
                if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-'
                        || !formatDigits(s, 0, 4) || !formatDigits(s, 5, 7) || !formatDigits(s, 8, 10)) {
                    return false;
                }
                int month = formatNumber(s, 5, 7);
                int day = formatNumber(s, 8, 10);
                return month >= 1 && month <= 12 && day >= 1 && day <= formatDaysInMonth(formatNumber(s, 0, 4), month);
                """);
        method("int formatDaysInMonth(int year, int month)",
                "RFC 3339 section 5.7: the days in a month of a year (Gregorian leap years, appendix C).", """
                if (month == 2) {
                    boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
                    return leap ? 29 : 28;
                }
                return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
                """);
        method("boolean formatTime(String s)",
                "RFC 3339 section 5.6 full-time: HH:MM:SS[.fraction] and Z or +HH:MM / -HH:MM; second 60 only at 23:59 UTC (section 5.7).",
                """
                if (s.length() < 9 || s.charAt(2) != ':' || s.charAt(5) != ':'
                        || !formatDigits(s, 0, 2) || !formatDigits(s, 3, 5) || !formatDigits(s, 6, 8)) {
                    return false;
                }
                int hour = formatNumber(s, 0, 2);
                int minute = formatNumber(s, 3, 5);
                int second = formatNumber(s, 6, 8);
                int i = 8;
                if (s.charAt(i) == '.') {
                    i = formatSkipDigits(s, i + 1);
                    if (i == 9) {
                        return false;
                    }
                }
                if (hour > 23 || minute > 59 || second > 60 || i == s.length()) {
                    return false;
                }
                int offset;
                char sign = s.charAt(i);
                if ((sign == 'Z' || sign == 'z') && i + 1 == s.length()) {
                    offset = 0;
                } else if ((sign == '+' || sign == '-') && i + 6 == s.length() && s.charAt(i + 3) == ':'
                        && formatDigits(s, i + 1, i + 3) && formatDigits(s, i + 4, i + 6)) {
                    int offsetHour = formatNumber(s, i + 1, i + 3);
                    int offsetMinute = formatNumber(s, i + 4, i + 6);
                    if (offsetHour > 23 || offsetMinute > 59) {
                        return false;
                    }
                    offset = (sign == '+' ? 1 : -1) * (offsetHour * 60 + offsetMinute);
                } else {
                    return false;
                }
                int utcMinute = ((hour * 60 + minute - offset) % 1440 + 1440) % 1440;
                return second < 60 || utcMinute == 23 * 60 + 59;
                """);

        String time = "T(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S)";
        String date = "(?:[0-9]+D|[0-9]+M(?:[0-9]+D)?|[0-9]+Y(?:[0-9]+M(?:[0-9]+D)?)?)";
        patternField("FORMAT_DURATION",
                "RFC 3339 appendix A duration: \"P\" (dur-date [dur-time] / dur-time / dur-week), letters in either case (RFC 5234 strings).",
                true, "P(?:" + date, "(?:" + time + ")?", "|" + time, "|[0-9]+W)");
        method("boolean formatDuration(String s)", "RFC 3339 appendix A duration (ISO 8601 durations).", """
                return FORMAT_DURATION.matcher(s).matches();
                """);
    }

    // ---- ipv4, ipv6, uuid ----

    private static void addresses() {
        method("boolean formatIpv4(String s)",
                "RFC 2673 section 3.2 dotted-quad: four ASCII decimal octets 0-255, without leading zeros.", """
                String[] octets = s.split("[.]", -1);
                if (octets.length != 4) {
                    return false;
                }
                for (String octet : octets) {
                    int n = octet.length();
                    if (n == 0 || n > 3 || !formatDigits(octet, 0, n) || n > 1 && octet.charAt(0) == '0'
                            || formatNumber(octet, 0, n) > 255) {
                        return false;
                    }
                }
                return true;
                """);
        method("boolean formatIpv6(String s)",
                "RFC 4291 section 2.2: eight hex groups, \"::\" once for one or more zero groups, an IPv4 dotted-quad as the last two.", """
                int gap = s.indexOf("::");
                if (gap < 0) {
                    return formatIpv6Groups(s, true) == 8;
                }
                if (s.indexOf("::", gap + 1) >= 0) {
                    return false;
                }
                int before = gap == 0 ? 0 : formatIpv6Groups(s.substring(0, gap), false);
                int after = gap + 2 == s.length() ? 0 : formatIpv6Groups(s.substring(gap + 2), true);
                return before >= 0 && after >= 0 && before + after <= 7;
                """);
        method("int formatIpv6Groups(String s, boolean ipv4Last)",
                "RFC 4291 section 2.2: the 16-bit groups in colon-separated 1-4 hex digits (an IPv4 address last counts two), or -1.", """
                String[] groups = s.split(":", -1);
                int count = 0;
                for (int i = 0; i < groups.length; i++) {
                    String group = groups[i];
                    if (ipv4Last && i == groups.length - 1 && group.indexOf('.') >= 0) {
                        if (!formatIpv4(group)) {
                            return -1;
                        }
                        count += 2;
                    } else if (group.isEmpty() || group.length() > 4 || !formatHex(group, 0, group.length())) {
                        return -1;
                    } else {
                        count++;
                    }
                }
                return count;
                """);
        patternField("FORMAT_UUID", "RFC 4122 section 3 UUID string: 8-4-4-4-12 hex digits, either case.",
                false, "[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}");
        method("boolean formatUuid(String s)", "RFC 4122 section 3 UUID string representation.", """
                return FORMAT_UUID.matcher(s).matches();
                """);
    }

    // ---- hostname: RFC 1123, RFC 1034, and A-labels (RFC 5890-5893, RFC 3492) ----

    private static void hostnames() {
        method("boolean formatHostname(String s)",
                "RFC 1123 section 2.1 host name: dot-separated labels, at most 253 characters, no final dot.", """
                if (s.isEmpty() || s.length() > 253) {
                    return false;
                }
                for (String label : s.split("[.]", -1)) {
                    if (!formatHostnameLabel(label)) {
                        return false;
                    }
                }
                return true;
                """);
        method("boolean formatIdnHostname(String s)",
                "RFC 5890 section 2.3.2.3 IDN: labels separated by dots (RFC 3490 section 3.1 also the ideographic ones), each an LDH label, an A-label or a U-label.", """
                if (s.isEmpty()) {
                    return false;
                }
                String[] labels = s.split("[.\\u3002\\uFF0E\\uFF61]", -1);
                int length = labels.length - 1;
                boolean bidi = false;
                for (String label : labels) {
                    boolean ascii = label.chars().allMatch(c -> c < 0x80);
                    if (ascii ? !formatHostnameLabel(label) : !formatULabel(label)) {
                        return false;
                    }
                    // the length of the A-label, which the limits of RFC 1034 are about
                    String encoded = ascii ? label : formatPunycodeEncode(label);
                    if (encoded == null || (ascii ? 0 : 4) + encoded.length() > 63) {
                        return false;
                    }
                    length += (ascii ? 0 : 4) + encoded.length();
                    bidi |= formatRtl(label.codePoints().toArray());
                }
                if (bidi) {
                    // a Bidi domain name: every label follows the Bidi rule
                    for (String label : labels) {
                        if (!formatBidiLabel(label.codePoints().toArray())) {
                            return false;
                        }
                    }
                }
                return length <= 253;
                """);
        method("boolean formatHostnameLabel(String s)",
                "RFC 1034 section 3.5 label, a digit first allowed (RFC 1123 section 2.1); an xn-- label an A-label (RFC 5890).", """
                int n = s.length();
                if (n == 0 || n > 63 || s.charAt(0) == '-' || s.charAt(n - 1) == '-') {
                    return false;
                }
                for (int i = 0; i < n; i++) {
                    char c = s.charAt(i);
                    if (!(formatAlpha(c) || c >= '0' && c <= '9' || c == '-')) {
                        return false;
                    }
                }
                return !s.regionMatches(true, 0, "xn--", 0, 4) || formatALabel(s.substring(4).toLowerCase($locale:T.ROOT));
                """);
        method("boolean formatALabel(String s)",
                "RFC 5891 section 5.4: whether Punycode (after xn--) decodes to a U-label: NFC, RFC 5892 code points, RFC 5893 Bidi rule.", """
                String decoded = formatPunycode(s);
                // canonical: the U-label encodes back to the same Punycode
                return decoded != null && formatULabel(decoded) && s.equals(formatPunycodeEncode(decoded));
                """);
        method("String formatPunycodeEncode(String s)",
                "RFC 3492 section 6.3 encoding: the Punycode (lower case) of a string, or null on overflow.", """
                int[] input = s.codePoints().toArray();
                StringBuilder out = new StringBuilder();
                for (int c : input) {
                    if (c < 0x80) {
                        out.append((char) c);
                    }
                }
                int basic = out.length();
                int handled = basic;
                if (basic > 0) {
                    out.append('-');
                }
                int n = 128;
                int delta = 0;
                int bias = 72;
                while (handled < input.length) {
                    int m = Integer.MAX_VALUE;
                    for (int c : input) {
                        if (c >= n && c < m) {
                            m = c;
                        }
                    }
                    if (m - n > (Integer.MAX_VALUE - delta) / (handled + 1)) {
                        return null;
                    }
                    delta += (m - n) * (handled + 1);
                    n = m;
                    for (int c : input) {
                        if (c < n && ++delta == 0) {
                            return null;
                        }
                        if (c == n) {
                            int q = delta;
                            for (int k = 36;; k += 36) {
                                int t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
                                if (q < t) {
                                    break;
                                }
                                int digit = t + (q - t) % (36 - t);
                                out.append((char) (digit < 26 ? 'a' + digit : '0' + digit - 26));
                                q = (q - t) / (36 - t);
                            }
                            out.append((char) (q < 26 ? 'a' + q : '0' + q - 26));
                            bias = formatPunycodeBias(delta, handled + 1, handled == basic);
                            delta = 0;
                            handled++;
                        }
                    }
                    delta++;
                    n++;
                }
                return out.toString();
                """);
        method("boolean formatBidiLabel(int[] label)",
                "RFC 5893 section 2: a label of a domain name with a right-to-left label follows the Bidi rule (an LTR label conditions 1, 5, 6).", """
                if (label.length == 0 || !formatBidiRule(label)) {
                    return false;
                }
                String first = formatBidiClass(label[0]);
                if (first.equals("R") || first.equals("AL")) {
                    return true; // an RTL label: formatBidiRule has checked conditions 1-4
                }
                if (!first.equals("L")) {
                    return false;
                }
                String last = first;
                for (int c : label) {
                    String bidi = formatBidiClass(c);
                    if (!(bidi.equals("L") || bidi.equals("EN") || bidi.equals("ES") || bidi.equals("CS") || bidi.equals("ET")
                            || bidi.equals("ON") || bidi.equals("BN") || bidi.equals("NSM"))) {
                        return false;
                    }
                    if (!bidi.equals("NSM")) {
                        last = bidi;
                    }
                }
                return last.equals("L") || last.equals("EN");
                """);
        method("boolean formatRtl(int[] label)", "RFC 5893 section 1.4: whether a label is an RTL label (a character of Bidi class R, AL or AN).", """
                for (int c : label) {
                    String bidi = formatBidiClass(c);
                    if (bidi.equals("R") || bidi.equals("AL") || bidi.equals("AN")) {
                        return true;
                    }
                }
                return false;
                """);
        method("boolean formatULabel(String decoded)",
                "RFC 5891 section 5.4: whether a label of other than ASCII is a U-label: NFC, RFC 5892 code points, RFC 5893 Bidi rule.", """
                if (!$normalizer:T.isNormalized(decoded, $form:T.NFC)) {
                    return false;
                }
                int[] label = decoded.codePoints().toArray();
                int n = label.length;
                if (n == 0 || label[0] == '-' || label[n - 1] == '-' || n >= 4 && label[2] == '-' && label[3] == '-') {
                    return false;
                }
                int first = Character.getType(label[0]);
                if (first == Character.NON_SPACING_MARK || first == Character.COMBINING_SPACING_MARK
                        || first == Character.ENCLOSING_MARK) {
                    return false;
                }
                boolean ascii = true;
                for (int i = 0; i < n; i++) {
                    ascii &= label[i] < 0x80;
                    if (!formatIdnaCodePoint(label, i)) {
                        return false;
                    }
                }
                return !ascii && formatBidiRule(label);
                """);
        method("String formatPunycode(String s)",
                "RFC 3492 section 6.2 decoding: the string Punycode encodes, or null when it is not valid Punycode.", """
                int delimiter = s.lastIndexOf('-');
                int[] out = new int[s.length()];
                int length = 0;
                for (int j = 0; j < delimiter; j++) {
                    out[length++] = s.charAt(j);
                }
                int n = 128;
                int i = 0;
                int bias = 72;
                for (int in = delimiter + 1; in < s.length(); ) {
                    int oldI = i;
                    int w = 1;
                    for (int k = 36; ; k += 36) {
                        if (in == s.length()) {
                            return null;
                        }
                        int digit = formatPunycodeDigit(s.charAt(in++));
                        if (digit < 0 || digit > (Integer.MAX_VALUE - i) / w) {
                            return null;
                        }
                        i += digit * w;
                        int t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
                        if (digit < t) {
                            break;
                        }
                        if (w > Integer.MAX_VALUE / (36 - t)) {
                            return null;
                        }
                        w *= 36 - t;
                    }
                    length++;
                    bias = formatPunycodeBias(i - oldI, length, oldI == 0);
                    if (i / length > 0x10FFFF - n) {
                        return null;
                    }
                    n += i / length;
                    i %= length;
                    if (n >= 0xD800 && n <= 0xDFFF) {
                        return null;
                    }
                    System.arraycopy(out, i, out, i + 1, length - 1 - i);
                    out[i++] = n;
                }
                return new String(out, 0, length);
                """);
        method("int formatPunycodeDigit(char c)", "RFC 3492 section 5: the value of a Punycode digit (a-z, A-Z, 0-9), or -1.", """
                if (c >= 'a' && c <= 'z') {
                    return c - 'a';
                }
                if (c >= 'A' && c <= 'Z') {
                    return c - 'A';
                }
                return c >= '0' && c <= '9' ? c - '0' + 26 : -1;
                """);
        method("int formatPunycodeBias(int delta, int points, boolean first)", "RFC 3492 section 6.1: the bias adaptation function.", """
                delta = first ? delta / 700 : delta / 2;
                delta += delta / points;
                int k = 0;
                while (delta > 455) {
                    delta /= 35;
                    k += 36;
                }
                return k + 36 * delta / (delta + 38);
                """);
        method("boolean formatIdnaCodePoint(int[] label, int i)",
                "RFC 5892: whether a U-label's code point at i is PVALID, or CONTEXTJ / CONTEXTO with its appendix A rule met.", """
                int c = label[i];
                int before = i > 0 ? label[i - 1] : -1;
                int after = i + 1 < label.length ? label[i + 1] : -1;
                if (c == 0x200C || c == 0x200D) {
                    // A.1 ZERO WIDTH NON-JOINER, A.2 ZERO WIDTH JOINER
                    return before >= 0 && formatInRanges(FORMAT_VIRAMAS, before) || c == 0x200C && formatJoins(label, i);
                }
                if (c == 0x00B7) {
                    // A.3 MIDDLE DOT
                    return before == 'l' && after == 'l';
                }
                if (c == 0x0375) {
                    // A.4 GREEK LOWER NUMERAL SIGN (KERAIA)
                    return after >= 0 && $script:T.of(after) == $script:T.GREEK;
                }
                if (c == 0x05F3 || c == 0x05F4) {
                    // A.5 HEBREW PUNCTUATION GERESH, A.6 HEBREW PUNCTUATION GERSHAYIM
                    return before >= 0 && $script:T.of(before) == $script:T.HEBREW;
                }
                if (c == 0x30FB) {
                    // A.7 KATAKANA MIDDLE DOT
                    for (int other : label) {
                        $script:T script = $script:T.of(other);
                        if (script == $script:T.HIRAGANA || script == $script:T.KATAKANA
                                || script == $script:T.HAN) {
                            return true;
                        }
                    }
                    return false;
                }
                if (c >= 0x0660 && c <= 0x0669 || c >= 0x06F0 && c <= 0x06F9) {
                    // A.8 ARABIC-INDIC DIGITS, A.9 EXTENDED ARABIC-INDIC DIGITS: not both kinds
                    for (int other : label) {
                        if (c <= 0x0669 ? other >= 0x06F0 && other <= 0x06F9 : other >= 0x0660 && other <= 0x0669) {
                            return false;
                        }
                    }
                    return true;
                }
                return formatIdnaValid(c);
                """);
        method("boolean formatIdnaValid(int c)",
                "RFC 5892 section 3: whether a code point is PVALID by its Unicode properties (the exceptions of section 2.6 first).", """
                if (c == 0x00DF || c == 0x03C2 || c == 0x06FD || c == 0x06FE || c == 0x0F0B || c == 0x3007) {
                    return true;
                }
                if (c == 0x0640 || c == 0x07FA || c == 0x302E || c == 0x302F || c >= 0x3031 && c <= 0x3035 || c == 0x303B) {
                    return false;
                }
                if (c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z') {
                    return true;
                }
                int type = Character.getType(c);
                if (type != Character.LOWERCASE_LETTER && type != Character.UPPERCASE_LETTER && type != Character.OTHER_LETTER
                        && type != Character.DECIMAL_DIGIT_NUMBER && type != Character.MODIFIER_LETTER
                        && type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK) {
                    return false;
                }
                // Unstable (section 2.2): changed by NFKC, case folding and NFKC; folding is upper then lower case,
                // except that the dotless i folds to itself and Cherokee to upper case.
                String text = new String(Character.toChars(c));
                String nfkc = $normalizer:T.normalize(text, $form:T.NFKC);
                String folded = $script:T.of(c) == $script:T.CHEROKEE ? nfkc.toUpperCase($locale:T.ROOT)
                        : c == 0x0131 ? nfkc : nfkc.toUpperCase($locale:T.ROOT).toLowerCase($locale:T.ROOT);
                if (!$normalizer:T.normalize(folded, $form:T.NFKC).equals(text)) {
                    return false;
                }
                // IgnorableProperties (default ignorable marks), IgnorableBlocks, OldHangulJamo (sections 2.3-2.5)
                return !(c == 0x034F || c == 0x17B4 || c == 0x17B5 || c >= 0x180B && c <= 0x180F || c >= 0xFE00 && c <= 0xFE0F
                        || c >= 0xE0100 && c <= 0xE01EF || c >= 0x20D0 && c <= 0x20FF || c >= 0x1D100 && c <= 0x1D24F
                        || c >= 0x1100 && c <= 0x11FF || c >= 0xA960 && c <= 0xA97F || c >= 0xD7B0 && c <= 0xD7FF);
                """);
        method("boolean formatJoins(int[] label, int i)",
                "RFC 5892 appendix A.1: the ZERO WIDTH NON-JOINER at i is after Joining_Type L or D and before R or D, marks aside (T).", """
                int before = i - 1;
                while (before >= 0 && formatTransparent(label[before])) {
                    before--;
                }
                int after = i + 1;
                while (after < label.length && formatTransparent(label[after])) {
                    after++;
                }
                return before >= 0 && after < label.length
                        && formatInRanges(FORMAT_JOINS_LEFT, label[before]) && formatInRanges(FORMAT_JOINS_RIGHT, label[after]);
                """);
        method("boolean formatTransparent(int c)",
                "Unicode ArabicShaping.txt: Joining_Type T (transparent), the marks and format characters other than the joiners.", """
                int type = Character.getType(c);
                return c != 0x200C && c != 0x200D
                        && (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT);
                """);
        method("boolean formatInRanges(int[] ranges, int c)", "Unicode property tables (FORMAT_VIRAMAS, FORMAT_JOINS_*): whether a code point is in sorted first-last ranges.", """
                for (int i = 0; i < ranges.length; i += 2) {
                    if (c < ranges[i]) {
                        return false;
                    }
                    if (c <= ranges[i + 1]) {
                        return true;
                    }
                }
                return false;
                """);
        method("boolean formatBidiRule(int[] label)",
                "RFC 5893 section 2: a label with a right-to-left character (R, AL, AN) follows the Bidi rule's RTL conditions 1-4.", """
                boolean rtl = false;
                for (int c : label) {
                    String bidi = formatBidiClass(c);
                    rtl |= bidi.equals("R") || bidi.equals("AL") || bidi.equals("AN");
                }
                if (!rtl) {
                    return true;
                }
                String first = formatBidiClass(label[0]);
                if (!first.equals("R") && !first.equals("AL")) {
                    return false;
                }
                boolean en = false;
                boolean an = false;
                String last = first;
                for (int c : label) {
                    String bidi = formatBidiClass(c);
                    if (bidi.isEmpty() || bidi.equals("L")) {
                        return false;
                    }
                    en |= bidi.equals("EN");
                    an |= bidi.equals("AN");
                    if (!bidi.equals("NSM")) {
                        last = bidi;
                    }
                }
                return !(en && an) && (last.equals("R") || last.equals("AL") || last.equals("EN") || last.equals("AN"));
                """);
        method("String formatBidiClass(int c)",
                "RFC 5893 section 1.4: a code point's Bidi_Class as the RFC abbreviates it (\"\" for classes the RFC does not name).", """
                switch (Character.getDirectionality(c)) {
                    case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                        return "L";
                    case Character.DIRECTIONALITY_RIGHT_TO_LEFT:
                        return "R";
                    case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                        return "AL";
                    case Character.DIRECTIONALITY_ARABIC_NUMBER:
                        return "AN";
                    case Character.DIRECTIONALITY_EUROPEAN_NUMBER:
                        return "EN";
                    case Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR:
                        return "ES";
                    case Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR:
                        return "CS";
                    case Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR:
                        return "ET";
                    case Character.DIRECTIONALITY_OTHER_NEUTRALS:
                        return "ON";
                    case Character.DIRECTIONALITY_BOUNDARY_NEUTRAL:
                        return "BN";
                    case Character.DIRECTIONALITY_NONSPACING_MARK:
                        return "NSM";
                    default:
                        return "";
                }
                """);
        rangesField("FORMAT_VIRAMAS", "Unicode UnicodeData.txt: the code points of Canonical_Combining_Class Virama (9), as ranges.",
                0x094D, 0x094D, 0x09CD, 0x09CD, 0x0A4D, 0x0A4D, 0x0ACD, 0x0ACD, 0x0B4D, 0x0B4D, 0x0BCD, 0x0BCD,
                0x0C4D, 0x0C4D, 0x0CCD, 0x0CCD, 0x0D3B, 0x0D3C, 0x0D4D, 0x0D4D, 0x0DCA, 0x0DCA, 0x0E3A, 0x0E3A,
                0x0EBA, 0x0EBA, 0x0F84, 0x0F84, 0x1039, 0x103A, 0x1714, 0x1715, 0x1734, 0x1734, 0x17D2, 0x17D2,
                0x1A60, 0x1A60, 0x1B44, 0x1B44, 0x1BAA, 0x1BAB, 0x1BF2, 0x1BF3, 0x2D7F, 0x2D7F, 0xA806, 0xA806,
                0xA82C, 0xA82C, 0xA8C4, 0xA8C4, 0xA953, 0xA953, 0xA9C0, 0xA9C0, 0xAAF6, 0xAAF6, 0xABED, 0xABED,
                0x10A3F, 0x10A3F, 0x11046, 0x11046, 0x11070, 0x11070, 0x1107F, 0x1107F, 0x110B9, 0x110B9, 0x11133, 0x11134,
                0x111C0, 0x111C0, 0x11235, 0x11235, 0x112EA, 0x112EA, 0x1134D, 0x1134D, 0x11442, 0x11442, 0x114C2, 0x114C2,
                0x115BF, 0x115BF, 0x1163F, 0x1163F, 0x116B6, 0x116B6, 0x1172B, 0x1172B, 0x11839, 0x11839, 0x1193D, 0x1193E,
                0x119E0, 0x119E0, 0x11A34, 0x11A34, 0x11A47, 0x11A47, 0x11A99, 0x11A99, 0x11C3F, 0x11C3F, 0x11D44, 0x11D45,
                0x11D97, 0x11D97);
        rangesField("FORMAT_JOINS_LEFT", "Unicode ArabicShaping.txt: the code points of Joining_Type L or D, as ranges.",
                0x0620, 0x0620, 0x0626, 0x0626, 0x0628, 0x0628, 0x062A, 0x062E, 0x0633, 0x063F, 0x0641, 0x0647,
                0x0649, 0x064A, 0x066E, 0x066F, 0x0678, 0x0687, 0x069A, 0x06BF, 0x06C1, 0x06C2, 0x06CC, 0x06CC,
                0x06CE, 0x06CE, 0x06D0, 0x06D1, 0x06FA, 0x06FC, 0x06FF, 0x06FF, 0x0712, 0x0714, 0x071A, 0x071D,
                0x071F, 0x0727, 0x0729, 0x0729, 0x072B, 0x072B, 0x072D, 0x072E, 0x074E, 0x0758, 0x075C, 0x076A,
                0x076D, 0x0770, 0x0772, 0x0772, 0x0775, 0x0777, 0x077A, 0x077F, 0x07CA, 0x07EA, 0x0841, 0x0845,
                0x0848, 0x0848, 0x084A, 0x0853, 0x0855, 0x0855, 0x0860, 0x0860, 0x0862, 0x0865, 0x0868, 0x0868,
                0x0886, 0x0886, 0x0889, 0x088D, 0x088F, 0x088F, 0x08A0, 0x08A9, 0x08AF, 0x08B0, 0x08B3, 0x08B8,
                0x08BA, 0x08C8, 0x1807, 0x1807, 0x1820, 0x1878, 0x1887, 0x18A8, 0x18AA, 0x18AA, 0xA840, 0xA872,
                0x10AC0, 0x10AC4, 0x10ACD, 0x10ACD, 0x10AD3, 0x10ADC, 0x10ADE, 0x10AE0, 0x10AEB, 0x10AEE, 0x10B80, 0x10B80,
                0x10B82, 0x10B82, 0x10B86, 0x10B88, 0x10B8A, 0x10B8B, 0x10B8D, 0x10B8D, 0x10B90, 0x10B90, 0x10BAD, 0x10BAE,
                0x10D00, 0x10D21, 0x10D23, 0x10D23, 0x10EC3, 0x10EC4, 0x10EC6, 0x10EC7, 0x10F30, 0x10F32, 0x10F34, 0x10F44,
                0x10F51, 0x10F53, 0x10F70, 0x10F73, 0x10F76, 0x10F81, 0x10FB0, 0x10FB0, 0x10FB2, 0x10FB3, 0x10FB8, 0x10FB8,
                0x10FBB, 0x10FBC, 0x10FBE, 0x10FBF, 0x10FC1, 0x10FC1, 0x10FC4, 0x10FC4, 0x10FCA, 0x10FCB, 0x1E900, 0x1E943);
        rangesField("FORMAT_JOINS_RIGHT", "Unicode ArabicShaping.txt: the code points of Joining_Type R or D, as ranges.",
                0x0620, 0x0620, 0x0622, 0x063F, 0x0641, 0x064A, 0x066E, 0x066F, 0x0671, 0x0673, 0x0675, 0x06D3,
                0x06D5, 0x06D5, 0x06EE, 0x06EF, 0x06FA, 0x06FC, 0x06FF, 0x06FF, 0x0710, 0x0710, 0x0712, 0x072F,
                0x074D, 0x077F, 0x07CA, 0x07EA, 0x0840, 0x0858, 0x0860, 0x0860, 0x0862, 0x0865, 0x0867, 0x086A,
                0x0870, 0x0882, 0x0886, 0x0886, 0x0889, 0x088F, 0x08A0, 0x08AC, 0x08AE, 0x08C8, 0x1807, 0x1807,
                0x1820, 0x1878, 0x1887, 0x18A8, 0x18AA, 0x18AA, 0xA840, 0xA871, 0x10AC0, 0x10AC5, 0x10AC7, 0x10AC7,
                0x10AC9, 0x10ACA, 0x10ACE, 0x10AD6, 0x10AD8, 0x10AE1, 0x10AE4, 0x10AE4, 0x10AEB, 0x10AEF, 0x10B80, 0x10B91,
                0x10BA9, 0x10BAE, 0x10D01, 0x10D23, 0x10EC2, 0x10EC4, 0x10EC6, 0x10EC7, 0x10F30, 0x10F44, 0x10F51, 0x10F54,
                0x10F70, 0x10F81, 0x10FB0, 0x10FB0, 0x10FB2, 0x10FB6, 0x10FB8, 0x10FBF, 0x10FC1, 0x10FC4, 0x10FC9, 0x10FCA,
                0x1E900, 0x1E943);
    }

    // ---- email, idn-email: RFC 5321, RFC 6531 ----

    private static void mailboxes() {
        method("boolean formatEmail(String s)", "RFC 5321 section 4.1.2 Mailbox.", """
                return formatMailbox(s, false);
                """);
        method("boolean formatIdnEmail(String s)", "RFC 6531 section 3.3 Mailbox (RFC 5321's, with UTF-8 beyond ASCII).", """
                return formatMailbox(s, true);
                """);
        method("boolean formatMailbox(String s, boolean utf8)",
                "RFC 5321 section 4.1.2 Mailbox: Local-part \"@\" ( Domain / address-literal ), local part at most 64 octets (4.5.3.1.1).",
                """
                int at = s.lastIndexOf('@');
                if (at <= 0 || at == s.length() - 1) {
                    return false;
                }
                String local = s.substring(0, at);
                String domain = s.substring(at + 1);
                if (local.getBytes($charsets:T.UTF_8).length > 64) {
                    return false;
                }
                if (!(local.charAt(0) == '"' ? formatQuotedString(local, utf8) : formatDotString(local, utf8))) {
                    return false;
                }
                if (domain.charAt(0) == '[' && domain.charAt(domain.length() - 1) == ']') {
                    return formatAddressLiteral(domain.substring(1, domain.length() - 1));
                }
                return utf8 ? formatIdnDomain(domain) : formatHostname(domain);
                """);
        method("boolean formatDotString(String s, boolean utf8)",
                "RFC 5321 section 4.1.2 Dot-string: Atoms of atext joined by single dots (RFC 6531 adds UTF8-non-ascii to atext).", """
                if (s.isEmpty() || s.charAt(0) == '.' || s.charAt(s.length() - 1) == '.' || s.contains("..")) {
                    return false;
                }
                for (int i = 0; i < s.length(); ) {
                    int c = s.codePointAt(i);
                    i += Character.charCount(c);
                    boolean atext = c < 0x80 ? formatAlpha(c) || c >= '0' && c <= '9' || "!#$$%&'*+-/=?^_`{|}~.".indexOf(c) >= 0
                            : utf8 && formatNonAscii(c);
                    if (!atext) {
                        return false;
                    }
                }
                return true;
                """);
        method("boolean formatQuotedString(String s, boolean utf8)",
                "RFC 5321 section 4.1.2 Quoted-string: DQUOTE *( qtextSMTP / quoted-pairSMTP ) DQUOTE (RFC 6531 adds UTF8-non-ascii).", """
                if (s.length() < 2 || s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"') {
                    return false;
                }
                for (int i = 1; i < s.length() - 1; ) {
                    int c = s.codePointAt(i);
                    if (c == '\\\\') {
                        if (i + 1 == s.length() - 1 || s.charAt(i + 1) < 32 || s.charAt(i + 1) > 126) {
                            return false;
                        }
                        i += 2;
                    } else if (c >= 32 && c <= 126 && c != '"' || utf8 && formatNonAscii(c)) {
                        i += Character.charCount(c);
                    } else {
                        return false;
                    }
                }
                return true;
                """);
        method("boolean formatNonAscii(int c)", "RFC 6532 section 3.1 UTF8-non-ascii: a code point above U+007F that is not a surrogate.", """
                return c > 0x7F && (c < 0xD800 || c > 0xDFFF);
                """);
        method("boolean formatAddressLiteral(String s)",
                "RFC 5321 section 4.1.3 address-literal (in the brackets): an IPv4 address, or \"IPv6:\" and an IPv6 address.", """
                return s.regionMatches(true, 0, "IPv6:", 0, 5) ? formatIpv6(s.substring(5)) : formatIpv4(s);
                """);
        method("boolean formatIdnDomain(String s)",
                "RFC 6531 section 3.3 Domain: sub-domains that are host name labels or U-labels (taken as any non-ASCII UTF-8 and LDH).", """
                if (s.isEmpty() || s.length() > 253) {
                    return false;
                }
                for (String label : s.split("[.]", -1)) {
                    int n = label.length();
                    if (n == 0 || label.charAt(0) == '-' || label.charAt(n - 1) == '-') {
                        return false;
                    }
                    if (label.chars().allMatch(c -> c < 0x80)) {
                        if (!formatHostnameLabel(label)) {
                            return false;
                        }
                        continue;
                    }
                    for (int i = 0; i < n; ) {
                        int c = label.codePointAt(i);
                        i += Character.charCount(c);
                        if (!(formatAlpha(c) || c >= '0' && c <= '9' || c == '-' || formatNonAscii(c))) {
                            return false;
                        }
                    }
                }
                return true;
                """);
    }

    // ---- uri, uri-reference, iri, iri-reference: RFC 3986, RFC 3987 ----

    private static void uris() {
        method("boolean formatUri(String s)", "RFC 3986 section 3 URI.", """
                return formatUriSyntax(s, false, true);
                """);
        method("boolean formatUriReference(String s)", "RFC 3986 section 4.1 URI-reference.", """
                return formatUriSyntax(s, false, false);
                """);
        method("boolean formatIri(String s)", "RFC 3987 section 2.2 IRI.", """
                return formatUriSyntax(s, true, true);
                """);
        method("boolean formatIriReference(String s)", "RFC 3987 section 2.2 IRI-reference.", """
                return formatUriSyntax(s, true, false);
                """);
        method("boolean formatUriSyntax(String s, boolean iri, boolean absolute)",
                "RFC 3986 sections 3, 4.1 (RFC 3987 section 2.2 if iri): scheme \":\" hier-part / relative-part, [ \"?\" query ] [ \"#\" fragment ].",
                """
                int hash = s.indexOf('#');
                if (hash >= 0 && !formatUriChars(s.substring(hash + 1), ":@/?", iri, false)) {
                    return false;
                }
                String rest = hash >= 0 ? s.substring(0, hash) : s;
                int question = rest.indexOf('?');
                if (question >= 0 && !formatUriChars(rest.substring(question + 1), ":@/?", iri, iri)) {
                    return false;
                }
                String hier = question >= 0 ? rest.substring(0, question) : rest;
                int colon = hier.indexOf(':');
                int slash = hier.indexOf('/');
                if (colon >= 0 && (slash < 0 || colon < slash)) {
                    // a colon before any slash ends a scheme: a relative path's first segment has none (path-noscheme)
                    if (!formatUriScheme(hier.substring(0, colon))) {
                        return false;
                    }
                    hier = hier.substring(colon + 1);
                } else if (absolute) {
                    return false;
                }
                if (hier.startsWith("//")) {
                    int end = hier.indexOf('/', 2);
                    if (end < 0) {
                        end = hier.length();
                    }
                    if (!formatUriAuthority(hier.substring(2, end), iri)) {
                        return false;
                    }
                    hier = hier.substring(end);
                }
                return formatUriChars(hier, ":@/", iri, false);
                """);
        method("boolean formatUriScheme(String s)", "RFC 3986 section 3.1 scheme: ALPHA *( ALPHA / DIGIT / \"+\" / \"-\" / \".\" ).", """
                if (s.isEmpty() || !formatAlpha(s.charAt(0))) {
                    return false;
                }
                for (int i = 1; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (!(formatAlpha(c) || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
                        return false;
                    }
                }
                return true;
                """);
        method("boolean formatUriAuthority(String s, boolean iri)",
                "RFC 3986 section 3.2 authority: [ userinfo \"@\" ] host [ \":\" port ] (RFC 3987 iauthority when iri).", """
                int at = s.indexOf('@');
                if (at >= 0 && !formatUriChars(s.substring(0, at), ":", iri, false)) {
                    return false;
                }
                String hostPort = s.substring(at + 1);
                int port;
                if (hostPort.startsWith("[")) {
                    int close = hostPort.indexOf(']');
                    if (close < 0 || !formatUriIpLiteral(hostPort.substring(1, close))) {
                        return false;
                    }
                    port = close + 1;
                    if (port < hostPort.length() && hostPort.charAt(port) != ':') {
                        return false;
                    }
                } else {
                    int colon = hostPort.indexOf(':');
                    port = colon < 0 ? hostPort.length() : colon;
                    if (!formatUriChars(hostPort.substring(0, port), "", iri, false)) {
                        return false;
                    }
                }
                return port == hostPort.length() || formatDigits(hostPort, port + 1, hostPort.length());
                """);
        method("boolean formatUriIpLiteral(String s)",
                "RFC 3986 section 3.2.2 IP-literal in the brackets: IPv6address / \"v\" 1*HEXDIG \".\" 1*( unreserved / sub-delims / \":\" ).", """
                if (s.isEmpty() || s.charAt(0) != 'v' && s.charAt(0) != 'V') {
                    return formatIpv6(s);
                }
                int dot = s.indexOf('.');
                if (dot < 2 || dot == s.length() - 1 || !formatHex(s, 1, dot)) {
                    return false;
                }
                for (int i = dot + 1; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (!(formatUnreserved(c) || formatSubDelim(c) || c == ':')) {
                        return false;
                    }
                }
                return true;
                """);
        method("boolean formatUriChars(String s, String extra, boolean ucschar, boolean iprivate)",
                "RFC 3986 section 2: only unreserved, pct-encoded, sub-delims and extra (RFC 3987 ucschar, iprivate, if allowed).",
                """
                for (int i = 0; i < s.length(); ) {
                    int c = s.codePointAt(i);
                    if (c == '%') {
                        if (!formatHex(s, i + 1, i + 3)) {
                            return false;
                        }
                        i += 3;
                    } else if (c < 0x80 ? formatUnreserved(c) || formatSubDelim(c) || extra.indexOf(c) >= 0
                            : ucschar && formatUcschar(c) || iprivate && formatIprivate(c)) {
                        i += Character.charCount(c);
                    } else {
                        return false;
                    }
                }
                return true;
                """);
        method("boolean formatUnreserved(int c)", "RFC 3986 section 2.3 unreserved: ALPHA / DIGIT / \"-\" / \".\" / \"_\" / \"~\".", """
                return formatAlpha(c) || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~';
                """);
        method("boolean formatSubDelim(int c)", "RFC 3986 section 2.2 sub-delims.", """
                return "!$$&'()*+,;=".indexOf(c) >= 0;
                """);
        method("boolean formatUcschar(int c)", "RFC 3987 section 2.2 ucschar.", """
                if (c < 0x10000) {
                    return c >= 0xA0 && c <= 0xD7FF || c >= 0xF900 && c <= 0xFDCF || c >= 0xFDF0 && c <= 0xFFEF;
                }
                return c < 0xE0000 ? (c & 0xFFFF) <= 0xFFFD : c >= 0xE1000 && c <= 0xEFFFD;
                """);
        method("boolean formatIprivate(int c)", "RFC 3987 section 2.2 iprivate.", """
                return c >= 0xE000 && c <= 0xF8FF || c >= 0xF0000 && (c & 0xFFFF) <= 0xFFFD;
                """);
    }

    // ---- json-pointer, relative-json-pointer, uri-template ----

    private static void pointersAndTemplates() {
        method("boolean formatJsonPointer(String s)",
                "RFC 6901 section 3 json-pointer: *( \"/\" reference-token ), \"~\" only in \"~0\" and \"~1\".", """
                if (!s.isEmpty() && s.charAt(0) != '/') {
                    return false;
                }
                for (int i = 0; i < s.length(); i++) {
                    if (s.charAt(i) == '~' && (i + 1 == s.length() || s.charAt(i + 1) != '0' && s.charAt(i + 1) != '1')) {
                        return false;
                    }
                }
                return true;
                """);
        method("boolean formatRelativeJsonPointer(String s)",
                "draft-bhutton-relative-json-pointer-00 section 3: non-negative-integer [index-manipulation] ( json-pointer / \"#\" ).", """
                int i = formatNonNegativeInteger(s, 0);
                if (i > 0 && i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                    i = formatNonNegativeInteger(s, i + 1);
                }
                return i > 0 && (s.substring(i).equals("#") || formatJsonPointer(s.substring(i)));
                """);
        method("int formatNonNegativeInteger(String s, int i)",
                "draft-bhutton-relative-json-pointer-00 section 3 non-negative-integer: \"0\" / %x31-39 *DIGIT; the index after it, or -1.", """
                if (i >= s.length() || s.charAt(i) < '0' || s.charAt(i) > '9') {
                    return -1;
                }
                return s.charAt(i) == '0' ? i + 1 : formatSkipDigits(s, i);
                """);
        method("boolean formatUriTemplate(String s)",
                "RFC 6570 section 2 URI-Template: *( literals / expression ).", """
                for (int i = 0; i < s.length(); ) {
                    int c = s.codePointAt(i);
                    if (c == '{') {
                        int close = s.indexOf('}', i);
                        if (close < 0 || !formatUriTemplateExpression(s.substring(i + 1, close))) {
                            return false;
                        }
                        i = close + 1;
                    } else if (c == '%') {
                        if (!formatHex(s, i + 1, i + 3)) {
                            return false;
                        }
                        i += 3;
                    } else if (formatUriTemplateLiteral(c)) {
                        i += Character.charCount(c);
                    } else {
                        return false;
                    }
                }
                return true;
                """);
        method("boolean formatUriTemplateLiteral(int c)",
                "RFC 6570 section 2.1 literals other than pct-encoded (an apostrophe allowed, as the JSON Schema test suite expects).", """
                if (c >= 0x80) {
                    return formatUcschar(c) || formatIprivate(c);
                }
                return c > 0x20 && c < 0x7F && "\\"%<>\\\\^`{|}".indexOf(c) < 0;
                """);
        method("boolean formatUriTemplateExpression(String s)",
                "RFC 6570 section 2.2 expression in braces: [ operator ] varspec *( \",\" varspec ), varspec = varname [ prefix / explode ].",
                """
                if (!s.isEmpty() && "+#./;?&=,!@|".indexOf(s.charAt(0)) >= 0) {
                    s = s.substring(1);
                }
                for (String varspec : s.split(",", -1)) {
                    String name = varspec;
                    int colon = varspec.indexOf(':');
                    if (varspec.endsWith("*")) {
                        name = varspec.substring(0, varspec.length() - 1);
                    } else if (colon >= 0) {
                        String maxLength = varspec.substring(colon + 1);
                        int n = maxLength.length();
                        if (n == 0 || n > 4 || maxLength.charAt(0) == '0' || !formatDigits(maxLength, 0, n)) {
                            return false;
                        }
                        name = varspec.substring(0, colon);
                    }
                    if (!formatUriTemplateVarname(name)) {
                        return false;
                    }
                }
                return true;
                """);
        method("boolean formatUriTemplateVarname(String s)",
                "RFC 6570 section 2.3 varname: varchar *( [\".\"] varchar ), varchar ALPHA / DIGIT / \"_\" / pct-encoded.", """
                if (s.isEmpty() || s.charAt(0) == '.' || s.charAt(s.length() - 1) == '.' || s.contains("..")) {
                    return false;
                }
                for (int i = 0; i < s.length(); ) {
                    char c = s.charAt(i);
                    if (c == '%') {
                        if (!formatHex(s, i + 1, i + 3)) {
                            return false;
                        }
                        i += 3;
                    } else if (formatAlpha(c) || c >= '0' && c <= '9' || c == '_' || c == '.') {
                        i++;
                    } else {
                        return false;
                    }
                }
                return true;
                """);
    }

    // ---- regex: ECMA-262 section 22.2.1 Pattern, with the u flag ----

    private static void regexes() {
        method("boolean formatRegex(String s)",
                "ECMA-262 section 22.2.1 Pattern[+UnicodeMode, +NamedCaptureGroups]: the syntax of a regular expression with the u flag.", """
                return formatRegexGroups(s) && formatRegexDisjunction(s, 0) == s.length();
                """);
        method("boolean formatRegexGroups(String s)",
                "ECMA-262 section 22.2.1.1 early errors: backreferences to existing groups, unique group names; groups at most 1000 deep.", """
                int groups = 0;
                int highest = 0;
                int depth = 0;
                $set:T<String> names = new $hashSet:T<>();
                $set:T<String> references = new $hashSet:T<>();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == '\\\\' && i + 1 < s.length()) {
                        i++;
                        char escaped = s.charAt(i);
                        if (escaped >= '1' && escaped <= '9') {
                            int end = formatSkipDigits(s, i);
                            highest = Math.max(highest, end - i > 9 ? Integer.MAX_VALUE : formatNumber(s, i, end));
                            i = end - 1;
                        } else if (escaped == 'k' && s.startsWith("<", i + 1)) {
                            StringBuilder name = new StringBuilder();
                            if (formatRegexGroupName(s, i + 2, name) < 0) {
                                return false;
                            }
                            references.add(name.toString());
                        }
                    } else if (c == '[') {
                        // skip the class: a bracket in it opens no group
                        for (i++; i < s.length() && s.charAt(i) != ']'; i++) {
                            if (s.charAt(i) == '\\\\') {
                                i++;
                            }
                        }
                    } else if (c == '(') {
                        if (++depth > 1000) {
                            return false;
                        }
                        if (!s.startsWith("?", i + 1)) {
                            groups++;
                        } else if (s.startsWith("?<", i + 1) && !s.startsWith("?<=", i + 1) && !s.startsWith("?<!", i + 1)) {
                            groups++;
                            StringBuilder name = new StringBuilder();
                            if (formatRegexGroupName(s, i + 3, name) < 0 || !names.add(name.toString())) {
                                return false;
                            }
                        }
                    } else if (c == ')') {
                        depth--;
                    }
                }
                return highest <= groups && names.containsAll(references);
                """);
        method("int formatRegexDisjunction(String s, int i)",
                "ECMA-262 section 22.2.1 Disjunction: Alternatives separated by \"|\"; the index after it, or -1.", """
                i = formatRegexAlternative(s, i);
                while (i >= 0 && i < s.length() && s.charAt(i) == '|') {
                    i = formatRegexAlternative(s, i + 1);
                }
                return i;
                """);
        method("int formatRegexAlternative(String s, int i)",
                "ECMA-262 section 22.2.1 Alternative: Terms up to \"|\", \")\" or the end; the index after it, or -1.", """
                while (i >= 0 && i < s.length() && s.charAt(i) != '|' && s.charAt(i) != ')') {
                    i = formatRegexTerm(s, i);
                }
                return i;
                """);
        method("int formatRegexClose(String s, int i)", "ECMA-262 section 22.2.1: the index after the \")\" at i, or -1.", """
                return i >= 0 && i < s.length() && s.charAt(i) == ')' ? i + 1 : -1;
                """);
        method("int formatRegexTerm(String s, int i)",
                "ECMA-262 section 22.2.1 Term: an Assertion (not quantifiable with u), or an Atom with an optional Quantifier.", """
                char c = s.charAt(i);
                if (c == '^' || c == '$$' || s.startsWith("\\\\b", i) || s.startsWith("\\\\B", i)) {
                    return i + (c == '\\\\' ? 2 : 1);
                }
                if (s.startsWith("(?=", i) || s.startsWith("(?!", i)) {
                    return formatRegexClose(s, formatRegexDisjunction(s, i + 3));
                }
                if (s.startsWith("(?<=", i) || s.startsWith("(?<!", i)) {
                    return formatRegexClose(s, formatRegexDisjunction(s, i + 4));
                }
                int end = formatRegexAtom(s, i);
                return end < 0 ? -1 : formatRegexQuantifier(s, end);
                """);
        method("int formatRegexAtom(String s, int i)",
                "ECMA-262 section 22.2.1 Atom: a PatternCharacter, \".\", an escape, a class or a group; the index after it, or -1.", """
                char c = s.charAt(i);
                if (c == '.') {
                    return i + 1;
                }
                if (c == '[') {
                    return formatRegexClass(s, i + 1);
                }
                if (c == '\\\\') {
                    return formatRegexAtomEscape(s, i + 1);
                }
                if (c == '(') {
                    int start;
                    if (s.startsWith("(?:", i)) {
                        start = i + 3;
                    } else if (s.startsWith("(?<", i)) {
                        start = formatRegexGroupName(s, i + 3, new StringBuilder());
                    } else if (s.startsWith("(?", i)) {
                        start = formatRegexModifiers(s, i + 2);
                    } else {
                        start = i + 1;
                    }
                    return start < 0 ? -1 : formatRegexClose(s, formatRegexDisjunction(s, start));
                }
                if ("^$$\\\\.*+?()[]{}|".indexOf(c) >= 0) {
                    return -1;
                }
                return i + Character.charCount(s.codePointAt(i));
                """);
        method("int formatRegexModifiers(String s, int i)",
                "ECMA-262 (2025) section 22.2.1 modifiers after \"(?\": flags i, m, s (each once), \"-\" and flags, \":\"; the end, or -1.",
                """
                int start = i;
                int dash = -1;
                for (; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == ':') {
                        return dash == start && i == dash + 1 ? -1 : i + 1;
                    }
                    if (c == '-' && dash < 0) {
                        dash = i;
                    } else if ("ims".indexOf(c) < 0 || s.substring(start, i).indexOf(c) >= 0) {
                        return -1;
                    }
                }
                return -1;
                """);
        method("int formatRegexQuantifier(String s, int i)",
                "ECMA-262 section 22.2.1 Quantifier (optional): * + ? {n} {n,} {n,m} with n at most m, then an optional \"?\".", """
                if (i >= s.length()) {
                    return i;
                }
                char c = s.charAt(i);
                int end;
                if (c == '*' || c == '+' || c == '?') {
                    end = i + 1;
                } else if (c == '{') {
                    int min = formatSkipDigits(s, i + 1);
                    int max = min < s.length() && s.charAt(min) == ',' ? formatSkipDigits(s, min + 1) : min;
                    if (min == i + 1 || max >= s.length() || s.charAt(max) != '}') {
                        return -1;
                    }
                    if (max > min + 1 && new $bigInteger:T(s.substring(i + 1, min))
                            .compareTo(new $bigInteger:T(s.substring(min + 1, max))) > 0) {
                        return -1;
                    }
                    end = max + 1;
                } else {
                    return i;
                }
                return end < s.length() && s.charAt(end) == '?' ? end + 1 : end;
                """);
        method("int formatRegexAtomEscape(String s, int i)",
                "ECMA-262 section 22.2.1 AtomEscape after a backslash: DecimalEscape, \"k\" GroupName, or a class or character escape.", """
                if (i < s.length() && s.charAt(i) >= '1' && s.charAt(i) <= '9') {
                    return formatSkipDigits(s, i);
                }
                if (s.startsWith("k", i)) {
                    return s.startsWith("<", i + 1) ? formatRegexGroupName(s, i + 2, new StringBuilder()) : -1;
                }
                return formatRegexEscape(s, i, false, new int[1]);
                """);
        method("int formatRegexEscape(String s, int i, boolean inClass, int[] value)",
                "ECMA-262 section 22.2.1 CharacterClassEscape or CharacterEscape (ClassEscape in a class); value[0]: its code point or -1.",
                """
                if (i >= s.length()) {
                    return -1;
                }
                char c = s.charAt(i);
                value[0] = -1;
                if ("dDsSwW".indexOf(c) >= 0) {
                    return i + 1;
                }
                if (c == 'p' || c == 'P') {
                    return formatRegexProperty(s, i + 1);
                }
                if ("fnrtv".indexOf(c) >= 0) {
                    value[0] = new int[] {12, 10, 13, 9, 11}["fnrtv".indexOf(c)];
                    return i + 1;
                }
                if (c == 'c') {
                    if (i + 1 < s.length() && formatAlpha(s.charAt(i + 1))) {
                        value[0] = s.charAt(i + 1) % 32;
                        return i + 2;
                    }
                    return -1;
                }
                if (c == '0') {
                    value[0] = 0;
                    return i + 1 < s.length() && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9' ? -1 : i + 1;
                }
                if (c == 'x') {
                    if (!formatHex(s, i + 1, i + 3)) {
                        return -1;
                    }
                    value[0] = Integer.parseInt(s.substring(i + 1, i + 3), 16);
                    return i + 3;
                }
                if (c == 'u') {
                    return formatRegexUnicodeEscape(s, i, value);
                }
                if (inClass && c == 'b') {
                    value[0] = 8;
                    return i + 1;
                }
                if (inClass && c == '-' || "^$$\\\\.*+?()[]{}|/".indexOf(c) >= 0) {
                    value[0] = c;
                    return i + 1;
                }
                return -1;
                """);
        method("int formatRegexUnicodeEscape(String s, int i, int[] value)",
                "ECMA-262 section 22.2.1 RegExpUnicodeEscapeSequence[+UnicodeMode] at \"u\": u{hex}, uXXXX, a surrogate pair; value[0]: code point.",
                """
                if (s.startsWith("{", i + 1)) {
                    int close = s.indexOf('}', i);
                    if (close < i + 3 || !formatHex(s, i + 2, close)) {
                        return -1;
                    }
                    int c = 0;
                    for (int j = i + 2; j < close; j++) {
                        c = c * 16 + Character.digit(s.charAt(j), 16);
                        if (c > 0x10FFFF) {
                            return -1;
                        }
                    }
                    value[0] = c;
                    return close + 1;
                }
                if (!formatHex(s, i + 1, i + 5)) {
                    return -1;
                }
                int unit = Integer.parseInt(s.substring(i + 1, i + 5), 16);
                value[0] = unit;
                if (unit >= 0xD800 && unit <= 0xDBFF && s.startsWith("\\\\u", i + 5) && formatHex(s, i + 7, i + 11)) {
                    int low = Integer.parseInt(s.substring(i + 7, i + 11), 16);
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        value[0] = Character.toCodePoint((char) unit, (char) low);
                        return i + 11;
                    }
                }
                return i + 5;
                """);
        method("int formatRegexProperty(String s, int i)",
                "ECMA-262 section 22.2.1 UnicodePropertyValueExpression in braces: name or name=value of [A-Za-z0-9_] (not looked up).",
                """
                int close = s.indexOf('}', i);
                if (!s.startsWith("{", i) || close < i + 2) {
                    return -1;
                }
                boolean equals = false;
                for (int j = i + 1; j < close; j++) {
                    char c = s.charAt(j);
                    if (c == '=' && !equals && j > i + 1 && j < close - 1) {
                        equals = true;
                    } else if (!(formatAlpha(c) || c >= '0' && c <= '9' || c == '_')) {
                        return -1;
                    }
                }
                return close + 1;
                """);
        method("int formatRegexClass(String s, int i)",
                "ECMA-262 section 22.2.1 CharacterClass after \"[\": [\"^\"] ClassAtoms and ranges (in order, no class escape at an end) \"]\".", """
                if (i < s.length() && s.charAt(i) == '^') {
                    i++;
                }
                int[] low = new int[1];
                int[] high = new int[1];
                while (i < s.length() && s.charAt(i) != ']') {
                    i = formatRegexClassAtom(s, i, low);
                    if (i < 0) {
                        return -1;
                    }
                    if (i + 1 < s.length() && s.charAt(i) == '-' && s.charAt(i + 1) != ']') {
                        i = formatRegexClassAtom(s, i + 1, high);
                        if (i < 0 || low[0] < 0 || high[0] < 0 || low[0] > high[0]) {
                            return -1;
                        }
                    }
                }
                return i < s.length() ? i + 1 : -1;
                """);
        method("int formatRegexClassAtom(String s, int i, int[] value)",
                "ECMA-262 section 22.2.1 ClassAtom: a character but a backslash, or a backslash and a ClassEscape; value[0]: code point or -1.", """
                int c = s.codePointAt(i);
                if (c == '\\\\') {
                    return formatRegexEscape(s, i + 1, true, value);
                }
                value[0] = c;
                return i + Character.charCount(c);
                """);
        method("int formatRegexGroupName(String s, int i, StringBuilder name)",
                "ECMA-262 section 22.2.1 GroupName past its opening bracket: RegExpIdentifierName (appended to name), closing bracket; end or -1.", """
                int[] value = new int[1];
                boolean first = true;
                while (i < s.length() && s.charAt(i) != '>') {
                    int c;
                    if (s.charAt(i) == '\\\\') {
                        i = s.startsWith("u", i + 1) ? formatRegexUnicodeEscape(s, i + 1, value) : -1;
                        if (i < 0) {
                            return -1;
                        }
                        c = value[0];
                    } else {
                        c = s.codePointAt(i);
                        i += Character.charCount(c);
                    }
                    boolean identifier = c == '$$' || c == '_' || (first ? Character.isUnicodeIdentifierStart(c)
                            : c == 0x200C || c == 0x200D
                                    || Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
                    if (!identifier) {
                        return -1;
                    }
                    name.appendCodePoint(c);
                    first = false;
                }
                return i < s.length() && !first ? i + 1 : -1;
                """);
    }
}
