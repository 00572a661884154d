package dev.schemapojo.core.ir;

import java.util.List;

/**
 * One named property of an object type (or the value of a {@link ValueType}).
 *
 * @param jsonName the name in JSON, exactly as in the schema
 * @param javaName a legal, collision-free Java name (field and builder method); the getter is
 *     {@code get} + capitalized {@code javaName}
 * @param required listed in {@code required}: {@code build()} and reading JSON reject null or absent
 * @param nullable the schema allows {@code null} ({@code "type": ["string", "null"]}); a required
 *     nullable property may be {@code null}
 * @param sensitive {@code toString()} prints {@code ***} instead of the value
 * @param description the schema's description, or empty
 * @param constant the value {@code const} fixes, or null
 * @param defaultValue the value {@code default} gives, or null
 * @param allowed the values a non-string {@code enum} allows, in schema order; empty when any value of the
 *     type is allowed
 * @param constraints the schema's validation keywords
 */
public record Property(
        String jsonName,
        String javaName,
        TypeRef type,
        boolean required,
        boolean nullable,
        boolean sensitive,
        String description,
        Literal constant,
        Literal defaultValue,
        List<Literal> allowed,
        Constraints constraints) {

    public Property {
        allowed = List.copyOf(allowed);
    }

    /** The same property, not required: the checks of its value without the check that it is there. */
    public Property optional() {
        return new Property(jsonName, javaName, type, false, nullable, sensitive, description, constant, defaultValue, allowed,
                constraints);
    }

    /**
     * The builder's initial value: the {@code default}, else for an optional property its {@code const}
     * (its one valid value); null when the builder starts empty.
     */
    public Literal initialValue() {
        return defaultValue != null ? defaultValue : required ? null : constant;
    }
}
