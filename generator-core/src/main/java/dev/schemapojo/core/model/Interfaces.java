package dev.schemapojo.core.model;

import dev.schemapojo.core.ir.JavaName;
import dev.schemapojo.core.ir.ObjectType;
import dev.schemapojo.core.ir.TypeDecl;
import dev.schemapojo.core.ir.UnionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The interfaces each class implements: those of the unions it is a variant of, in the order the unions
 * are declared. A pure pass over finished declarations: it returns new ones and changes none.
 */
final class Interfaces {
    private Interfaces() {}

    /** {@code declarations} with every object type (nested ones too) implementing the unions it is a variant of. */
    static List<TypeDecl> apply(List<TypeDecl> declarations) {
        Map<JavaName, List<JavaName>> unionsOf = new HashMap<>();
        collect(declarations, unionsOf);
        List<TypeDecl> out = new ArrayList<>();
        declarations.forEach(d -> out.add(withInterfaces(d, unionsOf)));
        return out;
    }

    private static void collect(List<TypeDecl> declarations, Map<JavaName, List<JavaName>> unionsOf) {
        for (TypeDecl decl : declarations) {
            if (decl instanceof UnionType union) {
                for (UnionType.Variant variant : union.variants()) {
                    // a union may list one type twice (anyOf [{"$ref": "#"}, {"$ref": "#"}]): it is implemented once
                    List<JavaName> unions = unionsOf.computeIfAbsent(variant.type(), k -> new ArrayList<>());
                    if (!unions.contains(union.name())) {
                        unions.add(union.name());
                    }
                }
            } else if (decl instanceof ObjectType o) {
                collect(o.nested(), unionsOf);
            }
        }
    }

    private static TypeDecl withInterfaces(TypeDecl decl, Map<JavaName, List<JavaName>> unionsOf) {
        if (decl instanceof ObjectType o) {
            List<TypeDecl> nested = new ArrayList<>();
            o.nested().forEach(n -> nested.add(withInterfaces(n, unionsOf)));
            return o.withNested(nested).withInterfaces(unionsOf.getOrDefault(o.name(), List.of()));
        }
        return decl;
    }
}
