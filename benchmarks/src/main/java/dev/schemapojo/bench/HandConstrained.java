package dev.schemapojo.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The hand-written baseline for {@code Constrained}: an immutable record Jackson reads through its constructor, no checks. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HandConstrained(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("email") String email,
        @JsonProperty("age") Long age,
        @JsonProperty("score") Double score,
        @JsonProperty("country") String country,
        @JsonProperty("city") String city,
        @JsonProperty("street") String street,
        @JsonProperty("zip") String zip,
        @JsonProperty("phone") String phone,
        @JsonProperty("active") Boolean active,
        @JsonProperty("level") Long level,
        @JsonProperty("balance") Double balance,
        @JsonProperty("tags") java.util.List<String> tags,
        @JsonProperty("ratings") java.util.List<Long> ratings,
        @JsonProperty("nickname") String nickname,
        @JsonProperty("title") String title,
        @JsonProperty("company") String company,
        @JsonProperty("notes") String notes,
        @JsonProperty("visits") Long visits) {}
