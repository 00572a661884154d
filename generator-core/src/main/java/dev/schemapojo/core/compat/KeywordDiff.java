package dev.schemapojo.core.compat;

import dev.schemapojo.core.compat.ChangeKind.Verdict;
import dev.schemapojo.core.ir.Constraints;
import dev.schemapojo.core.ir.Constraints.Bound;
import dev.schemapojo.core.ir.Constraints.Range;
import dev.schemapojo.core.ir.Literal;
import dev.schemapojo.core.ir.Origin;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.ir.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The changes of one property's value keywords between two versions of its schema: the validation keywords
 * (tightened, loosened or changed), {@code format}, {@code const} and {@code default}. Each change names its
 * keyword and shows it with its value on each side ({@code minimum: 0 -> minimum: 5}).
 */
final class KeywordDiff {
    private final String type;
    private final Origin origin;
    private final String member;
    private final List<Change> out;

    private KeywordDiff(String type, Origin origin, String member, List<Change> out) {
        this.type = type;
        this.origin = origin;
        this.member = member;
        this.out = out;
    }

    /**
     * Adds the changes of {@code was} to {@code now} to {@code out}.
     *
     * @param javaTypes the property's Java types before and after where its format changed them
     *     ({@code Integer}, {@code Long}), else null
     * @param formats whether to compare formats: not where the JSON type changed, whose change includes its format
     * @param formatsAsserted whether {@code format} is checked (formats=assert): then it is a constraint too
     */
    static void compare(String type, Origin origin, String member, Property was, Property now, List<String> javaTypes,
            boolean formats, boolean formatsAsserted, List<Change> out) {
        KeywordDiff diff = new KeywordDiff(type, origin, member, out);
        diff.constraints(was.constraints(), now.constraints(), now.type(), javaTypes, formats, formatsAsserted);
        diff.allowed(was.allowed(), now.allowed());
        diff.constant(was.constant(), now.constant());
        diff.defaultValue(was.defaultValue(), now.defaultValue());
    }

    /** Where a type's elements' schema is: {@code items} of a list or set, {@code additionalProperties} of a map; else null. */
    private static String elementsKeyword(TypeRef type) {
        return type instanceof TypeRef.ListOf || type instanceof TypeRef.SetOf ? "items"
                : type instanceof TypeRef.MapOf ? "additionalProperties" : null;
    }

    /**
     * The validation keywords and the format of one schema, then those of its elements' inline schema under
     * their keyword ({@code items/maxLength: 5}), as deep as both have them.
     */
    private void constraints(Constraints a, Constraints b, TypeRef valueType, List<String> javaTypes, boolean formats,
            boolean formatsAsserted) {
        range("Length", a.length(), b.length(), BigInteger.ZERO);
        range("Items", a.items(), b.items(), BigInteger.ZERO);
        range("Properties", a.properties(), b.properties(), BigInteger.ZERO);
        range("Contains", a.contains(), b.contains(), BigInteger.ONE);
        bound(tightest(a.bounds(), true), tightest(b.bounds(), true));
        bound(tightest(a.bounds(), false), tightest(b.bounds(), false));
        multipleOf(a.multipleOf(), b.multipleOf());
        pattern(a.pattern(), b.pattern());
        boolean formatChanged = formats && !Objects.equals(a.format(), b.format());
        if (formatChanged) {
            format(a.format(), b.format(), javaTypes, formatsAsserted);
        }
        String elements = elementsKeyword(valueType);
        if (elements == null || a.elements() == null && b.elements() == null) {
            return;
        }
        List<Change> inner = new ArrayList<>();
        // the Java type's change belongs to the level whose format changed
        new KeywordDiff(type, origin, member, inner).constraints(a.elements() == null ? Constraints.NONE : a.elements(),
                b.elements() == null ? Constraints.NONE : b.elements(), TypeRef.elementOf(valueType), formatChanged ? null : javaTypes, formats,
                formatsAsserted);
        inner.forEach(c -> out.add(c.under(elements)));
    }

    /** Whether the formats of two schemas' keywords differ at some depth (the schema's, its items', ...). */
    static boolean formatsDiffer(Constraints a, Constraints b) {
        if (a == null || b == null) {
            return a != b && formatsDiffer(a == null ? Constraints.NONE : a, b == null ? Constraints.NONE : b);
        }
        return !Objects.equals(a.format(), b.format()) || (a.elements() != null || b.elements() != null)
                && formatsDiffer(a.elements(), b.elements());
    }

    /**
     * A count's limits ({@code minLength}/{@code maxLength}, ...); an absent minimum is the keyword's own
     * default ({@code 0}, {@code 1} for {@code minContains}) and an absent maximum no limit.
     */
    private void range(String noun, Range was, Range now, BigInteger minDefault) {
        BigInteger oldMin = was.min() == null ? minDefault : was.min();
        BigInteger newMin = now.min() == null ? minDefault : now.min();
        int min = newMin.compareTo(oldMin);
        if (min != 0) {
            add(min > 0 ? ChangeKind.CONSTRAINT_TIGHTENED : ChangeKind.CONSTRAINT_LOOSENED, "min" + noun, was.min(), now.min());
        }
        if (!Objects.equals(was.max(), now.max())) {
            boolean tighter = was.max() == null || (now.max() != null && now.max().compareTo(was.max()) < 0);
            add(tighter ? ChangeKind.CONSTRAINT_TIGHTENED : ChangeKind.CONSTRAINT_LOOSENED, "max" + noun, was.max(), now.max());
        }
    }

