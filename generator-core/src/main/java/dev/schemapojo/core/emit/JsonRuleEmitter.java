package dev.schemapojo.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.schemapojo.core.ir.Constraints;
import dev.schemapojo.core.ir.JsonRules;
import dev.schemapojo.core.ir.JsonRules.Check;
import dev.schemapojo.core.ir.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Emits {@link JsonRules} as private static methods of the class that holds the value: one
 * {@code boolean ruleN(Object value, String at, List<String> problems)} per subschema, which adds a
 * message per broken keyword (prefixed by the JSON pointer {@code at}) and says whether it added none.
 * A combinator tests a branch by calling its method with a list of its own. The helpers the checks use
 * (JSON equality, exact decimals, JSON pointers) are emitted once into the same class, only when used.
 * The generated code is Java 11: no pattern matching, no switch expressions.
 */
final class JsonRuleEmitter {
    private static final ClassName BIG_DECIMAL = ClassName.get(BigDecimal.class);
    private static final ClassName PATTERN = ClassName.get(Pattern.class);
    private static final TypeName PROBLEMS = ParameterizedTypeName.get(JavaTypes.LIST, JavaTypes.STRING);
    private static final TypeName ANY_LIST = ParameterizedTypeName.get(JavaTypes.LIST, ClassName.get(Object.class));

    /** The helper methods a class's rules call. */
    private enum Helper { AT, CHILD, RELOCATE, KIND, INTEGER, DECIMAL, PLAIN, MULTIPLE, EQUALS, CONTAINS, UNIQUE, OBJECT, ITEMS }

    /** The most decimal places of a {@code multipleOf} (0.1, 0.01, ...) that doubles are tested against as doubles. */
    private static final int MAX_DOUBLE_DECIMALS = 15;

    private final List<MethodSpec> methods = new ArrayList<>();
    private final Set<Helper> helpers = EnumSet.noneOf(Helper.class);
    /** The formats the checks test ({@code formats=assert}), whose methods {@link FormatCheckers} adds. */
    private final Set<String> formats = new java.util.TreeSet<>();
    private final List<FieldSpec> fields = new ArrayList<>();
    /** How each pattern used so far is tested: by a plain-code matcher method or a compiled {@code Pattern} field. */
    private final Map<String, PatternTest> matchers = new HashMap<>();
    /** The method number of each rule emitted so far, by the subschema it checks: a subschema's method is emitted once. */
    private final Map<String, Integer> numbers = new HashMap<>();
    /** While one {@link JsonRules} is emitted: its rules, and the method number of each (-1: no checks). */
    private JsonRules rules;
    private int[] numbering;
    /** While one rule's method is emitted: the local that collects what it evaluates ({@code evaluated} or its own). */
    private String seen;

    /**
     * The statement that checks {@code value} (an expression, not null) by the rules and adds a message per
     * problem to the list named {@code problems}, each after the JSON pointer {@code at} (a Java expression);
     * nothing when the rules check nothing. The methods it calls are added by {@link #addTo}.
     */
    CodeBlock check(JsonRules value, CodeBlock expression, CodeBlock at, String problems) {
        int[] numbers = number(value);
        if (numbers[0] < 0) {
            return CodeBlock.of("");
        }
        return CodeBlock.of("rule$L($L, $L, $N, null);\n", numbers[0], expression, at, problems);
    }

    /** The statements that check {@code value} and throw one {@code IllegalStateException} naming every problem. */
    CodeBlock throwing(JsonRules value, String expression, String simpleName) {
        CodeBlock call = check(value, CodeBlock.of("$N", expression), CodeBlock.of("$S", ""), "problems");
        if (call.isEmpty()) {
            return call;
        }
        return CodeBlock.builder()
                .addStatement("$T problems = new $T<>()", PROBLEMS, CopyHelpers.ARRAY_LIST)
                .add(call)
                .beginControlFlow("if (!problems.isEmpty())")
                .addStatement("throw new $T($S + $T.join($S, problems))", IllegalStateException.class,
                        "Cannot build " + simpleName + ": ", String.class, "; ")
                .endControlFlow()
                .build();
    }

    /**
     * The formats whose helpers {@link #addTo} adds: those the checks test, and those a class's strict
     * reading notes here ({@link JsonScalars.Converters}), so each helper is added to the class once.
     */
    Set<String> formats() {
        return formats;
    }

    /** Adds the methods, fields and helpers of every check made so far, and the format helpers. */
    void addTo(TypeSpec.Builder spec) {
        FormatCheckers.addTo(spec, formats);
        if (methods.isEmpty()) {
            return;
        }
        helpers.add(Helper.AT);
        // the helpers the helpers call
        if (helpers.contains(Helper.UNIQUE) || helpers.contains(Helper.CONTAINS)) {
            helpers.add(Helper.EQUALS);
        }
        if (helpers.contains(Helper.EQUALS) || helpers.contains(Helper.INTEGER) || helpers.contains(Helper.PLAIN)) {
            helpers.add(Helper.DECIMAL);
        }
        spec.addFields(fields).addMethods(methods);
        helpers.forEach(h -> spec.addMethod(helper(h)));
    }

