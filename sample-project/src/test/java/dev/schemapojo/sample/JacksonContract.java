package dev.schemapojo.sample;

import static dev.schemapojo.sample.Requests.COMPLETE_JSON;
import static dev.schemapojo.sample.Requests.MEMBER_ID;
import static dev.schemapojo.sample.Requests.ORGANIZATION_ID;
import static dev.schemapojo.sample.Requests.RECOVERY_CODES;
import static dev.schemapojo.sample.Requests.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.sample.stytch.api.b2b.totp.v1.MigrateRequest;
import org.junit.jupiter.api.Test;

/**
 * How the generated type behaves with a Jackson mapper in its default configuration. Subclasses supply
 * the mapper: the type uses only jackson-annotations, so Jackson 2 and Jackson 3 must behave alike.
 */
abstract class JacksonContract {

    abstract String write(MigrateRequest request) throws Exception;

    abstract MigrateRequest read(String json) throws Exception;

    /** The exception type the mapper throws when the generated constructor rejects the input. */
    abstract Class<? extends Exception> mappingException();

    @Test
    void writesSchemaNamesInSchemaOrder() throws Exception {
        assertThat(write(Requests.complete())).isEqualTo(COMPLETE_JSON);
    }

    @Test
    void roundTripGivesAnEqualObject() throws Exception {
        MigrateRequest original = Requests.complete();

        MigrateRequest copy = read(write(original));

        assertThat(copy).isEqualTo(original).hasSameHashCodeAs(original);
        assertThat(copy.getOrganizationId()).isEqualTo(ORGANIZATION_ID);
        assertThat(copy.getMemberId()).isEqualTo(MEMBER_ID);
        assertThat(copy.getSecret()).isEqualTo(SECRET);
        assertThat(copy.getRecoveryCodes()).isEqualTo(RECOVERY_CODES);
    }

    @Test
    void readsPropertiesInAnyOrder() throws Exception {
        String json = "{\"recovery_codes\":[\"ckss-2skx-ebow\",\"spbc-424h-usy0\"],"
                + "\"secret\":\"" + SECRET + "\","
                + "\"member_id\":\"" + MEMBER_ID + "\","
                + "\"organization_id\":\"" + ORGANIZATION_ID + "\"}";

        assertThat(read(json)).isEqualTo(Requests.complete());
    }

    @Test
    void readListIsUnmodifiable() throws Exception {
        MigrateRequest request = read(COMPLETE_JSON);

        assertThatThrownBy(() -> request.getRecoveryCodes().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void ignoresUnknownProperties() throws Exception {
        String json = "{\"organization_id\":\"" + ORGANIZATION_ID + "\","
                + "\"unknown_string\":\"x\","
                + "\"member_id\":\"" + MEMBER_ID + "\","
                + "\"unknown_object\":{\"nested\":[1,2,{\"deep\":null}]},"
                + "\"secret\":\"" + SECRET + "\","
                + "\"recovery_codes\":[\"ckss-2skx-ebow\",\"spbc-424h-usy0\"],"
                + "\"unknown_null\":null}";

        assertThat(read(json)).isEqualTo(Requests.complete());
    }

    @Test
    void rejectsMissingMemberId() {
        String json = "{\"organization_id\":\"" + ORGANIZATION_ID + "\","
                + "\"secret\":\"" + SECRET + "\","
                + "\"recovery_codes\":[\"ckss-2skx-ebow\"]}";

        assertRejected(json, "Cannot build MigrateRequest: missing required properties [member_id]");
    }

    @Test
    void rejectsNullMemberId() {
        String json = "{\"organization_id\":\"" + ORGANIZATION_ID + "\","
                + "\"member_id\":null,"
                + "\"secret\":\"" + SECRET + "\","
                + "\"recovery_codes\":[\"ckss-2skx-ebow\"]}";

        assertRejected(json, "Cannot build MigrateRequest: missing required properties [member_id]");
    }

    @Test
    void namesEveryMissingPropertyInSchemaOrder() {
        assertRejected("{\"organization_id\":\"o\"}",
                "Cannot build MigrateRequest: missing required properties [member_id, secret, recovery_codes]");
    }

    @Test
    void rejectsEmptyObject() {
        assertRejected("{}", "Cannot build MigrateRequest: missing required properties "
                + "[organization_id, member_id, secret, recovery_codes]");
    }

    private void assertRejected(String json, String generatorMessage) {
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(mappingException())
                .hasMessageContaining(generatorMessage)
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage(generatorMessage);
    }
}
