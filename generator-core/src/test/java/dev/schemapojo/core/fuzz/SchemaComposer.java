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
 * terminators, JavaPoet format characters, line separators), so that most inputs get past the
 * parser and the validator and exercise the model, naming and emit stages.
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
        "sub/sub/h.json", "_/i.json", "String.json", "$.json",
    };

    static final String[] NAMES = {
        "id", "name", "a", "A", "fooBar", "foo_bar", "FooBar", "foo-bar", "foo bar", "class", "type",
        "properties", "$ref", "$id", "required", "enum", "items", "title", "hashCode", "equals", "toString",
        "getClass", "builder", "build", "toBuilder", "Builder", "missing", "problems", "nullElements",
        "values", "value", "valueOf", "other", "that", "o", "this", "_", "__", "$", "1", "1st", "", " ",
        "\u00e4", "\u65e5\u672c", "*/", "\"", "\\", "\n", "get", "is", "null", "true", "int", "long",
        "String", "Object", "List", "Map", "Objects", "Override", "JsonProperty", "source", "class_",
        "builder_", "serialVersionUID", "wait", "notify", "finalize", "clone", "fromJson", "ID", "Id",
        "$S", "%s", "a.b", "a/b", "a~b", "x".repeat(70),
    };

    static final String[] TITLES = {
        "Order", "order", "ORDER", "Customer", "Item", "Value", "Builder", "String", "Object", "List",
        "Map", "Objects", "Override", "Generated", "JsonProperty", "JsonCreator", "ArrayList",
        "Collections", "Integer", "Long", "OffsetDateTime", "URI", "class", "int", "_", "$", "1",
        "123abc", "a b c", "api_v1_Order", "api_b2b_v1_Order", "api_v1_order", "_Order", "v1_", "v1__X",
        "java_lang_String", "com_example_Order", "\u00e4_\u00d6", "\u65e5\u672c", "", " ", "*/",
        "Foo*/Bar", "Name\"Quote", "X\\u000aY", "Line\nBreak", "T".repeat(120), "Order$Inner", "$S",
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

    static final String[] TYPES = {"object", "string", "integer", "number", "boolean", "array", "null", "objekt"};

    static final String[] FORMATS = {
        "date-time", "uri", "int32", "int64", "email", "password", "date", "uuid", "float", "double", "",
        "regex", "uri-reference",
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
        "additionalItems", "contentSchema", "$dynamicRef",
    };

    private final Choices c;
    private final boolean asciiOnly;
    private int nodes;

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
        Map<String, byte[]> files = new LinkedHashMap<>();
        int count = 1 + c.nextInt(MAX_FILES);
        for (int i = 0; i < count; i++) {
            String path = i == 0 && c.chance(60) ? "a.json" : c.pick(FILES);
            if (files.containsKey(path)) {
                continue;
            }
            files.put(path, rootSchema().getBytes(StandardCharsets.UTF_8));
        }
        return new Composition(files, options);
    }

    /** A file's schema: mostly an object with properties (a type), sometimes anything. */
    private String rootSchema() {
        if (c.chance(10)) {
            return schema(0);
        }
        Obj o = new Obj();
        if (c.chance(40)) {
            o.put("$schema", str(c.pick(SCHEMA_URIS)));
        }
        if (c.chance(25)) {
            o.put("$id", str(c.pick(IDS)));
        }
        if (c.chance(60)) {
            o.put("title", str(title()));
        }
        if (c.chance(30)) {
            o.put("description", str(text()));
        }
        if (c.chance(90)) {
            o.put("type", str("object"));
        }
        if (c.chance(15)) {
            o.put("enum", enumValues());
            o.put("type", str("string"));
        } else {
            o.put("properties", properties(0, c.nextInt(MAX_PROPERTIES + 1) + (c.chance(90) ? 1 : 0)));
        }
        if (c.chance(40)) {
            o.put("required", required());
        }
        if (c.chance(25)) {
            o.put("additionalProperties", c.chance(50) ? bool() : schema(1));
        }
        if (c.chance(30)) {
            o.put(c.chance(80) ? "$defs" : "definitions", defs(1));
        }
        extras(o, 1);
        return o.toString();
    }

    private String schema(int depth) {
        nodes++;
        if (depth >= MAX_DEPTH || nodes > MAX_NODES) {
            return c.chance(50) ? "{\"type\": \"string\"}" : bool();
        }
        Obj o = new Obj();
        switch (c.nextInt(10)) {
            case 0 -> {
                o.put("type", str(c.pick(new String[] {"string", "integer", "number", "boolean", "string"})));
                if (c.chance(40)) {
                    o.put("format", str(c.pick(FORMATS)));
                }
            }
            case 1 -> {
                if (c.chance(85)) {
                    o.put("type", str("object"));
                }
                o.put("properties", properties(depth + 1, c.nextInt(MAX_PROPERTIES + 1)));
                if (c.chance(30)) {
                    o.put("required", required());
                }
            }
            case 2 -> {
                o.put("type", str("array"));
                if (c.chance(90)) {
                    o.put("items", c.chance(10) ? "[" + schema(depth + 1) + "]" : schema(depth + 1));
                }
            }
            case 3 -> {
                if (c.chance(80)) {
                    o.put("type", str("string"));
                }
                o.put("enum", enumValues());
            }
            case 4 -> o.put("$ref", str(c.chance(85) ? c.pick(REFS) : "#/properties/" + name()));
            case 5 -> {
                o.put("type", str("object"));
                if (c.chance(80)) {
                    o.put("additionalProperties", c.chance(20) ? bool() : schema(depth + 1));
                }
            }
            case 6 -> {
                return bool();
            }
            case 7 -> {
                String[] combinators = {"allOf", "oneOf", "anyOf"};
                o.put(c.pick(combinators), "[" + schema(depth + 1) + (c.nextBoolean() ? ", " + schema(depth + 1) : "") + "]");
            }
            case 8 -> {
                o.put("type", c.chance(70) ? typeArray() : str(c.pick(TYPES)));
            }
            default -> {
                o.put("type", str(c.pick(TYPES)));
                o.put("properties", properties(depth + 1, c.nextInt(3)));
                o.put("items", schema(depth + 1));
            }
        }
        if (c.chance(20)) {
            o.put("title", str(title()));
        }
        if (c.chance(20)) {
            o.put("description", str(text()));
        }
        if (c.chance(8)) {
            o.put("$id", str(c.pick(IDS)));
        }
        if (c.chance(10)) {
            o.put(c.chance(80) ? "$defs" : "definitions", defs(depth + 1));
        }
        extras(o, depth + 1);
        return o.toString();
    }

    /** Now and then a keyword the generator does not represent, with a plausible or an odd value. */
    private void extras(Obj o, int depth) {
        if (!c.chance(15)) {
            return;
        }
        String keyword = c.pick(OTHER_KEYWORDS);
        String value = switch (c.nextInt(6)) {
            case 0 -> schema(depth);
            case 1 -> "[" + schema(depth) + "]";
            case 2 -> str(text());
            case 3 -> c.pick(new String[] {"0", "-1", "1e400", "12345678901234567890", "1.5", "null", "[]", "{}"});
            case 4 -> bool();
            default -> "{" + quoted(name()) + ": " + schema(depth) + "}";
        };
        o.put(keyword, value);
    }

    private String properties(int depth, int count) {
        Obj o = new Obj();
        boolean allowDuplicates = c.chance(3);
        for (int i = 0; i < count; i++) {
            String name = name();
            if (!allowDuplicates && o.has(name)) {
                continue;
            }
            o.add(name, schema(depth));
        }
        return o.toString();
    }

    private String defs(int depth) {
        Obj o = new Obj();
        int count = 1 + c.nextInt(2);
        for (int i = 0; i < count; i++) {
            String name = c.chance(85) ? c.pick(DEFS) : name();
            if (!o.has(name)) {
                o.put(name, c.chance(70) ? objectSchema(depth) : schema(depth));
            }
        }
        return o.toString();
    }

    private String objectSchema(int depth) {
        nodes++;
        Obj o = new Obj();
        o.put("type", str("object"));
        if (c.chance(40)) {
            o.put("title", str(title()));
        }
        o.put("properties", properties(depth + 1, 1 + c.nextInt(3)));
        return o.toString();
    }

    private String required() {
        List<String> names = new ArrayList<>();
        int count = c.nextInt(4);
        for (int i = 0; i < count; i++) {
            names.add(quoted(name()));
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
        List<String> types = new ArrayList<>();
        int count = 1 + c.nextInt(3);
        for (int i = 0; i < count; i++) {
            types.add(str(c.pick(TYPES)));
        }
        return "[" + String.join(", ", types) + "]";
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
