package dev.schemapojo.core.ir;

import java.util.List;

/**
 * A {@code oneOf} / {@code anyOf} of object schemas: an interface that each variant's class implements.
 *
 * @param reading how JSON is read into one of the variants
 * @param discriminator the JSON name of the discriminator property ({@link Reading#DISCRIMINATOR}), else null
 * @param exactlyOne {@code oneOf} with {@code constraints=check}: reading ({@link Reading#FIRST_MATCH}) refuses
 *     JSON that more than one variant's builder accepts
 */
public record UnionType(JavaName name, String description, Origin origin, List<Variant> variants, Reading reading,
        String discriminator, boolean exactlyOne) implements TypeDecl {
    public UnionType {
        variants = List.copyOf(variants);
        if ((reading == Reading.DISCRIMINATOR) != (discriminator != null)) {
            throw new IllegalArgumentException("a discriminator goes with Reading.DISCRIMINATOR, and only with it");
        }
    }

    /** How JSON is read into one of the variants. */
    public enum Reading {
        /** By the value of a property every variant requires, a different one in each. */
        DISCRIMINATOR,
        /**
         * Every variant's builder is given the JSON, and the first that builds is the one read: what
         * {@code anyOf} says, and {@code oneOf} for JSON that is valid. Needs the variants to read the
         * properties they share alike, or a variant's reading could fail on JSON another one accepts.
         */
        FIRST_MATCH,
        /**
         * Jackson's deduction: the properties present pick the variant. Used where the variants read a shared
         * property differently, when each variant requires a property that no other declares.
         */
        DEDUCTION
    }

    /**
     * One variant: its class and, with a discriminator, the value that selects it.
     *
     * @param declared the JSON names of the properties it declares (with its {@code allOf} branches), in order
     */
    public record Variant(JavaName type, String discriminatorValue, List<String> declared) {
        public Variant {
            declared = List.copyOf(declared);
        }
    }

    @Override
    public List<TypeDecl> nested() {
        return List.of();
    }
}
