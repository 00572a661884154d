package dev.schemapojo.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.schemapojo.core.ir.AdditionalProperties;
import dev.schemapojo.core.ir.Conditional;
import dev.schemapojo.core.ir.JsonRules;
import dev.schemapojo.core.ir.Constraints;
import dev.schemapojo.core.ir.ObjectType;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.ir.TypeRef;
import dev.schemapojo.core.naming.NameScope;
import dev.schemapojo.core.naming.Names;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The one generator of the "Cannot build X: ..." checks: the statements that look at a set of values
 * and throw one {@code IllegalStateException} naming every problem (missing required properties, null
 * elements, values other than the {@code const}, values outside the {@code enum}, unmet
 * {@code dependentRequired} and {@code if}/{@code then}/{@code else}). A class's {@code build()}, a
 * record's compact constructor and a value class's constructor all run them, and reading JSON runs
 * them too.
 */
final class ChecksEmitter {
    private static final ClassName OBJECTS = ClassName.get(Objects.class);
    private static final String ADDITIONAL = "(additional properties)";

    /** The {@code @throws} of what runs the checks: a class's {@code build()}, a record's constructor. */
    static final String THROWS = "@throws IllegalStateException naming every problem: each required property that is"
            + " missing or null,\neach collection that holds a null element, and each value that a keyword this type checks"
            + " refuses\n";

    private ChecksEmitter() {}

    /**
     * What the checks look at.
     *
     * @param fieldNames the names of the fields the values are in: the checks' locals take other names
     */
    record Subject(List<Property> properties, AdditionalProperties additional,
            Map<String, List<String>> dependentRequired, List<Conditional> conditionals, Collection<String> fieldNames,
            Map<String, String> presence, boolean isValue, String notRead, String unread, JsonRules wholeObject) {
        static Subject of(ObjectType type) {
            Map<String, String> presence = Presence.of(type);
            return new Subject(type.properties(), type.additional(), type.dependentRequired(), type.conditionals(),
                    Presence.fieldNames(type, presence), presence, false, null, null, type.rules());
        }

        /** One value, checked as a property but for presence (a value class checks null itself). */
        static Subject value(Property value) {
            return new Subject(List.of(value.optional()), null, Map.of(), List.of(), List.of(value.javaName()), Map.of(), true,
                    null, null, null);
        }

        /**
         * The same, with the builder's list of problems of JSON members read of the wrong kind (null for none),
         * reported first, and the set of their names: a required property among them is not reported missing.
         */
        Subject notRead(String field, String names) {
            return new Subject(properties, additional, dependentRequired, conditionals, fieldNames, presence, isValue, field,
                    names, wholeObject);
        }
    }

    /**
     * A broken validation keyword: the condition under which a value breaks it, and the message (an
     * expression); or, for a value checked by its schema's rules, the statement that adds their messages
     * to the list it is given the name of.
     */
    private record Violation(CodeBlock failsWhen, CodeBlock message, Function<String, CodeBlock> adds) {
        Violation(CodeBlock failsWhen, CodeBlock message) {
            this(failsWhen, message, null);
        }
    }

    /**
     * One thing a check looks at: the condition under which it fails, and its name in the message. A condition
     * that names no type is also kept as text, to be written in one piece with the code around it.
     */
    private record Item(CodeBlock failsWhen, String failsWhenText, String name) {
        Item(CodeBlock failsWhen, String name) {
            this(failsWhen, null, name);
        }
    }

    /** One kind of problem: the local that collects the failing names, the message's label and the items. */
    private record Check(String variable, String label, List<Item> items) {}

    /** The JSON name as error messages show it; the empty name shows as {@code ""}. */
    private static String displayName(Property p) {
        return p.jsonName().isEmpty() ? "\"\"" : p.jsonName();
    }

    private static Item textItem(String failsWhen, String name) {
        return new Item(text(failsWhen), failsWhen, name);
    }

    private static List<Item> items(List<Property> properties, Function<Property, CodeBlock> failsWhen) {
        return properties.stream().map(p -> new Item(failsWhen.apply(p), displayName(p))).toList();
    }

