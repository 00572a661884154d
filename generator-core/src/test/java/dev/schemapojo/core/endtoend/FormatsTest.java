package dev.schemapojo.core.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code format}: which formats map to which Java types, and which stay {@code String}. */
class FormatsTest extends EndToEnd {
    @Test
    void formatsMapToJavaTypes() throws Exception {
        Class<?> type = generate("F", """
                {"title": "F", "type": "object", "properties": {
                  "day": {"type": "string", "format": "date"},
                  "at": {"type": "string", "format": "time"},
                  "id": {"type": "string", "format": "uuid"},
                  "ref": {"type": "string", "format": "uri-reference"},
                  "mail": {"type": "string", "format": "email"},
                  "host": {"type": "string", "format": "hostname"},
                  "ip": {"type": "string", "format": "ipv4"},
                  "ip6": {"type": "string", "format": "ipv6"},
                  "when": {"type": "string", "format": "date-time"},
                  "link": {"type": "string", "format": "uri"},
                  "span": {"type": "string", "format": "duration"}}}
                """);
        assertThat(type.getMethod("getDay").getReturnType()).isEqualTo(LocalDate.class);
        assertThat(type.getMethod("getAt").getReturnType()).isEqualTo(OffsetTime.class);
        assertThat(type.getMethod("getId").getReturnType()).isEqualTo(UUID.class);
        assertThat(type.getMethod("getRef").getReturnType()).isEqualTo(java.net.URI.class);
        assertThat(type.getMethod("getWhen").getReturnType()).isEqualTo(java.time.OffsetDateTime.class);
        assertThat(type.getMethod("getLink").getReturnType()).isEqualTo(java.net.URI.class);
        for (String stringy : new String[] {"getMail", "getHost", "getIp", "getIp6", "getSpan"}) {
            assertThat(type.getMethod(stringy).getReturnType()).isEqualTo(String.class);
        }
        String json = "{\"day\":\"2026-11-27\",\"at\":\"10:15:30Z\",\"id\":\"123e4567-e89b-12d3-a456-426614174000\","
                + "\"ref\":\"../other.json#/x\",\"mail\":\"a@example.com\",\"host\":\"example.com\",\"ip\":\"127.0.0.1\","
                + "\"ip6\":\"::1\",\"when\":\"2026-11-27T10:15:30Z\",\"link\":\"https://example.com/a\","
                + "\"span\":\"P1Y2M\"}";
        Object read = JSON.readValue(json, type);
        assertThat(JSON.writeValueAsString(read)).isEqualTo(json);
    }

    private static final String ASSERTED = """
            {"title": "Contact", "type": "object", "required": ["when"], "properties": {
              "when": {"type": "string", "format": "date-time"},
              "day": {"type": "string", "format": "date"},
              "id": {"type": "string", "format": "uuid"},
              "home": {"type": "string", "format": "uri"},
              "ref": {"type": "string", "format": "uri-reference"},
              "mail": {"type": "string", "format": "email"},
              "host": {"type": "string", "format": "hostname"},
              "ip": {"type": "string", "format": "ipv4"},
              "span": {"type": "string", "format": "duration"},
              "days": {"type": "array", "items": {"type": "string", "format": "date"}},
              "any": {"format": "ipv6"},
              "odd": {"type": "string", "format": "x-custom"}}}
            """;

