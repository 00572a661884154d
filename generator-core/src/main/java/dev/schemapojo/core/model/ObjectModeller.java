package dev.schemapojo.core.model;

import dev.schemapojo.core.Style;
import dev.schemapojo.core.UnknownProperties;
import dev.schemapojo.core.diagnostics.Severity;
import dev.schemapojo.core.ir.AdditionalProperties;
import dev.schemapojo.core.ir.Conditional;
import dev.schemapojo.core.ConstraintChecks;
import dev.schemapojo.core.ir.JavaName;
import dev.schemapojo.core.ir.JsonRules;
import dev.schemapojo.core.ir.Literal;
import dev.schemapojo.core.ir.ObjectType.Form;
import dev.schemapojo.core.ir.ObjectType;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.ir.TypeRef;
import dev.schemapojo.core.keywords.AnnotationKeywords;
import dev.schemapojo.core.keywords.ConditionalKeywords;
import dev.schemapojo.core.keywords.ConstKeywords;
import dev.schemapojo.core.keywords.ConstraintKeywords;
import dev.schemapojo.core.keywords.DependencyKeywords;
import dev.schemapojo.core.keywords.ObjectKeywords;
import dev.schemapojo.core.keywords.TypeKeywords;
import dev.schemapojo.core.load.JsonPointers;
import dev.schemapojo.core.load.JsonValues;
import dev.schemapojo.core.load.SchemaDocument;
import dev.schemapojo.core.load.SchemaLocationRef;
import dev.schemapojo.core.model.AllOfMerger.Merged;
import dev.schemapojo.core.naming.NameScope;
import dev.schemapojo.core.naming.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * An object schema (with all it combines, see {@link AllOfMerger}) as an {@link ObjectType}: its
 * properties, the map of other properties it keeps, {@code dependentRequired}, the {@code if}s it
 * represents, and whether it is a class or a record.
 */
final class ObjectModeller {
    /**
     * Member names of the generated class and of {@code Object} that a property may not take; and the names of
     * the one-parameter static helpers that {@code constraints=check} and {@code formats=assert} add to a builder,
     * where a setter of that name would be chosen over the helper and fail to compile ("non-static method
     * plainOf(Double) cannot be referenced from a static context"). The format checkers are all
     * {@code format}<i>Name</i>: see {@link #isHelperName}.
     */
    private static final List<String> RESERVED_MEMBERS = List.of(
            "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize",
            "builder", "toBuilder", "build",
            "decimalOf", "plainOf", "isInteger", "itemsOf", "kindOf", "uniqueJson", "describeJson", "objectOf");

    /** Whether a property's Java name would be that of a format checker ({@code formatEmail}). */
    private static boolean isHelperName(String javaName) {
        return javaName.length() > 6 && javaName.startsWith("format") && Character.isUpperCase(javaName.charAt(6));
    }

    private final ModelContext context;
    private final AllOfMerger merger;
    private final TypeMapping mapping;
    private final FixedValues fixedValues;
    private final Unrepresented unrepresented;

    ObjectModeller(ModelContext context, AllOfMerger merger, TypeMapping mapping, FixedValues fixedValues,
            Unrepresented unrepresented) {
        this.context = context;
        this.merger = merger;
        this.mapping = mapping;
        this.fixedValues = fixedValues;
        this.unrepresented = unrepresented;
    }

