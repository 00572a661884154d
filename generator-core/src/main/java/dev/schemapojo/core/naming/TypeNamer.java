package dev.schemapojo.core.naming;

import dev.schemapojo.core.InvalidOptionsException;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.TypeNaming;
import dev.schemapojo.core.ir.JavaName;
import dev.schemapojo.core.load.JsonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Names the top-level type of a schema: from its {@code title}, else from the file name, placed in the
 * configured package plus one sub-package per sub-directory, and renamed by the configured rules.
 */
public final class TypeNamer {
    /** {@code <namespace>_<Name>}: the namespace is everything before the last {@code _} that precedes an upper-case letter. */
    static final Pattern NAMESPACE = Pattern.compile("^(?<package>[A-Za-z0-9_]+?)_(?<name>[A-Z][A-Za-z0-9_]*)$");

    private final Options options;

    public TypeNamer(Options options) {
        this.options = options;
    }

    /**
     * The Java name of the type for a schema in a file under the given sub-directories of the source
     * directory, given its title (may be null) and the name to use without one.
     */
    public JavaName topLevelName(List<String> directories, String title, String fallback) {
        List<String> packages = new ArrayList<>(List.of(options.packageName().split("\\.")));
        for (String dir : directories) {
            packages.add(Names.packageSegment(dir));
        }
        String base = title != null && !title.isBlank() ? title : fallback;
        Matcher matcher = options.titlePattern() != null ? options.titlePattern().matcher(base) : null;
        if (matcher != null && matcher.matches() && (matcher.group("name") == null || matcher.group("name").isBlank())) {
            throw new InvalidOptionsException("titlePattern '" + options.titlePattern().pattern() + "' matches the title "
                    + JsonValues.quote(base) + " but its name group " + (matcher.group("name") == null
                    ? "takes no part in the match" : "matches no characters") + ", so it gives no type name: make the"
                    + " group match the name in every title the pattern matches, e.g. ^(?<name>\\w+)Request$");
        }
        if (matcher == null || !matcher.matches()) {
            matcher = options.typeNaming() == TypeNaming.NAMESPACE ? NAMESPACE.matcher(base) : null;
        }
        String simple = base;
        if (matcher != null && matcher.matches()) {
            simple = matcher.group("name");
            String namespace = groupOrNull(matcher, "package");
            if (namespace != null) {
                for (String segment : namespace.split("[_.]")) {
                    if (!segment.isEmpty()) {
                        packages.add(Names.packageSegment(segment));
                    }
                }
            }
        }
        return new JavaName(String.join(".", packages), List.of(Names.notDevice(Names.upperCamel(simple))));
    }

    /** The title of a schema, if it has a string one. */
    public static String title(JsonNode schema) {
        JsonNode title = schema.path("title");
        return title.isString() ? title.asString() : null;
    }

    private static String groupOrNull(Matcher matcher, String group) {
        try {
            return matcher.group(group);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
