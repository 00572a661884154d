package dev.schemapojo.sample;

import dev.schemapojo.sample.stytch.api.b2b.totp.v1.MigrateRequest;
import java.util.List;

/** Shared test data. */
final class Requests {

    static final String ORGANIZATION_ID = "organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931";
    static final String MEMBER_ID = "member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f";
    static final String SECRET = "JBSWY3DPEHPK3PXP";
    static final List<String> RECOVERY_CODES = List.of("ckss-2skx-ebow", "spbc-424h-usy0");

    /** {@link #complete()} as JSON: schema names, schema order, nothing else. */
    static final String COMPLETE_JSON = "{"
            + "\"organization_id\":\"" + ORGANIZATION_ID + "\","
            + "\"member_id\":\"" + MEMBER_ID + "\","
            + "\"secret\":\"" + SECRET + "\","
            + "\"recovery_codes\":[\"ckss-2skx-ebow\",\"spbc-424h-usy0\"]"
            + "}";

    private Requests() {}

    static MigrateRequest complete() {
        return MigrateRequest.builder()
                .organizationId(ORGANIZATION_ID)
                .memberId(MEMBER_ID)
                .secret(SECRET)
                .recoveryCodes(RECOVERY_CODES)
                .build();
    }
}
