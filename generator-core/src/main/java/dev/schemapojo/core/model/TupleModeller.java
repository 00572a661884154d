package dev.schemapojo.core.model;

import dev.schemapojo.core.ConstraintChecks;
import dev.schemapojo.core.diagnostics.Severity;
import dev.schemapojo.core.ir.JsonRules;
import dev.schemapojo.core.ir.TupleType;
import dev.schemapojo.core.ir.TypeRef;
import dev.schemapojo.core.keywords.AnnotationKeywords;
import dev.schemapojo.core.keywords.ArrayKeywords;
import dev.schemapojo.core.load.JsonPointers;
import dev.schemapojo.core.load.SchemaLocationRef;
import dev.schemapojo.core.naming.Names;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Closed tuples ({@code prefixItems} with {@code items: false}, the array form of {@code items} with
 * {@code additionalItems: false}, or either with a {@code maxItems} no larger than the positions) as a
 * {@link TupleType}, one typed position each; an open tuple is reported, its positions are not typed.
 */
final class TupleModeller {
    private final ModelContext context;
    private final TypeMapping mapping;

    TupleModeller(ModelContext context, TypeMapping mapping) {
        this.context = context;
        this.mapping = mapping;
    }

    /** The positions keyword of a closed tuple a tuple class can hold (1 to {@link JavaLimits#MAX_TUPLE_ITEMS}), or null. */
    static String closedPositions(JsonNode schema) {
        String positions = ArrayKeywords.closedTuplePositions(schema);
        return positions != null && schema.path(positions).size() <= JavaLimits.MAX_TUPLE_ITEMS ? positions : null;
    }

    /** A tuple array as a nested {@link TupleType} in {@code scope}; null for any other array. */
    TypeRef tuple(SchemaLocationRef at, String suggestedName, Scope scope) {
        JsonNode schema = at.node();
        String positions = ArrayKeywords.tuplePositions(schema);
        if (positions == null) {
            return null;
        }
        int count = schema.path(positions).size();
        String simpleName = Names.upperCamel(suggestedName);
        if (closedPositions(schema) == null && ArrayKeywords.hasItemSchema(schema)) {
            return null; // every position is the items schema: a list of it says all
        }
        if (closedPositions(schema) == null || JavaLimits.nestedNameTooLong(scope.name, simpleName)) {
            context.diagnostics().report(at.document().diagnostic(Severity.WARNING, "model.not-represented",
                    JsonPointers.append(at.pointer(), positions), "\"" + positions + "\" is represented only for a"
                            + " closed tuple of 1 to " + JavaLimits.MAX_TUPLE_ITEMS + " positions (one that allows no"
                            + " further items: \"" + ArrayKeywords.restKeyword(positions) + "\": false"
                            + ", or \"maxItems\" of at most " + count + "); this array is a List of java.lang.Object"));
            return null;
        }
        Scope inner = scope.nest(simpleName);
        scope.nested.add(tupleType(at, inner));
        return new TypeRef.Named(inner.name);
    }

    /** The tuple class of a closed tuple schema, named {@code inner.name}; its item types nest in {@code inner}. */
    TupleType tupleType(SchemaLocationRef at, Scope inner) {
        JsonNode schema = at.node();
        String positions = closedPositions(schema);
        int count = schema.path(positions).size();
        List<TupleType.Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SchemaLocationRef item = at.child(positions, i);
            items.add(new TupleType.Item(mapping.element(item, inner.name.simpleName() + "Item" + i, inner),
                    AnnotationKeywords.description(item.node())));
        }
        JsonRules rules = context.options().constraints() == ConstraintChecks.CHECK
                && items.stream().allMatch(item -> ValueModeller.isPlainJson(item.type())) ? JsonRuleModeller.of(context, at) : null;
        return new TupleType(inner.name, AnnotationKeywords.description(schema), ModelContext.origin(at), items,
                ArrayKeywords.requiredPositions(schema, count), inner.nested, rules);
    }
}
