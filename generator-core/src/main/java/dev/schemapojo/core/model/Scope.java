package dev.schemapojo.core.model;

import dev.schemapojo.core.ir.JavaName;
import dev.schemapojo.core.ir.TypeDecl;
import dev.schemapojo.core.naming.NameScope;
import java.util.ArrayList;
import java.util.List;

/**
 * One generated class while it is modelled: its name, the types nested in it so far, and the names they
 * took. A nested type may not be named {@code Builder} (every class has one) nor like a class around it, nor
 * like a sibling in another case.
 */
final class Scope {
    final JavaName name;
    final List<TypeDecl> nested = new ArrayList<>();
    private final NameScope names;

    Scope(JavaName name) {
        this.name = name;
        // case-insensitively: Outer$ApiKey.class and Outer$APIKey.class are one file on macOS and Windows
        this.names = new NameScope(NameScope.Numbering.NUMBER, true, List.of("Builder"));
        name.simpleNames().forEach(names::reserve);
    }

    /** A scope for a type nested in this one, named {@code simpleName} (allocated here). */
    Scope nest(String wantedSimpleName) {
        return new Scope(name.nested(names.allocate(wantedSimpleName)));
    }
}
