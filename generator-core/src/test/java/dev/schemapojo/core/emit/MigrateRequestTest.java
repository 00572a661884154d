package dev.schemapojo.core.emit;

import static dev.schemapojo.core.testing.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.TypeNaming;
import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed schema, generated, compiled and used as a user would: the builder, the required checks,
 * and JSON under Jackson 2 and Jackson 3. Also compares the source with the golden file
 * ({@code -Dschemapojo.recreate=true} rewrites it).
 */
class MigrateRequestTest {
    static final String TYPE = "com.example.api.b2b.totp.v1.MigrateRequest";
    static final String GOLDEN = "src/test/resources/golden/MigrateRequest.java.txt";
    static final String JSON = "{\"organization_id\":\"org-1\",\"member_id\":\"member-1\",\"secret\":\"s3cr3t\","
            + "\"recovery_codes\":[\"a\",\"b\"]}";

    @TempDir
    static Path work;

    static Map<String, String> sources;
    static Class<?> type;

    static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 = new com.fasterxml.jackson.databind.ObjectMapper();
    static final tools.jackson.databind.json.JsonMapper JACKSON3 = tools.jackson.databind.json.JsonMapper.builder().build();

    @BeforeAll
    static void generate() {
        sources = new Generator(Schemas.options(Schemas.seedDirectory(), work.resolve("out"))
                        .typeNaming(TypeNaming.NAMESPACE)
                        .sensitiveProperties(List.of("secret", "recovery_codes"))
                        .build())
                .sources();
        type = InMemoryCompiler.compile(sources, work.resolve("javac")).load(TYPE);
    }

    static Object builder() {
        return call(type, "builder");
    }

    static Object complete() {
        Object b = builder();
        call(b, "organizationId", "org-1");
        call(b, "memberId", "member-1");
        call(b, "secret", "s3cr3t");
        call(b, "recoveryCodes", List.of("a", "b"));
        return call(b, "build");
    }

    @Test
    void matchesTheGoldenFile() throws IOException {
        String generated = sources.get("com/example/api/b2b/totp/v1/MigrateRequest.java");
        Path golden = Path.of(GOLDEN);
        if (Boolean.getBoolean("schemapojo.recreate")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, generated, StandardCharsets.UTF_8);
        }
        assertThat(sources).containsOnlyKeys("com/example/api/b2b/totp/v1/MigrateRequest.java");
        assertThat(generated).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void builderGivesGettersWithTheValues() {
        Object request = complete();
        assertThat(call(request, "getOrganizationId")).isEqualTo("org-1");
        assertThat(call(request, "getMemberId")).isEqualTo("member-1");
        assertThat(call(request, "getSecret")).isEqualTo("s3cr3t");
        assertThat(call(request, "getRecoveryCodes")).isEqualTo(List.of("a", "b"));
    }

    @Test
    void buildNamesEveryMissingRequiredPropertyInOneException() {
        Object b = builder();
        call(b, "organizationId", "org-1");
        call(b, "recoveryCodes", List.of("a"));
        assertThatThrownBy(() -> call(b, "build"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build MigrateRequest: missing required properties [member_id, secret]");
        assertThatThrownBy(() -> call(builder(), "build"))
                .hasMessage("Cannot build MigrateRequest: missing required properties "
                        + "[organization_id, member_id, secret, recovery_codes]");
    }

    @Test
    void nullCountsAsMissingAndNullElementsAreRejected() {
        Object b = call(complete(), "toBuilder");
        call(b, "memberId", (Object) null);
        assertThatThrownBy(() -> call(b, "build"))
                .hasMessage("Cannot build MigrateRequest: missing required properties [member_id]");
        Object c = call(complete(), "toBuilder");
        List<String> withNull = new ArrayList<>();
        withNull.add("a");
        withNull.add(null);
        call(c, "recoveryCodes", withNull);
        assertThatThrownBy(() -> call(c, "build"))
                .hasMessage("Cannot build MigrateRequest: null elements in [recovery_codes]");
    }

    @Test
    void listsAreCopiedAndUnmodifiable() {
        List<String> codes = new ArrayList<>(List.of("a"));
        Object b = call(complete(), "toBuilder");
        call(b, "recoveryCodes", codes);
        Object request = call(b, "build");
        codes.add("changed later");
        @SuppressWarnings("unchecked")
        List<String> got = (List<String>) call(request, "getRecoveryCodes");
        assertThat(got).containsExactly("a");
        assertThatThrownBy(() -> got.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalsHashCodeAndToBuilder() {
        Object a = complete();
        Object b = complete();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        Object copy = call(call(a, "toBuilder"), "build");
        assertThat(copy).isEqualTo(a).isNotSameAs(a);
        Object changed = call(call(call(a, "toBuilder"), "secret", "other"), "build");
        assertThat(changed).isNotEqualTo(a);
        assertThat(call(changed, "getOrganizationId")).isEqualTo("org-1");
    }

    @Test
    void toStringRedactsSensitiveProperties() {
        String text = complete().toString();
        assertThat(text).isEqualTo("MigrateRequest[organizationId=org-1, memberId=member-1, secret=***, recoveryCodes=***]");
        assertThat(text).doesNotContain("s3cr3t");
    }

    @Test
    void jackson2RoundTrip() throws Exception {
        String json = JACKSON2.writeValueAsString(complete());
        assertThat(json).isEqualTo(JSON);
        assertThat(JACKSON2.readValue(json, type)).isEqualTo(complete());
    }

    @Test
    void jackson3RoundTrip() {
        String json = JACKSON3.writeValueAsString(complete());
        assertThat(json).isEqualTo(JSON);
        assertThat(JACKSON3.readValue(json, type)).isEqualTo(complete());
    }

    @Test
    void readingRejectsMissingAndNullRequiredPropertiesUnderBothJacksons() {
        String missing = "{\"organization_id\":\"o\"}";
        String nullMember = JSON.replace("\"member-1\"", "null");
        assertThatThrownBy(() -> JACKSON2.readValue(missing, type))
                .hasMessageContaining("missing required properties [member_id, secret, recovery_codes]");
        assertThatThrownBy(() -> JACKSON3.readValue(missing, type))
                .hasMessageContaining("missing required properties [member_id, secret, recovery_codes]");
        assertThatThrownBy(() -> JACKSON2.readValue(nullMember, type))
                .hasMessageContaining("missing required properties [member_id]");
        assertThatThrownBy(() -> JACKSON3.readValue(nullMember, type))
                .hasMessageContaining("missing required properties [member_id]");
    }

    @Test
    void unknownPropertiesAreIgnoredUnderBothJacksons() throws Exception {
        String json = JSON.replace("{", "{\"extra\":{\"nested\":[1,2]},");
        assertThat(JACKSON2.readValue(json, type)).isEqualTo(complete());
        assertThat(JACKSON3.readValue(json, type)).isEqualTo(complete());
    }

    @Test
    void listsReadFromJsonAreUnmodifiable() {
        Object request = JACKSON3.readValue(JSON, type);
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) call(request, "getRecoveryCodes");
        assertThatThrownBy(() -> codes.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