    ObjectType objectType(SchemaLocationRef at, Scope scope, String description) {
        JsonNode schema = at.node();
        JavaName name = scope.name;
        Merged merged = merger.merge(at);
        Map<String, SchemaLocationRef> properties = merged.properties();
        Set<String> required = merged.required();
        unrepresented.report(at, schema, true);
        if (properties.size() > JavaLimits.MAX_PROPERTIES) {
            context.diagnostics().report(at.document().diagnostic(Severity.ERROR, "model.too-many-properties",
                    JsonPointers.append(at.pointer(), "properties"),
                    "an object with " + properties.size() + " properties does not fit in one Java class (javac limits"
                            + " a method to 64 KB of code); at most " + JavaLimits.MAX_PROPERTIES + " are supported: split"
                            + " the schema with allOf or nested objects"));
            return new ObjectType(name, description, ModelContext.origin(at), Form.CLASS, List.of(), null, false, false,
                    scope.nested, Map.of(), List.of(), List.of(), null, List.of());
        }
        NameScope javaNames = new NameScope(NameScope.Numbering.UNDERSCORE_THEN_NUMBER, NameScope.accessorKey(), RESERVED_MEMBERS);
        List<Property> props = new ArrayList<>();
        for (Map.Entry<String, SchemaLocationRef> entry : properties.entrySet()) {
            Property property = property(entry.getKey(), entry.getValue(), merged, javaNames, scope);
            if (property != null) {
                props.add(property);
            }
        }
        Others others = others(at, scope, merged, props);
        AdditionalProperties additional = others.values() == null ? null
                : new AdditionalProperties(javaNames.allocate("additionalProperties"), others.values(),
                        requiredKeys(required, props), others.keyPatterns(),
                        context.options().constraints() == ConstraintChecks.CHECK);
        String obstacle = JavaLimits.recordObstacle(props, additional, others.closed(), others.rejectsUnknown());
        boolean record = context.options().style() == Style.RECORD;
        if (record && obstacle != null) {
            context.diagnostics().report(at.document().diagnostic(Severity.WARNING, "style.record-fallback", at.pointer(),
                    name.simpleName() + " is generated as a class, not a record: " + obstacle));
        }
        Form form = record && obstacle == null ? Form.RECORD : Form.CLASS;
        return new ObjectType(name, description, ModelContext.origin(at), form, props, additional, others.closed(),
                others.rejectsUnknown(), scope.nested,
                dependentRequired(schema, props), conditionals(merged.conditionals(), props), List.of(),
                wholeObjectRules(at, props, additional), forbidden(properties));
    }

    /**
     * With {@code constraints=check}, the names of the properties whose schema is {@code false}: no value
     * is valid for them, so reading refuses the member when it is there (they get no Java property).
     */
    private List<String> forbidden(Map<String, SchemaLocationRef> properties) {
        if (context.options().constraints() != ConstraintChecks.CHECK) {
            return List.of();
        }
        return properties.entrySet().stream()
                .filter(e -> !e.getKey().isEmpty() && e.getValue().node().isBoolean() && !e.getValue().node().asBoolean())
                .map(Map.Entry::getKey).toList();
    }

    /**
     * With {@code constraints=check}, for an object whose members are all held as plain JSON: the whole
     * schema as checks of the object's members as JSON, when it says more than the typed checks test (its
     * properties' types, required and dependentRequired): combinators, conditions, patternProperties,
     * propertyNames, counts, unevaluatedProperties. The object's own required and dependentRequired stay
     * with the typed checks. Null otherwise.
     */
    private JsonRules wholeObjectRules(SchemaLocationRef at, List<Property> props, AdditionalProperties additional) {
        if (context.options().constraints() != ConstraintChecks.CHECK
                || !props.stream().allMatch(p -> ValueModeller.isPlainJson(p.type()))
                || (additional != null && !ValueModeller.isPlainJson(additional.type()))) {
            return null;
        }
        JsonRules rules = JsonRuleModeller.of(context, at);
        List<JsonRules.Check> own = rules.rules().get(0).checks().stream()
                .filter(c -> !(c instanceof JsonRules.Required || c instanceof JsonRules.DependentRequired
                        || c instanceof JsonRules.Types))
                .toList();
        boolean more = own.stream().anyMatch(c -> !(c instanceof JsonRules.Members m
                && m.patterns().isEmpty() && m.additional() < 0));
        if (!more) {
            return null;
        }
        List<JsonRules.Rule> all = new ArrayList<>(rules.rules());
        all.set(0, new JsonRules.Rule(all.get(0).origin() + " (the object)", own));
        return new JsonRules(all);
    }

