package dev.schemapojo.core.emit;

import dev.schemapojo.core.ir.ObjectType;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.ir.TypeRef;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java fields of an object type's class, record and builder: one per property, in schema order,
 * then the additional-properties map when the type keeps one. Fields, copies and the value methods
 * treat them alike; accessors and setters differ (the map has an any-getter and an any-setter).
 */
final class Slots {
    private Slots() {}

    /** One field: its name, its type and whether {@code toString()} hides its value. */
    record Slot(String javaName, TypeRef type, boolean sensitive) {}

    static List<Slot> of(ObjectType type) {
        List<Slot> slots = new ArrayList<>();
        for (Property p : type.properties()) {
            slots.add(new Slot(p.javaName(), p.type(), p.sensitive()));
        }
        if (type.additional() != null) {
            slots.add(new Slot(type.additional().javaName(), type.additional().type(), false));
        }
        return slots;
    }

    /** The field names of the type: generated helpers and locals take names none of them has. */
    static List<String> names(ObjectType type) {
        return of(type).stream().map(Slot::javaName).toList();
    }
}
