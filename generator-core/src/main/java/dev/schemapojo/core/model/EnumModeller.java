package dev.schemapojo.core.model;

import dev.schemapojo.core.diagnostics.Severity;
import dev.schemapojo.core.ir.EnumType;
import dev.schemapojo.core.ir.JavaName;
import dev.schemapojo.core.load.JsonPointers;
import dev.schemapojo.core.load.SchemaLocationRef;
import dev.schemapojo.core.naming.NameScope;
import dev.schemapojo.core.naming.Names;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** A string {@code enum} as an {@link EnumType}: one constant per distinct value, {@code null} left to nullability. */
final class EnumModeller {
    private final ModelContext context;

    EnumModeller(ModelContext context) {
        this.context = context;
    }

    EnumType enumType(SchemaLocationRef at, JavaName name, String description) {
        NameScope constantNames = new NameScope(NameScope.Numbering.UNDERSCORE_THEN_NUMBER, false, List.of());
        List<EnumType.Constant> constants = new ArrayList<>();
        Set<String> seenValues = new HashSet<>();
        JsonNode values = at.node().path("enum");
        for (int i = 0; i < values.size(); i++) {
            JsonNode v = values.get(i);
            if (v.isNull()) {
                continue;
            }
            if (v.asString().length() > JavaLimits.MAX_JSON_NAME_CHARS) {
                context.diagnostics().report(at.document().diagnostic(Severity.ERROR, "model.name-too-long",
                        JsonPointers.append(JsonPointers.append(at.pointer(), "enum"), i),
                        "an enum value of " + v.asString().length() + " characters does not fit in a Java string constant"
                                + " (at most " + JavaLimits.MAX_JSON_NAME_CHARS + " characters are supported)"));
                continue;
            }
            if (seenValues.add(v.asString())) {
                constants.add(new EnumType.Constant(constantNames.allocate(Names.constantCase(v.asString())), v.asString()));
            }
        }
        return new EnumType(name, description, ModelContext.origin(at), constants);
    }
}