    /**
     * What a class does with JSON members beside its named properties.
     *
     * @param values the value type of the map that keeps them, or null when none is kept
     * @param keyPatterns the only names the map may hold (patterns Java can check), or empty: any name
     * @param closed the schema forbids other members ({@code additionalProperties: false})
     * @param rejectsUnknown reading rejects members the class does not keep
     */
    private record Others(TypeRef values, List<String> keyPatterns, boolean closed, boolean rejectsUnknown) {}

    private Others others(SchemaLocationRef at, Scope scope, Merged merged, List<Property> props) {
        JsonNode schema = at.node();
        // unevaluatedProperties: false does not forbid what a merged branch allows or describes (its
        // patternProperties, additionalProperties, dependentSchemas): those members are kept, not rejected
        boolean opened = merged.othersEvaluated() && ObjectKeywords.otherPropertiesKeyword(schema).equals("unevaluatedProperties");
        boolean closed = ObjectKeywords.isClosed(schema) && !opened;
        if (props.stream().anyMatch(p -> p.jsonName().isEmpty())) {
            // the property named "" is read through the any-setter, which then has no map to fill
            return new Others(null, List.of(), closed, closed);
        }
        // beside additionalProperties: false, the names patternProperties matches are still allowed: the map keeps them
        List<String> keyPatterns = closed ? ObjectKeywords.patterns(schema) : List.of();
        TypeRef values = closed && keyPatterns.isEmpty() ? null : mapping.otherProperties(at, scope, "AdditionalProperty");
        if (opened && values == null) {
            values = TypeRef.scalar(TypeRef.ScalarKind.ANY);
        }
        // members an object allows without saying anything of them: kept, dropped or rejected as the option says
        boolean silent = !closed && values == null;
        UnknownProperties unknown = context.options().unknownProperties();
        if (silent && merged.othersDescribed()) {
            // a merged branch (an allOf, a then) gives them a schema: they are data, kept as read
            values = TypeRef.scalar(TypeRef.ScalarKind.ANY);
            silent = false;
        }
        if (silent && unknown == UnknownProperties.KEEP) {
            values = TypeRef.scalar(TypeRef.ScalarKind.ANY);
        }
        boolean checkable = keyPatterns.stream().allMatch(ConstraintKeywords::compilesInJava);
        return new Others(values, checkable ? keyPatterns : List.of(), closed,
                closed || (silent && unknown == UnknownProperties.FAIL));
    }

    /** The property {@code jsonName} defined at {@code propAt}, or null when it is not generated (reported). */
    private Property property(String jsonName, SchemaLocationRef propAt, Merged merged, NameScope javaNames, Scope scope) {
        JsonNode propSchema = propAt.node();
        String pointer = propAt.pointer();
        SchemaDocument propDocument = propAt.document();
        if (jsonName.length() > JavaLimits.MAX_JSON_NAME_CHARS) {
            context.diagnostics().report(propDocument.diagnosticAtKey(Severity.ERROR, "model.name-too-long", pointer,
                    "a property name of " + jsonName.length() + " characters does not fit in a Java string constant"
                            + " (at most " + JavaLimits.MAX_JSON_NAME_CHARS + " characters are supported)"));
            return null;
        }
        if (propSchema.isBoolean() && !propSchema.asBoolean()) {
            context.diagnostics().report(propDocument.diagnostic(Severity.WARNING, "model.false-schema", pointer,
                    "this property's schema is false, so no valid JSON has it; it is not generated"));
            return null;
        }
        String wanted = Names.lowerCamel(jsonName);
        String javaName = javaNames.allocate(isHelperName(wanted) ? wanted + "_" : wanted);
        TypeRef type = mapping.typeOf(propAt, Names.upperCamel(jsonName), scope);
        if (jsonName.isEmpty() && !(type instanceof TypeRef.Scalar)) {
            // @JsonProperty("") means "use the Java name"; "" is read and written through the any-setter
            // and any-getter, which only carry plain JSON values.
            context.diagnostics().report(propDocument.diagnosticAtKey(Severity.WARNING, "model.empty-property-name", pointer,
                    "a property with an empty name is only supported with a string, number, integer, boolean or"
                            + " untyped value; this one is ignored when JSON is read and never written"));
            return null;
        }
        boolean sensitive = context.options().sensitiveProperties().contains(jsonName) || AnnotationKeywords.sensitive(propSchema);
        // an alternative's fixed values and defaults hold only when that alternative applies
        boolean alternative = merged.fromAlternative().contains(jsonName);
        Property property = new Property(jsonName, javaName, type, merged.required().contains(jsonName),
                TypeKeywords.allowsNull(propSchema), sensitive, AnnotationKeywords.description(propSchema),
                alternative ? null : fixedValues.literal(propAt, "const", type),
                alternative ? null : fixedValues.literal(propAt, "default", type),
                alternative ? List.of() : FixedValues.allowed(propSchema, type),
                context.constraints(propAt, type));
        unrepresented.reportPatternNotJava(propAt);
        return property;
    }

