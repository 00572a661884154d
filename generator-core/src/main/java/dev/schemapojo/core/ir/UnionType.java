package dev.schemapojo.core.ir;

import java.util.List;

/**
 * A {@code oneOf} / {@code anyOf} of object schemas: an interface that each variant's class implements.
 * Jackson tells the variants apart by a discriminator property (a property whose {@code const} differs
 * between the variants) when there is one, else by which properties are present.
 *
 * @param discriminator the JSON name of the discriminator property, or null to deduce the variant
 */
public record UnionType(JavaName name, String description, Origin origin, List<Variant> variants, String discriminator)
        implements TypeDecl {
    public UnionType {
        variants = List.copyOf(variants);
    }

    /** One variant: its class and, with a discriminator, the value that selects it. */
    public record Variant(JavaName type, String discriminatorValue) {}

    @Override
    public List<TypeDecl> nested() {
        return List.of();
    }
}
