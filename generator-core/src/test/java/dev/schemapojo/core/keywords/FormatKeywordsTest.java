package dev.schemapojo.core.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.ir.TypeRef.ScalarKind;
import org.junit.jupiter.api.Test;

class FormatKeywordsTest {
    private static ScalarKind stringKind(String format) {
        return FormatKeywords.stringKind(Json.of("{'type': 'string', 'format': '" + format + "'}"));
    }

    @Test
    void dateAndTimeFormatsAreJavaTimeTypes() {
        assertThat(stringKind("date-time")).isEqualTo(ScalarKind.OFFSET_DATE_TIME);
        assertThat(stringKind("date")).isEqualTo(ScalarKind.LOCAL_DATE);
        assertThat(stringKind("time")).isEqualTo(ScalarKind.OFFSET_TIME);
    }

    @Test
    void uuidAndEveryUriFormatHaveTheirOwnTypes() {
        assertThat(stringKind("uuid")).isEqualTo(ScalarKind.UUID);
        assertThat(stringKind("uri")).isEqualTo(ScalarKind.URI);
        assertThat(stringKind("uri-reference")).isEqualTo(ScalarKind.URI_REFERENCE);
        assertThat(stringKind("iri")).isEqualTo(ScalarKind.IRI);
        assertThat(stringKind("iri-reference")).isEqualTo(ScalarKind.IRI_REFERENCE);
        // each kind knows the format it stands for, which formats=assert checks
        for (String format : java.util.List.of("date-time", "date", "time", "uuid", "uri", "uri-reference", "iri", "iri-reference")) {
            assertThat(stringKind(format).format()).isEqualTo(format);
        }
    }

    @Test
    void otherMissingOrNonStringFormatsAreString() {
        assertThat(stringKind("email")).isEqualTo(ScalarKind.STRING);
        assertThat(stringKind("DATE")).isEqualTo(ScalarKind.STRING);
        assertThat(FormatKeywords.stringKind(Json.of("{'type': 'string'}"))).isEqualTo(ScalarKind.STRING);
        assertThat(FormatKeywords.stringKind(Json.of("{'format': 5}"))).isEqualTo(ScalarKind.STRING);
    }

    @Test
    void int32IsIntAndEveryOtherIntegerIsLong() {
        assertThat(FormatKeywords.integerKind(Json.of("{'type': 'integer', 'format': 'int32'}")))
                .isEqualTo(ScalarKind.INTEGER);
        assertThat(FormatKeywords.integerKind(Json.of("{'type': 'integer', 'format': 'int64'}")))
                .isEqualTo(ScalarKind.LONG);
        assertThat(FormatKeywords.integerKind(Json.of("{'type': 'integer'}"))).isEqualTo(ScalarKind.LONG);
        assertThat(FormatKeywords.integerKind(Json.of("{'format': 32}"))).isEqualTo(ScalarKind.LONG);
    }

    @Test
    void onlyPasswordFormatIsPassword() {
        assertThat(FormatKeywords.isPassword(Json.of("{'format': 'password'}"))).isTrue();
        assertThat(FormatKeywords.isPassword(Json.of("{'format': 'email'}"))).isFalse();
        assertThat(FormatKeywords.isPassword(Json.of("{'writeOnly': true}"))).isFalse();
    }
}
