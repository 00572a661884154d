package dev.schemapojo.core.ir;

import java.util.List;

/** A string enumeration; each constant keeps its exact JSON value. */
public record EnumType(JavaName name, String description, Origin origin, List<Constant> constants) implements TypeDecl {
    public EnumType {
        constants = List.copyOf(constants);
    }

    /** One enum constant: a legal Java name and the JSON string it stands for. */
    public record Constant(String javaName, String jsonValue) {}

    @Override
    public List<TypeDecl> nested() {
        return List.of();
    }
}
