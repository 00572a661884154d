package dev.schemapojo.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.schemapojo.core.ir.Property;
import java.util.List;

/** The annotations generated code uses: jackson-annotations only, plus {@code @Generated}. */
final class Annotations {
    static final String JACKSON = "com.fasterxml.jackson.annotation";
    static final ClassName JSON_PROPERTY = ClassName.get(JACKSON, "JsonProperty");
    static final ClassName JSON_CREATOR = ClassName.get(JACKSON, "JsonCreator");
    static final ClassName JSON_VALUE = ClassName.get(JACKSON, "JsonValue");
    static final ClassName JSON_INCLUDE = ClassName.get(JACKSON, "JsonInclude");
    static final ClassName JSON_IGNORE_PROPERTIES = ClassName.get(JACKSON, "JsonIgnoreProperties");
    static final ClassName JSON_PROPERTY_ORDER = ClassName.get(JACKSON, "JsonPropertyOrder");
    static final ClassName JSON_AUTO_DETECT = ClassName.get(JACKSON, "JsonAutoDetect");
    static final ClassName JSON_ANY_SETTER = ClassName.get(JACKSON, "JsonAnySetter");
    static final ClassName JSON_ANY_GETTER = ClassName.get(JACKSON, "JsonAnyGetter");
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    /** The value of {@code @Generated}: no timestamp, no version, so output is reproducible. */
    static final String GENERATOR = "dev.schemapojo.core.Generator";

    // Specs are immutable: the ones that never vary are built once, not once per type or property.
    private static final AnnotationSpec GENERATED_SPEC =
            AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build();
    private static final AnnotationSpec NON_NULL = include("NON_NULL");
    private static final AnnotationSpec ALWAYS = include("ALWAYS");
    private static final AnnotationSpec DELEGATING =
            AnnotationSpec.builder(JSON_CREATOR).addMember("mode", "$T.Mode.DELEGATING", JSON_CREATOR).build();
    private static final AnnotationSpec NO_AUTO_DETECTION = AnnotationSpec.builder(JSON_AUTO_DETECT)
            .addMember("fieldVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
            .addMember("getterVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
            .addMember("isGetterVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
            .addMember("setterVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
            .build();
    private static final AnnotationSpec IGNORE_UNKNOWN =
            AnnotationSpec.builder(JSON_IGNORE_PROPERTIES).addMember("ignoreUnknown", "$L", true).build();
    private static final AnnotationSpec REFUSE_UNKNOWN =
            AnnotationSpec.builder(JSON_IGNORE_PROPERTIES).addMember("ignoreUnknown", "$L", false).build();

    private Annotations() {}

    static AnnotationSpec generated() {
        return GENERATED_SPEC;
    }

    static AnnotationSpec jsonProperty(String jsonName) {
        return AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$L", Literals.string(jsonName)).build();
    }

    /**
     * The Jackson annotations of a named property's accessor (a getter, a record component): its JSON name,
     * and for a required property whose schema allows {@code null}, that it is written as {@code null} when
     * it is: leaving it out, as the class's {@code NON_NULL} does for the others, would write JSON its schema
     * rejects.
     */
    static List<AnnotationSpec> forProperty(Property p) {
        AnnotationSpec name = jsonProperty(p.jsonName());
        if (!p.required() || !p.nullable()) {
            return List.of(name);
        }
        return List.of(name, ALWAYS);
    }

    /** {@code @JsonInclude(NON_NULL)}: absent values are left out of the JSON. */
    static AnnotationSpec nonNull() {
        return NON_NULL;
    }

    private static AnnotationSpec include(String mode) {
        return AnnotationSpec.builder(JSON_INCLUDE).addMember("value", "$T.Include." + mode, JSON_INCLUDE).build();
    }

    /** {@code @JsonCreator(mode = DELEGATING)}: Jackson reads the JSON as the one parameter's type. */
    static AnnotationSpec delegatingCreator() {
        return DELEGATING;
    }

    /** Only explicit annotations drive Jackson: nothing is detected by naming convention. */
    static AnnotationSpec noAutoDetection() {
        return NO_AUTO_DETECTION;
    }

    /** {@code @JsonIgnoreProperties(ignoreUnknown = ...)}: false when the schema allows no other properties. */
    static AnnotationSpec ignoreUnknown(boolean closed) {
        return closed ? REFUSE_UNKNOWN : IGNORE_UNKNOWN;
    }
}
