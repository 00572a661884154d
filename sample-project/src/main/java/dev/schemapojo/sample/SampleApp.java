package dev.schemapojo.sample;

import dev.schemapojo.sample.stytch.api.b2b.totp.v1.MigrateRequest;
import java.io.PrintStream;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shows the generated {@link MigrateRequest} in use: build it, write it as JSON with Jackson 3, read
 * it back, print it (sensitive values are redacted), and read a request that lacks a required
 * property.
 */
public final class SampleApp {

    /** A request body without {@code member_id}, as a client might send by mistake. */
    static final String REQUEST_WITHOUT_MEMBER_ID = "{\"organization_id\":\"organization-test-1\","
            + "\"secret\":\"JBSWY3DPEHPK3PXP\",\"recovery_codes\":[\"abcd-1234-efgh\"]}";

    private SampleApp() {}

    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        JsonMapper mapper = JsonMapper.builder().build();

        MigrateRequest request = MigrateRequest.builder()
                .organizationId("organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931")
                .memberId("member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f")
                .secret("JBSWY3DPEHPK3PXP")
                .recoveryCodes(List.of("ckss-2skx-ebow", "spbc-424h-usy0"))
                .build();

        String json = mapper.writeValueAsString(request);
        out.println("JSON:              " + json);

        MigrateRequest copy = mapper.readValue(json, MigrateRequest.class);
        out.println("Read back equal:   " + copy.equals(request));

        out.println("toString():        " + request);

        try {
            mapper.readValue(REQUEST_WITHOUT_MEMBER_ID, MigrateRequest.class);
            // The sample exists to show this rejection; treat its absence as a failure.
            throw new IllegalStateException("A request without member_id was accepted");
        } catch (JacksonException e) {
            out.println("Without member_id: " + rootCause(e).getMessage());
        }
    }

    /**
     * Jackson wraps the exception thrown by the generated constructor; the innermost cause carries the
     * generator's own message, without Jackson's location details.
     */
    static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
