package dev.schemapojo.core.model;

import dev.schemapojo.core.Draft;
import dev.schemapojo.core.FormatChecks;
import dev.schemapojo.core.diagnostics.Severity;
import dev.schemapojo.core.ir.Constraints;
import dev.schemapojo.core.ir.JsonRules;
import dev.schemapojo.core.ir.JsonRules.Check;
import dev.schemapojo.core.ir.JsonValue;
import dev.schemapojo.core.keywords.ConstraintKeywords;
import dev.schemapojo.core.keywords.EcmaPatterns;
import dev.schemapojo.core.keywords.FormatKeywords;
import dev.schemapojo.core.keywords.ReferenceKeywords;
import dev.schemapojo.core.load.JsonPointers;
import dev.schemapojo.core.load.JsonValues;
import dev.schemapojo.core.load.Resolution;
import dev.schemapojo.core.load.SchemaDocument;
import dev.schemapojo.core.load.SchemaLocationRef;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads a schema into {@link JsonRules}: the checks of a value held as untyped JSON, with every keyword
 * of the schema's draft that asserts something about a value ({@code format} stays an annotation, as the
 * spec's default is). Each subschema reached becomes one rule, once, so a recursive {@code $ref} is a rule
 * that names itself.
 */
final class JsonRuleModeller {
    private final ModelContext context;
    private final List<JsonRules.Rule> rules = new ArrayList<>();
    private final Map<SchemaDocument, Map<String, Integer>> indexes = new IdentityHashMap<>();

    private JsonRuleModeller(ModelContext context) {
        this.context = context;
    }

    /** The rules of the schema at {@code at}; rule 0 is its own. */
    static JsonRules of(ModelContext context, SchemaLocationRef at) {
        JsonRuleModeller modeller = new JsonRuleModeller(context);
        modeller.rule(at);
        return new JsonRules(modeller.rules);
    }

    /** The index of the rule of the schema at {@code at}, read on first use. */
    private int rule(SchemaLocationRef at) {
        Map<String, Integer> inDocument = indexes.computeIfAbsent(at.document(), d -> new HashMap<>());
        Integer known = inDocument.get(at.pointer());
        if (known != null) {
            return known;
        }
        int index = rules.size();
        inDocument.put(at.pointer(), index);
        rules.add(null); // a $ref back to this schema finds its index while its checks are read
        rules.set(index, new JsonRules.Rule(at.document().relativePath() + "#" + at.pointer(), checks(at)));
        return index;
    }

    private List<Check> checks(SchemaLocationRef at) {
        JsonNode schema = at.node();
        List<Check> checks = new ArrayList<>();
        if (schema.isBoolean()) {
            if (!schema.asBoolean()) {
                checks.add(new JsonRules.Never());
            }
            return checks;
        }
        if (!schema.isObject()) {
            return checks;
        }
        Draft draft = at.document().draft();
        boolean modern = draft == Draft.DRAFT_2020_12 || draft == Draft.DRAFT_2019_09;
        List<Integer> references = new ArrayList<>();
        for (ReferenceKeywords.Reference reference : ReferenceKeywords.all(schema)) {
            if (ModelContext.resolve(context.set(), at, reference) instanceof Resolution.Found found) {
                references.add(rule(found.target()));
            }
            if (!modern) {
                break; // draft 7 and older: a schema with $ref is its target; the keywords beside it are ignored
            }
        }
        if (!references.isEmpty()) {
            checks.add(new JsonRules.AllOf(references));
        }
        if (!modern && schema.has("$ref")) {
            return checks;
        }
        types(schema.path("type"), checks);
        if (schema.has("const") && draft != Draft.DRAFT_04) {
            checks.add(new JsonRules.OneOfValues(List.of(value(schema.path("const"))), true));
        }
        if (schema.path("enum").isArray()) {
            List<JsonValue> values = new ArrayList<>();
            schema.path("enum").forEach(v -> values.add(value(v)));
            checks.add(new JsonRules.OneOfValues(values, false));
        }
        Constraints limits = ConstraintKeywords.read(schema, false);
        if (limits.length().min() != null || limits.length().max() != null) {
            checks.add(new JsonRules.Length(limits.length().min(), limits.length().max()));
        }
        if (schema.path("pattern").isString()) {
            JsonRules.Regex regex = regex(at, JsonPointers.append(at.pointer(), "pattern"), schema.path("pattern").asString());
            if (regex != null) {
                checks.add(new JsonRules.Matches(regex));
            }
        }
        String format = format(at);
        if (format != null) {
            checks.add(new JsonRules.Format(format));
        }
        if (!limits.bounds().isEmpty() || limits.multipleOf() != null) {
            checks.add(new JsonRules.Bounds(limits.bounds(), limits.multipleOf()));
        }
        arrayChecks(at, schema, modern, limits, checks);
        objectChecks(at, schema, modern, draft, limits, checks);
        combinators(at, schema, draft, checks);
        if (modern && isSchema(schema.path("unevaluatedItems"))) {
            checks.add(new JsonRules.Unevaluated(rule(at.child("unevaluatedItems")), true));
        }
        if (modern && isSchema(schema.path("unevaluatedProperties"))) {
            checks.add(new JsonRules.Unevaluated(rule(at.child("unevaluatedProperties")), false));
        }
        return checks;
    }

