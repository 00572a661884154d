package dev.schemapojo.core.fuzz;

import dev.schemapojo.core.Draft;
import dev.schemapojo.core.FailOn;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.TypeNaming;
import dev.schemapojo.core.UnknownEnumValues;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structured mode of the fuzz test: turns the fuzzer's bytes (through {@link Choices}) into one
 * to three schema files and a few options. The files are mostly valid JSON and mostly valid schemas
 * made of the keywords the generator acts on, with names, titles, descriptions, enum values,
 * {@code $ref}s and {@code $id}s drawn from lists of awkward values (Java keywords and
 * {@code java.lang} names, names that collide after case folding or camel-casing, comment
 * terminators, JavaPoet format characters, line separators), so that inputs get past the parser
 * and the validator (about half have no error diagnostic) and exercise the model, naming and emit
 * stages.
 *
 * <p>The work per input is bounded: at most {@value #MAX_FILES} files, nesting depth
 * {@value #MAX_DEPTH}, {@value #MAX_PROPERTIES} properties per object and {@value #MAX_NODES} schemas
 * in all.
 */
final class SchemaComposer {
    static final int MAX_FILES = 3;
    static final int MAX_DEPTH = 4;
    static final int MAX_PROPERTIES = 5;
    static final int MAX_NODES = 40;

    /** One composed input: the schema files (relative path -> bytes) and the options to run them with. */
    record Composition(Map<String, byte[]> files, Options.Builder options) {}

    static final String[] FILES = {
        "a.json", "b.json", "other.json", "sub/c.json", "sub/other.json", "A.json", "class/d.json",
        "a-b/e.json", "1x/f.json", "sub/Sub.json", "a b.json", "\u00e4.json", "x.y.json", "Sub/g.json",
        "sub/sub/h.json", "_/i.json", "String.json", "$.json", "con/j.json", "1v/k.json", "nul.json",
    };

    static final String[] NAMES = {
        "id", "name", "a", "A", "fooBar", "foo_bar", "FooBar", "foo-bar", "foo bar", "class", "type",
        "properties", "$ref", "$id", "required", "enum", "items", "title", "hashCode", "equals", "toString",
        "getClass", "builder", "build", "toBuilder", "Builder", "missing", "problems", "nullElements",
        "values", "value", "valueOf", "other", "that", "o", "this", "_", "__", "$", "1", "1st", "", " ",
        "\u00e4", "\u65e5\u672c", "*/", "\"", "\\", "\n", "get", "is", "null", "true", "int", "long",
        "String", "Object", "List", "Map", "Objects", "Override", "JsonProperty", "source", "class_",
        "builder_", "serialVersionUID", "wait", "notify", "finalize", "clone", "fromJson", "ID", "Id",
        "$S", "%s", "a.b", "a/b", "a~b", "x".repeat(70), "additionalProperty", "additionalProperties",
        "getAdditionalProperties", "own_additionalProperties", "read_tags", "tagsFromJson", "item0", "getItem0",
        "of", "items", "beyond", "toJson", "getValue", "missingWhen1", "notInEnum", "plainOf", "decimalOf",
        "isInteger", "itemsOf", "formatEmail", "checkMissing", "checkViolations", "ApiKey", "APIKey", "Rules", "CON",
    };

    static final String[] TITLES = {
        "Order", "order", "ORDER", "Customer", "Item", "Value", "Builder", "String", "Object", "List",
        "Map", "Objects", "Override", "Generated", "JsonProperty", "JsonCreator", "ArrayList",
        "Collections", "Integer", "Long", "OffsetDateTime", "URI", "class", "int", "_", "$", "1",
        "123abc", "a b c", "api_v1_Order", "api_b2b_v1_Order", "api_v1_order", "_Order", "v1_", "v1__X",
        "java_lang_String", "com_example_Order", "\u00e4_\u00d6", "\u65e5\u672c", "", " ", "*/",
        "Foo*/Bar", "Name\"Quote", "X\\u000aY", "Line\nBreak", "T".repeat(120), "Order$Inner", "$S",
        "CON", "Nul", "LPT1", "1v", "Rules", "Content", "ApiKey", "APIKey", "JsonProperty",
    };

    static final String[] TEXTS = {
        "A plain description.", "*/", "/* */", "*/ class X {", "\\u000a", "\\u002a/", "\u2028", "\u2029",
        "@param x", "{@code", "{@link Foo}", "<b>", "</p>", "&amp;", "\"", "\\", "\r\n", "\r", "\t",
        "\ud800", "@deprecated", "$", "$S", "$L", "$T", "$N", "$$", "$1S", "%s", "%n", "\u0000", "\u007f",
        "\ufeff", "<!-- -->", "@", "*", "/", "//", "\\u", "\\\\u002F",
    };

    static final String[] ENUM_VALUES = {
        "open", "Open", "OPEN", "in-progress", "in progress", "in_progress", "", " ", "1", "1.5", "-",
        "null", "true", "class", "VALUE", "values", "valueOf", "_", "__", "$", "*/", "\u00e4", "a\"b",
        "a\\b", "\n", "$S", "%s", "UNKNOWN", "x".repeat(80),
    };

    static final String[] REFS = {
        "#", "#/properties/id", "#/properties/a", "#/properties/class", "#/$defs/D", "#/$defs/E",
        "#/definitions/D", "#/items", "#/properties/a/items", "#/properties/id/items", "a.json", "b.json",
        "other.json", "sub/c.json", "./a.json", "../a.json", "../../etc/passwd", "/abs.json", "a.json#",
        "a.json#/properties/id", "b.json#/$defs/D", "sub/c.json#/properties/a", "c.json", "other.json#/$defs/D",
        "http://example.com/a.json", "https://example.com/schemas/b.json", "http://example.com/a.json#/$defs/D",
        "#/components/schemas/Order", "#foo", "#/%24defs/D", "#/properties/a~1b", "#/properties/a~0b",
        "urn:x:y", "file:///etc/passwd", "", "#/properties", "#/$defs", "%", "#/properties/%zz", "#/allOf/0",
        "b.json#foo", "A.json", "sub/../a.json", "a b.json", "a%20b.json", "\u00e4.json", "#/properties/",
        "#//", "#/properties/id/properties/id",
    };

    static final String[] IDS = {
        "#/components/schemas/Order", "#/components/schemas/Customer", "http://example.com/a.json",
        "https://example.com/schemas/b.json", "a.json", "b.json", "urn:x:y", "#foo", "",
        "http://example.com/dir/", "http://example.com/a.json#", "#", "other", "../x.json",
    };

    static final String[] DEFS = {"D", "E", "Order", "class", "a b", "", "Customer", "Item", "$S"};

    static final String[] TYPES = {"object", "string", "integer", "number", "boolean", "array", "null"};

    static final String[] FORMATS = {
        "date-time", "uri", "int32", "int64", "email", "password", "date", "uuid", "float", "double", "",
        "regex", "uri-reference",
    };

    static final String[] SCHEMA_URIS_KNOWN = {
        "https://json-schema.org/draft/2020-12/schema", "https://json-schema.org/draft/2019-09/schema",
        "http://json-schema.org/draft-07/schema#", "http://json-schema.org/draft-06/schema#",
        "http://json-schema.org/draft-04/schema#",
    };

    static final String[] SCHEMA_URIS = {
        "https://json-schema.org/draft/2020-12/schema", "https://json-schema.org/draft/2019-09/schema",
        "http://json-schema.org/draft-07/schema#", "http://json-schema.org/draft-06/schema#",
        "http://json-schema.org/draft-04/schema#", "http://example.com/unknown", "",
    };

    static final String[] OTHER_KEYWORDS = {
        "allOf", "oneOf", "anyOf", "not", "if", "then", "else", "const", "default", "examples", "nullable",
        "readOnly", "writeOnly", "deprecated", "minimum", "maximum", "minLength", "pattern", "minItems",
        "uniqueItems", "prefixItems", "patternProperties", "propertyNames", "dependentSchemas",
        "dependencies", "unevaluatedProperties", "contains", "$anchor", "$comment", "x-extension", "id",
        "additionalItems", "contentSchema", "$dynamicRef", "discriminator", "tuple", "conditional",
        "maxLength", "maxItems", "minProperties", "maxProperties", "minContains", "maxContains", "multipleOf",
        "exclusiveMinimum", "exclusiveMaximum", "enum",
    };

    /** Numbers inside and far outside Java's ranges: beyond long and double, below double, huge exponents. */
    static final String[] NUMBERS = {
        "0", "-1", "1.5", "1e400", "-1e400", "1e-400", "12345678901234567890", "18446744073709551616",
        "1e2147483647", "-1e2147483647", "1.5e400", "2147483648", "9223372036854775808", "7e-2147483000",
    };

    /** Counts: small ones, and ones beyond int, long and double (valid JSON Schema, no Java size). */
    static final String[] COUNTS = {"0", "1", "3", "2147483648", "18446744073709551616", "1e400", "1e2147483647", "1.5e400"};

    private final Choices c;
    private final boolean asciiOnly;
    private final List<Plan> plans = new ArrayList<>();
    private Plan current;
    private int nodes;

    /**
     * What is decided about a file before any file is written out, so that references can point at
     * things that exist: its path, its {@code $id}, the names of its top-level properties and of its
     * {@code $defs} (or {@code definitions}).
     */
    private record Plan(String path, Kind kind, String id, List<String> properties, String defsKeyword, List<String> defs) {}

    /** What a file's top-level schema is: an object with properties, a string enum, or any schema. */
    private enum Kind { OBJECT, ENUM, ANY }

    private SchemaComposer(Choices choices) {
        this.c = choices;
        this.asciiOnly = choices.nextBoolean();
    }

    static Composition compose(byte[] input) {
        return new SchemaComposer(new Choices(input)).composition();
    }

    private Composition composition() {
        Options.Builder options = Options.builder()
                .typeNaming(c.pick(TypeNaming.values()))
                .failOn(c.pick(new FailOn[] {FailOn.ERROR, FailOn.ERROR, FailOn.NEVER, FailOn.WARNING}))
                .unknownEnumValues(c.pick(UnknownEnumValues.values()))
                .defaultDraft(c.chance(80) ? Draft.DRAFT_2020_12 : c.pick(Draft.values()));
        if (c.chance(20)) {
            options.sensitiveProperties(List.of(name()));
        }
        int count = 1 + c.nextInt(MAX_FILES);
        Set<String> paths = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            paths.add(i == 0 && c.chance(60) ? "a.json" : c.pick(FILES));
        }
        for (String path : paths) {
            plans.add(plan(path));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Plan plan : plans) {
            current = plan;
            files.put(plan.path(), rootSchema().getBytes(StandardCharsets.UTF_8));
        }
        return new Composition(files, options);
    }

    private Plan plan(String path) {
        Kind kind = c.chance(88) ? Kind.OBJECT : c.chance(60) ? Kind.ENUM : Kind.ANY;
        String id = c.chance(25) ? (c.chance(60) ? "#/components/schemas/" + c.pick(TITLES) : c.pick(IDS)) : null;
        List<String> properties = kind == Kind.OBJECT
                ? distinctNames(c.nextInt(MAX_PROPERTIES) + (c.chance(90) ? 1 : 0))
                : List.of();
        String defsKeyword = c.chance(75) ? "$defs" : "definitions";
        List<String> defs = new ArrayList<>();
        if (kind != Kind.ANY && c.chance(30)) {
            int n = 1 + c.nextInt(2);
            for (int i = 0; i < n; i++) {
                String def = c.chance(85) ? c.pick(DEFS) : name();
                if (!defs.contains(def)) {
                    defs.add(def);
                }
            }
        }
        return new Plan(path, kind, id, properties, defsKeyword, defs);
    }

    /** A file's schema: mostly an object with properties (a type), sometimes anything. */
    private String rootSchema() {
        if (current.kind() == Kind.ANY) {
            return schema(0);
        }
        Obj o = new Obj();
        if (c.chance(35)) {
            o.put("$schema", str(c.chance(92) ? c.pick(SCHEMA_URIS_KNOWN) : c.pick(SCHEMA_URIS)));
        }
        if (current.id() != null) {
            o.put("$id", str(current.id()));
        }
        if (c.chance(60)) {
            o.put("title", str(title()));
        }
        if (c.chance(30)) {
            o.put("description", str(text()));
        }
        if (c.chance(92)) {
            o.put("type", str("object"));
        }
        if (current.kind() == Kind.ENUM) {
            o.put("enum", enumValues());
            o.put("type", str("string"));
        } else {
            Obj properties = new Obj();
            for (String name : current.properties()) {
                properties.add(name, schema(1));
            }
            o.put("properties", properties.toString());
            if (c.chance(40)) {
                o.put("required", required(current.properties()));
            }
        }
        if (c.chance(20)) {
            o.put("additionalProperties", c.chance(50) ? bool() : schema(1));
        }
        if (!current.defs().isEmpty()) {
            Obj defs = new Obj();
            for (String def : current.defs()) {
                defs.add(def, c.chance(70) ? objectSchema(1) : schema(1));
            }
            o.put(current.defsKeyword(), defs.toString());
        }
        extras(o, 1);
        return o.toString();
    }

    private String schema(int depth) {
        nodes++;
        if (depth >= MAX_DEPTH || nodes > MAX_NODES) {
            return c.chance(70) ? "{\"type\": \"string\"}" : bool();
        }
        Obj o = new Obj();
        switch (c.nextInt(11)) {
            case 0, 1 -> {
                o.put("type", str(c.pick(new String[] {"string", "integer", "number", "boolean", "string"})));
                if (c.chance(40)) {
                    o.put("format", str(c.pick(FORMATS)));
                }
            }
            case 2 -> {
                if (c.chance(90)) {
                    o.put("type", str("object"));
                }
                List<String> names = distinctNames(c.nextInt(MAX_PROPERTIES + 1));
                o.put("properties", properties(depth + 1, names));
                if (c.chance(30)) {
                    o.put("required", required(names));
                }
            }
            case 3 -> {
                o.put("type", str("array"));
                if (c.chance(92)) {
                    o.put("items", c.chance(5) ? "[" + schema(depth + 1) + "]" : schema(depth + 1));
                }
            }
            case 4 -> {
                if (c.chance(85)) {
                    o.put("type", str("string"));
                }
                o.put("enum", enumValues());
            }
            case 5, 6 -> o.put("$ref", str(ref()));
            case 7 -> {
                o.put("type", str("object"));
                if (c.chance(85)) {
                    o.put("additionalProperties", c.chance(20) ? bool() : schema(depth + 1));
                }
            }
            case 8 -> {
                return c.chance(80) ? "{}" : bool();
            }
            case 9 -> {
                String[] combinators = {"allOf", "oneOf", "anyOf"};
                o.put(c.pick(combinators), "[" + schema(depth + 1) + (c.nextBoolean() ? ", " + schema(depth + 1) : "") + "]");
            }
            default -> o.put("type", c.chance(70) ? typeArray() : str(type()));
        }
        if (c.chance(15)) {
            o.put("title", str(title()));
        }
        if (c.chance(20)) {
            o.put("description", str(text()));
        }
        if (c.chance(4)) {
            o.put("$id", str(c.pick(IDS)));
        }
        if (c.chance(4)) {
            Obj defs = new Obj();
            defs.add(c.pick(DEFS), objectSchema(depth + 1));
            o.put(c.chance(80) ? "$defs" : "definitions", defs.toString());
        }
        extras(o, depth + 1);
        return o.toString();
    }

    /**
     * A {@code $ref} value: mostly one that resolves (the document itself, a top-level property, a
     * {@code $defs} entry of this file, another file by relative path or by its {@code $id}), now
     * and then one of the odd ones (remote, escaping, malformed, empty).
     */
    private String ref() {
        switch (c.nextInt(12)) {
            case 0, 1:
                return "#";
            case 2, 3, 4:
                if (!current.properties().isEmpty()) {
                    return "#/properties/" + pointerToken(c.pick(current.properties())) + (c.chance(15) ? "/items" : "");
                }
                return "#";
            case 5, 6:
                if (!current.defs().isEmpty()) {
                    return "#/" + current.defsKeyword() + "/" + pointerToken(c.pick(current.defs()));
                }
                return "#";
            case 7, 8, 9: {
                Plan target = c.pick(plans);
                String ref = relative(current.path(), target.path());
                if (!target.properties().isEmpty() && c.chance(30)) {
                    ref += "#/properties/" + pointerToken(c.pick(target.properties()));
                } else if (!target.defs().isEmpty() && c.chance(30)) {
                    ref += "#/" + target.defsKeyword() + "/" + pointerToken(c.pick(target.defs()));
                }
                return ref;
            }
            case 10: {
                Plan target = c.pick(plans);
                return target.id() != null ? target.id() : relative(current.path(), target.path());
            }
            default:
                return c.chance(85) ? c.pick(REFS) : "#/properties/" + name();
        }
    }

    /** The JSON pointer token of {@code name} ({@code ~} and {@code /} escaped), percent-encoded where a URI needs it. */
    private String pointerToken(String name) {
        String token = name.replace("~", "~0").replace("/", "~1");
        if (c.chance(10)) {
            return token;
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : token.getBytes(StandardCharsets.UTF_8)) {
            int ch = b & 0xff;
            if (ch >= 0x21 && ch < 0x7f && ch != '%' && ch != '"' && ch != '\\' && ch != '#' && ch != '^' && ch != '`'
                    && ch != '{' && ch != '}' && ch != '|' && ch != '<' && ch != '>' && ch != '[' && ch != ']') {
                sb.append((char) ch);
            } else {
                sb.append('%').append(String.format("%02X", ch));
            }
        }
        return sb.toString();
    }

    /** The path of {@code to} relative to the directory of {@code from}, both relative to the source directory. */
    private static String relative(String from, String to) {
        int slash = from.lastIndexOf('/');
        java.nio.file.Path dir = java.nio.file.Path.of(slash < 0 ? "." : from.substring(0, slash));
        String rel = dir.relativize(java.nio.file.Path.of(to)).toString().replace('\\', '/');
        if (rel.startsWith("./")) {
            rel = rel.substring(2);
        }
        return rel.replace(" ", "%20");
    }

    /** Now and then a keyword the generator does not represent, mostly with a value its meta-schema allows. */
    private void extras(Obj o, int depth) {
        if (!c.chance(15)) {
            return;
        }
        String keyword = c.pick(OTHER_KEYWORDS);
        if (c.chance(10)) {
            o.put(keyword, oddValue(depth));
            return;
        }
        if (keyword.equals("tuple")) {
            // a closed tuple, which becomes a class of its own
            o.put("prefixItems", "[" + schema(depth) + ", " + schema(depth) + "]");
            o.put("items", c.chance(50) ? "false" : schema(depth));
            o.put("minItems", c.pick(new String[] {"0", "1", "2", "5"}));
            return;
        }
        if (keyword.equals("conditional")) {
            // if/then/else over a fixed value, which becomes conditional required checks
            String tested = name();
            o.put("if", "{\"properties\": {" + quoted(tested) + ": {\"const\": " + c.pick(new String[] {"\"x\"", "1", "true", "null"})
                    + "}}" + (c.chance(50) ? ", \"required\": [" + quoted(tested) + "]" : "") + "}");
            o.put("then", "{\"required\": [" + quoted(name()) + "], \"properties\": {" + quoted(name()) + ": " + schema(depth) + "}}");
            if (c.chance(50)) {
                o.put("else", "{\"required\": [" + quoted(name()) + "]}");
            }
            return;
        }
        String value = switch (keyword) {
            case "discriminator" -> "{\"propertyName\": " + quoted(name()) + ", \"mapping\": {" + quoted(name()) + ": "
                    + str(c.pick(new String[] {"#/$defs/a", "#", "b.json", "#/nowhere"})) + "}}";
            case "allOf", "oneOf", "anyOf", "prefixItems" -> "[" + schema(depth) + "]";
            case "not", "if", "then", "else", "propertyNames", "contains", "unevaluatedProperties", "additionalItems",
                    "contentSchema" -> schema(depth);
            case "readOnly", "writeOnly", "deprecated", "uniqueItems", "nullable" -> bool();
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> c.pick(NUMBERS);
            case "minLength", "minItems", "maxLength", "maxItems", "minProperties", "maxProperties", "minContains",
                    "maxContains" -> c.pick(COUNTS);
            case "multipleOf" -> c.pick(new String[] {"0.5", "3", "0.1", "1e-400", "1e400", "7e-2147483000", "0.3"});
            case "const", "default" -> c.chance(50) ? c.pick(NUMBERS) : str(text());
            case "enum" -> "[" + c.pick(NUMBERS) + ", " + c.pick(NUMBERS) + "]";
            case "pattern" -> str(c.pick(new String[] {"^[a-z]+$", "\\d", "[unclosed", "(", "a{2,1}", ""}));
            case "patternProperties", "dependentSchemas" -> "{" + quoted(c.pick(new String[] {"^x-", "a", "["})) + ": " + schema(depth) + "}";
            case "dependencies" -> "{" + quoted(name()) + ": [" + quoted(name()) + "]}";
            case "examples" -> "[" + str(text()) + "]";
            case "$anchor" -> str(c.pick(new String[] {"foo", "Foo_1", "1bad", ""}));
            case "id" -> str(c.pick(IDS));
            case "$dynamicRef" -> str(c.pick(new String[] {"#meta", "#", "#foo"}));
            default -> str(text());
        };
        o.put(keyword, value);
    }

    private String oddValue(int depth) {
        return switch (c.nextInt(6)) {
            case 0 -> schema(depth);
            case 1 -> "[" + schema(depth) + "]";
            case 2 -> str(text());
            case 3 -> c.chance(50) ? c.pick(NUMBERS) : c.pick(new String[] {"1e99999999999", "null", "[]", "{}"});
            case 4 -> bool();
            default -> "{" + quoted(name()) + ": " + schema(depth) + "}";
        };
    }

    private String properties(int depth, List<String> names) {
        Obj o = new Obj();
        for (String name : names) {
            o.add(name, schema(depth));
        }
        if (c.chance(2) && !names.isEmpty()) {
            o.add(names.get(0), schema(depth));
        }
        return o.toString();
    }

    private List<String> distinctNames(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = name();
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private String objectSchema(int depth) {
        nodes++;
        Obj o = new Obj();
        o.put("type", str("object"));
        if (c.chance(40)) {
            o.put("title", str(title()));
        }
        o.put("properties", properties(depth + 1, distinctNames(1 + c.nextInt(3))));
        return o.toString();
    }

    /** Mostly names of the object's own properties, now and then another one (a lint warning). */
    private String required(List<String> properties) {
        Set<String> names = new LinkedHashSet<>();
        int count = c.nextInt(4);
        for (int i = 0; i < count; i++) {
            names.add(quoted(!properties.isEmpty() && c.chance(85) ? c.pick(properties) : name()));
        }
        return "[" + String.join(", ", names) + "]";
    }

    private String enumValues() {
        Set<String> values = new LinkedHashSet<>();
        int count = c.nextInt(6) + (c.chance(90) ? 1 : 0);
        for (int i = 0; i < count; i++) {
            values.add(switch (c.nextInt(12)) {
                case 0 -> c.pick(new String[] {"null", "1", "true", "1.5", "{}", "[]"});
                case 1 -> quoted(c.text(12));
                default -> quoted(c.pick(ENUM_VALUES));
            });
        }
        if (c.chance(3) && !values.isEmpty()) {
            return "[" + String.join(", ", values) + ", " + values.iterator().next() + "]";
        }
        return "[" + String.join(", ", values) + "]";
    }

    private String typeArray() {
        Set<String> types = new LinkedHashSet<>();
        int count = 1 + c.nextInt(3);
        for (int i = 0; i < count; i++) {
            types.add(str(type()));
        }
        return "[" + String.join(", ", types) + "]";
    }

    private String type() {
        return c.chance(97) ? c.pick(TYPES) : "objekt";
    }

    private String name() {
        return c.chance(85) ? c.pick(NAMES) : c.text(10);
    }

    private String title() {
        return c.chance(85) ? c.pick(TITLES) : c.text(16);
    }

    private String text() {
        if (c.chance(20)) {
            return c.text(24);
        }
        String text = c.pick(TEXTS);
        return c.nextBoolean() ? "Starts plain " + text + " ends plain" : text;
    }

    private String bool() {
        return c.nextBoolean() ? "true" : "false";
    }

    private String str(String value) {
        return quoted(value);
    }

    /** A JSON string literal: control characters escaped, the rest raw or (in ASCII mode) as backslash-u escapes. */
    private String quoted(String value) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '"' || ch == '\\') {
                sb.append('\\').append(ch);
            } else if (ch < 0x20 || (asciiOnly && ch > 0x7e) || Character.isSurrogate(ch)) {
                sb.append(String.format("\\u%04x", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.append('"').toString();
    }

    /** A JSON object under construction, members in insertion order; values are JSON text. */
    private final class Obj {
        private final List<String> keys = new ArrayList<>();
        private final List<String> values = new ArrayList<>();

        /** Sets {@code key}, replacing an earlier value. */
        void put(String key, String json) {
            int at = keys.indexOf(key);
            if (at >= 0) {
                values.set(at, json);
            } else {
                add(key, json);
            }
        }

        /** Appends {@code key}, even when it is already there (a duplicate member). */
        void add(String key, String json) {
            keys.add(key);
            values.add(json);
        }

        boolean has(String key) {
            return keys.contains(key);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < keys.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(quoted(keys.get(i))).append(": ").append(values.get(i));
            }
            return sb.append('}').toString();
        }
    }
}
