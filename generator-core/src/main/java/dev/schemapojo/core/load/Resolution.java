package dev.schemapojo.core.load;

/** The outcome of resolving one {@code $ref}. */
public sealed interface Resolution {
    /** Why a reference did not resolve; each kind is its own diagnostic rule. */
    enum Kind {
        UNRESOLVED("ref.unresolved"),
        REMOTE("ref.remote"),
        ESCAPES("ref.escapes");

        private final String ruleId;

        Kind(String ruleId) {
            this.ruleId = ruleId;
        }

        public String ruleId() {
            return ruleId;
        }
    }

    record Found(SchemaLocationRef target) implements Resolution {}

    record Failed(Kind kind, String message) implements Resolution {}
}
