package dev.schemapojo.core.keywords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.schemapojo.core.ir.Constraints;
import dev.schemapojo.core.ir.Constraints.Bound;
import dev.schemapojo.core.ir.Constraints.Range;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ConstraintKeywordsTest {
    private static Constraints read(String json) {
        return ConstraintKeywords.read(Json.of(json), false);
    }

    @Test
    void schemaWithoutValidationKeywordsHasNoConstraints() {
        Constraints none = read("{'type': 'string', 'description': 'd'}");

        assertThat(none).isSameAs(Constraints.NONE);
        assertThat(none.isEmpty()).isTrue();
    }

    @Test
    void aFormatIsKeptButIsNoDocumentedConstraint() {
        Constraints format = read("{'type': 'string', 'format': 'email', 'description': 'd'}");

        assertThat(format.format()).isEqualTo("email");
        assertThat(format.isEmpty()).isTrue();
        assertThat(format.withFormat(null)).isEqualTo(Constraints.NONE);
    }

    @Test
    void countKeywordsBecomeRanges() {
        Constraints c = read("""
                {'minLength': 1, 'maxLength': 10, 'minItems': 2, 'maxProperties': 4,
                 'minContains': 0, 'maxContains': 3}""");

        assertThat(c.length()).isEqualTo(new Range(BigInteger.ONE, BigInteger.TEN));
        assertThat(c.items()).isEqualTo(new Range(BigInteger.TWO, null));
        assertThat(c.properties()).isEqualTo(new Range(null, BigInteger.valueOf(4)));
        assertThat(c.contains()).isEqualTo(new Range(BigInteger.ZERO, BigInteger.valueOf(3)));
        assertThat(c.isEmpty()).isFalse();
    }

    @Test
    void countSpelledAsStringOrBeyondLongIsStillAWholeNumber() {
        Constraints c = read("{'minLength': '3', 'maxLength': 99999999999999999999}");

        assertThat(c.length()).isEqualTo(new Range(BigInteger.valueOf(3), new BigInteger("99999999999999999999")));
    }

    @Test
    void countThatIsNoWholeNumberIsLeftOutOfTheRangeButDocumented() {
        Constraints c = read("{'minItems': 2.5, 'maxItems': 3.0, 'minLength': true}");

        // 3.0 is the integer 3 for JSON Schema; 2.5 is no count
        assertThat(c.items()).isEqualTo(new Range(null, java.math.BigInteger.valueOf(3)));
        assertThat(c.length()).isEqualTo(Range.NONE);
        assertThat(c.documentation()).isEqualTo("minLength: true, minItems: 2.5, maxItems: 3.0");
    }

    @Test
    void documentationFollowsTheFixedKeywordOrderNotTheSchemaOrder() {
        Constraints c = read("{'maxContains': 2, 'pattern': '^a', 'maximum': 5, 'minLength': 3}");

        assertThat(c.documentation()).isEqualTo("minLength: 3, pattern: ^a, maximum: 5, maxContains: 2");
    }

    @Test
    void patternIsTestedOnlyWhenAsked() {
        assertThat(ConstraintKeywords.read(Json.of("{'pattern': '^[a-z]+$'}"), true))
                .extracting(Constraints::pattern, Constraints::patternIsJava)
                .containsExactly("^[a-z]+$", true);
        assertThat(ConstraintKeywords.read(Json.of("{'pattern': '^[a-z]+$'}"), false).patternIsJava()).isFalse();
        assertThat(ConstraintKeywords.read(Json.of("{'pattern': '[a-'}"), true).patternIsJava()).isFalse();
        assertThat(ConstraintKeywords.read(Json.of("{'minLength': 1}"), true).pattern()).isNull();
    }

    @Test
    void compilesInJavaTellsWhetherJavaRegexAcceptsThePattern() {
        assertThat(ConstraintKeywords.compilesInJava("^\\d{3}-[A-Z]+$")).isTrue();
        assertThat(ConstraintKeywords.compilesInJava("(unclosed")).isFalse();
        assertThat(ConstraintKeywords.compilesInJava("a{2,1}")).isFalse();
    }

    @Test
    void boundsComeInKeywordOrderWithLaterDraftsExclusiveNumbers() {
        Constraints c = read("{'exclusiveMaximum': 10, 'exclusiveMinimum': 0, 'maximum': 9.5, 'minimum': 1}");

        assertThat(c.bounds())
                .extracting(b -> b.value().toPlainString(), Bound::lower, Bound::inclusive)
                .containsExactly(
                        tuple("1", true, true), tuple("9.5", false, true), tuple("0", true, false),
                        tuple("10", false, false));
    }

    @Test
    void draft4BooleanExclusiveBoundsMakeMinimumAndMaximumExclusive() {
        Constraints c = read("{'minimum': 0, 'exclusiveMinimum': true, 'maximum': 100, 'exclusiveMaximum': true}");

        assertThat(c.bounds())
                .extracting(b -> b.value().intValueExact(), Bound::lower, Bound::inclusive)
                .containsExactly(tuple(0, true, false), tuple(100, false, false));
        assertThat(c.documentation())
                .isEqualTo("minimum: 0, maximum: 100, exclusiveMinimum: true, exclusiveMaximum: true");
    }

    @Test
    void draft4FalseExclusiveBoundsLeaveMinimumAndMaximumInclusive() {
        Constraints c = read("{'minimum': 0, 'exclusiveMinimum': false, 'maximum': 100, 'exclusiveMaximum': false}");

        assertThat(c.bounds())
                .extracting(b -> b.value().intValueExact(), Bound::lower, Bound::inclusive)
                .containsExactly(tuple(0, true, true), tuple(100, false, true));
    }

    @Test
    void draft4ExclusiveFlagAffectsOnlyItsOwnSide() {
        Constraints c = read("{'minimum': 1, 'maximum': 2, 'exclusiveMaximum': true}");

        assertThat(c.bounds())
                .extracting(b -> b.value().intValueExact(), Bound::lower, Bound::inclusive)
                .containsExactly(tuple(1, true, true), tuple(2, false, false));
    }

    @Test
    void numberSpelledAsStringIsABoundAndOtherTextIsNot() {
        Constraints c = read("{'minimum': '-2.5', 'maximum': 'lots'}");

        assertThat(c.bounds())
                .extracting(Bound::value, Bound::lower, Bound::inclusive)
                .containsExactly(tuple(new BigDecimal("-2.5"), true, true));
        assertThat(c.documentation()).isEqualTo("minimum: -2.5, maximum: lots");
    }

    @Test
    void multipleOfIsReadAsDecimal() {
        assertThat(read("{'multipleOf': 0.01}").multipleOf()).isEqualByComparingTo("0.01");
        assertThat(read("{'multipleOf': 'x', 'minimum': 0}").multipleOf()).isNull();
        assertThat(read("{'minimum': 0}").multipleOf()).isNull();
    }
}