    /**
     * The statements that check the subject's values and throw one {@code IllegalStateException} naming
     * every problem. {@code prefix} is how the values are reached: {@code "this."} for the builder's
     * fields, {@code ""} for constructor parameters.
     */
    static CodeBlock checks(Subject subject, String simpleName, String prefix, JsonRuleEmitter rules) {
        return checks(subject, simpleName, prefix, rules, null);
    }

    /**
     * As {@link #checks(Subject, String, String, JsonRuleEmitter)}, in a builder's {@code build()}: where there
     * are many, the checks go into instance methods of the builder, added to {@code helpers}, of at most
     * {@value #CHECKS_PER_METHOD} checks each, so that {@code build()} stays within javac's 64 KB of code per
     * method (2,000 required lists took 100 KB). A record's checks need no split: it has at most 254 components.
     */
    static CodeBlock checks(Subject subject, String simpleName, String prefix, JsonRuleEmitter rules, List<MethodSpec> helpers) {
        List<Property> properties = subject.properties();
        // a value checked by its schema's rules gets no typed checks of its const, enum, elements and keywords
        List<Property> typed = properties.stream().filter(p -> p.constraints().rules() == null).toList();
        AdditionalProperties map = subject.additional();
        List<Item> missing = new ArrayList<>(properties.stream()
                .filter(p -> p.required() && (!p.nullable() || subject.presence().containsKey(p.javaName())))
                .map(p -> textItem(p.nullable() ? "!" + prefix + subject.presence().get(p.javaName())
                        : subject.unread() != null && JsonScalars.isStrict(p)
                        ? prefix + p.javaName() + " == null && (" + prefix + subject.unread() + " == null || !"
                                + prefix + subject.unread() + ".contains(" + Literals.text(p.jsonName()) + "))"
                        : prefix + p.javaName() + " == null", displayName(p)))
                .toList());
        if (map != null) {
            map.requiredKeys().forEach(key -> missing.add(new Item(CodeBlock.of("$L$N == null || !$L$N.containsKey($L)",
                    prefix, map.javaName(), prefix, map.javaName(), Literals.string(key)), key)));
        }
        List<Item> nullElements = new ArrayList<>(items(typed.stream()
                        .filter(p -> JavaTypes.isCollection(p.type()) && !JavaTypes.allowsNullElements(p.type())).toList(),
                p -> noNullElements(prefix, p.javaName(), p.type())));
        if (map != null && !JavaTypes.allowsNullElements(map.type())) {
            nullElements.add(new Item(noNullElements(prefix, map.javaName(), map.type()), ADDITIONAL));
        }
        List<Check> checks = new ArrayList<>(List.of(
                new Check("missing", "missing required properties ", missing),
                new Check("nullElements", "null elements in ", nullElements),
                new Check("notConst", "values other than the schema's const in ",
                        items(typed.stream().filter(p -> p.constant() != null).toList(),
                                p -> CodeBlock.of("$L$N != null && !$L$N.equals($L)", prefix, p.javaName(), prefix,
                                        p.javaName(), Literals.of(p.constant(), p.type())))),
                new Check("notInEnum", "values outside the schema's enum in ",
                        items(typed.stream().filter(p -> !p.allowed().isEmpty()).toList(),
                                p -> CodeBlock.of("$L$N != null && !$T.of($L).contains($L$N)", prefix, p.javaName(),
                                        JavaTypes.LIST, CodeBlock.join(p.allowed().stream()
                                                .map(v -> Literals.of(v, p.type())).toList(), ", "),
                                        prefix, p.javaName())))));
        Map<String, Property> byJsonName = new HashMap<>();
        properties.forEach(p -> byJsonName.put(p.jsonName(), p));
        List<Property> dependents = subject.dependentRequired().keySet().stream().map(byJsonName::get).toList();
        checks.add(new Check("missingDependencies", "dependentRequired not met for ", items(dependents, p -> {
            CodeBlock.Builder condition = CodeBlock.builder().add("$L$N != null && (", prefix, p.javaName());
            List<String> needed = subject.dependentRequired().get(p.jsonName());
            for (int i = 0; i < needed.size(); i++) {
                condition.add(i == 0 ? "$L$N == null" : " || $L$N == null", prefix, byJsonName.get(needed.get(i)).javaName());
            }
            return condition.add(")").build();
        })));
        for (int i = 0; i < subject.conditionals().size(); i++) {
            Conditional c = subject.conditionals().get(i);
            CodeBlock holds = condition(c, byJsonName, prefix);
            checks.add(new Check("missingWhen" + (i + 1), "missing properties required when " + c.condition() + ": ",
                    items(c.thenRequired().stream().map(byJsonName::get).toList(),
                            p -> CodeBlock.of("$L$N == null && $L", prefix, p.javaName(), holds))));
            checks.add(new Check("missingUnless" + (i + 1), "missing properties required unless " + c.condition() + ": ",
                    items(c.elseRequired().stream().map(byJsonName::get).toList(),
                            p -> CodeBlock.of("$L$N == null && !$L", prefix, p.javaName(), holds))));
        }
        List<Violation> violations = new ArrayList<>();
        if (subject.notRead() != null) {
            violations.add(new Violation(null, null, list -> CodeBlock.builder()
                    .beginControlFlow("if ($L$N != null)", prefix, subject.notRead())
                    .addStatement("$N.addAll($L$N)", list, prefix, subject.notRead())
                    .endControlFlow()
                    .build()));
        }
        if (subject.wholeObject() != null) {
            violations.add(new Violation(null, null, list -> wholeObject(subject, prefix, rules, list)));
        }
        for (Property p : properties) {
            String pointer = subject.isValue() ? "" : memberPointer(p.jsonName());
            if (p.constraints().rules() != null && subject.wholeObject() != null) {
                continue; // the object's rules check it as a member
            }
            if (p.constraints().rules() != null) {
                CodeBlock value = CodeBlock.of("$L$N", prefix, p.javaName());
                violations.add(new Violation(null, null, list -> CodeBlock.builder()
                        .beginControlFlow("if ($L != null)", value)
                        .add(rules.check(p.constraints().rules(), value, Literals.string(pointer), list))
                        .endControlFlow()
                        .build()));
            } else if (p.constraints().checked()) {
                violations.addAll(violations(p, prefix, pointer.isEmpty() ? "" : pointer + ": "));
            }
        }
        return statements(checks, violations, subject.fieldNames(), simpleName, helpers);
    }

