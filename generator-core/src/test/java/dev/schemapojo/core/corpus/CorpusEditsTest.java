package dev.schemapojo.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.TypeNaming;
import dev.schemapojo.core.testing.Schemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Edits drawn at random (seeded) from a catalogue of edit kinds, applied to a copy of the Stytch set (from
 * {@code -Dschemapojo.corpus}), one per file (in its root schema or an inline object schema below it), every file of the copy rewritten in another layout: the report
 * holds exactly one change per edit, of the kind the edit makes, at its file and member, and nothing for the
 * edits that change nothing (a description, the layout). This is the class of the corpus acceptance check,
 * on edits no test names one by one.
 */
class CorpusEditsTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Files edited per round: most of the set's files that have properties (about 600 of them do). */
    static final int EDITS_PER_ROUND = 400;

    @TempDir
    Path dir;

    /** An edit of one property ({@code member} non-null) or of the file's root schema: what it expects to be reported. */
    record Edit(String name, Predicate<JsonNode> applies, java.util.function.BiFunction<ObjectNode, String, String> apply) {}

    /** Edits of a property: they return the change word expected, or "" for none. */
    static final List<Edit> PROPERTY_EDITS = List.of(
            new Edit("description", p -> true, (p, n) -> {
                p.put("description", "Edited: " + p.path("description").asString(""));
                return "";
            }),
            new Edit("string to integer", p -> isPlain(p, "string"), (p, n) -> {
                p.put("type", "integer");
                return "type-changed";
            }),
            new Edit("integer to number", p -> "integer".equals(p.path("type").asString("")) && !p.has("enum"), (p, n) -> {
                p.put("type", "number");
                p.remove("format");
                return "type-widened";
            }),
            new Edit("maxLength added", p -> isPlain(p, "string"), (p, n) -> {
                p.put("maxLength", 64);
                return "constraint-tightened";
            }),
            new Edit("minimum raised", p -> p.has("minimum"), (p, n) -> {
                p.put("minimum", p.get("minimum").asInt() + 1);
                return "constraint-tightened";
            }),
            new Edit("int32 to int64", p -> "int32".equals(p.path("format").asString("")), (p, n) -> {
                p.put("format", "int64");
                return "format-changed";
            }),
            new Edit("email format dropped", p -> "email".equals(p.path("format").asString("")), (p, n) -> {
                p.remove("format");
                return "format-changed";
            }),
            new Edit("enum value added", p -> p.path("enum").isArray() && p.path("type").asString("").equals("string"), (p, n) -> {
                ((ArrayNode) p.get("enum")).add("added_value");
                return "enum-value-added";
            }),
            new Edit("default added", p -> isPlain(p, "boolean"), (p, n) -> {
                p.put("default", true);
                return "default-changed";
            }),
            new Edit("null allowed", p -> isPlain(p, "string"), (p, n) -> {
                ArrayNode types = p.putArray("type");
                types.add("string").add("null");
                return "type-widened";
            }),
            new Edit("removed", p -> true, (p, n) -> "property-removed"),
            new Edit("retitled", p -> true, (p, n) -> "type-renamed"),
            new Edit("added", p -> true, (p, n) -> "property-added"),
            new Edit("closed", p -> true, (p, n) -> "closed"),
            new Edit("made required", p -> true, (p, n) -> "made-required"),
            new Edit("items maxLength added", p -> p.path("items").path("type").asString("").equals("string")
                    && p.path("items").size() == 1, (p, n) -> {
                        ((ObjectNode) p.get("items")).put("maxLength", 32);
                        return "constraint-tightened";
                    }),
            new Edit("items retyped", p -> p.path("items").path("type").asString("").equals("string") && p.path("items").size() == 1,
                    (p, n) -> {
                        ((ObjectNode) p.get("items")).put("type", "boolean");
                        return "type-changed";
                    }));

    static boolean isPlain(JsonNode property, String type) {
        return type.equals(property.path("type").asString("")) && !property.has("enum") && !property.has("format")
                && !property.has("const") && !property.has("default");
    }

    @Test
    void randomEditsAreEachReportedOnceAsWhatTheyAre() throws IOException {
        String property = System.getProperty("schemapojo.corpus", "");
        assumeTrue(!property.isBlank(), "schemapojo.corpus is not set: corpus tests skipped");
        Path corpus = Path.of(property);
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (long seed = 1; seed <= 3; seed++) {
            Path edited = Files.createDirectories(dir.resolve("edited-" + seed));
            Random random = new Random(seed);
            List<Path> order = new ArrayList<>(files);
            Collections.shuffle(order, random);
            Set<String> expected = new HashSet<>();
            Set<String> edits = new HashSet<>();
            int done = 0;
            for (Path file : order) {
                ObjectNode schema = (ObjectNode) JSON.readTree(Files.readString(file));
                if (done < EDITS_PER_ROUND) {
                    String change = editOne(schema, random, file.getFileName().toString(), edits);
                    if (change != null) {
                        done++;
                        if (!change.isEmpty()) {
                            expected.add(change);
                        }
                    }
                }
                // every file in another layout: pretty-printed, which is no change
                Files.writeString(edited.resolve(file.getFileName()), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(schema));
            }
            Options current = Schemas.options(edited, dir.resolve("out")).typeNaming(TypeNaming.NAMESPACE).build();
            Generator.CompatResult result = new Generator(current).compat(current.withSchemas(corpus, Map.of()));
            assertThat(result.failed()).as("%s", result.diagnostics()).isFalse();
            System.out.println("corpus edits, seed " + seed + ": " + done + " files edited, " + expected.size()
                    + " with a change to report, " + edits.stream().filter(e -> e.contains("#")).count()
                    + " in inline object schemas; by edit: " + edits.stream().map(e -> e.replaceAll("^[^:]*: (.*) of .*$", "$1"))
                            .collect(java.util.stream.Collectors.groupingBy(e -> e, TreeMap::new, java.util.stream.Collectors.counting())));
            List<String> reported = result.changes().stream()
                    .map(c -> c.origin() + " " + c.kind().word() + " " + c.member()).toList();
            assertThat(done).as("edits made").isEqualTo(EDITS_PER_ROUND);
            assertThat(expected).as("edits that change something").hasSizeGreaterThan(EDITS_PER_ROUND * 2 / 3);
            assertThat(reported).as("seed %d, edits %s", seed, edits).doesNotHaveDuplicates();
            Set<String> unexpected = new java.util.TreeSet<>(reported);
            unexpected.removeAll(expected);
            Set<String> missing = new java.util.TreeSet<>(expected);
            missing.removeAll(reported);
            assertThat(unexpected).as("reported but not made, seed %d", seed).isEmpty();
            assertThat(missing).as("made but not reported, seed %d", seed).isEmpty();
        }
    }

    /**
     * The object schemas of a file that hold {@code properties}, by JSON pointer: the root and the inline ones
     * below it (a property's object, an array's items), not through {@code $ref}s.
     */
    static Map<String, ObjectNode> containers(ObjectNode schema) {
        Map<String, ObjectNode> out = new TreeMap<>();
        collect(schema, "", out);
        return out;
    }

    private static void collect(JsonNode schema, String pointer, Map<String, ObjectNode> out) {
        if (!(schema instanceof ObjectNode object) || schema.has("$ref")) {
            return;
        }
        if (object.path("properties").isObject() && !object.path("properties").isEmpty()) {
            out.put(pointer, object);
            for (String name : object.get("properties").propertyNames()) {
                collect(object.get("properties").get(name), pointer + "/properties/" + name.replace("~", "~0").replace("/", "~1"), out);
            }
        }
        collect(object.get("items"), pointer + "/items", out);
    }

    /**
     * One edit of one of the file's object schemas (the root, or one inline below it), of a kind drawn at
     * random among those that schema allows, at a property drawn at random among those it applies to; the
     * expected {@code file#pointer kind member}, "" for an edit that changes nothing, or null when no edit applies.
     */
    private static String editOne(ObjectNode root, Random random, String file, Set<String> edits) {
        Map<String, ObjectNode> containers = containers(root);
        if (containers.isEmpty()) {
            return null;
        }
        List<String> pointers = new ArrayList<>(containers.keySet());
        // inline object schemas are few (Stytch nests through $refs): one is edited in half the files that have one
        String pointer = pointers.size() > 1 && random.nextBoolean() ? pointers.get(1 + random.nextInt(pointers.size() - 1))
                : pointers.get(0);
        ObjectNode schema = containers.get(pointer);
        String at = file + (pointer.isEmpty() ? "" : "#" + pointer);
        JsonNode properties = schema.path("properties");
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(n -> required.add(n.asString()));
        String first = properties.propertyNames().iterator().next();
        Map<String, List<String>> applicable = new TreeMap<>();
        for (Edit edit : PROPERTY_EDITS) {
            for (String name : properties.propertyNames()) {
                JsonNode p = properties.get(name);
                boolean applies = switch (edit.name()) {
                    // the edits of the object itself: one per object, so its first property stands for it
                    case "retitled" -> pointer.isEmpty() && schema.has("title") && name.equals(first);
                    case "added" -> !properties.has("edit_added") && name.equals(first);
                    case "closed" -> !schema.has("additionalProperties") && name.equals(first);
                    case "made required", "removed" -> !required.contains(name);
                    default -> p instanceof ObjectNode o && !o.has("$ref") && edit.applies().test(o);
                };
                if (applies) {
                    applicable.computeIfAbsent(edit.name(), k -> new ArrayList<>()).add(name);
                }
            }
        }
        if (applicable.isEmpty()) {
            return null;
        }
        List<String> kinds = new ArrayList<>(applicable.keySet());
        String kind = kinds.get(random.nextInt(kinds.size()));
        List<String> names = applicable.get(kind);
        String name = names.get(random.nextInt(names.size()));
        Edit edit = PROPERTY_EDITS.stream().filter(e -> e.name().equals(kind)).findFirst().orElseThrow();
        edits.add(at + ": " + kind + " of " + name);
        String change = edit.apply().apply((ObjectNode) properties.get(name), name);
        switch (kind) {
            case "retitled" -> {
                schema.put("title", schema.get("title").asString() + "_Edited");
                return at + " " + change + " ";
            }
            case "added" -> {
                ((ObjectNode) properties).putObject("edit_added").put("type", "string");
                return at + " " + change + " edit_added";
            }
            case "closed" -> {
                schema.put("additionalProperties", false);
                return at + " " + change + " ";
            }
            case "made required" -> (schema.get("required") instanceof ArrayNode list ? list : schema.putArray("required")).add(name);
            case "removed" -> ((ObjectNode) properties).remove(name);
            // an inline string enum is a Java enum of its own, nested in the type: the value is added to it
            case "enum value added" -> {
                return file + "#" + pointer + "/properties/" + name + " " + change + " ";
            }
            default -> { }
        }
        return change.isEmpty() ? "" : at + " " + change + " " + name;
    }
}
