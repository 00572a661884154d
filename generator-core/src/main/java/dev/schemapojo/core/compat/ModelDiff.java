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
import dev.schemapojo.core.ir.TypeModel;
import dev.schemapojo.core.ir.TypeRef;
import dev.schemapojo.core.ir.UnionType;
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

    private ModelDiff(TypeModel baseline, TypeModel current) {
        this.before = byOrigin(baseline, beforeOrigins);
        this.after = byOrigin(current, afterOrigins);
    }

    public static List<Change> compare(TypeModel baseline, TypeModel current) {
        return new ModelDiff(baseline, current).changes();
    }

    private static Map<Origin, TypeDecl> byOrigin(TypeModel model, Map<JavaName, Origin> origins) {
        Map<Origin, TypeDecl> out = new LinkedHashMap<>();
        List<TypeDecl> pending = new ArrayList<>(model.types());
        for (int i = 0; i < pending.size(); i++) {
            TypeDecl type = pending.get(i);
            out.putIfAbsent(type.origin(), type);
            origins.put(type.name(), type.origin());
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
            } else if (was.getClass() != now.getClass()) {
                out.add(Change.of(ChangeKind.TYPE_CHANGED, name, now.origin(), "", kindOf(was), kindOf(now)));
            }
        }
        for (Map.Entry<Origin, TypeDecl> entry : before.entrySet()) {
            if (!after.containsKey(entry.getKey())) {
                String name = entry.getValue().name().canonicalName();
                out.add(Change.of(ChangeKind.TYPE_REMOVED, name, entry.getKey(), "", name, ""));
            }
        }
        return out;
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
            property(name, now.origin(), o, p, out);
        }
        for (Property o : was.properties()) {
            if (!current.containsKey(o.jsonName())) {
                Change removed = Change.of(o.required() ? ChangeKind.REQUIRED_PROPERTY_REMOVED : ChangeKind.PROPERTY_REMOVED,
                        name, now.origin(), o.jsonName(), shown(o.type()), "");
                out.add(nowClosed ? removed.withSend(Verdict.BREAKING) : removed);
            }
        }
        if (record) {
            List<String> oldOrder = was.properties().stream().map(Property::jsonName).filter(current::containsKey).toList();
            List<String> newOrder = now.properties().stream().map(Property::jsonName).filter(old::containsKey).toList();
            if (!oldOrder.equals(newOrder)) {
                out.add(Change.of(ChangeKind.PROPERTIES_REORDERED, name, now.origin(), "", String.join(", ", oldOrder),
                        String.join(", ", newOrder)));
            }
        }
    }

    private void property(String type, Origin origin, Property was, Property now, List<Change> out) {
        String member = now.jsonName();
        if (!was.required() && now.required()) {
            out.add(Change.of(ChangeKind.MADE_REQUIRED, type, origin, member, "optional", "required"));
        } else if (was.required() && !now.required()) {
            out.add(Change.of(ChangeKind.MADE_OPTIONAL, type, origin, member, "required", "optional"));
        }
        ChangeKind typeChange = typeChange(was.type(), now.type());
        if (typeChange != null) {
            out.add(Change.of(typeChange, type, origin, member, shown(was.type()), shown(now.type())));
        }
        String oldConst = was.constant() == null ? "" : was.constant().text();
        String newConst = now.constant() == null ? "" : now.constant().text();
        if (!oldConst.equals(newConst)) {
            out.add(Change.of(ChangeKind.CONST_CHANGED, type, origin, member, oldConst, newConst));
        }
        values(type, origin, member, texts(was.allowed()), texts(now.allowed()), out);
    }

    private void enums(EnumType was, EnumType now, List<Change> out) {
        Set<String> old = new LinkedHashSet<>();
        was.constants().forEach(c -> old.add(c.jsonValue()));
        Set<String> current = new LinkedHashSet<>();
        now.constants().forEach(c -> current.add(c.jsonValue()));
        values(now.name().canonicalName(), now.origin(), "", old, current, out);
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

    /** How a property's type changed, or null when it did not (a type renamed with its schema counts as the same). */
    private ChangeKind typeChange(TypeRef was, TypeRef now) {
        if (same(was, now)) {
            return null;
        }
        String oldKind = jsonKind(was, before, beforeOrigins);
        String newKind = jsonKind(now, after, afterOrigins);
        if (oldKind.equals(newKind)) {
            return ChangeKind.JAVA_TYPE_CHANGED;
        }
        if (newKind.equals("any") || (oldKind.equals("integer") && newKind.equals("number"))) {
            return ChangeKind.TYPE_WIDENED;
        }
        if (oldKind.equals("any") || (oldKind.equals("number") && newKind.equals("integer"))) {
            return ChangeKind.TYPE_NARROWED;
        }
        return ChangeKind.TYPE_CHANGED;
    }

    private boolean same(TypeRef was, TypeRef now) {
        if (was instanceof TypeRef.Named a && now instanceof TypeRef.Named b) {
            return Objects.equals(beforeOrigins.get(a.name()), afterOrigins.get(b.name()));
        }
        if (was instanceof TypeRef.ListOf a && now instanceof TypeRef.ListOf b) {
            return same(a.item(), b.item());
        }
        if (was instanceof TypeRef.SetOf a && now instanceof TypeRef.SetOf b) {
            return same(a.item(), b.item());
        }
        if (was instanceof TypeRef.MapOf a && now instanceof TypeRef.MapOf b) {
            return same(a.value(), b.value());
        }
        return was.equals(now);
    }

    /** The JSON type a Java type holds, as far as the wire is concerned (formats are annotations there). */
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
        return decl instanceof EnumType ? "string" : decl instanceof ObjectType ? "object" : "named " + kindOf(decl);
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
            return switch (scalar.kind()) {
                case STRING -> "String";
                case INTEGER -> "Integer";
                case LONG -> "Long";
                case DOUBLE -> "Double";
                case BOOLEAN -> "Boolean";
                case ANY -> "Object";
                default -> scalar.kind().name();
            };
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
