package dev.schemapojo.core.ir;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * A schema as checks of a value held as untyped JSON (a {@code String}, {@code Number}, {@code Boolean},
 * {@code List}, {@code Map} or null, as Jackson reads JSON into {@code Object}): each subschema the value
 * reaches is one rule, and a rule's checks name the rules of its subschemas by index, so a {@code $ref}
 * that recurses is a rule that names itself. Rule 0 is the value's own schema.
 *
 * <p>Every check applies to the JSON kind its keyword is for (a {@code minLength} to strings only), as
 * JSON Schema says. {@code unevaluatedProperties}/{@code unevaluatedItems} see the members and items that
 * the other keywords of their schema evaluated, with those of the subschemas applied to the same value that
 * matched ({@code allOf}, {@code anyOf}, {@code oneOf}, {@code if}/{@code then}/{@code else},
 * {@code dependentSchemas}, {@code $ref}); a rule's unevaluated checks come last.
 */
public record JsonRules(List<Rule> rules) {
    public JsonRules {
        rules = List.copyOf(rules);
    }

    /**
     * The checks of one subschema.
     *
     * @param origin where the subschema is ({@code root.json#/properties/a}), for the Javadoc
     */
    public record Rule(String origin, List<Check> checks) {
        public Rule {
            checks = List.copyOf(checks);
        }
    }

    /** One keyword's check (or a few keywords' that belong together). */
    public sealed interface Check {}

    /** The {@code false} schema: no value is valid. */
    public record Never() implements Check {}

    /** {@code type}: the JSON kinds allowed ({@code "integer"} counts {@code 1.0}). */
    public record Types(List<String> kinds) implements Check {}

    /** {@code const} (one value) or {@code enum}: the value equals one of these, by JSON equality. */
    public record OneOfValues(List<JsonValue> values, boolean isConst) implements Check {}

    /** {@code minLength}/{@code maxLength} (code points), each null when absent. */
    public record Length(BigInteger min, BigInteger max) implements Check {}

    /**
     * {@code pattern} (or one of {@code patternProperties}' names): the ECMA-262 text and the
     * {@code java.util.regex} text with the same meaning; found anywhere in the string.
     */
    public record Regex(String ecma, String java) {}

    public record Matches(Regex pattern) implements Check {}

    /** {@code format} asserted ({@code formats=assert}): a string is valid in the format, by the spec's definition of it. */
    public record Format(String name) implements Check {}

    /** A numeric bound or {@code multipleOf}. */
    public record Bounds(List<Constraints.Bound> bounds, BigDecimal multipleOf) implements Check {}

    /** {@code minItems}/{@code maxItems}. */
    public record ItemCount(BigInteger min, BigInteger max) implements Check {}

    public record UniqueItems() implements Check {}

    /**
     * The items' schemas: {@code prefixItems} (or draft 7's array {@code items}) by position, then
     * {@code rest} ({@code items} or {@code additionalItems}) for the others; -1 for no rule.
     */
    public record Items(List<Integer> prefix, int rest) implements Check {
        public Items {
            prefix = List.copyOf(prefix);
        }
    }

    /** {@code contains} with {@code minContains} (1 when absent) and {@code maxContains} (null when absent). */
    public record Contains(int rule, BigInteger min, BigInteger max) implements Check {}

    /** {@code minProperties}/{@code maxProperties}. */
    public record PropertyCount(BigInteger min, BigInteger max) implements Check {}

    public record Required(List<String> names) implements Check {
        public Required {
            names = List.copyOf(names);
        }
    }

    /** One member pattern of {@code patternProperties} and its rule. */
    public record PatternRule(Regex pattern, int rule) {}

    /**
     * {@code properties}, {@code patternProperties} and {@code additionalProperties} (-1 when absent): the
     * last applies to the members that neither of the others names.
     */
    public record Members(Map<String, Integer> properties, List<PatternRule> patterns, int additional) implements Check {
        public Members {
            patterns = List.copyOf(patterns);
        }
    }

    /** {@code dependentRequired} (and draft 7's array {@code dependencies}): when a member is present, these must be. */
    public record DependentRequired(Map<String, List<String>> needs) implements Check {}

    /** {@code dependentSchemas} (and draft 7's schema {@code dependencies}): when a member is present, the object must match. */
    public record DependentSchemas(Map<String, Integer> rules) implements Check {}

    public record PropertyNames(int rule) implements Check {}

    /** {@code $ref}, {@code allOf} and the like: the value must match every one of the rules. */
    public record AllOf(List<Integer> rules) implements Check {}

    public record AnyOf(List<Integer> rules) implements Check {}

    public record OneOf(List<Integer> rules) implements Check {}

    public record Not(int rule) implements Check {}

    /** {@code unevaluatedProperties} ({@code items} false) or {@code unevaluatedItems}: the rule for the members or items no other keyword evaluated. */
    public record Unevaluated(int rule, boolean items) implements Check {}

    /** {@code if}/{@code then}/{@code else}; -1 for an absent branch. */
    public record Conditional(int condition, int then, int otherwise) implements Check {}
}
