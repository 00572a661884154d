package dev.schemapojo.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Configuration enums are written in lower case ({@code failOn=warning}); this parses them. */
public final class EnumWords {
    private EnumWords() {}

    /** The lower-case word for a constant: {@code NAMESPACE} -> {@code namespace}. */
    public static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The constant whose word is {@code text}, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the setting and the accepted words
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String setting, String text) {
        for (E constant : type.getEnumConstants()) {
            if (word(constant).equalsIgnoreCase(text.trim())) {
                return constant;
            }
        }
        String accepted = Arrays.stream(type.getEnumConstants()).map(EnumWords::word).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown " + setting + " value '" + text + "': use one of " + accepted);
    }
}