    /** How many checks one method holds at most before they are split into builder methods. */
    static final int CHECKS_PER_METHOD = 100;

    /** The JSON pointer of an object's member, {@code /name} with {@code ~} and {@code /} escaped. */
    static String memberPointer(String jsonName) {
        return "/" + jsonName.replace("~", "~0").replace("/", "~1");
    }

    /**
     * The statements that put the object's members, as JSON, in a map (the members present, then the
     * additional ones) and check it by the object's schema, adding the problems to {@code list}.
     */
    private static CodeBlock wholeObject(Subject subject, String prefix, JsonRuleEmitter rules, String list) {
        String view = new NameScope(NameScope.Numbering.UNDERSCORES, false, subject.fieldNames()).free("jsonView");
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T<$T, $T> $N = new $T<>()", JavaTypes.MAP, String.class, Object.class, view,
                        CopyHelpers.LINKED_HASH_MAP);
        for (Property p : subject.properties()) {
            String has = subject.presence().get(p.javaName());
            code.beginControlFlow(has != null ? "if ($L$N)" : "if ($L$N != null)", prefix, has != null ? has : p.javaName())
                    .addStatement("$N.put($L, $L$N)", view, Literals.string(p.jsonName()), prefix, p.javaName())
                    .endControlFlow();
        }
        if (subject.additional() != null) {
            code.beginControlFlow("if ($L$N != null)", prefix, subject.additional().javaName())
                    .addStatement("$N.putAll($L$N)", view, prefix, subject.additional().javaName())
                    .endControlFlow();
        }
        return code.add(rules.check(subject.wholeObject(), CodeBlock.of("$N", view), CodeBlock.of("$S", ""), list)).build();
    }

    /**
     * The checks of a collection's item or entry counts, for a list, set or map of generated types (a value
     * held as plain JSON is checked by its schema's rules instead, which cover every keyword). {@code where}
     * starts each message: the property's JSON pointer, or nothing for a value class.
     */
    private static List<Violation> violations(Property p, String prefix, String where) {
        List<Violation> out = new ArrayList<>();
        if (!JavaTypes.isCollection(p.type())) {
            return out;
        }
        CodeBlock value = CodeBlock.of("$L$N", prefix, p.javaName());
        CodeBlock at = Literals.string(where);
        CodeBlock is = CodeBlock.of("$L != null", value);
        CodeBlock size = CodeBlock.of("$L.size()", value);
        if (p.type() instanceof TypeRef.MapOf) {
            addRange(out, p.constraints().properties(), is, size, CodeBlock.of("$L + \"property count \" + $L", at, size),
                    "Properties");
        } else {
            addRange(out, p.constraints().items(), is, size, CodeBlock.of("$L + \"item count \" + $L", at, size), "Items");
        }
        return out;
    }

    /**
     * The min/max checks of one count ({@code minLength}/{@code maxLength}, {@code minItems}/{@code maxItems},
     * ...): {@code is} tells that the keyword applies, {@code measure} is the count, {@code shown} how the
     * message starts ("/name: length 4").
     */
    private static void addRange(List<Violation> out, Constraints.Range range, CodeBlock is, CodeBlock measure,
            CodeBlock shown, String what) {
        // a limit beyond int: no size is that large, so every value breaks such a minimum and none such a maximum
        if (range.min() != null && (Constraints.Range.fitsInt(range.min()) || range.min().signum() > 0)) {
            out.add(new Violation(Constraints.Range.fitsInt(range.min()) ? CodeBlock.of("$L && $L < $L", is, measure, range.min()) : is,
                    CodeBlock.of("$L + $S", shown, " is below min" + what + " " + Constraints.Range.shown(range.min()))));
        }
        if (range.max() != null && Constraints.Range.fitsInt(range.max())) {
            out.add(new Violation(CodeBlock.of("$L && $L > $L", is, measure, range.max()),
                    CodeBlock.of("$L + $S", shown, " is above max" + what + " " + range.max())));
        }
    }

    private static CodeBlock noNullElements(String prefix, String javaName, TypeRef type) {
        return CodeBlock.of("$L$T::isNull)", prefix + javaName + " != null && " + prefix + javaName
                + (type instanceof TypeRef.MapOf ? ".values()" : "") + ".stream().anyMatch(", OBJECTS);
    }

    /**
     * Code without types as one piece of text. JavaPoet renders a block piece by piece (each literal and
     * argument twice: once to collect the imports, once to write), and that is most of a run's time; names
     * and literals joined here beforehand are one piece. Only for code that names no type ({@code $T}), which
     * must stay an argument so that it is imported.
     */
    static CodeBlock text(String code) {
        return CodeBlock.of("$L", code);
    }

    private static CodeBlock statements(List<Check> checks, List<Violation> violations, Collection<String> fieldNames,
            String simpleName, List<MethodSpec> helpers) {
        CodeBlock.Builder code = CodeBlock.builder();
        List<Check> used = checks.stream().filter(c -> !c.items().isEmpty()).toList();
        if (used.isEmpty() && violations.isEmpty()) {
            return code.build();
        }
        StringBuilder any = new StringBuilder();
        // a record's checks see its components by their bare names: locals take names no field has
        NameScope locals = new NameScope(NameScope.Numbering.UNDERSCORES, false, fieldNames);
        String problems = locals.free("problems");
        String broken = violations.isEmpty() ? null : locals.free("violations");
        Map<Check, String> names = new IdentityHashMap<>();
        used.forEach(check -> names.put(check, locals.free(check.variable())));
        // the builder's setters are named like its fields, so helper methods take names no field has either
        NameScope methods = new NameScope(NameScope.Numbering.NUMBER, false, fieldNames);
        for (Check check : used) {
            String list = names.get(check);
            code.addStatement("$T<$T> $N = new $T<>()", JavaTypes.LIST, JavaTypes.STRING, list, CopyHelpers.ARRAY_LIST);
            List<CodeBlock> tests = new ArrayList<>();
            for (Item item : check.items()) {
                // as beginControlFlow, addStatement and endControlFlow write it, in fewer pieces
                String add = list + ".add(" + Literals.text(item.name()) + ");\n";
                tests.add(item.failsWhenText() != null ? CodeBlock.of("$L$>$L$<}\n", "if (" + item.failsWhenText() + ") {\n", add)
                        : CodeBlock.of("if ($L) {\n$>$L$<}\n", item.failsWhen(), add));
            }
            addInParts(code, tests, list, "check" + Names.capitalize(check.variable()), methods, helpers);
            any.append(any.length() == 0 ? "!" : " || !").append(list).append(".isEmpty()");
        }
        if (broken != null) {
            code.addStatement("$T<$T> $N = new $T<>()", JavaTypes.LIST, JavaTypes.STRING, broken, CopyHelpers.ARRAY_LIST);
            List<CodeBlock> tests = new ArrayList<>();
            for (Violation v : violations) {
                tests.add(v.adds() != null ? v.adds().apply(broken) : CodeBlock.builder()
                        .beginControlFlow("if ($L)", v.failsWhen())
                        .addStatement("$N.add($L)", broken, v.message())
                        .endControlFlow()
                        .build());
            }
            addInParts(code, tests, broken, "checkViolations", methods, helpers);
            any.append(any.length() == 0 ? "!" : " || !").append(broken).append(".isEmpty()");
        }
        code.beginControlFlow("if ($L)", any.toString())
                .addStatement("$T $N = new $T()", StringBuilder.class, problems, StringBuilder.class);
        // each label's block as one piece of text (see text())
        StringBuilder labels = new StringBuilder();
        for (Check check : used) {
            String list = names.get(check);
            labels.append("if (!").append(list).append(".isEmpty()) {\n").append(TypeEmitter.INDENT)
                    .append(problems).append(".append(").append(problems).append(".length() == 0 ? \"\" : \"; \").append(")
                    .append(Literals.text(check.label())).append(").append(").append(list).append(");\n}\n");
        }
        code.add("$L", labels.toString());
        if (broken != null) {
            code.beginControlFlow("for ($T violation : $N)", JavaTypes.STRING, broken)
                    .addStatement("$N.append($N.length() == 0 ? $S : $S).append(violation)", problems, problems, "", "; ")
                    .endControlFlow();
        }
        return code.addStatement("throw new $T($S + $N)", IllegalStateException.class, "Cannot build " + simpleName + ": ", problems)
                .endControlFlow()
                .build();
    }

    /**
     * Adds the tests, each of which adds its problems to {@code list}: in {@code code} itself, or where there
     * are more than {@value #CHECKS_PER_METHOD} and {@code helpers} takes methods, in builder methods of that
     * many tests each ({@code checkMissing}, {@code checkMissing2}, ...), which {@code code} calls in turn.
     */
    private static void addInParts(CodeBlock.Builder code, List<CodeBlock> tests, String list, String methodName,
            NameScope methods, List<MethodSpec> helpers) {
        if (helpers == null || tests.size() <= CHECKS_PER_METHOD) {
            tests.forEach(code::add);
            return;
        }
        for (int from = 0; from < tests.size(); from += CHECKS_PER_METHOD) {
            String name = methods.allocate(methodName);
            MethodSpec.Builder part = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE)
                    .addParameter(ParameterizedTypeName.get(JavaTypes.LIST, JavaTypes.STRING), list);
            tests.subList(from, Math.min(tests.size(), from + CHECKS_PER_METHOD)).forEach(part::addCode);
            helpers.add(part.build());
            code.addStatement("$N($N)", name, list);
        }
    }

    /** A parenthesized Java expression that is true when every test of an {@code if} holds. */
    private static CodeBlock condition(Conditional c, Map<String, Property> byJsonName, String prefix) {
        List<CodeBlock> terms = new ArrayList<>();
        for (Conditional.Test test : c.tests()) {
            Property p = byJsonName.get(test.jsonName());
            if (test.value() == null) {
                terms.add(CodeBlock.of("$L$N != null", prefix, p.javaName()));
            } else {
                terms.add(CodeBlock.of("($L$N == null ? $L : $L$N.equals($L))", prefix, p.javaName(),
                        !test.mustBePresent(), prefix, p.javaName(), Literals.of(test.value(), p.type())));
            }
        }
        return CodeBlock.of("($L)", CodeBlock.join(terms, " && "));
    }
}
