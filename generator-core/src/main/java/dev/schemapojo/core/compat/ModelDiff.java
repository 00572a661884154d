package dev.schemapojo.core.compat;

import dev.schemapojo.core.compat.ChangeKind.JavaVerdict;
import dev.schemapojo.core.compat.ChangeKind.Verdict;
import dev.schemapojo.core.ir.EnumType;
import dev.schemapojo.core.ir.JavaName;
import dev.schemapojo.core.ir.Literal;
import dev.schemapojo.core.ir.ObjectType;
import dev.schemapojo.core.ir.Origin;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.ir.TypeDecl;
import dev.schemapojo.core.ir.TupleType;
import dev.schemapojo.core.ir.TypeModel;
import dev.schemapojo.core.ir.TypeRef;
import dev.schemapojo.core.ir.UnionType;
import dev.schemapojo.core.ir.ValueType;
import dev.schemapojo.core.load.JsonPointers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The changes between two type models of one schema set, the baseline's and the current one, built with the
 * same options. Types are matched by their schema (file and JSON pointer), so a changed {@code title} is a
 * rename, not a removal and an addition; properties by JSON name, enum values by JSON value, union variants
 * by the schema of the variant. The changes come in the current model's type order, then the removed types.
 */
public final class ModelDiff {
    private final Map<Origin, TypeDecl> before;
    private final Map<Origin, TypeDecl> after;
    private final Map<JavaName, Origin> beforeOrigins = new LinkedHashMap<>();
    private final Map<JavaName, Origin> afterOrigins = new LinkedHashMap<>();
    private final boolean formatsAsserted;
    private final Map<String, String> baselineFiles;
    /** The pairs of different object schemas being compared as a property's type, against cycles. */
    private final Set<List<Origin>> comparing = new java.util.HashSet<>();

    private ModelDiff(TypeModel baseline, TypeModel current, boolean formatsAsserted, Map<String, String> baselineFiles) {
        this.baselineFiles = Map.copyOf(baselineFiles);
        this.before = byOrigin(baseline, beforeOrigins, this::identity);
        this.after = byOrigin(current, afterOrigins, origin -> origin);
        this.formatsAsserted = formatsAsserted;
    }

    /** The changes, with {@code format} an annotation and files matched by path. */
    public static List<Change> compare(TypeModel baseline, TypeModel current) {
        return compare(baseline, current, false, Map.of());
    }

    /**
     * The changes from {@code baseline} to {@code current}.
     *
     * @param formatsAsserted whether {@code format} is checked ({@code formats=assert}), which makes it a constraint
     * @param baselineFiles for a baseline file that is another file now (the same {@code $id} at another path),
     *     the current file's path; a file not in it is matched by its own path
     */
    public static List<Change> compare(TypeModel baseline, TypeModel current, boolean formatsAsserted,
            Map<String, String> baselineFiles) {
        return new ModelDiff(baseline, current, formatsAsserted, baselineFiles).changes();
    }

    /** A baseline schema's place in the current set's terms: its file as {@link #baselineFiles} matches it. */
    private Origin identity(Origin origin) {
        return new Origin(baselineFiles.getOrDefault(origin.file(), origin.file()), origin.pointer());
    }

    private static Map<Origin, TypeDecl> byOrigin(TypeModel model, Map<JavaName, Origin> origins,
            java.util.function.UnaryOperator<Origin> identity) {
        Map<Origin, TypeDecl> out = new LinkedHashMap<>();
        List<TypeDecl> pending = new ArrayList<>(model.types());
        for (int i = 0; i < pending.size(); i++) {
            TypeDecl type = pending.get(i);
            out.putIfAbsent(identity.apply(type.origin()), type);
            origins.put(type.name(), identity.apply(type.origin()));
            pending.addAll(type.nested());
        }
        return out;
    }

