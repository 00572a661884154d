package dev.schemapojo.core.ir;

import java.util.List;

/**
 * The map an object type keeps beside its named properties: the JSON properties that the schema's
 * {@code additionalProperties}, {@code patternProperties} or {@code unevaluatedProperties} allow.
 * Jackson reaches it through an any-setter and an any-getter.
 *
 * @param javaName the field and accessor name, distinct from every property's
 * @param valueType the Java type of the map's values ({@code ANY} when the schemas allow values of several types)
 * @param requiredKeys {@code required} names that are no named property: keys the map must hold
 * @param keyPatterns when not empty, the map holds only names that one of these {@code patternProperties}
 *     patterns finds (the object allows no other additional properties); empty: any name
 * @param strictValues whether JSON values of the wrong kind are refused on read, not coerced by Jackson
 *     ({@code constraints=check}, for string, integer, number and boolean values)
 */
public record AdditionalProperties(String javaName, TypeRef valueType, List<String> requiredKeys, List<String> keyPatterns,
        boolean strictValues) {
    public AdditionalProperties {
        requiredKeys = List.copyOf(requiredKeys);
        keyPatterns = List.copyOf(keyPatterns);
    }

    public AdditionalProperties(String javaName, TypeRef valueType, List<String> requiredKeys) {
        this(javaName, valueType, requiredKeys, List.of(), false);
    }

    /** The map's type, {@code Map<String, valueType>}. */
    public TypeRef.MapOf type() {
        return new TypeRef.MapOf(valueType);
    }
}