    @Test
    void withFormatsAssertStringsMustBeValidInTheirFormatUnderBothJacksonsAndStyles() throws Exception {
        for (dev.schemapojo.core.Style style : dev.schemapojo.core.Style.values()) {
            dev.schemapojo.core.testing.Schemas.write(dir.resolve("s"), "contact.json", ASSERTED);
            dev.schemapojo.core.testing.Schemas.write(dir.resolve("s"), "stamp.json",
                    "{\"title\": \"Stamp\", \"type\": \"string\", \"format\": \"date-time\"}");
            var generator = new dev.schemapojo.core.Generator(dev.schemapojo.core.testing.Schemas.options(dir.resolve("s"),
                    dir.resolve("out")).style(style).constraints(dev.schemapojo.core.ConstraintChecks.CHECK)
                    .formats(dev.schemapojo.core.FormatChecks.ASSERT).build());
            // a format schemapojo does not know is reported once and stays an annotation
            assertThat(generator.validate().diagnostics()).extracting(d -> d.ruleId() + " " + d.pointer())
                    .containsExactly("model.format-not-checked /properties/odd/format");
            var classes = dev.schemapojo.core.testing.InMemoryCompiler.compile(generator.sources(), dir.resolve("javac-" + style));
            Class<?> contact = classes.load("com.example.Contact");
            Class<?> stamp = classes.load("com.example.Stamp");
            // RFC 3339 allows a lower-case t and z; the Java type holds the instant
            String valid = "{\"when\":\"2026-12-01t10:15:30.5z\",\"day\":\"2024-02-29\","
                    + "\"id\":\"123E4567-e89b-12d3-a456-426614174000\",\"home\":\"https://example.com/a?b#c\","
                    + "\"ref\":\"../other.json#/x\",\"mail\":\"\\\"a b\\\"@[127.0.0.1]\",\"host\":\"xn--bcher-kva.example\","
                    + "\"ip\":\"192.168.0.1\",\"span\":\"P1Y2M3DT4H\",\"days\":[\"2000-02-29\"],\"any\":\"::ffff:1.2.3.4\","
                    + "\"odd\":\"anything\"}";
            for (var mapper : java.util.List.<java.util.function.Function<String, Object>>of(json -> JSON.readValue(json, contact),
                    json -> {
                        try {
                            return JACKSON2.readValue(json, contact);
                        } catch (Exception e) {
                            throw new AssertionError(e);
                        }
                    })) {
                Object read = mapper.apply(valid);
                assertThat(read.toString()).as(style.word()).contains("2026-12-01T10:15:30.500Z");
            }
            String invalid = "{\"when\":\"2026-12-01T10:15Z\",\"day\":\"1900-02-29\",\"id\":\"1-1-1-1-1\","
                    + "\"home\":\"relative/path\",\"ref\":\"a b\",\"mail\":\"a..b@example.com\",\"host\":\"-bad.example\","
                    + "\"ip\":\"192.168.01.1\",\"span\":\"PT\",\"days\":[\"2000-02-30\"],\"any\":\"1::2::3\"}";
            String notRead = "Cannot build Contact: /when: the string is not a valid date-time that java.time holds;"
                    + " /day: the string is not a valid date that java.time holds; /id: the string is not a UUID (8-4-4-4-12 hex digits);"
                    + " /home: the string is not a valid uri; /ref: the string is not a valid uri-reference;"
                    + " /days/0: the string is not a valid date that java.time holds";
            // a class's build() goes on to the other checks; a record's members not read are reported on their own, as
            // the record's constructor cannot be given them
            String message = style == dev.schemapojo.core.Style.RECORD ? notRead : notRead + "; /mail: is not a valid email (format);"
                    + " /host: is not a valid hostname (format); /ip: is not a valid ipv4 (format); /span: is not a valid duration (format);"
                    + " /any: is not a valid ipv6 (format)";
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> JSON.readValue(invalid, contact)).as(style.word())
                    .hasMessageContaining(message);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> JACKSON2.readValue(invalid, contact)).hasMessageContaining(message);
            // a number is no date-time, whatever Jackson's date-time reading would make of it
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> JSON.readValue("{\"when\":1764584130}", contact))
                    .hasMessageContaining("/when: the JSON is the number 1764584130, not a string");
            assertThat(JSON.writeValueAsString(JSON.readValue("\"2026-12-01T10:15:30Z\"", stamp))).isEqualTo("\"2026-12-01T10:15:30Z\"");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> JSON.readValue("\"2026-12-01 10:15:30Z\"", stamp))
                    .hasMessageContaining("Cannot read Stamp: the string is not a valid date-time that java.time holds");
        }
    }

    @Test
    void formatsAssertNeedsConstraintsCheck() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dev.schemapojo.core.testing.Schemas.options(dir.resolve("s"),
                        dir.resolve("out")).formats(dev.schemapojo.core.FormatChecks.ASSERT).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("formats=assert needs constraints=check: formats are checked with the rest of the schema, and"
                        + " constraints=document checks nothing");
    }
}
