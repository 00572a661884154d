package dev.schemapojo.core.ir;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The validation keywords of a value's schema, typed. The generated code documents them (and, with
 * {@code beanValidation}, annotates them); absent keywords are null or empty.
 *
 * @param length {@code minLength} / {@code maxLength} (code points)
 * @param items {@code minItems} / {@code maxItems}
 * @param properties {@code minProperties} / {@code maxProperties}
 * @param contains {@code minContains} / {@code maxContains}
 * @param pattern the {@code pattern}, or null
 * @param patternIsJava whether {@code java.util.regex} compiles the pattern (JSON Schema's are ECMA-262); found
 *     out only where it matters (with Bean Validation), else false
 * @param bounds the numeric bounds in keyword order ({@code minimum}, {@code maximum}, {@code exclusiveMinimum},
 *     {@code exclusiveMaximum}), with draft 4's boolean {@code exclusiveMinimum} / {@code exclusiveMaximum}
 *     already applied to {@code minimum} / {@code maximum}
 * @param multipleOf the {@code multipleOf}, or null
 * @param documentation the keywords as the Javadoc lists them ({@code minLength: 3, pattern: ^a}), in a
 *     fixed keyword order, or empty
 * @param checked whether the generated code checks them ({@code constraints=check}), not only documents them
 * @param rules with {@code constraints=check}, for a value held as plain JSON: its whole schema as checks of
 *     that JSON, run instead of the typed checks; else null
 * @param format the {@code format} the schema names ({@code int32}, {@code email}), or null; not in
 *     {@code documentation}: the Java type, or with {@code formats=assert} the checks, show it
 * @param elements the keywords of an array's {@code items} schema or a map's {@code additionalProperties}
 *     schema (an inline one, not a {@code $ref}), or null; compared between schema versions, not emitted (the
 *     items' own checks come from their schema)
 */
public record Constraints(
        Range length,
        Range items,
        Range properties,
        Range contains,
        String pattern,
        boolean patternIsJava,
        List<Bound> bounds,
        BigDecimal multipleOf,
        String documentation,
        boolean checked,
        JsonRules rules,
        String format,
        Constraints elements) {
    public static final Constraints NONE = new Constraints(Range.NONE, Range.NONE, Range.NONE, Range.NONE, null, false,
            List.of(), null, "", false, null, null, null);

    public Constraints {
        bounds = List.copyOf(bounds);
    }

    /** The same keywords, checked by the generated code or not. */
    public Constraints checked(boolean value) {
        return new Constraints(length, items, properties, contains, pattern, patternIsJava, bounds, multipleOf,
                documentation, value, rules, format, elements);
    }

    /** The same keywords, with the whole schema as checks of plain JSON. */
    public Constraints withRules(JsonRules value) {
        return new Constraints(length, items, properties, contains, pattern, patternIsJava, bounds, multipleOf,
                documentation, checked, value, format, elements);
    }

    /** The same keywords with the schema's {@code format}. */
    public Constraints withFormat(String value) {
        return new Constraints(length, items, properties, contains, pattern, patternIsJava, bounds, multipleOf,
                documentation, checked, rules, value, elements);
    }

    /** The same keywords with those of the items' (or map values') schema. */
    public Constraints withElements(Constraints value) {
        return new Constraints(length, items, properties, contains, pattern, patternIsJava, bounds, multipleOf,
                documentation, checked, rules, format, value);
    }

    public boolean isEmpty() {
        return documentation.isEmpty();
    }

    /** A count's lower and upper limit, each null when the schema gives none that is a whole number. */
    public record Range(BigInteger min, BigInteger max) {
        public static final Range NONE = new Range(null, null);

        /**
         * Counts are read exactly below 10^40 and as +/-10^40 from there on ({@code 1e2147483647} would be a
         * number of two billion digits); either way far beyond any Java size.
         */
        public static final BigInteger CAP = BigInteger.TEN.pow(40);

        /** A limit for messages: {@code 3}, or {@code 1E+40 or more} for one read as {@link #CAP}. */
        public static String shown(BigInteger limit) {
            return limit.abs().equals(CAP) ? (limit.signum() < 0 ? "-1E+40 or less" : "1E+40 or more") : limit.toString();
        }

        /** Whether a limit is one an {@code int} count (a size, a length) can be compared with. */
        public static boolean fitsInt(BigInteger limit) {
            return limit.bitLength() < 32;
        }
    }

    /** A numeric bound: {@code lower} for a minimum, else a maximum. */
    public record Bound(BigDecimal value, boolean lower, boolean inclusive) {
        /** The keyword as the current drafts name it: {@code minimum}, {@code exclusiveMinimum}, ... */
        public String keyword() {
            return lower ? (inclusive ? "minimum" : "exclusiveMinimum") : (inclusive ? "maximum" : "exclusiveMaximum");
        }

        /** The test of {@code number.compareTo(value)} under which a number breaks the bound ({@code "< 0"}). */
        public String breaksWhenComparedTo() {
            return lower ? (inclusive ? "< 0" : "<= 0") : (inclusive ? "> 0" : ">= 0");
        }

        /** How a breaking number relates to the bound, for messages ({@code " is below "}). */
        public String relation() {
            return lower ? (inclusive ? " is below " : " is not above ") : (inclusive ? " is above " : " is not below ");
        }
    }
}
