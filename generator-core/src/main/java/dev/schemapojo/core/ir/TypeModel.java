package dev.schemapojo.core.ir;

import java.util.List;

/** The output of the model stage: every top-level type to generate, in a deterministic order. */
public record TypeModel(List<TypeDecl> types) {
    public TypeModel {
        types = List.copyOf(types);
    }

    public int typeCount() {
        return types.stream().mapToInt(TypeDecl::typeCount).sum();
    }
}
