package dev.schemapojo.core;

/**
 * What a class does with JSON members its schema allows without saying anything of them (an object
 * without {@code additionalProperties}, {@code patternProperties} or {@code unevaluatedProperties}).
 * Members the schema speaks of are handled as it says, whatever this option: kept when it allows them
 * ({@code additionalProperties: true} or a schema, {@code patternProperties}), rejected when it forbids
 * them ({@code additionalProperties: false}).
 */
public enum UnknownProperties {
    /** They are read and dropped (the default): the types stay as the schema names them, records stay records. */
    IGNORE,
    /**
     * Every such class keeps them, in JSON order, in its additional-properties map
     * ({@code getAdditionalProperties()}) and writes them back, so a round trip loses nothing. In
     * {@code style=record} such types are classes (a record cannot keep them).
     */
    KEEP,
    /** Reading fails on them, naming the member: for producers that must not send what the schema does not name. */
    FAIL;

    public static UnknownProperties parse(String text) {
        return EnumWords.parse(UnknownProperties.class, "unknownProperties", text);
    }

    public String word() {
        return EnumWords.word(this);
    }
}
