package dev.schemapojo.core.naming;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names taken in one scope (the members of a class, the nested types of a class, the top-level
 * types of the run) and the one way new names are made distinct from them. Reserved names (the
 * generated API's own members) are registered first, so no schema name can take them.
 *
 * <p>Each scope keeps the numbering its names have always had, so generated names stay stable:
 * see {@link Numbering}.
 */
public final class NameScope {
    /** How a taken name is made distinct. */
    public enum Numbering {
        /** {@code x}, {@code x_}, {@code x_2}, {@code x_3}, ...: properties and enum constants. */
        UNDERSCORE_THEN_NUMBER,
        /** {@code X}, {@code X2}, {@code X3}, ...: type names. */
        NUMBER,
        /** {@code x}, {@code x_}, {@code x__}, ...: names the emitter adds beside the properties. */
        UNDERSCORES
    }

    private final Numbering numbering;
    private final java.util.function.UnaryOperator<String> key;
    private final Set<String> taken = new HashSet<>();

    /**
     * @param ignoreCase names that differ only in case collide (file names on case-insensitive file systems)
     * @param reserved names taken from the start
     */
    public NameScope(Numbering numbering, boolean ignoreCase, Collection<String> reserved) {
        this(numbering, ignoreCase ? name -> name.toLowerCase(Locale.ROOT) : name -> name, reserved);
    }

    /** @param key what two names must not share (names whose keys are equal collide) */
    public NameScope(Numbering numbering, java.util.function.UnaryOperator<String> key, Collection<String> reserved) {
        this.numbering = numbering;
        this.key = key;
        reserved.forEach(this::reserve);
    }

    /**
     * Names of members that a getter is derived from ({@code get} + the name capitalized): two names collide
     * when their getters would, as {@code \u017f} (long s) and {@code s} do ({@code getS} both).
     */
    public static java.util.function.UnaryOperator<String> accessorKey() {
        return Names::capitalize;
    }

    /** Takes a name as it is; false when it was taken already. */
    public boolean reserve(String name) {
        return taken.add(key(name));
    }

    public boolean isTaken(String name) {
        return taken.contains(key(name));
    }

    /** {@code wanted}, or the first of its numbered forms that is free, now taken. */
    public String allocate(String wanted) {
        String name = free(wanted);
        reserve(name);
        return name;
    }

    /** {@code wanted}, or the first of its numbered forms that is free, left free (for names computed more than once). */
    public String free(String wanted) {
        String candidate = wanted;
        for (int n = 2; isTaken(candidate); ) {
            candidate = switch (numbering) {
                case NUMBER -> wanted + n++;
                case UNDERSCORES -> candidate + "_";
                case UNDERSCORE_THEN_NUMBER -> {
                    String base = wanted.endsWith("_") ? wanted : wanted + "_";
                    yield candidate.equals(wanted) && !base.equals(wanted) ? base : base + n++;
                }
            };
        }
        return candidate;
    }

    private String key(String name) {
        return key.apply(name);
    }
}
