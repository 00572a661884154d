package dev.schemapojo.core.model;

import java.util.List;

/**
 * A JSON object schema with named properties.
 *
 * @param dependentRequired {@code dependentRequired} (and draft 4-7 array-valued {@code dependencies}):
 *     when the property named by a key is present, the properties it lists must be too
 * @param conditionals {@code if}/{@code then}/{@code else} over fixed values of properties: required names
 *     that depend on other properties' values
 * @param requiredKeys {@code required} names that are no named property: keys the additional-properties
 *     map must hold (empty when the type keeps no additional properties)
 * @param interfaces the union interfaces ({@code oneOf} / {@code anyOf}) this type is a variant of
 * @param closed true when the schema says {@code additionalProperties: false}: unknown JSON
 *     properties are then rejected on read
 */
public record ObjectType(
        JavaName name,
        String description,
        String origin,
        List<Property> properties,
        boolean closed,
        List<TypeDecl> nested,
        java.util.Map<String, List<String>> dependentRequired,
        List<Conditional> conditionals,
        List<String> requiredKeys,
        List<JavaName> interfaces)
        implements TypeDecl {
    public ObjectType {
        properties = List.copyOf(properties);
        nested = List.copyOf(nested);
        dependentRequired = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dependentRequired));
        conditionals = List.copyOf(conditionals);
        requiredKeys = List.copyOf(requiredKeys);
        interfaces = List.copyOf(interfaces);
    }

    public ObjectType(JavaName name, String description, String origin, List<Property> properties, boolean closed,
            List<TypeDecl> nested) {
        this(name, description, origin, properties, closed, nested, java.util.Map.of(), List.of(), List.of(), List.of());
    }

    /** The same type, implementing the given union interfaces, with its nested types replaced. */
    public ObjectType with(List<JavaName> newInterfaces, List<TypeDecl> newNested) {
        return new ObjectType(name, description, origin, properties, closed, newNested, dependentRequired, conditionals,
                requiredKeys, newInterfaces);
    }

    public List<Property> requiredProperties() {
        return properties.stream().filter(Property::required).toList();
    }

    /** Why this type cannot be a Java record, or null when it can. */
    public String recordObstacle() {
        if (closed) {
            return "additionalProperties: false needs a class (records cannot reject unknown properties)";
        }
        if (properties.size() > 254) {
            return "a record has at most 254 components";
        }
        for (Property p : properties) {
            if (p.additional()) {
                return "keeping additional properties needs a class (a record cannot have an any-setter)";
            }
            if (p.jsonName().isEmpty()) {
                return "a property named \"\" needs a class";
            }
            if (p.type() instanceof TypeRef.SetOf) {
                return "uniqueItems (\"" + p.jsonName() + "\") needs a class to keep the order and reject repeats";
            }
        }
        return null;
    }

    /** Required properties that may not be {@code null}: the ones {@code build()} checks. */
    public List<Property> nonNullProperties() {
        return properties.stream().filter(p -> p.required() && !p.nullable()).toList();
    }
}
