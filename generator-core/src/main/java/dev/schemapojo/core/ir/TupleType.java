package dev.schemapojo.core.ir;

import java.util.List;

/**
 * A closed tuple: an array whose positions have their own schemas ({@code prefixItems}, or the
 * array form of {@code items} before 2020-12) and that allows no further items ({@code items: false},
 * {@code additionalItems: false}, or a {@code maxItems} no larger than the positions). It is a class
 * with one typed value per position, read from and written as a JSON array.
 *
 * @param items the positions, in order
 * @param requiredItems how many leading positions must be present and non-null ({@code minItems})
 * @param rules with {@code constraints=check} and positions all held as plain JSON: the whole schema as
 *     checks of the array (positions' schemas, {@code uniqueItems}, {@code contains}, combinators); the class
 *     then reads the JSON array as it is, so an explicit {@code null} and extra items are seen; else null
 */
public record TupleType(JavaName name, String description, Origin origin, List<Item> items, int requiredItems,
        List<TypeDecl> nested, JsonRules rules) implements TypeDecl {
    public TupleType {
        items = List.copyOf(items);
        nested = List.copyOf(nested);
    }

    /** One position: its Java type and the schema's description of it. */
    public record Item(TypeRef type, String description) {}
}
