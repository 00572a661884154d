package dev.schemapojo.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The hand-written baseline for MigrateRequest: an immutable record Jackson reads through its constructor, no checks. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HandMigrateRequest(
        @JsonProperty("organization_id") String organizationId,
        @JsonProperty("member_id") String memberId,
        @JsonProperty("secret") String secret,
        @JsonProperty("recovery_codes") List<String> recoveryCodes) {}