    private static void types(JsonNode type, List<Check> checks) {
        List<String> kinds = new ArrayList<>();
        if (type.isString()) {
            kinds.add(type.asString());
        } else if (type.isArray()) {
            type.forEach(t -> kinds.add(t.asString()));
        } else {
            return;
        }
        checks.add(new JsonRules.Types(kinds));
    }

    private void arrayChecks(SchemaLocationRef at, JsonNode schema, boolean modern, Constraints limits, List<Check> checks) {
        if (limits.items().min() != null || limits.items().max() != null) {
            checks.add(new JsonRules.ItemCount(limits.items().min(), limits.items().max()));
        }
        if (schema.path("uniqueItems").asBoolean(false)) {
            checks.add(new JsonRules.UniqueItems());
        }
        List<Integer> prefix = new ArrayList<>();
        int rest = -1;
        boolean prefixForm = Draft.DRAFT_2020_12 == at.document().draft() ? schema.path("prefixItems").isArray()
                : schema.path("items").isArray();
        String prefixKeyword = Draft.DRAFT_2020_12 == at.document().draft() ? "prefixItems" : "items";
        if (prefixForm) {
            for (int i = 0; i < schema.path(prefixKeyword).size(); i++) {
                prefix.add(rule(at.child(prefixKeyword, i)));
            }
        }
        String restKeyword = Draft.DRAFT_2020_12 == at.document().draft() ? "items" : prefixForm ? "additionalItems" : "items";
        if (isSchema(schema.path(restKeyword)) && !(restKeyword.equals("items") && schema.path("items").isArray())) {
            rest = rule(at.child(restKeyword));
        }
        if (!prefix.isEmpty() || rest >= 0) {
            checks.add(new JsonRules.Items(prefix, rest));
        }
        if (isSchema(schema.path("contains"))) {
            BigInteger min = modern && limits.contains().min() != null ? limits.contains().min() : BigInteger.ONE;
            BigInteger max = modern ? limits.contains().max() : null;
            checks.add(new JsonRules.Contains(rule(at.child("contains")), min, max));
        }
    }

    private void objectChecks(SchemaLocationRef at, JsonNode schema, boolean modern, Draft draft, Constraints limits,
            List<Check> checks) {
        if (limits.properties().min() != null || limits.properties().max() != null) {
            checks.add(new JsonRules.PropertyCount(limits.properties().min(), limits.properties().max()));
        }
        if (schema.path("required").isArray() && !schema.path("required").isEmpty()) {
            checks.add(new JsonRules.Required(strings(schema.path("required"))));
        }
        Map<String, Integer> properties = new LinkedHashMap<>();
        schema.path("properties").propertyNames().forEach(name -> properties.put(name, rule(at.child("properties", name))));
        List<JsonRules.PatternRule> patterns = new ArrayList<>();
        for (String name : schema.path("patternProperties").propertyNames()) {
            JsonRules.Regex regex = regex(at, JsonPointers.append(JsonPointers.append(at.pointer(), "patternProperties"), name), name);
            if (regex != null) {
                patterns.add(new JsonRules.PatternRule(regex, rule(at.child("patternProperties", name))));
            }
        }
        int additional = isSchema(schema.path("additionalProperties")) ? rule(at.child("additionalProperties")) : -1;
        if (!properties.isEmpty() || !patterns.isEmpty() || additional >= 0) {
            checks.add(new JsonRules.Members(properties, patterns, additional));
        }
        Map<String, List<String>> needs = new LinkedHashMap<>();
        Map<String, Integer> dependents = new LinkedHashMap<>();
        if (modern) {
            schema.path("dependentRequired").properties().forEach(e -> needs.put(e.getKey(), strings(e.getValue())));
            for (String name : schema.path("dependentSchemas").propertyNames()) {
                dependents.put(name, rule(at.child("dependentSchemas", name)));
            }
        } else {
            for (Map.Entry<String, JsonNode> e : schema.path("dependencies").properties()) {
                if (e.getValue().isArray()) {
                    needs.put(e.getKey(), strings(e.getValue()));
                } else if (isSchema(e.getValue())) {
                    dependents.put(e.getKey(), rule(at.child("dependencies", e.getKey())));
                }
            }
        }
        if (!needs.isEmpty()) {
            checks.add(new JsonRules.DependentRequired(needs));
        }
        if (!dependents.isEmpty()) {
            checks.add(new JsonRules.DependentSchemas(dependents));
        }
        if (isSchema(schema.path("propertyNames")) && draft != Draft.DRAFT_04) {
            checks.add(new JsonRules.PropertyNames(rule(at.child("propertyNames"))));
        }
    }

