package dev.schemapojo.core.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.golden.beanvalidation.Account;
import dev.schemapojo.golden.beanvalidation.Code;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The goldens generated with {@code beanValidation=true}: the validation keywords are Jakarta
 * annotations, which Hibernate Validator enforces on objects read or built; nested objects are
 * validated through {@code @Valid}.
 */
class BeanValidationGoldenTest {
    static final JsonMapper JACKSON3 = JsonMapper.builder().build();
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    /** Each violation as its property path and the simple name of its annotation, sorted. */
    static TreeSet<String> violations(Object value) {
        return VALIDATOR.validate(value).stream()
                .map((ConstraintViolation<Object> v) -> v.getPropertyPath() + " "
                        + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyKeywordIsAnEnforcedAnnotation() {
        Account invalid = JACKSON3.readValue(
                "{\"name\":\"AB\",\"age\":150,\"score\":0.5,\"tags\":[],\"address\":{\"city\":\"\"}}", Account.class);
        assertThat(violations(invalid)).containsExactly(
                "address.city Size", "age DecimalMax", "name Pattern", "name Size", "score DecimalMin", "tags Size");
        Account tooMuch = Account.builder().name("abcdefghijk").age(17L).score(10.5).tags(List.of("a", "b", "c", "d"))
                .build();
        assertThat(violations(tooMuch)).containsExactly("age DecimalMin", "name Size", "score DecimalMax", "tags Size");
    }

    @Test
    void inclusiveBoundsAcceptTheirLimitsAndExclusiveOnesTheValuesInside() {
        Account atTheLimits = Account.builder().name("abc").age(18L).score(10.0).tags(List.of("a", "b", "c"))
                .address(Account.Address.builder().city("x").build()).build();
        assertThat(violations(atTheLimits)).isEmpty();
        assertThat(violations(atTheLimits.toBuilder().age(149L).score(0.51).name("abcdefghij").build())).isEmpty();
        assertThat(violations(atTheLimits.toBuilder().score(0.5).build())).containsExactly("score DecimalMin");
    }

    @Test
    void aValueClassCarriesTheAnnotationsOnItsValue() {
        assertThat(violations(Code.of("ABC"))).isEmpty();
        assertThat(violations(Code.of("abc"))).containsExactly("value Pattern");
        assertThat(violations(JACKSON3.readValue("\"ABCD\"", Code.class))).containsExactly("value Pattern");
    }
}
