package dev.schemapojo.core.emit;

import dev.schemapojo.core.ir.ObjectType;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.naming.NameScope;
import dev.schemapojo.core.naming.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which properties of a class remember whether the JSON had them: those whose schema allows {@code null},
 * so that {@code "k": null} and an absent {@code k} stay apart on a round trip (and a required one must be
 * present). The class and its builder hold a {@code boolean} per such property, named here once for both.
 * Records hold the value only (a record component is all a record has).
 */
final class Presence {
    private Presence() {}

    /** The presence field (and the class's {@code hasX()} method) of each tracked property, by its Java name. */
    static Map<String, String> of(ObjectType type) {
        Map<String, String> out = new LinkedHashMap<>();
        if (type.form() != ObjectType.Form.CLASS) {
            return out;
        }
        NameScope names = new NameScope(NameScope.Numbering.UNDERSCORES, false, Slots.names(type));
        for (Property p : type.properties()) {
            if (p.nullable() && !p.jsonName().isEmpty()) {
                out.put(p.javaName(), names.allocate("has" + Names.capitalize(p.javaName())));
            }
        }
        return out;
    }

    /** Every field a class (and its builder) has: the {@link Slots} and the presence fields {@code presence} names. */
    static List<String> fieldNames(ObjectType type, Map<String, String> presence) {
        List<String> out = new ArrayList<>(Slots.names(type));
        out.addAll(presence.values());
        return out;
    }
}