    private List<Change> changes() {
        List<Change> out = new ArrayList<>();
        for (Map.Entry<Origin, TypeDecl> entry : after.entrySet()) {
            TypeDecl now = entry.getValue();
            TypeDecl was = before.get(entry.getKey());
            String name = now.name().canonicalName();
            if (was == null) {
                out.add(Change.of(ChangeKind.TYPE_ADDED, name, now.origin(), "", "", name));
                continue;
            }
            // a nested type keeps its simple name when only the type around it was renamed: that rename says it
            if (!was.name().equals(now.name()) && (was.name().simpleNames().size() == 1
                    || !was.name().simpleName().equals(now.name().simpleName()))) {
                out.add(Change.of(ChangeKind.TYPE_RENAMED, name, now.origin(), "", was.name().canonicalName(), name));
            }
            if (was instanceof ObjectType old && now instanceof ObjectType current) {
                objects(old, current, out);
            } else if (was instanceof EnumType old && now instanceof EnumType current) {
                enums(old, current, out);
            } else if (was instanceof UnionType old && now instanceof UnionType current) {
                unions(old, current, out);
            } else if (was instanceof ValueType old && now instanceof ValueType current) {
                property(name, now.origin(), "", old.value(), current.value(), out);
            } else if (was instanceof TupleType old && now instanceof TupleType current) {
                tuples(old, current, out);
            } else if (was.getClass() != now.getClass()) {
                out.add(Change.of(ChangeKind.TYPE_CHANGED, name, now.origin(), "", kindOf(was), kindOf(now)));
            }
        }
        for (Map.Entry<Origin, TypeDecl> entry : before.entrySet()) {
            if (!after.containsKey(entry.getKey())) {
                String name = entry.getValue().name().canonicalName();
                out.add(Change.of(ChangeKind.TYPE_REMOVED, name, entry.getValue().origin(), "", name, ""));
            }
        }
        return withoutConsequences(out);
    }

