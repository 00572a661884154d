package dev.schemapojo.core;

/** Built-in rules that turn a schema's {@code title} into a package and a class name. */
public enum TypeNaming {
    /**
     * The class name is the title in UpperCamelCase ({@code api_b2b_totp_v1_MigrateRequest} becomes
     * {@code ApiB2bTotpV1MigrateRequest}); the package is the configured package name.
     */
    TITLE,
    /**
     * Titles of the form {@code <namespace>_<Name>}, where {@code Name} starts with an upper-case
     * letter, go to package {@code <packageName>.<namespace with _ as .>} and class {@code Name}:
     * {@code api_b2b_totp_v1_MigrateRequest} becomes {@code <packageName>.api.b2b.totp.v1.MigrateRequest}.
     * Other titles are named as with {@link #TITLE}.
     */
    NAMESPACE;

    public static TypeNaming parse(String text) {
        return EnumWords.parse(TypeNaming.class, "typeNaming", text);
    }

    public String word() {
        return EnumWords.word(this);
    }
}