    /** Numbers the rules (reusing the methods of subschemas already emitted) and emits the new ones' methods. */
    private int[] number(JsonRules value) {
        JsonRules outer = rules;
        int[] outerNumbering = numbering;
        rules = value;
        numbering = new int[value.rules().size()];
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < numbering.length; i++) {
            JsonRules.Rule rule = value.rules().get(i);
            if (rule.checks().isEmpty()) {
                numbering[i] = -1;
            } else if (numbers.containsKey(rule.origin())) {
                numbering[i] = numbers.get(rule.origin());
            } else {
                numbering[i] = numbers.size();
                numbers.put(rule.origin(), numbering[i]);
                fresh.add(i);
            }
        }
        for (int i : fresh) {
            methods.add(method(i));
        }
        int[] out = numbering;
        rules = outer;
        numbering = outerNumbering;
        return out;
    }

    private boolean isEmpty(int rule) {
        return rule < 0 || numbering[rule] < 0;
    }

    /** An expression that is true when {@code value} matches the rule (its problems and annotations are dropped). */
    private CodeBlock matches(int rule, String value) {
        // the problems are dropped, so they need no pointer
        return isEmpty(rule) ? CodeBlock.of("true")
                : CodeBlock.of("rule$L($L, $S, new $T<>(), null)", numbering[rule], value, "", CopyHelpers.ARRAY_LIST);
    }

    /** The statement that checks {@code value}, a member or item, by the rule and adds its problems. */
    private void apply(CodeBlock.Builder code, int rule, String value, String at) {
        if (!isEmpty(rule)) {
            // the pointer is only built for a problem: the rule reports relative to "", then its messages are moved under it
            helpers.add(Helper.RELOCATE);
            code.add("{\n").indent()
                    .addStatement("int mark = problems.size()")
                    .beginControlFlow("if (!rule$L($L, $S, problems, null))", numbering[rule], value, "")
                    .addStatement("relocate(problems, mark, $L)", at)
                    .endControlFlow()
                    .unindent().add("}\n");
        }
    }

    /**
     * The statement that checks the value itself by the rule ({@code allOf}, {@code $ref}, {@code then}):
     * its problems are this rule's, and the members and items it evaluates count as this rule's.
     */
    private void applyHere(CodeBlock.Builder code, int rule) {
        if (!isEmpty(rule)) {
            code.addStatement("rule$L(value, at, problems, $N)", numbering[rule], seen);
        }
    }

    /**
     * Statements that count in {@code counter} the rules the value matches (all of them are tried), keeping
     * the annotations of those that match ({@code anyOf}, {@code oneOf}).
     */
    private void countMatches(CodeBlock.Builder code, List<Integer> branches, String counter) {
        code.addStatement("int $N = 0", counter);
        for (int rule : branches) {
            if (isEmpty(rule)) {
                code.addStatement("$N++", counter);
                continue;
            }
            code.add("{\n").indent()
                    .addStatement("$T<$T> branch = $N == null ? null : new $T<>()", Set.class, Object.class, seen, HashSet.class)
                    .beginControlFlow("if (rule$L(value, at, new $T<>(), branch))", numbering[rule], CopyHelpers.ARRAY_LIST)
                    .addStatement("$N++", counter)
                    .beginControlFlow("if (branch != null)")
                    .addStatement("$N.addAll(branch)", seen)
                    .endControlFlow()
                    .endControlFlow()
                    .unindent().add("}\n");
        }
    }

    /** The statement that notes a member name or item index as evaluated, for unevaluatedProperties/Items. */
    private void annotate(CodeBlock.Builder code, String key) {
        code.beginControlFlow("if ($N != null)", seen).addStatement("$N.add($L)", seen, key).endControlFlow();
    }

    private CodeBlock problem(String at, CodeBlock message) {
        return CodeBlock.of("problems.add(at($L, $L))", at, message);
    }

    private MethodSpec method(int index) {
        JsonRules.Rule rule = rules.rules().get(index);
        CodeBlock.Builder code = CodeBlock.builder().addStatement("int before = problems.size()");
        boolean unevaluated = rule.checks().stream().anyMatch(c -> c instanceof JsonRules.Unevaluated);
        // a schema with unevaluated* collects what its own keywords evaluate; the others note it for the caller's
        seen = unevaluated ? "local" : "evaluated";
        if (unevaluated) {
            code.addStatement("$T<$T> local = new $T<>()", Set.class, Object.class, HashSet.class);
        }
        for (Check check : rule.checks()) {
            check(code, check);
        }
        if (unevaluated) {
            code.beginControlFlow("if (evaluated != null)").addStatement("evaluated.addAll(local)").endControlFlow();
        }
        return MethodSpec.methodBuilder("rule" + numbering[index])
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("Checks a value by the schema at $L: adds a message per problem to {@code problems}"
                        + " and, when {@code evaluated} is not null, the member names and item indexes the schema evaluates"
                        + " to it.\n\n@return whether the value matches\n", Javadocs.code(rule.origin()))
                .returns(boolean.class)
                .addParameter(Object.class, "value")
                .addParameter(String.class, "at")
                .addParameter(PROBLEMS, "problems")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Set.class), ClassName.get(Object.class)), "evaluated")
                .addCode(code.build())
                .addStatement("return problems.size() == before")
                .build();
    }

    private void check(CodeBlock.Builder code, Check check) {
        if (check instanceof JsonRules.Never n) {
            code.addStatement(problem("at", CodeBlock.of("$S", "no value is valid here (the schema is false)")));
        } else if (check instanceof JsonRules.Types t) {
            types(code, t);
        } else if (check instanceof JsonRules.OneOfValues v) {
            values(code, v);
        } else if (check instanceof JsonRules.Length l) {
            code.beginControlFlow("if (value instanceof $T)", String.class)
                    .addStatement("int length = (($T) value).codePointCount(0, (($T) value).length())", String.class, String.class);
            range(code, "length", "length", l.min(), l.max(), "Length");
            code.endControlFlow();
        } else if (check instanceof JsonRules.Matches m) {
            code.beginControlFlow("if (value instanceof $T && !$L)", String.class, matches(m.pattern(), CodeBlock.of("($T) value", String.class)))
                    .addStatement(problem("at", CodeBlock.of("$L", Literals.string("does not match the pattern " + shortened(m.pattern().ecma())))))
                    .endControlFlow();
        } else if (check instanceof JsonRules.Format f) {
            formats.add(f.name());
            code.beginControlFlow("if (value instanceof $T && !$L)", String.class, FormatCheckers.test(f.name(), CodeBlock.of("($T) value", String.class)))
                    .addStatement(problem("at", CodeBlock.of("$L", Literals.string("is not a valid " + f.name() + " (format)"))))
                    .endControlFlow();
        } else if (check instanceof JsonRules.Bounds b) {
            bounds(code, b);
        } else if (check instanceof JsonRules.ItemCount c) {
            code.beginControlFlow("if (value instanceof $T)", Collection.class)
                    .addStatement("int count = (($T<?>) value).size()", Collection.class);
            range(code, "count", "item count", c.min(), c.max(), "Items");
            code.endControlFlow();
        } else if (check instanceof JsonRules.UniqueItems u) {
            helpers.add(Helper.UNIQUE);
            helpers.add(Helper.ITEMS);
            code.beginControlFlow("if (value instanceof $T && !uniqueJson(itemsOf(value)))", Collection.class)
                    .addStatement(problem("at", CodeBlock.of("$S", "items repeat, but the schema says uniqueItems")))
                    .endControlFlow();
        } else if (check instanceof JsonRules.Items i) {
            items(code, i);
        } else if (check instanceof JsonRules.Contains c) {
            contains(code, c);
        } else if (check instanceof JsonRules.PropertyCount c) {
            code.beginControlFlow("if (value instanceof $T)", Map.class)
                    .addStatement("int count = (($T<?, ?>) value).size()", Map.class);
            range(code, "count", "property count", c.min(), c.max(), "Properties");
            code.endControlFlow();
        } else if (check instanceof JsonRules.Required r) {
            code.beginControlFlow("if (value instanceof $T)", Map.class)
                    .addStatement("$T missing = new $T<>()", PROBLEMS, CopyHelpers.ARRAY_LIST);
            for (String name : r.names()) {
                code.beginControlFlow("if (!(($T<?, ?>) value).containsKey($L))", Map.class, Literals.string(name))
                        .addStatement("missing.add($L)", Literals.string(name))
                        .endControlFlow();
            }
            code.beginControlFlow("if (!missing.isEmpty())")
                    .addStatement(problem("at", CodeBlock.of("$S + missing", "missing required properties ")))
                    .endControlFlow()
                    .endControlFlow();
        } else if (check instanceof JsonRules.Members m) {
            members(code, m);
        } else if (check instanceof JsonRules.DependentRequired d) {
            code.beginControlFlow("if (value instanceof $T)", Map.class);
            d.needs().forEach((name, needed) -> {
                for (String other : needed) {
                    code.beginControlFlow("if ((($T<?, ?>) value).containsKey($L) && !(($T<?, ?>) value).containsKey($L))",
                                    Map.class, Literals.string(name), Map.class, Literals.string(other))
                            .addStatement(problem("at", Literals.string("dependentRequired not met: " + name
                                    + " is present without " + other)))
                            .endControlFlow();
                }
            });
            code.endControlFlow();
        } else if (check instanceof JsonRules.DependentSchemas d) {
            code.beginControlFlow("if (value instanceof $T)", Map.class);
            d.rules().forEach((name, rule) -> {
                if (!isEmpty(rule)) {
                    code.beginControlFlow("if ((($T<?, ?>) value).containsKey($L))", Map.class, Literals.string(name));
                    applyHere(code, rule);
                    code.endControlFlow();
                }
            });
            code.endControlFlow();
        } else if (check instanceof JsonRules.PropertyNames p) {
            if (!isEmpty(p.rule())) {
                helpers.add(Helper.CHILD);
                code.beginControlFlow("if (value instanceof $T)", Map.class)
                        .beginControlFlow("for ($T key : (($T<?, ?>) value).keySet())", Object.class, Map.class)
                        .addStatement("$T name = $T.valueOf(key)", String.class, String.class)
                        .beginControlFlow("if (!$L)", matches(p.rule(), "name"))
                        .addStatement(problem("childAt(at, name)", CodeBlock.of("$S", "the name does not match propertyNames")))
                        .endControlFlow()
                        .endControlFlow()
                        .endControlFlow();
            }
        } else if (check instanceof JsonRules.AllOf a) {
            a.rules().forEach(rule -> applyHere(code, rule));
        } else if (check instanceof JsonRules.AnyOf a) {
            code.add("{\n").indent();
            countMatches(code, a.rules(), "matched");
            code.beginControlFlow("if (matched == 0)")
                    .addStatement(problem("at", CodeBlock.of("$S", "matches none of the anyOf schemas")))
                    .endControlFlow()
                    .unindent().add("}\n");
        } else if (check instanceof JsonRules.OneOf o) {
            code.add("{\n").indent();
            countMatches(code, o.rules(), "matched");
            code.beginControlFlow("if (matched != 1)")
                    .addStatement(problem("at", CodeBlock.of("\"matches \" + matched + $S", " of the oneOf schemas, not exactly one")))
                    .endControlFlow()
                    .unindent().add("}\n");
        } else if (check instanceof JsonRules.Not n) {
            code.beginControlFlow("if ($L)", matches(n.rule(), "value"))
                .addStatement(problem("at", CodeBlock.of("$S", "matches the schema that not forbids")))
                .endControlFlow();
        } else if (check instanceof JsonRules.Conditional c) {
            if (isEmpty(c.condition()) && isEmpty(c.then()) && isEmpty(c.otherwise())) {
                return;
            }
            code.add("{\n").indent();
            if (isEmpty(c.condition())) {
                code.addStatement("boolean holds = true");
            } else {
                code.addStatement("$T<$T> condition = $N == null ? null : new $T<>()", Set.class, Object.class, seen, HashSet.class)
                        .addStatement("boolean holds = rule$L(value, at, new $T<>(), condition)", numbering[c.condition()],
                                CopyHelpers.ARRAY_LIST)
                        .beginControlFlow("if (holds && condition != null)")
                        .addStatement("$N.addAll(condition)", seen)
                        .endControlFlow();
            }
            code.beginControlFlow("if (holds)");
            applyHere(code, c.then());
            if (!isEmpty(c.otherwise())) {
                code.nextControlFlow("else");
                applyHere(code, c.otherwise());
            }
            code.endControlFlow().unindent().add("}\n");
        } else if (check instanceof JsonRules.Unevaluated u) {
            unevaluated(code, u);
        }
    }

    private void types(CodeBlock.Builder code, JsonRules.Types t) {
        List<CodeBlock> tests = new ArrayList<>();
        for (String kind : t.kinds()) {
            switch (kind) {
                case "null" -> tests.add(CodeBlock.of("value == null"));
                case "boolean" -> tests.add(CodeBlock.of("value instanceof $T", Boolean.class));
                case "string" -> tests.add(CodeBlock.of("value instanceof $T", String.class));
                case "number" -> tests.add(CodeBlock.of("value instanceof $T", Number.class));
                case "integer" -> {
                    helpers.add(Helper.INTEGER);
                    tests.add(CodeBlock.of("isInteger(value)"));
                }
                case "array" -> tests.add(CodeBlock.of("value instanceof $T", Collection.class));
                case "object" -> tests.add(CodeBlock.of("value instanceof $T", Map.class));
                default -> { } // no such JSON type: the meta-schema check reports it
            }
        }
        helpers.add(Helper.KIND);
        code.beginControlFlow("if (!($L))", tests.isEmpty() ? CodeBlock.of("false") : CodeBlock.join(tests, " || "))
                .addStatement(problem("at", CodeBlock.of("kindOf(value) + $S", " is not of type " + String.join(", ", t.kinds()))))
                .endControlFlow();
    }

    private void values(CodeBlock.Builder code, JsonRules.OneOfValues v) {
        helpers.add(Helper.CONTAINS);
        CodeBlock list = CodeBlock.of("$T.asList($L)", Arrays.class,
                CodeBlock.join(v.values().stream().map(this::literal).toList(), ", "));
        String field = field(ANY_LIST, v.isConst() ? "CONST" : "ENUM", v.values().isEmpty()
                ? CodeBlock.of("$T.emptyList()", ClassName.get("java.util", "Collections")) : list);
        code.beginControlFlow("if (!containsJson($N, value))", field)
                .addStatement(problem("at", CodeBlock.of("$S", v.isConst() ? "not the schema's const value"
                        : "not one of the schema's enum values")))
                .endControlFlow();
    }

    /** A Java expression that builds the JSON value as Jackson would read it into {@code Object}. */
    private CodeBlock literal(JsonValue value) {
        if (value instanceof JsonValue.Bool b) {
            return CodeBlock.of("$T.$L", Boolean.class, b.value() ? "TRUE" : "FALSE");
        }
        if (value instanceof JsonValue.Num n) {
            return CodeBlock.of("new $T($S)", BIG_DECIMAL, n.value().toString());
        }
        if (value instanceof JsonValue.Str s) {
            return Literals.string(s.value());
        }
        if (value instanceof JsonValue.Arr a) {
            return a.items().isEmpty() ? CodeBlock.of("new $T<>()", CopyHelpers.ARRAY_LIST)
                    : CodeBlock.of("$T.asList($L)", Arrays.class, CodeBlock.join(a.items().stream().map(this::literal).toList(), ", "));
        }
        if (value instanceof JsonValue.Obj o) {
            helpers.add(Helper.OBJECT);
            List<CodeBlock> members = new ArrayList<>();
            o.members().forEach((k, v) -> members.add(CodeBlock.of("$L, $L", Literals.string(k), literal(v))));
            return CodeBlock.of("objectOf($L)", CodeBlock.join(members, ", "));
        }
        return CodeBlock.of("(Object) null"); // cast: a lone null argument to asList would be its array
    }

    /**
     * Whether the string {@code text} matches the pattern: a call of a plain-code matcher when
     * {@link PatternMatchers} has one for it, else a search with the compiled translation. Each pattern's
     * matcher or field is emitted once per class.
     */
    private CodeBlock matches(JsonRules.Regex pattern, CodeBlock text) {
        PatternTest test = matchers.get(pattern.ecma());
        if (test == null) {
            Optional<PatternMatchers.Simple> simple = PatternMatchers.parse(pattern.ecma());
            if (simple.isPresent()) {
                test = new PatternTest("pattern" + matchers.size(), true);
                methods.add(PatternMatchers.method(test.name(), pattern.ecma(), simple.get()));
            } else {
                test = new PatternTest(field(PATTERN, "PATTERN", CodeBlock.of("$T.compile($L)", PATTERN, Literals.string(pattern.java()))), false);
            }
            matchers.put(pattern.ecma(), test);
        }
        return test.plainCode()
                ? CodeBlock.of("$N($L, 0)", test.name(), text)
                : CodeBlock.of("$N.matcher($L).find()", test.name(), text);
    }

    /** A pattern's test: the name of its matcher method ({@code plainCode}) or of its {@code Pattern} field. */
    private record PatternTest(String name, boolean plainCode) {}

    /** A private static final field of the class, named {@code prefix_N}. */
    private String field(TypeName type, String prefix, CodeBlock initializer) {
        String name = prefix + "_" + fields.size();
        fields.add(FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(initializer).build());
        return name;
    }

    /** min/max checks of a count in {@code variable}; a limit beyond {@code int} fails every value (min) or none (max). */
    private void range(CodeBlock.Builder code, String variable, String shown, BigInteger min, BigInteger max, String what) {
        if (min != null && (Constraints.Range.fitsInt(min) || min.signum() > 0)) {
            code.beginControlFlow("if ($L)", Constraints.Range.fitsInt(min) ? CodeBlock.of("$N < $L", variable, min) : CodeBlock.of("true"))
                    .addStatement(problem("at", CodeBlock.of("$S + $N + $S", shown + " ", variable, " is below min" + what + " "
                            + Constraints.Range.shown(min))))
                    .endControlFlow();
        }
        if (max != null && Constraints.Range.fitsInt(max)) {
            code.beginControlFlow("if ($N > $L)", variable, max)
                    .addStatement(problem("at", CodeBlock.of("$S + $N + $S", shown + " ", variable, " is above max" + what + " " + max)))
                    .endControlFlow();
        }
    }

    private void bounds(CodeBlock.Builder code, JsonRules.Bounds b) {
        helpers.add(Helper.DECIMAL);
        code.beginControlFlow("if (value instanceof $T)", Number.class);
        BigDecimal step = b.multipleOf() == null || b.multipleOf().signum() <= 0 ? null : b.multipleOf().stripTrailingZeros();
        boolean asLongs = b.bounds().stream().allMatch(bound -> isLong(bound.value())) && (step == null || isLong(step));
        // 0.1, 0.01, ...: a double is a multiple when its shortest decimal form has no digits below the step
        int decimals = step != null && step.unscaledValue().equals(BigInteger.ONE) && step.scale() > 0
                && step.scale() <= MAX_DOUBLE_DECIMALS ? step.scale() : 0;
        boolean asDoubles = (step == null ? !b.bounds().isEmpty() : decimals > 0)
                && b.bounds().stream().allMatch(bound -> isShortestDouble(bound.value()));
        boolean fastPath = asLongs || asDoubles;
        if (asLongs) {
            // an integer against integer bounds (and an integer multipleOf): compared as longs, exactly
            code.beginControlFlow("if (value instanceof $T || value instanceof $T)", Integer.class, Long.class)
                    .addStatement("long number = (($T) value).longValue()", Number.class);
            for (Constraints.Bound bound : b.bounds()) {
                code.beginControlFlow("if (number $L $LL)", bound.breaksWhenComparedTo().split(" ")[0], bound.value().longValueExact())
                        .addStatement(problem("at", CodeBlock.of("number + $S", bound.relation() + bound.keyword() + " "
                                + Literals.number(bound.value()))))
                        .endControlFlow();
            }
            if (step != null) {
                code.beginControlFlow("if (number % $LL != 0)", step.longValueExact())
                        .addStatement(problem("at", CodeBlock.of("number + $S", " is not a multiple of " + Literals.number(b.multipleOf()))))
                        .endControlFlow();
            }
        }
        if (asDoubles) {
            // bounds that are doubles written the way Java writes them: a double breaks them exactly when its
            // shortest decimal form does, so a double is compared as one. A decimal step: below 10^15 after
            // scaling, a decimal of at most 15 digits is the only one that short for its double, so the
            // double is a multiple exactly when the rounded scaled value, scaled back, is the double itself.
            helpers.add(Helper.PLAIN);
            String scale = "1.0E" + decimals;
            CodeBlock condition = decimals > 0
                    ? CodeBlock.of("value instanceof $T && $T.abs(($T) value * $L) < 1.0E15", Double.class, Math.class, Double.class, scale)
                    : CodeBlock.of("value instanceof $T", Double.class);
            if (asLongs) {
                code.nextControlFlow("else if ($L)", condition);
            } else {
                code.beginControlFlow("if ($L)", condition);
            }
            code.addStatement("double number = ($T) value", Double.class);
            for (Constraints.Bound bound : b.bounds()) {
                code.beginControlFlow("if (number $L $L)", bound.breaksWhenComparedTo().split(" ")[0], Double.toString(bound.value().doubleValue()))
                        .addStatement(problem("at", CodeBlock.of("plainOf(number) + $S", bound.relation() + bound.keyword() + " "
                                + Literals.number(bound.value()))))
                        .endControlFlow();
            }
            if (decimals > 0) {
                code.beginControlFlow("if ($T.rint(number * $L) / $L != number)", Math.class, scale, scale)
                        .addStatement(problem("at", CodeBlock.of("plainOf(number) + $S", " is not a multiple of "
                                + Literals.number(b.multipleOf()))))
                        .endControlFlow();
            }
        }
        if (fastPath) {
            code.nextControlFlow("else");
        }
        helpers.add(Helper.PLAIN);
        code.addStatement("$T number = decimalOf(($T) value)", BIG_DECIMAL, Number.class)
                .beginControlFlow("if (number == null)")
                .addStatement(problem("at", CodeBlock.of("value + $S", " is beyond the range of a Java double, so its "
                        + (b.multipleOf() != null && b.bounds().isEmpty() ? "multipleOf" : "bounds") + " cannot be checked")))
                .nextControlFlow("else");
        for (Constraints.Bound bound : b.bounds()) {
            String limit = field(BIG_DECIMAL, "BOUND", CodeBlock.of("new $T($S)", BIG_DECIMAL, bound.value().toString()));
            code.beginControlFlow("if (number.compareTo($N) $L)", limit, bound.breaksWhenComparedTo())
                    .addStatement(problem("at", CodeBlock.of("plainOf(number) + $S", bound.relation() + bound.keyword() + " "
                            + Literals.number(bound.value()))))
                    .endControlFlow();
        }
        if (step != null) {
            if (step.unscaledValue().equals(BigInteger.ONE)) {
                // a power of ten: a multiple has no digits below it
                code.beginControlFlow("if (number.scale() > $L && number.signum() != 0 && number.stripTrailingZeros().scale() > $L)",
                        step.scale(), step.scale());
            } else {
                helpers.add(Helper.MULTIPLE);
                code.beginControlFlow("if (!isMultipleOf(number, $N))",
                        field(BIG_DECIMAL, "MULTIPLE_OF", CodeBlock.of("new $T($S)", BIG_DECIMAL, b.multipleOf().toString())));
            }
            code.addStatement(problem("at", CodeBlock.of("plainOf(number) + $S", " is not a multiple of "
                            + Literals.number(b.multipleOf()))))
                    .endControlFlow();
        }
        code.endControlFlow();
        if (fastPath) {
            code.endControlFlow();
        }
        code.endControlFlow();
    }

    /** A schema's text for a message: up to 200 characters, then {@code ...}. */
    private static String shortened(String text) {
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }

    /** Whether a number is an integer a {@code long} holds. */
    private static boolean isLong(BigDecimal number) {
        try {
            number.longValueExact();
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    /** Whether a bound is a double whose shortest decimal form ({@link Double#toString}) is the bound itself. */
    private static boolean isShortestDouble(BigDecimal bound) {
        double d = bound.doubleValue();
        return !Double.isInfinite(d) && new BigDecimal(d).compareTo(bound) == 0 && new BigDecimal(Double.toString(d)).compareTo(bound) == 0;
    }

    private void items(CodeBlock.Builder code, JsonRules.Items i) {
        helpers.add(Helper.ITEMS);
        code.beginControlFlow("if (value instanceof $T)", Collection.class)
                .addStatement("$T<?> items = itemsOf(value)", List.class);
        for (int p = 0; p < i.prefix().size(); p++) {
            code.beginControlFlow("if (items.size() > $L)", p);
            apply(code, i.prefix().get(p), "items.get(" + p + ")", "at + \"/" + p + "\"");
            annotate(code, String.valueOf(p));
            code.endControlFlow();
        }
        if (i.rest() >= 0) {
            code.beginControlFlow("for (int i = $L; i < items.size(); i++)", i.prefix().size());
            apply(code, i.rest(), "items.get(i)", "at + \"/\" + i");
            annotate(code, "i");
            code.endControlFlow();
        }
        code.endControlFlow();
    }

    private void contains(CodeBlock.Builder code, JsonRules.Contains c) {
        helpers.add(Helper.ITEMS);
        code.beginControlFlow("if (value instanceof $T)", Collection.class)
                .addStatement("$T<?> items = itemsOf(value)", List.class)
                .addStatement("int matching = 0")
                .beginControlFlow("for (int i = 0; i < items.size(); i++)")
                .beginControlFlow("if ($L)", matches(c.rule(), "items.get(i)"))
                .addStatement("matching++");
        annotate(code, "i");
        code.endControlFlow()
                .endControlFlow();
        if (c.min().signum() > 0) {
            code.beginControlFlow("if ($L)", Constraints.Range.fitsInt(c.min()) ? CodeBlock.of("matching < $L", c.min()) : CodeBlock.of("true"))
                    .addStatement(problem("at", CodeBlock.of("matching + $S", " items match contains, fewer than minContains " + Constraints.Range.shown(c.min()))))
                    .endControlFlow();
        }
        if (c.max() != null && Constraints.Range.fitsInt(c.max())) {
            code.beginControlFlow("if (matching > $L)", c.max())
                    .addStatement(problem("at", CodeBlock.of("matching + $S", " items match contains, more than maxContains " + c.max())))
                    .endControlFlow();
        }
        code.endControlFlow();
    }

    /**
     * {@code properties}, {@code patternProperties} and {@code additionalProperties}: each member is checked
     * by the rules that name it, and noted as evaluated (a member named by a subschema that checks nothing
     * counts too).
     */
    private void members(CodeBlock.Builder code, JsonRules.Members m) {
        helpers.add(Helper.CHILD);
        boolean additional = m.additional() >= 0;
        code.beginControlFlow("if (value instanceof $T)", Map.class)
                .beginControlFlow("for ($T.Entry<?, ?> member : (($T<?, ?>) value).entrySet())", Map.class, Map.class)
                .addStatement("$T name = $T.valueOf(member.getKey())", String.class, String.class)
                .addStatement("boolean named = false");
        if (!m.properties().isEmpty()) {
            code.beginControlFlow("switch (name)");
            for (Map.Entry<String, Integer> p : m.properties().entrySet()) {
                code.add("case $L:\n", Literals.string(p.getKey())).indent();
                code.addStatement("named = true");
                apply(code, p.getValue(), "member.getValue()", "childAt(at, name)");
                code.addStatement("break").unindent();
            }
            code.add("default:\n").indent().addStatement("break").unindent();
            code.endControlFlow();
        }
        for (JsonRules.PatternRule p : m.patterns()) {
            code.beginControlFlow("if ($L)", matches(p.pattern(), CodeBlock.of("name")));
            code.addStatement("named = true");
            apply(code, p.rule(), "member.getValue()", "childAt(at, name)");
            code.endControlFlow();
        }
        if (additional) {
            code.beginControlFlow("if (!named)");
            apply(code, m.additional(), "member.getValue()", "childAt(at, name)");
            code.endControlFlow();
        }
        code.beginControlFlow("if ($L)", additional ? CodeBlock.of("$N != null", seen) : CodeBlock.of("named && $N != null", seen))
                .addStatement("$N.add(name)", seen)
                .endControlFlow();
        code.endControlFlow().endControlFlow();
    }

    /** {@code unevaluatedProperties}/{@code unevaluatedItems}: the rule for what no other keyword evaluated; then all is evaluated. */
    private void unevaluated(CodeBlock.Builder code, JsonRules.Unevaluated u) {
        if (u.items()) {
            helpers.add(Helper.ITEMS);
            code.beginControlFlow("if (value instanceof $T)", Collection.class)
                    .addStatement("$T<?> items = itemsOf(value)", List.class)
                    .beginControlFlow("for (int i = 0; i < items.size(); i++)")
                    .beginControlFlow("if (!$N.contains(i))", seen);
            apply(code, u.rule(), "items.get(i)", "at + \"/\" + i");
            code.addStatement("$N.add(i)", seen).endControlFlow().endControlFlow().endControlFlow();
            return;
        }
        helpers.add(Helper.CHILD);
        code.beginControlFlow("if (value instanceof $T)", Map.class)
                .beginControlFlow("for ($T.Entry<?, ?> member : (($T<?, ?>) value).entrySet())", Map.class, Map.class)
                .addStatement("$T name = $T.valueOf(member.getKey())", String.class, String.class)
                .beginControlFlow("if (!$N.contains(name))", seen);
        apply(code, u.rule(), "member.getValue()", "childAt(at, name)");
        code.addStatement("$N.add(name)", seen).endControlFlow().endControlFlow().endControlFlow();
    }

    private static MethodSpec helper(Helper helper) {
        return switch (helper) {
            case AT -> MethodSpec.methodBuilder("at").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(String.class)
                    .addJavadoc("A problem's message, after the JSON pointer of the value it is about (none for the whole value).\n")
                    .addParameter(String.class, "at").addParameter(String.class, "message")
                    .addStatement("return at.isEmpty() ? message : at + $S + message", ": ")
                    .build();
            case CHILD -> MethodSpec.methodBuilder("childAt").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(String.class)
                    .addJavadoc("The JSON pointer of a member: {@code ~} and {@code /} in its name escaped.\n")
                    .addParameter(String.class, "at").addParameter(String.class, "name")
                    .addStatement("return at + $S + name.replace($S, $S).replace($S, $S)", "/", "~", "~0", "/", "~1")
                    .build();
            case RELOCATE -> MethodSpec.methodBuilder("relocate").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addJavadoc("Moves the problems from {@code from} on, reported relative to a member or item, under its JSON pointer.\n")
                    .addParameter(PROBLEMS, "problems").addParameter(int.class, "from").addParameter(String.class, "at")
                    .beginControlFlow("for (int i = from; i < problems.size(); i++)")
                    .addStatement("$T message = problems.get(i)", String.class)
                    .addStatement("problems.set(i, message.startsWith($S) ? at + message : at + $S + message)", "/", ": ")
                    .endControlFlow()
                    .build();
            case KIND -> MethodSpec.methodBuilder("kindOf").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(String.class)
                    .addJavadoc("What JSON a value is, for messages.\n")
                    .addParameter(Object.class, "value")
                    .addStatement("return value == null ? $S : value instanceof $T ? $S : value instanceof $T ? $S"
                                    + " : value instanceof $T ? $S + value : value instanceof $T ? $S : value instanceof $T ? $S : $S",
                            "null", Boolean.class, "a boolean", String.class, "a string", Number.class, "the number ",
                            Collection.class, "an array", Map.class, "an object", "a Java object")
                    .build();
            case INTEGER -> MethodSpec.methodBuilder("isInteger").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(boolean.class)
                    .addJavadoc("Whether a value is a JSON integer: a number with no fraction ({@code 1.0} is one).\n")
                    .addParameter(Object.class, "value")
                    .beginControlFlow("if (value instanceof $T || value instanceof $T || value instanceof $T)", Integer.class, Long.class,
                            java.math.BigInteger.class)
                    .addStatement("return true")
                    .endControlFlow()
                    .beginControlFlow("if (!(value instanceof $T))", Number.class)
                    .addStatement("return false")
                    .endControlFlow()
                    .addStatement("$T number = decimalOf(($T) value)", BIG_DECIMAL, Number.class)
                    .addStatement("return number != null && (number.signum() == 0 || number.stripTrailingZeros().scale() <= 0)")
                    .build();
            case DECIMAL -> MethodSpec.methodBuilder("decimalOf").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(BIG_DECIMAL)
                    .addJavadoc("A number as an exact decimal ({@code double}s by their shortest decimal form), or null for"
                            + " infinity and NaN.\n")
                    .addParameter(Number.class, "number")
                    .beginControlFlow("if (number instanceof $T)", BIG_DECIMAL)
                    .addStatement("return ($T) number", BIG_DECIMAL)
                    .endControlFlow()
                    .beginControlFlow("if (number instanceof $T || number instanceof $T)", Integer.class, Long.class)
                    .addStatement("return $T.valueOf(number.longValue())", BIG_DECIMAL)
                    .endControlFlow()
                    .beginControlFlow("try")
                    .addStatement("return new $T(number.toString())", BIG_DECIMAL)
                    .nextControlFlow("catch ($T e)", NumberFormatException.class)
                    .addStatement("return null")
                    .endControlFlow()
                    .build();
            case MULTIPLE -> MethodSpec.methodBuilder("isMultipleOf").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(boolean.class)
                    .addJavadoc("Whether {@code number} is a whole multiple of {@code step} (which is above 0), exactly and in"
                            + " time that does not grow with\nthe numbers' exponents: {@code remainder} of 1e2147483647 would"
                            + " compute a number of two billion digits.\n")
                    .addParameter(BIG_DECIMAL, "number")
                    .addParameter(BIG_DECIMAL, "step")
                    .addStatement("$T digits = number.unscaledValue()", BigInteger.class)
                    .addStatement("$T divisor = step.unscaledValue()", BigInteger.class)
                    .beginControlFlow("if (digits.signum() == 0)")
                    .addStatement("return true")
                    .endControlFlow()
                    .addComment("number / step = (digits / divisor) * 10^shift")
                    .addStatement("long shift = (long) step.scale() - number.scale()")
                    .beginControlFlow("if (shift >= 0)")
                    .addStatement("return digits.mod(divisor).multiply($T.TEN.modPow($T.valueOf(shift), divisor)).mod(divisor)"
                            + ".signum() == 0", BigInteger.class, BigInteger.class)
                    .endControlFlow()
                    .beginControlFlow("if (-shift > digits.bitLength())")
                    .addComment("divisor * 10^-shift is larger than digits, which is not 0")
                    .addStatement("return false")
                    .endControlFlow()
                    .addStatement("return digits.mod(divisor.multiply($T.TEN.pow((int) -shift))).signum() == 0", BigInteger.class)
                    .build();
            case PLAIN -> MethodSpec.methodBuilder("plainOf").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(String.class)
                    .addJavadoc("A number as its decimal for messages, or as 1E+400 where the decimal would be long.\n")
                    .addParameter(Number.class, "number")
                    .addStatement("$T decimal = decimalOf(number)", BIG_DECIMAL)
                    .beginControlFlow("if (decimal == null)")
                    .addStatement("return $T.valueOf(number)", String.class)
                    .endControlFlow()
                    .addStatement("return decimal.scale() < $L || decimal.scale() - decimal.precision() > $L ? decimal.toString()"
                            + " : decimal.toPlainString()", -Literals.PLAIN_DIGITS, Literals.PLAIN_DIGITS)
                    .build();
            case EQUALS -> jsonEquals();
            case ITEMS -> MethodSpec.methodBuilder("itemsOf").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(ParameterizedTypeName.get(JavaTypes.LIST, com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class)))
                    .addJavadoc("A JSON array's items in order (a uniqueItems array may be held as an ordered set).\n")
                    .addParameter(Object.class, "array")
                    .addStatement("return array instanceof $T ? ($T<?>) array : new $T<>(($T<?>) array)", List.class, List.class,
                            CopyHelpers.ARRAY_LIST, Collection.class)
                    .build();
            case CONTAINS -> MethodSpec.methodBuilder("containsJson").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(boolean.class)
                    .addJavadoc("Whether one of the values equals the value as JSON.\n")
                    .addParameter(ANY_LIST, "values").addParameter(Object.class, "value")
                    .beginControlFlow("for ($T candidate : values)", Object.class)
                    .beginControlFlow("if (jsonEquals(candidate, value))")
                    .addStatement("return true")
                    .endControlFlow()
                    .endControlFlow()
                    .addStatement("return false")
                    .build();
            case OBJECT -> MethodSpec.methodBuilder("objectOf").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(ParameterizedTypeName.get(JavaTypes.MAP, JavaTypes.STRING, ClassName.get(Object.class)))
                    .addJavadoc("A JSON object as Jackson reads one: names and values in turn.\n")
                    .addParameter(Object[].class, "namesAndValues").varargs()
                    .addStatement("$T<$T, $T> members = new $T<>()", JavaTypes.MAP, String.class, Object.class, CopyHelpers.LINKED_HASH_MAP)
                    .beginControlFlow("for (int i = 0; i < namesAndValues.length; i += 2)")
                    .addStatement("members.put(($T) namesAndValues[i], namesAndValues[i + 1])", String.class)
                    .endControlFlow()
                    .addStatement("return members")
                    .build();
            case UNIQUE -> MethodSpec.methodBuilder("uniqueJson").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(boolean.class)
                    .addJavadoc("Whether no two items are equal as JSON.\n")
                    .addParameter(ParameterizedTypeName.get(JavaTypes.LIST, com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class)), "items")
                    .beginControlFlow("for (int i = 0; i < items.size(); i++)")
                    .beginControlFlow("for (int j = i + 1; j < items.size(); j++)")
                    .beginControlFlow("if (jsonEquals(items.get(i), items.get(j)))")
                    .addStatement("return false")
                    .endControlFlow()
                    .endControlFlow()
                    .endControlFlow()
                    .addStatement("return true")
                    .build();
        };
    }

    /** {@code jsonEquals} and {@code containsJson}: JSON equality (numbers by value, members in any order). */
    private static MethodSpec jsonEquals() {
        return MethodSpec.methodBuilder("jsonEquals").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(boolean.class)
                .addJavadoc("Whether two values are equal as JSON: numbers by value ({@code 1} equals {@code 1.0}), objects"
                        + " whatever the order of their members, booleans never equal to numbers.\n")
                .addParameter(Object.class, "a").addParameter(Object.class, "b")
                .beginControlFlow("if (a instanceof $T && b instanceof $T)", Number.class, Number.class)
                .addStatement("$T x = decimalOf(($T) a)", BIG_DECIMAL, Number.class)
                .addStatement("$T y = decimalOf(($T) b)", BIG_DECIMAL, Number.class)
                .addStatement("return x != null && y != null ? x.compareTo(y) == 0 : a.equals(b)")
                .endControlFlow()
                .beginControlFlow("if (a instanceof $T && b instanceof $T)", List.class, List.class)
                .addStatement("$T<?> x = ($T<?>) a", List.class, List.class)
                .addStatement("$T<?> y = ($T<?>) b", List.class, List.class)
                .beginControlFlow("if (x.size() != y.size())")
                .addStatement("return false")
                .endControlFlow()
                .beginControlFlow("for (int i = 0; i < x.size(); i++)")
                .beginControlFlow("if (!jsonEquals(x.get(i), y.get(i)))")
                .addStatement("return false")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return true")
                .endControlFlow()
                .beginControlFlow("if (a instanceof $T && b instanceof $T)", Map.class, Map.class)
                .addStatement("$T<?, ?> x = ($T<?, ?>) a", Map.class, Map.class)
                .addStatement("$T<?, ?> y = ($T<?, ?>) b", Map.class, Map.class)
                .beginControlFlow("if (x.size() != y.size())")
                .addStatement("return false")
                .endControlFlow()
                .beginControlFlow("for ($T.Entry<?, ?> member : x.entrySet())", Map.class)
                .beginControlFlow("if (!y.containsKey(member.getKey()) || !jsonEquals(member.getValue(), y.get(member.getKey())))")
                .addStatement("return false")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return true")
                .endControlFlow()
                .addStatement("return a == null ? b == null : a.equals(b)")
                .build();
    }
}
