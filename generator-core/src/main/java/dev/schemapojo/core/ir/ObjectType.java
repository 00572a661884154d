package dev.schemapojo.core.ir;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object schema with named properties.
 *
 * @param form whether the type is a class or a record
 * @param additional the map of the JSON properties the schema allows beside the named ones, or null when
 *     it keeps none
 * @param closed true when the schema says {@code additionalProperties: false} (or unevaluated): unknown
 *     JSON properties are then rejected on read
 * @param rejectsUnknown true when unknown JSON properties are rejected on read: {@code closed}, or a
 *     schema that allows them with the option to fail on them
 * @param dependentRequired {@code dependentRequired} (and draft 4-7 array-valued {@code dependencies}):
 *     when the property named by a key is present, the properties it lists must be too
 * @param conditionals {@code if}/{@code then}/{@code else} over fixed values of properties: required names
 *     that depend on other properties' values
 * @param interfaces the union interfaces ({@code oneOf} / {@code anyOf}) this type is a variant of
 */
public record ObjectType(
        JavaName name,
        String description,
        Origin origin,
        Form form,
        List<Property> properties,
        AdditionalProperties additional,
        boolean closed,
        boolean rejectsUnknown,
        List<TypeDecl> nested,
        Map<String, List<String>> dependentRequired,
        List<Conditional> conditionals,
        List<JavaName> interfaces,
        JsonRules rules,
        List<String> forbidden)
        implements TypeDecl {
    /** How an object type is written: a final class with a builder, or a record with a builder. */
    public enum Form {
        CLASS,
        RECORD
    }

    public ObjectType {
        properties = List.copyOf(properties);
        nested = List.copyOf(nested);
        dependentRequired = Collections.unmodifiableMap(new LinkedHashMap<>(dependentRequired));
        conditionals = List.copyOf(conditionals);
        interfaces = List.copyOf(interfaces);
        forbidden = List.copyOf(forbidden);
    }

    /** The same type, implementing the given union interfaces. */
    public ObjectType withInterfaces(List<JavaName> newInterfaces) {
        return new ObjectType(name, description, origin, form, properties, additional, closed, rejectsUnknown, nested, dependentRequired,
                conditionals, newInterfaces, rules, forbidden);
    }

    /** The same type with its nested types replaced. */
    public ObjectType withNested(List<TypeDecl> newNested) {
        return new ObjectType(name, description, origin, form, properties, additional, closed, rejectsUnknown, newNested, dependentRequired,
                conditionals, interfaces, rules, forbidden);
    }

    /** Required properties that may not be {@code null}: the ones {@code build()} checks. */
    public List<Property> nonNullProperties() {
        return properties.stream().filter(p -> p.required() && !p.nullable()).toList();
    }
}