    /**
     * The {@code if}/{@code then}/{@code else}s of an object whose {@code if} only tests properties of
     * the type for fixed values (and presence); any other condition is reported as not represented.
     */
    private List<Conditional> conditionals(List<SchemaLocationRef> at, List<Property> props) {
        Map<String, Property> byName = new HashMap<>();
        props.forEach(p -> byName.put(p.jsonName(), p));
        List<Conditional> out = new ArrayList<>();
        for (SchemaLocationRef c : at) {
            JsonNode condition = c.node().path("if");
            Set<String> presence = ConditionalKeywords.presence(condition);
            List<Conditional.Test> tests = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            boolean simple = true;
            for (Map.Entry<String, JsonNode> test : condition.path("properties").properties()) {
                Property p = byName.get(test.getKey());
                JsonNode fixed = ConstKeywords.fixedValue(test.getValue());
                Literal value = p == null || fixed == null ? null : fixedValues.of(p.type(), fixed);
                simple &= value != null;
                tests.add(new Conditional.Test(test.getKey(), value, presence.remove(test.getKey())));
                shown.add(test.getKey() + " = " + JsonValues.preview(fixed == null ? test.getValue() : fixed));
            }
            for (String name : presence) {
                simple &= byName.containsKey(name);
                tests.add(new Conditional.Test(name, null, true));
                shown.add(name + " is present");
            }
            simple &= !tests.isEmpty() && ConditionalKeywords.onlyTestsProperties(condition);
            if (!simple) {
                context.diagnostics().report(c.document().diagnostic(Severity.WARNING, "model.not-represented",
                        JsonPointers.append(c.pointer(), "if"), "only an \"if\" that tests properties of this type for"
                                + " fixed values (const, or an enum of one value) and presence is represented; this"
                                + " condition is not checked (the properties of \"then\" and \"else\" are optional"
                                + " properties of the type)"));
                continue;
            }
            out.add(new Conditional(String.join(" and ", shown), tests, knownOnce(ConditionalKeywords.requiredOf(c.node(), "then"),
                    byName.keySet()), knownOnce(ConditionalKeywords.requiredOf(c.node(), "else"), byName.keySet())));
        }
        return out;
    }

    /** The required names that are no named property: keys the additional-properties map must hold. */
    private static List<String> requiredKeys(Set<String> required, List<Property> props) {
        Set<String> named = new HashSet<>();
        props.forEach(p -> named.add(p.jsonName()));
        named.add(""); // as before the map had an IR type of its own (a required "" is not checked: see docs/decisions.md)
        return required.stream().filter(name -> !named.contains(name)).toList();
    }

    /** {@code dependentRequired}, and the array form of the older {@code dependencies}, over generated properties. */
    private static Map<String, List<String>> dependentRequired(JsonNode schema, List<Property> props) {
        Set<String> known = new HashSet<>();
        props.forEach(p -> known.add(p.jsonName()));
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (DependencyKeywords.Dependency dependency : DependencyKeywords.dependentRequired(schema)) {
            List<String> names = knownOnce(dependency.required(), known);
            if (known.contains(dependency.property()) && !names.isEmpty()) {
                out.putIfAbsent(dependency.property(), names);
            }
        }
        return out;
    }

    /** The names that are in {@code known}, each once, in order. */
    private static List<String> knownOnce(List<String> names, Set<String> known) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            if (known.contains(name) && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }
}
