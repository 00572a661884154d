package dev.schemapojo.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

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
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    /** The value of {@code @Generated}: no timestamp, no version, so output is reproducible. */
    static final String GENERATOR = "dev.schemapojo.core.Generator";

    private Annotations() {}

    static AnnotationSpec generated() {
        return AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build();
    }

    static AnnotationSpec jsonProperty(String jsonName) {
        return AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$L", Literals.string(jsonName)).build();
    }
}
