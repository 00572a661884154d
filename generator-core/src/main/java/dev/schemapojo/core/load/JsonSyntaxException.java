package dev.schemapojo.core.load;

/** A schema file that is not well-formed JSON, with where and what. */
public final class JsonSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient SourceLocation location;
    private final String pointer;
    private final String ruleId;

    public JsonSyntaxException(String ruleId, SourceLocation location, String pointer, String message) {
        super(message);
        this.ruleId = ruleId;
        this.location = location;
        this.pointer = pointer;
    }

    public String ruleId() {
        return ruleId;
    }

    public SourceLocation location() {
        return location;
    }

    public String pointer() {
        return pointer;
    }
}
