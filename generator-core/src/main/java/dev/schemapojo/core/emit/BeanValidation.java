package dev.schemapojo.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.schemapojo.core.ir.AdditionalProperties;
import dev.schemapojo.core.ir.Constraints;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.ir.TypeRef;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The Jakarta Bean Validation annotations for a property ({@code beanValidation=true}): the schema's
 * validation keywords as constraints that a validator checks; the generated code then needs
 * {@code jakarta.validation:jakarta.validation-api}.
 */
final class BeanValidation {
    private static final String PACKAGE = "jakarta.validation.constraints";
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private BeanValidation() {}

    static List<AnnotationSpec> annotations(Property p) {
        List<AnnotationSpec> out = new ArrayList<>();
        Constraints c = p.constraints();
        if (p.required() && !p.nullable()) {
            out.add(AnnotationSpec.builder(ClassName.get(PACKAGE, "NotNull")).build());
        }
        boolean text = p.type() instanceof TypeRef.Scalar s && s.kind() == TypeRef.ScalarKind.STRING;
        boolean collection = JavaTypes.isCollection(p.type());
        Constraints.Range size = text ? c.length() : !collection ? Constraints.Range.NONE
                : p.type() instanceof TypeRef.MapOf ? c.properties() : c.items();
        // @Size takes ints: a minimum beyond one is Integer.MAX_VALUE (no Java string or collection is larger),
        // a maximum beyond one says nothing
        BigInteger min = size.min() == null || size.min().signum() < 0 ? null : size.min().min(INT_MAX);
        BigInteger max = size.max() == null || size.max().signum() < 0 || size.max().compareTo(INT_MAX) >= 0 ? null : size.max();
        if (min != null || max != null) {
            AnnotationSpec.Builder spec = AnnotationSpec.builder(ClassName.get(PACKAGE, "Size"));
            if (min != null) {
                spec.addMember("min", "$L", min.intValue());
            }
            if (max != null) {
                spec.addMember("max", "$L", max.intValue());
            }
            out.add(spec.build());
        }
        if (text && c.pattern() != null && c.patternIsJava() && Literals.fitsConstant(c.pattern())) {
            // (an annotation's value is a constant: a pattern too long for one is documented and, with
            // constraints=check, checked by the generated code)
            out.add(AnnotationSpec.builder(ClassName.get(PACKAGE, "Pattern"))
                    .addMember("regexp", "$L", Literals.string(c.pattern())).build());
        }
        boolean number = p.type() instanceof TypeRef.Scalar s && (s.kind() == TypeRef.ScalarKind.INTEGER
                || s.kind() == TypeRef.ScalarKind.LONG || s.kind() == TypeRef.ScalarKind.DOUBLE);
        if (number) {
            for (Constraints.Bound bound : c.bounds()) {
                AnnotationSpec.Builder spec = AnnotationSpec.builder(ClassName.get(PACKAGE,
                        bound.lower() ? "DecimalMin" : "DecimalMax")).addMember("value", "$S", Literals.number(bound.value()));
                if (!bound.inclusive()) {
                    spec.addMember("inclusive", "false");
                }
                out.add(spec.build());
            }
        }
        TypeRef element = collection ? JavaTypes.elementOf(p.type()) : p.type();
        if (element instanceof TypeRef.Named) {
            out.add(valid());
        }
        return out;
    }

    /** The additional-properties map: {@code @Valid} when its values are generated types. */
    static List<AnnotationSpec> annotations(AdditionalProperties map) {
        return map.valueType() instanceof TypeRef.Named ? List.of(valid()) : List.of();
    }

    private static AnnotationSpec valid() {
        return AnnotationSpec.builder(ClassName.get("jakarta.validation", "Valid")).build();
    }

}
