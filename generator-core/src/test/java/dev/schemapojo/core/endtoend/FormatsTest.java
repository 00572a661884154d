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
}
