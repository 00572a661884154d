package dev.schemapojo.core.endtoend;

import static dev.schemapojo.core.testing.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.testing.Schemas;
import org.junit.jupiter.api.Test;

/** {@code if} / {@code then} / {@code else}. */
class ConditionalsTest extends EndToEnd {
    @Test
    void ifThenElseOverFixedValuesRequiresByCondition() throws Exception {
        Class<?> type = generate("Payment", """
                {"title": "Payment", "type": "object", "required": ["method"], "properties": {
                   "method": {"enum": ["card", "transfer"]}, "amount": {"type": "integer"}},
                 "allOf": [
                   {"if": {"properties": {"method": {"const": "card"}}},
                    "then": {"required": ["number"], "properties": {"number": {"type": "string"}}},
                    "else": {"required": ["iban"], "properties": {"iban": {"type": "string"}}}},
                   {"if": {"properties": {"amount": {"const": 0}}, "required": ["amount"]},
                    "then": {"required": ["reason"], "properties": {"reason": {"type": "string"}}}}]}
                """);
        assertThat(JSON.writeValueAsString(JSON.readValue("{\"method\": \"card\", \"number\": \"4111\"}", type)))
                .isEqualTo("{\"method\":\"card\",\"number\":\"4111\"}");
        assertThat(JSON.readValue("{\"method\": \"transfer\", \"iban\": \"DE00\", \"amount\": 5}", type)).isNotNull();
        assertThatThrownBy(() -> JSON.readValue("{\"method\": \"card\", \"iban\": \"DE00\"}", type))
                .hasMessageContaining("Cannot build Payment: missing properties required when method = \"card\": [number]");
        assertThatThrownBy(() -> JSON.readValue("{\"method\": \"transfer\", \"amount\": 0}", type))
                .hasMessageContaining("missing properties required unless method = \"card\": [iban]; missing properties"
                        + " required when amount = 0: [reason]");
        // absent "amount" fails the second if (it is required there), so no reason is needed
        assertThat(JSON.readValue("{\"method\": \"transfer\", \"iban\": \"DE00\"}", type)).isNotNull();
    }

    @Test
    void ifThatIsNoFixedValueTestIsReportedAndItsBranchPropertiesKept() {
        Schemas.write(dir.resolve("s"), "c.json", """
                {"title": "C", "type": "object", "properties": {"n": {"type": "integer"}},
                 "if": {"properties": {"n": {"minimum": 10}}}, "then": {"properties": {"big": {"type": "boolean"}}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).extracting(d -> d.format()).singleElement().asString()
                .startsWith("s/c.json:2:8: warning: [model.not-represented] /if: only an \"if\" that tests properties");
        Class<?> type = load(generator, "C");
        assertThat(call(JSON.readValue("{\"n\": 12, \"big\": true}", type), "getBig")).isEqualTo(true);
    }
}
