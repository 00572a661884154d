package dev.schemapojo.core.model;

import java.util.List;

/**
 * One property of an object type.
 *
 * @param jsonName the name in JSON, exactly as in the schema
 * @param javaName a legal, collision-free Java name (field and builder method); the getter is
 *     {@code get} + capitalized {@code javaName}
 * @param required listed in {@code required}: {@code build()} and reading JSON reject null or absent
 * @param nullable the schema allows {@code null} ({@code "type": ["string", "null"]}); a required
 *     nullable property may be {@code null}
 * @param sensitive {@code toString()} prints {@code ***} instead of the value
 * @param description the schema's description, or empty
 * @param constant the value {@code const} fixes (a String, Long, Integer, Double or Boolean, or the JSON
 *     string of an enum constant), or null
 * @param defaultValue the builder's initial value from {@code default}, in the same form, or null
 * @param allowed the values a non-string {@code enum} allows, in the property's Java type (Long, Integer,
 *     Double or Boolean), in schema order; empty when any value of the type is allowed
 * @param additional this is not a JSON property but the map of the properties the schema's
 *     {@code additionalProperties} / {@code patternProperties} allow beside the named ones (its JSON name is
 *     {@code ""}; Jackson reaches it through the any-setter and any-getter)
 * @param constraints the schema's validation keywords and their values as text ({@code minLength -> 3}), in
 *     a fixed keyword order, for the Javadoc and the optional Bean Validation annotations
 */
public record Property(
        String jsonName,
        String javaName,
        TypeRef type,
        boolean required,
        boolean nullable,
        boolean sensitive,
        String description,
        Object constant,
        Object defaultValue,
        List<Object> allowed,
        boolean additional,
        java.util.Map<String, String> constraints) {

    public Property {
        allowed = List.copyOf(allowed);
        constraints = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(constraints));
    }

    /** The same property, not required: the checks of its value without the check that it is there. */
    public Property optional() {
        return new Property(jsonName, javaName, type, false, nullable, sensitive, description, constant, defaultValue, allowed,
                additional, constraints);
    }

    /** A property without {@code const}, {@code default} or validation keywords. */
    public Property(String jsonName, String javaName, TypeRef type, boolean required, boolean nullable, boolean sensitive,
            String description) {
        this(jsonName, javaName, type, required, nullable, sensitive, description, null, null, List.of(), false, java.util.Map.of());
    }
}