    private void add(ChangeKind kind, String keyword, Object was, Object now) {
        out.add(Change.of(kind, type, origin, member, keyword, shown(keyword, was), shown(keyword, now)));
    }

    private static String shown(String keyword, Object value) {
        return value == null ? "" : keyword + ": " + (value instanceof BigDecimal d ? d.toPlainString() : value.toString());
    }

    /** The bound of one side that limits most: the highest minimum (exclusive over inclusive at one value), the lowest maximum. */
    private static Bound tightest(List<Bound> bounds, boolean lower) {
        Bound out = null;
        for (Bound b : bounds) {
            if (b.lower() == lower && (out == null || tighter(b, out))) {
                out = b;
            }
        }
        return out;
    }

    private static boolean tighter(Bound a, Bound b) {
        int order = a.value().compareTo(b.value());
        return a.lower() ? order > 0 || (order == 0 && !a.inclusive() && b.inclusive())
                : order < 0 || (order == 0 && !a.inclusive() && b.inclusive());
    }

    private void bound(Bound was, Bound now) {
        if (was == null && now == null || was != null && now != null && was.inclusive() == now.inclusive()
                && was.value().compareTo(now.value()) == 0) {
            return;
        }
        boolean tighter = was == null || (now != null && tighter(now, was));
        String keyword = (now != null ? now : was).keyword();
        out.add(Change.of(tighter ? ChangeKind.CONSTRAINT_TIGHTENED : ChangeKind.CONSTRAINT_LOOSENED, type, origin, member,
                keyword, was == null ? "" : shown(was.keyword(), was.value()), now == null ? "" : shown(now.keyword(), now.value())));
    }

    /** A step that is a multiple of the old one allows fewer values; one the old is a multiple of, more. */
    private void multipleOf(BigDecimal was, BigDecimal now) {
        if (Objects.equals(was == null ? null : was.stripTrailingZeros(), now == null ? null : now.stripTrailingZeros())) {
            return;
        }
        ChangeKind kind = was == null || (now != null && isMultiple(now, was)) ? ChangeKind.CONSTRAINT_TIGHTENED
                : now == null || isMultiple(was, now) ? ChangeKind.CONSTRAINT_LOOSENED : ChangeKind.CONSTRAINT_CHANGED;
        add(kind, "multipleOf", was, now);
    }

    private static boolean isMultiple(BigDecimal value, BigDecimal step) {
        return step.signum() != 0 && value.remainder(step).signum() == 0;
    }

    private void pattern(String was, String now) {
        if (!Objects.equals(was, now)) {
            add(was == null ? ChangeKind.CONSTRAINT_TIGHTENED : now == null ? ChangeKind.CONSTRAINT_LOOSENED
                    : ChangeKind.CONSTRAINT_CHANGED, "pattern", was, now);
        }
    }

    /** A non-string {@code enum} added or dropped; the values of one kept are compared by {@link ModelDiff}. */
    private void allowed(List<Literal> was, List<Literal> now) {
        if (was.isEmpty() != now.isEmpty()) {
            add(was.isEmpty() ? ChangeKind.CONSTRAINT_TIGHTENED : ChangeKind.CONSTRAINT_LOOSENED, "enum",
                    was.isEmpty() ? null : texts(was), now.isEmpty() ? null : texts(now));
        }
    }

    private static String texts(List<Literal> values) {
        return String.join(", ", values.stream().map(Literal::text).toList());
    }

    private void format(String was, String now, List<String> javaTypes, boolean asserted) {
        if (Objects.equals(was, now)) {
            return;
        }
        String before = javaTypes == null ? shown("format", was) : (was == null ? "" : shown("format", was) + " ") + javaTypes.get(0);
        String after = javaTypes == null ? shown("format", now) : (now == null ? "" : shown("format", now) + " ") + javaTypes.get(1);
        Change change = Change.of(ChangeKind.FORMAT_CHANGED, type, origin, member, "format", before, after);
        if (asserted) {
            // checked formats limit values as constraints do: one added narrows, one removed widens
            change = change.withSend(now == null ? Verdict.COMPATIBLE : Verdict.BREAKING)
                    .withRead(was == null ? Verdict.COMPATIBLE : Verdict.BREAKING);
        }
        out.add(javaTypes != null ? change.withJava(ChangeKind.JavaVerdict.SOURCE_BREAKING) : change);
    }

    private void constant(Literal was, Literal now) {
        if (!sameValue(was, now)) {
            Change change = Change.of(ChangeKind.CONST_CHANGED, type, origin, member, "const", text(was), text(now));
            out.add(was == null ? change.withRead(Verdict.COMPATIBLE) : now == null ? change.withSend(Verdict.COMPATIBLE) : change);
        }
    }

    private void defaultValue(Literal was, Literal now) {
        if (!sameValue(was, now)) {
            out.add(Change.of(ChangeKind.DEFAULT_CHANGED, type, origin, member, "default", text(was), text(now)));
        }
    }

    private static String text(Literal value) {
        return value == null ? "" : value.text();
    }

    /** Whether two fixed values are one JSON value: numbers by value ({@code 5} as Integer and as Long are one). */
    private static boolean sameValue(Literal was, Literal now) {
        if (was == null || now == null) {
            return was == now;
        }
        if (was.text().equals(now.text())) {
            return true;
        }
        try {
            return new BigDecimal(was.text()).compareTo(new BigDecimal(now.text())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
