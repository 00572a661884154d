package dev.schemapojo.sample;

import static dev.schemapojo.sample.Requests.MEMBER_ID;
import static dev.schemapojo.sample.Requests.ORGANIZATION_ID;
import static dev.schemapojo.sample.Requests.RECOVERY_CODES;
import static dev.schemapojo.sample.Requests.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.sample.stytch.api.b2b.totp.v1.MigrateRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated type without Jackson: builder, getters, equality and {@code toString}. */
class MigrateRequestTest {

    @Test
    void builderSetsEveryProperty() {
        MigrateRequest request = Requests.complete();

        assertThat(request.getOrganizationId()).isEqualTo(ORGANIZATION_ID);
        assertThat(request.getMemberId()).isEqualTo(MEMBER_ID);
        assertThat(request.getSecret()).isEqualTo(SECRET);
        assertThat(request.getRecoveryCodes()).containsExactly("ckss-2skx-ebow", "spbc-424h-usy0");
    }

    @Test
    void buildNamesAllMissingPropertiesInOneMessage() {
        assertThatThrownBy(() -> MigrateRequest.builder().organizationId(ORGANIZATION_ID).build())
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build MigrateRequest: missing required properties "
                        + "[member_id, secret, recovery_codes]");
    }

    @Test
    void emptyBuilderNamesEveryProperty() {
        assertThatThrownBy(() -> MigrateRequest.builder().build())
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build MigrateRequest: missing required properties "
                        + "[organization_id, member_id, secret, recovery_codes]");
    }

    @Test
    void nullCountsAsMissing() {
        assertThatThrownBy(() -> Requests.complete().toBuilder().memberId(null).secret(null).build())
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build MigrateRequest: missing required properties [member_id, secret]");
    }

    @Test
    void nullRecoveryCodeIsRejected() {
        List<String> codes = Arrays.asList("ckss-2skx-ebow", null);

        assertThatThrownBy(() -> Requests.complete().toBuilder().recoveryCodes(codes).build())
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessageContaining("recovery_codes");
    }

    @Test
    void recoveryCodesAreUnmodifiable() {
        MigrateRequest request = Requests.complete();

        assertThatThrownBy(() -> request.getRecoveryCodes().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> request.getRecoveryCodes().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void recoveryCodesAreCopiedFromTheBuilderArgument() {
        List<String> codes = new ArrayList<>(RECOVERY_CODES);
        MigrateRequest request = Requests.complete().toBuilder().recoveryCodes(codes).build();

        codes.add("added-later");
        codes.set(0, "replaced-later");

        assertThat(request.getRecoveryCodes()).containsExactly("ckss-2skx-ebow", "spbc-424h-usy0");
    }

    @Test
    void toBuilderRoundTrip() {
        MigrateRequest original = Requests.complete();

        assertThat(original.toBuilder().build()).isEqualTo(original).isNotSameAs(original);

        MigrateRequest changed = original.toBuilder().memberId("member-test-other").build();
        assertThat(changed.getMemberId()).isEqualTo("member-test-other");
        assertThat(changed.getOrganizationId()).isEqualTo(ORGANIZATION_ID);
        assertThat(changed.getSecret()).isEqualTo(SECRET);
        assertThat(changed.getRecoveryCodes()).isEqualTo(RECOVERY_CODES);
        assertThat(original.getMemberId()).isEqualTo(MEMBER_ID);
    }

    @Test
    void equalsAndHashCodeUseEveryProperty() {
        MigrateRequest request = Requests.complete();

        assertThat(request).isEqualTo(Requests.complete()).hasSameHashCodeAs(Requests.complete());
        assertThat(request).isEqualTo(request).isNotEqualTo(null).isNotEqualTo("not a request");
        assertThat(request)
                .isNotEqualTo(request.toBuilder().organizationId("other").build())
                .isNotEqualTo(request.toBuilder().memberId("other").build())
                .isNotEqualTo(request.toBuilder().secret("other").build())
                .isNotEqualTo(request.toBuilder().recoveryCodes(List.of("other")).build());
    }

    @Test
    void toStringRedactsSensitiveProperties() {
        String text = Requests.complete().toString();

        assertThat(text)
                .contains("***")
                .contains(ORGANIZATION_ID)
                .contains(MEMBER_ID)
                .doesNotContain(SECRET)
                .doesNotContain("ckss-2skx-ebow")
                .doesNotContain("spbc-424h-usy0");
    }
}
