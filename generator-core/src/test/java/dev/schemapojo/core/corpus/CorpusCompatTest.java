package dev.schemapojo.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.TypeNaming;
import dev.schemapojo.core.compat.Change;
import dev.schemapojo.core.compat.CompatReport;
import dev.schemapojo.core.testing.Schemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The compatibility report of the Stytch set (from {@code -Dschemapojo.corpus}, as {@link CorpusTest}) against a
 * copy of it with these edits, and nothing else reported:
 * <ol>
 *   <li>{@code api_b2b_totp_v1_MigrateRequest}: a required property {@code device_name} (string) added;</li>
 *   <li>the same: {@code recovery_codes} removed (it was required);</li>
 *   <li>{@code api_b2b_totp_v1_MigrateResponse}: {@code status_code} made optional;</li>
 *   <li>{@code account_manager_project_v1_JWTTemplateType}: the enum value {@code OIDC} added;</li>
 *   <li>{@code api_attribute_v1_Vertical}: its title changed to {@code api_attribute_v1_Industry} (a rename);</li>
 *   <li>{@code api_b2b_magic_v1_b2b_magic_links_email_InviteRequest}: {@code invite_expiration_minutes} has
 *       {@code minimum: 5} (was 0) and {@code format: int64} (was int32); {@code name}'s description is another
 *       (which is no change);</li>
 *   <li>{@code Stytch B2B Member}: {@code email_address} has no {@code format: email}; the inline enum of
 *       {@code roles[].sources[].type} has the value {@code group_assignment} more; an optional {@code address}
 *       added, an inline object (its class is part of that addition);</li>
 *   <li>a new file {@code stytch-api-b2b-totp-v1-devicerequest-schema.json} with an inline object property (one
 *       type added).</li>
 * </ol>
 */
class CorpusCompatTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void theEditsOfACopyOfTheStytchSetAreReportedExactly() throws IOException {
        String property = System.getProperty("schemapojo.corpus", "");
        assumeTrue(!property.isBlank(), "schemapojo.corpus is not set: corpus tests skipped");
        Path corpus = Path.of(property);
        assumeTrue(Files.isDirectory(corpus), "schemapojo.corpus is not a directory");
        Path edited = Files.createDirectories(dir.resolve("edited"));
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Files.copy(file, edited.resolve(file.getFileName()));
            }
        }
        edit(edited.resolve("stytch-api-b2b-totp-v1-migraterequest-schema.json"), schema -> {
            ((ObjectNode) schema.get("properties")).putObject("device_name").put("type", "string");
            ((ObjectNode) schema.get("properties")).remove("recovery_codes");
            notRequired(schema, "recovery_codes");
            ((ArrayNode) schema.get("required")).add("device_name");
        });
        edit(edited.resolve("stytch-api-b2b-totp-v1-migrateresponse-schema.json"), schema -> notRequired(schema, "status_code"));
        edit(edited.resolve("stytch-account-manager-project-v1-jwttemplatetype-schema.json"),
                schema -> ((ArrayNode) schema.get("enum")).add("OIDC"));
        edit(edited.resolve("stytch-api-attribute-v1-vertical-schema.json"), schema -> schema.put("title", "api_attribute_v1_Industry"));
        edit(edited.resolve("stytch-api-b2b-magic-v1-b2b-magic-links-email-inviterequest-schema.json"), schema -> {
            ObjectNode minutes = (ObjectNode) schema.get("properties").get("invite_expiration_minutes");
            minutes.put("minimum", 5);
            minutes.put("format", "int64");
            ((ObjectNode) schema.get("properties").get("name")).put("description", "The member's full name.");
        });
        edit(edited.resolve("stytch-member-schema.json"), schema -> {
            ((ObjectNode) schema.get("properties").get("email_address")).remove("format");
            ((ArrayNode) schema.at("/properties/roles/items/properties/sources/items/properties/type/enum")).add("group_assignment");
            ObjectNode address = ((ObjectNode) schema.get("properties")).putObject("address").put("type", "object");
            address.putObject("properties").putObject("city").put("type", "string");
        });
        Files.writeString(edited.resolve("stytch-api-b2b-totp-v1-devicerequest-schema.json"), """
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "$id": "https://example.com/stytch-api-b2b-totp-v1-devicerequest-schema.json",
                 "title": "api_b2b_totp_v1_DeviceRequest", "type": "object", "required": ["device"],
                 "properties": {"device": {"type": "object", "properties": {"name": {"type": "string"}}}}}
                """);

        Options current = Schemas.options(edited, dir.resolve("out")).typeNaming(TypeNaming.NAMESPACE).build();
        Generator.CompatResult result = new Generator(current).compat(current.withSchemas(corpus, Map.of()));
        assertThat(result.failed()).isFalse();
        List<Change> changes = result.changes();
        CompatReport report = new CompatReport(changes, List.of(Pattern.compile("Request$")), List.of(Pattern.compile("Response$")));
        assertThat(report.lines()).containsExactlyInAnyOrder(
                "edited/stytch-account-manager-project-v1-jwttemplatetype-schema.json:1:1: enum-value-added"
                        + " com.example.account.manager.project.v1.JWTTemplateType: - -> OIDC; wire breaking (both), java source-breaking",
                "edited/stytch-api-attribute-v1-vertical-schema.json:1:1: type-renamed com.example.api.attribute.v1.Industry:"
                        + " com.example.api.attribute.v1.Vertical -> com.example.api.attribute.v1.Industry; wire compatible (both),"
                        + " java source-breaking",
                "edited/stytch-api-b2b-totp-v1-migraterequest-schema.json:1:911: required-property-added"
                        + " com.example.api.b2b.totp.v1.MigrateRequest.device_name: - -> String; wire breaking (send), java source-compatible",
                // a removal is placed in the baseline (here the corpus itself, shown by its absolute path)
                corpus.toAbsolutePath().normalize() + "/stytch-api-b2b-totp-v1-migraterequest-schema.json:19:5: required-property-removed"
                        + " com.example.api.b2b.totp.v1.MigrateRequest.recovery_codes: List<String> -> -; wire compatible (send),"
                        + " java source-breaking",
                "edited/stytch-api-b2b-totp-v1-migrateresponse-schema.json:1:1121: made-optional"
                        + " com.example.api.b2b.totp.v1.MigrateResponse.status_code: required -> optional; wire breaking (read), java none",
                "edited/stytch-api-b2b-magic-v1-b2b-magic-links-email-inviterequest-schema.json:1:3096: constraint-tightened"
                        + " com.example.api.b2b.magic.v1.b2b.magic.links.email.InviteRequest.invite_expiration_minutes:"
                        + " minimum: 0 -> minimum: 5; wire breaking (send), java none",
                "edited/stytch-api-b2b-magic-v1-b2b-magic-links-email-inviterequest-schema.json:1:3079: format-changed"
                        + " com.example.api.b2b.magic.v1.b2b.magic.links.email.InviteRequest.invite_expiration_minutes:"
                        + " format: int32 Integer -> format: int64 Long; wire compatible (send), java source-breaking",
                // Member is neither a request nor a response type here: both directions, the strictest
                "edited/stytch-member-schema.json:1:720: format-changed com.example.StytchB2BMember.email_address:"
                        + " format: email -> -; wire compatible (both), java none",
                "edited/stytch-member-schema.json:1:1281: enum-value-added com.example.StytchB2BMember.RolesItem.SourcesItem.Type:"
                        + " - -> group_assignment; wire breaking (both), java source-breaking",
                "edited/stytch-member-schema.json:1:1560: property-added com.example.StytchB2BMember.address: - -> Address;"
                        + " wire compatible (both), java source-compatible",
                "edited/stytch-api-b2b-totp-v1-devicerequest-schema.json:1:1: type-added com.example.api.b2b.totp.v1.DeviceRequest:"
                        + " - -> com.example.api.b2b.totp.v1.DeviceRequest; wire compatible (send), java source-compatible");
    }

    /** Takes {@code name} out of the schema's {@code required}. */
    private static void notRequired(ObjectNode schema, String name) {
        ArrayNode required = JSON.createArrayNode();
        schema.get("required").forEach(n -> {
            if (!n.asString().equals(name)) {
                required.add(n);
            }
        });
        schema.set("required", required);
    }

    private static void edit(Path file, java.util.function.Consumer<ObjectNode> change) throws IOException {
        ObjectNode schema = (ObjectNode) JSON.readTree(Files.readString(file));
        change.accept(schema);
        Files.writeString(file, JSON.writeValueAsString(schema));
    }
}
