package dev.schemapojo.core.model;

import java.util.List;

/**
 * A JSON object schema with named properties.
 *
 * @param closed true when the schema says {@code additionalProperties: false}: unknown JSON
 *     properties are then rejected on read
 */
public record ObjectType(
        JavaName name, String description, String origin, List<Property> properties, boolean closed, List<TypeDecl> nested)
        implements TypeDecl {
    public ObjectType {
        properties = List.copyOf(properties);
        nested = List.copyOf(nested);
    }

    public List<Property> requiredProperties() {
        return properties.stream().filter(Property::required).toList();
    }

    /** Required properties that may not be {@code null}: the ones {@code build()} checks. */
    public List<Property> nonNullProperties() {
        return properties.stream().filter(p -> p.required() && !p.nullable()).toList();
    }
}