    /**
     * The changes without the types added or removed with a type or member around them (the classes of an added
     * file's inline schemas, the nested class of a property added or retyped): that change says it.
     */
    private List<Change> withoutConsequences(List<Change> changes) {
        List<Origin> places = changes.stream().map(this::place).toList();
        List<Change> out = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            boolean removal = c.kind() == ChangeKind.TYPE_REMOVED;
            if (c.kind() != ChangeKind.TYPE_ADDED && !removal || !within(i, places, changes, removal)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether the type change {@code i} is at or inside the place of another addition (or removal) or retyping. */
    private static boolean within(int i, List<Origin> places, List<Change> changes, boolean removal) {
        Origin type = places.get(i);
        for (int j = 0; j < changes.size(); j++) {
            Origin p = places.get(j);
            boolean around = switch (changes.get(j).kind()) {
                case TYPE_ADDED, PROPERTY_ADDED, REQUIRED_PROPERTY_ADDED -> !removal;
                case TYPE_REMOVED, PROPERTY_REMOVED, REQUIRED_PROPERTY_REMOVED -> removal;
                case TYPE_CHANGED, TYPE_WIDENED, TYPE_NARROWED, JAVA_TYPE_CHANGED -> !changes.get(j).member().isEmpty();
                default -> false;
            };
            if (j != i && around && p.file().equals(type.file()) && (type.pointer().startsWith(p.pointer() + "/")
                    || p.pointer().isEmpty() && !type.pointer().isEmpty()
                    || p.pointer().equals(type.pointer()) && !changes.get(j).member().isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /** Where a change is in the current set's terms: its schema, and under {@code properties} its member's. */
    private Origin place(Change c) {
        Origin origin = c.kind() == ChangeKind.TYPE_REMOVED ? identity(c.origin()) : c.origin();
        return c.member().isEmpty() || c.member().startsWith("[") ? origin
                : new Origin(origin.file(), origin.pointer() + "/properties/" + JsonPointers.escape(c.member()));
    }

    private void objects(ObjectType was, ObjectType now, List<Change> out) {
        String name = now.name().canonicalName();
        boolean record = now.form() == ObjectType.Form.RECORD;
        boolean wasClosed = was.closed() || was.rejectsUnknown();
        boolean nowClosed = now.closed() || now.rejectsUnknown();
        Map<String, Property> old = new LinkedHashMap<>();
        was.properties().forEach(p -> old.put(p.jsonName(), p));
        Map<String, Property> current = new LinkedHashMap<>();
        now.properties().forEach(p -> current.put(p.jsonName(), p));
        if (!wasClosed && nowClosed) {
            out.add(Change.of(ChangeKind.CLOSED, name, now.origin(), "", "open", "closed"));
        } else if (wasClosed && !nowClosed) {
            out.add(Change.of(ChangeKind.OPENED, name, now.origin(), "", "closed", "open"));
        }
        if (was.additional() != null && now.additional() != null) {
            typeOnly(name, now.origin(), "", was.additional().type(), now.additional().type(), false, out);
        }
        for (Property p : now.properties()) {
            Property o = old.get(p.jsonName());
            if (o == null) {
                Change added = Change.of(p.required() ? ChangeKind.REQUIRED_PROPERTY_ADDED : ChangeKind.PROPERTY_ADDED, name,
                        now.origin(), p.jsonName(), "", shown(p.type()));
                // old types that refuse unknown members refuse new data with it; a record's constructor changes
                added = wasClosed ? added.withRead(Verdict.BREAKING) : added;
                out.add(record ? added.withJava(JavaVerdict.SOURCE_BREAKING) : added);
                continue;
            }
            property(name, now.origin(), p.jsonName(), o, p, out);
        }
        for (Property o : was.properties()) {
            if (!current.containsKey(o.jsonName())) {
                Change removed = Change.of(o.required() ? ChangeKind.REQUIRED_PROPERTY_REMOVED : ChangeKind.PROPERTY_REMOVED,
                        name, now.origin(), o.jsonName(), shown(o.type()), "");
                out.add(nowClosed ? removed.withSend(Verdict.BREAKING) : removed);
            }
        }
        dependentRequired(name, now.origin(), was.dependentRequired(), now.dependentRequired(), out);
        if (record) {
            List<String> oldOrder = was.properties().stream().map(Property::jsonName).filter(current::containsKey).toList();
            List<String> newOrder = now.properties().stream().map(Property::jsonName).filter(old::containsKey).toList();
            if (!oldOrder.equals(newOrder)) {
                out.add(Change.of(ChangeKind.PROPERTIES_REORDERED, name, now.origin(), "", String.join(", ", oldOrder),
                        String.join(", ", newOrder)));
            }
        }
    }

    /** The changes of one property, or of a value class's value ({@code member} empty). */
    private void property(String type, Origin origin, String member, Property was, Property now, List<Change> out) {
        if (!was.required() && now.required()) {
            out.add(Change.of(ChangeKind.MADE_REQUIRED, type, origin, member, "optional", "required"));
        } else if (was.required() && !now.required()) {
            out.add(Change.of(ChangeKind.MADE_OPTIONAL, type, origin, member, "required", "optional"));
        }
        boolean unique = uniqueItemsChanged(was.type(), now.type());
        // a Java type changed with a format or uniqueItems is that keyword's change
        boolean explained = unique || KeywordDiff.formatsDiffer(was.constraints(), now.constraints());
        Relation relation = typeOnly(type, origin, member, was.type(), now.type(), explained, out);
        if (relation == Relation.CHANGED) {
            // values of another JSON kind: their keywords are not comparable, the type change says it all
            return;
        }
        if (was.nullable() != now.nullable()) {
            Change change = Change.of(now.nullable() ? ChangeKind.TYPE_WIDENED : ChangeKind.TYPE_NARROWED, type, origin, member,
                    "type", was.nullable() ? shown(was.type()) + " or null" : shown(was.type()),
                    now.nullable() ? shown(now.type()) + " or null" : shown(now.type()));
            out.add(change.withJava(JavaVerdict.NONE));
        }
        if (unique) {
            boolean set = now.type() instanceof TypeRef.SetOf;
            out.add(Change.of(set ? ChangeKind.CONSTRAINT_TIGHTENED : ChangeKind.CONSTRAINT_LOOSENED, type, origin, member,
                    "uniqueItems", set ? "" : "uniqueItems: true", set ? "uniqueItems: true" : "")
                    .withJava(JavaVerdict.SOURCE_BREAKING));
        }
        List<String> javaTypes = !unique && !sameJava(was.type(), now.type()) ? List.of(shown(was.type()), shown(now.type())) : null;
        // a format belongs to its JSON type (int32 to an integer): with the type widened or narrowed, that change says it
        KeywordDiff.compare(type, origin, member, was, now, javaTypes, relation == Relation.SAME, formatsAsserted, out);
        values(type, origin, member, texts(was.allowed()), texts(now.allowed()), out);
    }

    /**
     * {@code dependentRequired} (draft 4-7 array {@code dependencies}), by the property that triggers it: more
     * names required with it narrows, fewer widens, some of each changes it.
     */
    private static void dependentRequired(String type, Origin origin, Map<String, List<String>> was,
            Map<String, List<String>> now, List<Change> out) {
        Set<String> keys = new java.util.TreeSet<>(was.keySet());
        keys.addAll(now.keySet());
        for (String key : keys) {
            Set<String> before = new java.util.TreeSet<>(was.getOrDefault(key, List.of()));
            Set<String> after = new java.util.TreeSet<>(now.getOrDefault(key, List.of()));
            if (before.equals(after)) {
                continue;
            }
            ChangeKind kind = after.containsAll(before) ? ChangeKind.CONSTRAINT_TIGHTENED
                    : before.containsAll(after) ? ChangeKind.CONSTRAINT_LOOSENED : ChangeKind.CONSTRAINT_CHANGED;
            out.add(Change.of(kind, type, origin, key, "dependentRequired",
                    before.isEmpty() ? "" : "dependentRequired: " + String.join(", ", before),
                    after.isEmpty() ? "" : "dependentRequired: " + String.join(", ", after)));
        }
    }

    /** {@code uniqueItems} added or dropped: a list became a set, or the reverse. */
    private static boolean uniqueItemsChanged(TypeRef was, TypeRef now) {
        return was instanceof TypeRef.ListOf && now instanceof TypeRef.SetOf || was instanceof TypeRef.SetOf && now instanceof TypeRef.ListOf;
    }

    /**
     * A closed tuple's positions, compared by index ({@code [0]}, ...): one added is refused by old readers (no
     * further items) and, within {@code minItems}, missing from old data; one removed is refused in old data.
     */
    private void tuples(TupleType was, TupleType now, List<Change> out) {
        String name = now.name().canonicalName();
        for (int i = 0; i < Math.max(was.items().size(), now.items().size()); i++) {
            String member = "[" + i + "]";
            if (i >= was.items().size()) {
                TypeRef type = now.items().get(i).type();
                out.add(Change.of(i < now.requiredItems() ? ChangeKind.REQUIRED_PROPERTY_ADDED : ChangeKind.PROPERTY_ADDED, name,
                        now.origin(), member, "", shown(type)).withRead(Verdict.BREAKING));
            } else if (i >= now.items().size()) {
                TypeRef type = was.items().get(i).type();
                out.add(Change.of(i < was.requiredItems() ? ChangeKind.REQUIRED_PROPERTY_REMOVED : ChangeKind.PROPERTY_REMOVED, name,
                        now.origin(), member, shown(type), "").withSend(Verdict.BREAKING));
            } else {
                typeOnly(name, now.origin(), member, was.items().get(i).type(), now.items().get(i).type(), false, out);
            }
        }
        if (was.items().size() == now.items().size() && was.requiredItems() != now.requiredItems()) {
            out.add(Change.of(now.requiredItems() > was.requiredItems() ? ChangeKind.CONSTRAINT_TIGHTENED
                    : ChangeKind.CONSTRAINT_LOOSENED, name, now.origin(), "", "minItems", "minItems: " + was.requiredItems(),
                    "minItems: " + now.requiredItems()));
        }
    }

    /**
     * The change of a value's type (a property's, a tuple position's, a map's values'), by {@link #relation}; the
     * same JSON in another Java type (a {@code $ref} to another schema of the same shape) unless {@code explained}
     * by a keyword reported on its own.
     *
     * @return how the JSON the types allow relates
     */
    private Relation typeOnly(String type, Origin origin, String member, TypeRef was, TypeRef now, boolean explained,
            List<Change> out) {
        Relation relation = relation(was, now);
        boolean javaChanged = !sameJava(was, now);
        ChangeKind kind = switch (relation) {
            case CHANGED -> ChangeKind.TYPE_CHANGED;
            case WIDENED -> ChangeKind.TYPE_WIDENED;
            case NARROWED -> ChangeKind.TYPE_NARROWED;
            case SAME -> javaChanged && !explained ? ChangeKind.JAVA_TYPE_CHANGED : null;
        };
        if (kind != null) {
            // another JSON kind breaks the API as its kind says; a widening or narrowing only where the Java type changes
            Change change = Change.of(kind, type, origin, member, shown(was), shown(now));
            out.add(javaChanged || relation == Relation.CHANGED ? change : change.withJava(JavaVerdict.NONE));
        }
        return relation;
    }

    private void enums(EnumType was, EnumType now, List<Change> out) {
        values(now.name().canonicalName(), now.origin(), "", jsonValues(was), jsonValues(now), out);
    }

    /** An enum's JSON values, in schema order. */
    private static Set<String> jsonValues(EnumType type) {
        Set<String> out = new LinkedHashSet<>();
        type.constants().forEach(c -> out.add(c.jsonValue()));
        return out;
    }

    /** The values an enum allows, added and removed; an empty set (any value) on either side is no enum. */
    private static void values(String type, Origin origin, String member, Set<String> was, Set<String> now, List<Change> out) {
        if (was.isEmpty() || now.isEmpty()) {
            return;
        }
        for (String value : now) {
            if (!was.contains(value)) {
                out.add(Change.of(ChangeKind.ENUM_VALUE_ADDED, type, origin, member, "", value));
            }
        }
        for (String value : was) {
            if (!now.contains(value)) {
                out.add(Change.of(ChangeKind.ENUM_VALUE_REMOVED, type, origin, member, value, ""));
            }
        }
    }

    private void unions(UnionType was, UnionType now, List<Change> out) {
        Set<Origin> old = new LinkedHashSet<>();
        was.variants().forEach(v -> old.add(beforeOrigins.get(v.type())));
        Set<Origin> current = new LinkedHashSet<>();
        now.variants().forEach(v -> current.add(afterOrigins.get(v.type())));
        String name = now.name().canonicalName();
        for (UnionType.Variant v : now.variants()) {
            if (!old.contains(afterOrigins.get(v.type()))) {
                out.add(Change.of(ChangeKind.UNION_VARIANT_ADDED, name, now.origin(), "", "", v.type().canonicalName()));
            }
        }
        for (UnionType.Variant v : was.variants()) {
            if (!current.contains(beforeOrigins.get(v.type()))) {
                out.add(Change.of(ChangeKind.UNION_VARIANT_REMOVED, name, now.origin(), "", v.type().canonicalName(), ""));
            }
        }
    }

    /** How the JSON values one type allows relate to those of another. */
    private enum Relation {
        /** The same values (the Java types may still differ). */
        SAME,
        /** The new type allows every old value and more. */
        WIDENED,
        /** The new type allows only some of the old values. */
        NARROWED,
        /** Neither holds the other (another JSON kind). */
        CHANGED
    }

    /**
     * How the JSON a property allows changed, by shape: kinds ({@code integer} to {@code number} widens, any JSON
     * to a string narrows), items and map values, enum values, and the members of two different object schemas
     * (a {@code $ref} to another schema). Formats and {@code uniqueItems} are keywords, compared on their own.
     */
    private Relation relation(TypeRef was, TypeRef now) {
        String oldKind = jsonKind(was, before, beforeOrigins);
        String newKind = jsonKind(now, after, afterOrigins);
        if (!oldKind.equals(newKind)) {
            if (newKind.equals("any") || oldKind.equals("integer") && newKind.equals("number")) {
                return Relation.WIDENED;
            }
            if (oldKind.equals("any") || oldKind.equals("number") && newKind.equals("integer")) {
                return Relation.NARROWED;
            }
            if (oldKind.equals("string") && newKind.equals("enum")) {
                return Relation.NARROWED;
            }
            return oldKind.equals("enum") && newKind.equals("string") ? Relation.WIDENED : Relation.CHANGED;
        }
        if (TypeRef.elementOf(was) != null && TypeRef.elementOf(now) != null) {
            return relation(TypeRef.elementOf(was), TypeRef.elementOf(now));
        }
        if (was instanceof TypeRef.MapOf || now instanceof TypeRef.MapOf) {
            // a map of any JSON and an object type: the object's members are some of the map's values
            TypeRef map = was instanceof TypeRef.MapOf m ? m.value() : ((TypeRef.MapOf) now).value();
            boolean any = map instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.ScalarKind.ANY;
            return !any ? Relation.CHANGED : was instanceof TypeRef.MapOf ? Relation.NARROWED : Relation.WIDENED;
        }
        if (was instanceof TypeRef.Named a && now instanceof TypeRef.Named b) {
            Origin from = beforeOrigins.get(a.name());
            Origin to = afterOrigins.get(b.name());
            return Objects.equals(from, to) ? Relation.SAME : declarations(before.get(from), after.get(to));
        }
        return Relation.SAME;
    }

    /** How two different schemas of one kind relate: enums by their values, objects by their members' changes. */
    private Relation declarations(TypeDecl was, TypeDecl now) {
        if (was instanceof EnumType a && now instanceof EnumType b) {
            Set<String> old = jsonValues(a);
            Set<String> current = jsonValues(b);
            return old.equals(current) ? Relation.SAME : current.containsAll(old) ? Relation.WIDENED
                    : old.containsAll(current) ? Relation.NARROWED : Relation.CHANGED;
        }
        if (!(was instanceof ObjectType a && now instanceof ObjectType b) || !comparing.add(List.of(a.origin(), b.origin()))) {
            // another kind of declaration (union, tuple, value class), or a pair already being compared (a cycle)
            return was == null || now == null || was.getClass() != now.getClass() ? Relation.CHANGED : Relation.SAME;
        }
        List<Change> members = new ArrayList<>();
        objects(a, b, members);
        comparing.remove(List.of(a.origin(), b.origin()));
        boolean send = members.stream().anyMatch(c -> c.send() == Verdict.BREAKING);
        boolean read = members.stream().anyMatch(c -> c.read() == Verdict.BREAKING);
        return send && read ? Relation.CHANGED : send ? Relation.NARROWED : read ? Relation.WIDENED : Relation.SAME;
    }

    /** Whether code sees the same Java type: generated types by name (a type renamed with its schema is reported as a rename). */
    private boolean sameJava(TypeRef was, TypeRef now) {
        if (was instanceof TypeRef.Named a && now instanceof TypeRef.Named b) {
            Origin from = beforeOrigins.get(a.name());
            return from != null && from.equals(afterOrigins.get(b.name())) || a.name().equals(b.name());
        }
        if (TypeRef.elementOf(was) != null && TypeRef.elementOf(now) != null && was.getClass() == now.getClass()) {
            return sameJava(TypeRef.elementOf(was), TypeRef.elementOf(now));
        }
        return was.equals(now);
    }

    /** The JSON kind a Java type holds, as far as the wire is concerned (formats are keywords of their own). */
    private static String jsonKind(TypeRef type, Map<Origin, TypeDecl> types, Map<JavaName, Origin> origins) {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case INTEGER, LONG -> "integer";
                case DOUBLE -> "number";
                case BOOLEAN -> "boolean";
                case ANY -> "any";
                default -> "string";
            };
        }
        if (type instanceof TypeRef.ListOf || type instanceof TypeRef.SetOf) {
            return "array";
        }
        if (type instanceof TypeRef.MapOf) {
            return "object";
        }
        TypeDecl decl = types.get(origins.get(((TypeRef.Named) type).name()));
        return decl instanceof EnumType ? "enum" : decl instanceof ObjectType ? "object" : "named " + kindOf(decl);
    }

    private static String kindOf(TypeDecl type) {
        return type == null ? "unknown" : type.getClass().getSimpleName().replace("Type", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static Set<String> texts(List<Literal> values) {
        Set<String> out = new LinkedHashSet<>();
        values.forEach(v -> out.add(v.text()));
        return out;
    }

    /** A type as the Java API writes it ({@code List<Order>}), simple names. */
    private static String shown(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            String name = scalar.kind().javaClass();
            return name.substring(name.lastIndexOf('.') + 1);
        }
        if (type instanceof TypeRef.ListOf list) {
            return "List<" + shown(list.item()) + ">";
        }
        if (type instanceof TypeRef.SetOf set) {
            return "Set<" + shown(set.item()) + ">";
        }
        if (type instanceof TypeRef.MapOf map) {
            return "Map<String, " + shown(map.value()) + ">";
        }
        return ((TypeRef.Named) type).name().simpleName();
    }
}
