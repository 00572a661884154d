package dev.schemapojo.core.model;

/**
 * One property of an object type.
 *
 * @param jsonName the name in JSON, exactly as in the schema
 * @param javaName a legal, collision-free Java name (field and builder method); the getter is
 *     {@code get} + capitalized {@code javaName}
 * @param required listed in {@code required}: {@code build()} and reading JSON reject null or absent
 * @param sensitive {@code toString()} prints {@code ***} instead of the value
 * @param description the schema's description, or empty
 */
public record Property(
        String jsonName, String javaName, TypeRef type, boolean required, boolean sensitive, String description) {}
