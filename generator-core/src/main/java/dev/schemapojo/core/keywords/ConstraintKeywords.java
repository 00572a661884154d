package dev.schemapojo.core.keywords;

import dev.schemapojo.core.ir.Constraints;
import dev.schemapojo.core.ir.Constraints.Bound;
import dev.schemapojo.core.ir.Constraints.Range;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/**
 * The validation keywords of one schema: {@code minLength} ... {@code maxContains}, {@code pattern},
 * the numeric bounds of every draft and {@code multipleOf}, as {@link Constraints}.
 */
public final class ConstraintKeywords {
    private ConstraintKeywords() {}

    /** The keywords in the order the Javadoc lists them. */
    private static final List<String> KEYWORDS = List.of("minLength", "maxLength", "pattern",
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems", "maxItems",
            "minProperties", "maxProperties", "minContains", "maxContains");

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");

    /**
     * @param testPatterns whether to find out if {@code java.util.regex} compiles the {@code pattern} (only
     *     Bean Validation's {@code @Pattern} needs to know; compiling every pattern of a schema set costs time)
     */
    public static Constraints read(JsonNode schema, boolean testPatterns) {
        return read(schema, testPatterns, 0);
    }

    /** Items of items are read as deep as lists are typed (16 levels; {@code model.too-deep} from there on). */
    private static final int MAX_ELEMENT_DEPTH = 16;

    private static Constraints read(JsonNode schema, boolean testPatterns, int depth) {
        List<String> documented = new ArrayList<>();
        for (String keyword : KEYWORDS) {
            if (schema.has(keyword)) {
                documented.add(keyword + ": " + text(schema.path(keyword)));
            }
        }
        String format = schema.path("format").isString() ? schema.path("format").asString() : null;
        Constraints elements = depth < MAX_ELEMENT_DEPTH ? elements(schema, depth) : null;
        if (documented.isEmpty()) {
            Constraints none = format == null ? Constraints.NONE : Constraints.NONE.withFormat(format);
            return elements == null ? none : none.withElements(elements);
        }
        String pattern = schema.has("pattern") ? text(schema.path("pattern")) : null;
        List<Bound> bounds = new ArrayList<>();
        // draft 4: "exclusiveMinimum": true makes "minimum" exclusive (later drafts give it a number of its own)
        addBound(bounds, schema, "minimum", true, !"true".equals(text(schema.path("exclusiveMinimum"))));
        addBound(bounds, schema, "maximum", false, !"true".equals(text(schema.path("exclusiveMaximum"))));
        addBound(bounds, schema, "exclusiveMinimum", true, false);
        addBound(bounds, schema, "exclusiveMaximum", false, false);
        return new Constraints(range(schema, "minLength", "maxLength"), range(schema, "minItems", "maxItems"),
                range(schema, "minProperties", "maxProperties"), range(schema, "minContains", "maxContains"),
                pattern, pattern != null && testPatterns && compilesInJava(pattern), bounds, decimal(schema.path("multipleOf")),
                String.join(", ", documented), false, null, format, elements);
    }

    /**
     * The keywords of the inline schema of an array's items or a map's values ({@code additionalProperties}),
     * or null where there is none (or it is a {@code $ref}, whose schema is a type of its own) or it has none.
     */
    private static Constraints elements(JsonNode schema, int depth) {
        JsonNode items = schema.path("items").isObject() ? schema.path("items") : schema.path("additionalProperties");
        if (!items.isObject() || items.has("$ref")) {
            return null;
        }
        Constraints read = read(items, false, depth + 1);
        return read == Constraints.NONE ? null : read;
    }

    /** Whether {@code java.util.regex} compiles the pattern (JSON Schema patterns are ECMA-262). */
    public static boolean compilesInJava(String pattern) {
        try {
            Pattern.compile(pattern);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    /** A keyword's value as the schema writes it: a string's text, else the JSON. */
    private static String text(JsonNode value) {
        return value.isMissingNode() ? "" : value.isString() ? value.asString() : value.toString();
    }

    private static Range range(JsonNode schema, String min, String max) {
        return new Range(whole(schema.path(min)), whole(schema.path(max)));
    }

    /**
     * A whole number as the keyword gives it ({@code 3}, also {@code "3"}, and {@code 3.0}, which JSON Schema
     * counts as the integer 3); null for {@code 3.5} and anything that is no number.
     */
    private static BigInteger whole(JsonNode value) {
        String text = text(value);
        if (WHOLE.matcher(text).matches()) {
            return capped(new BigDecimal(text));
        }
        if (value.isNumber()) {
            BigDecimal number = value.decimalValue();
            if (number.signum() == 0 || number.stripTrailingZeros().scale() <= 0) {
                return capped(number);
            }
        }
        return null;
    }

    /** A count of more digits than {@link Constraints.Range#CAP} ({@code 1e2147483647} has two billion) is read as +/- that cap. */
    private static BigInteger capped(BigDecimal whole) {
        if (whole.abs().compareTo(CAP) >= 0) {
            return whole.signum() < 0 ? Constraints.Range.CAP.negate() : Constraints.Range.CAP;
        }
        return whole.toBigIntegerExact();
    }

    private static final BigDecimal CAP = new BigDecimal(Constraints.Range.CAP);

    /**
     * A count keyword's value ({@code minItems}, ...) as a whole number, one of {@link Constraints.Range#CAP}
     * or more as +/- that cap; null when it is no whole number.
     */
    public static BigInteger count(JsonNode value) {
        return whole(value);
    }

    private static void addBound(List<Bound> bounds, JsonNode schema, String keyword, boolean lower, boolean inclusive) {
        BigDecimal value = decimal(schema.path(keyword));
        if (value != null) {
            bounds.add(new Bound(value, lower, inclusive));
        }
    }

    /** The number a keyword gives (a number, or a string that spells one); null for draft 4's booleans and the like. */
    private static BigDecimal decimal(JsonNode value) {
        if (value.isMissingNode()) {
            return null;
        }
        try {
            return new BigDecimal(text(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
