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

    /**
     * @param byPath null, or why the reference was resolved by file path: the file beside the referring one,
     *     where its URI by the {@code $id} base names no loaded schema (reported as {@code ref.by-path})
     */
    record Found(SchemaLocationRef target, String byPath) implements Resolution {
        public Found(SchemaLocationRef target) {
            this(target, null);
        }
    }

    record Failed(Kind kind, String message) implements Resolution {}
}
