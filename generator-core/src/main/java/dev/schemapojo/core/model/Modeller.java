package dev.schemapojo.core.model;

import dev.schemapojo.core.Options;
import dev.schemapojo.core.diagnostics.DiagnosticCollector;
import dev.schemapojo.core.ir.JavaName;
import dev.schemapojo.core.ir.TypeDecl;
import dev.schemapojo.core.ir.TypeModel;
import dev.schemapojo.core.ir.TypeRef;
import dev.schemapojo.core.keywords.AnnotationKeywords;
import dev.schemapojo.core.keywords.CombinatorKeywords;
import dev.schemapojo.core.keywords.EnumKeywords;
import dev.schemapojo.core.load.SchemaLocationRef;
import dev.schemapojo.core.load.SchemaSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The model stage: turns validated schemas into the {@link TypeModel}. Every schema that needs a
 * declaration (an object with properties, a string enum, a union) becomes exactly one type, however many
 * references lead to it; references to it become {@link TypeRef.Named}.
 *
 * <p>The passes, in order: {@link Roots} claims the top-level types; each claimed schema is declared in
 * turn (claiming more as references lead to them) by the modeller of its kind; {@link Interfaces} adds
 * the union interfaces; the types are sorted by name.
 */
public final class Modeller {
    private final TypeNames names;
    private final Roots roots;
    private final Kinds kinds;

    public Modeller(Options options, SchemaSet set, DiagnosticCollector diagnostics) {
        ModelContext context = new ModelContext(options, set, diagnostics);
        FixedValues fixedValues = new FixedValues(context);
        Unrepresented unrepresented = new Unrepresented(context);
        AllOfMerger merger = new AllOfMerger(context);
        this.names = new TypeNames(context, fixedValues);
        this.roots = new Roots(context, names);
        Kinds kinds = new Kinds();
        TypeMapping mapping = new TypeMapping(context, roots, names, fixedValues, unrepresented, kinds::declare);
        ValueModeller values = new ValueModeller(context, mapping, fixedValues, unrepresented);
        kinds.enums = new EnumModeller(context);
        kinds.unions = new UnionModeller(context, names, merger, values);
        kinds.objects = new ObjectModeller(context, merger, mapping, fixedValues, unrepresented);
        kinds.values = values;
        this.kinds = kinds;
    }

    public TypeModel model() {
        roots.claimAll();
        List<TypeDecl> declared = new ArrayList<>();
        for (SchemaLocationRef at = names.nextUndeclared(); at != null; at = names.nextUndeclared()) {
            JavaName name = names.nameOf(SchemaKey.of(at));
            declared.add(roots.isValueRoot(SchemaKey.of(at)) ? kinds.values.rootValue(at, name) : kinds.declare(at, new Scope(name)));
        }
        List<TypeDecl> types = new ArrayList<>(Interfaces.apply(declared));
        types.sort(Comparator.comparing(t -> t.name().canonicalName()));
        return new TypeModel(types);
    }

    /**
     * The modeller of each kind of declaration, and the choice between them. Its fields are set once, in
     * the constructor, after {@link TypeMapping} exists: type mapping declares inline types through it, and
     * the object and value modellers map their property types through type mapping.
     */
    private static final class Kinds {
        EnumModeller enums;
        UnionModeller unions;
        ObjectModeller objects;
        ValueModeller values;

        /** The declaration of the schema at {@code at}, named {@code scope.name}: an enum, a union or an object. */
        TypeDecl declare(SchemaLocationRef at, Scope scope) {
            String description = AnnotationKeywords.description(at.node());
            if (EnumKeywords.isStringEnum(at.node())) {
                return enums.enumType(at, scope.name, description);
            }
            if (CombinatorKeywords.isUnion(at.node())) {
                return unions.union(at, scope.name, description);
            }
            return objects.objectType(at, scope, description);
        }
    }
}
