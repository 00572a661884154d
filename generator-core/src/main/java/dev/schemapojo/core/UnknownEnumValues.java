package dev.schemapojo.core;

/** What reading a JSON value that a generated enum does not list does. */
public enum UnknownEnumValues {
    /**
     * Reading fails with a message naming the value and the allowed ones (the default): a value the
     * schema does not allow is a contract violation worth knowing about.
     */
    FAIL,
    /**
     * The value reads as {@code null}, for clients that must tolerate a server adding values before
     * the schema is regenerated. A required property that reads as {@code null} still fails as missing.
     */
    NULL;

    public static UnknownEnumValues parse(String text) {
        return EnumWords.parse(UnknownEnumValues.class, "unknownEnumValues", text);
    }

    public String word() {
        return EnumWords.word(this);
    }
}