    private void combinators(SchemaLocationRef at, JsonNode schema, Draft draft, List<Check> checks) {
        List<Integer> all = branches(at, "allOf");
        if (!all.isEmpty()) {
            checks.add(new JsonRules.AllOf(all));
        }
        List<Integer> any = branches(at, "anyOf");
        if (!any.isEmpty()) {
            checks.add(new JsonRules.AnyOf(any));
        }
        List<Integer> one = branches(at, "oneOf");
        if (!one.isEmpty()) {
            checks.add(new JsonRules.OneOf(one));
        }
        if (isSchema(schema.path("not"))) {
            checks.add(new JsonRules.Not(rule(at.child("not"))));
        }
        boolean conditionals = draft != Draft.DRAFT_04 && draft != Draft.DRAFT_06;
        // an if alone asserts nothing, but what it evaluates counts for unevaluatedProperties/Items when it holds
        if (conditionals && isSchema(schema.path("if"))) {
            checks.add(new JsonRules.Conditional(rule(at.child("if")),
                    isSchema(schema.path("then")) ? rule(at.child("then")) : -1,
                    isSchema(schema.path("else")) ? rule(at.child("else")) : -1));
        }
    }

    private List<Integer> branches(SchemaLocationRef at, String keyword) {
        List<Integer> out = new ArrayList<>();
        JsonNode list = at.node().path(keyword);
        if (list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                out.add(rule(at.child(keyword, i)));
            }
        }
        return out;
    }

    /**
     * The schema's {@code format} when it is asserted ({@code formats=assert}) and schemapojo knows it; else
     * null, with a warning the first time a format it does not know is met.
     */
    private String format(SchemaLocationRef at) {
        JsonNode format = at.node().path("format");
        if (context.options().formats() != FormatChecks.ASSERT || !format.isString()) {
            return null;
        }
        if (FormatKeywords.ASSERTED.contains(format.asString())) {
            return format.asString();
        }
        if (context.reportedPatterns().add("format " + format.asString())) {
            context.diagnostics().report(at.document().diagnostic(Severity.WARNING, "model.format-not-checked",
                    JsonPointers.append(at.pointer(), "format"), JsonValues.quote(format.asString()) + " is not a format"
                            + " schemapojo checks, so it stays an annotation (formats=assert checks "
                            + String.join(", ", new java.util.TreeSet<>(FormatKeywords.ASSERTED)) + ")"));
        }
        return null;
    }

    /** The pattern with its Java text; null (with a warning) when Java cannot match it as ECMA-262 does. */
    private JsonRules.Regex regex(SchemaLocationRef at, String pointer, String ecma) {
        EcmaPatterns.Translation translation = EcmaPatterns.translate(ecma);
        if (translation.ok()) {
            return new JsonRules.Regex(ecma, translation.java());
        }
        if (!context.reportedPatterns().add(at.document().relativePath() + "#" + pointer)) {
            return null;
        }
        context.diagnostics().report(at.document().diagnostic(Severity.WARNING, "model.pattern-not-java", pointer,
                JsonValues.quote(ecma) + " is not checked: " + translation.problem()
                        + " (JSON Schema patterns are ECMA-262; write one that means the same in java.util.regex)"));
        return null;
    }

    private static boolean isSchema(JsonNode node) {
        return node.isObject() || node.isBoolean();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> {
            if (v.isString()) {
                out.add(v.asString());
            }
        });
        return out;
    }

    /** A schema's JSON value as the IR holds it. */
    static JsonValue value(JsonNode node) {
        if (node.isNull() || node.isMissingNode()) {
            return new JsonValue.Null();
        }
        if (node.isBoolean()) {
            return new JsonValue.Bool(node.asBoolean());
        }
        if (node.isNumber()) {
            return new JsonValue.Num(node.decimalValue());
        }
        if (node.isString()) {
            return new JsonValue.Str(node.asString());
        }
        if (node.isArray()) {
            List<JsonValue> items = new ArrayList<>();
            node.forEach(v -> items.add(value(v)));
            return new JsonValue.Arr(items);
        }
        Map<String, JsonValue> members = new LinkedHashMap<>();
        node.properties().forEach(e -> members.put(e.getKey(), value(e.getValue())));
        return new JsonValue.Obj(members);
    }
}
