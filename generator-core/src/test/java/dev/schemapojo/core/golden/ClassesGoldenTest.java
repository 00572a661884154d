package dev.schemapojo.core.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.golden.classes.Order;
import dev.schemapojo.golden.classes.Order.Customer;
import dev.schemapojo.golden.classes.Order.Delivery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden {@code Order} of the class style ({@code golden-schemas/classes/order.json}), used as a
 * user would: every check of its builder and of reading JSON under Jackson 2 and Jackson 3.
 */
class ClassesGoldenTest {
    static final JsonMapper JACKSON3 = JsonMapper.builder().build();
    static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 = new com.fasterxml.jackson.databind.ObjectMapper();
    static final UUID ID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    /** What {@link #complete()} writes: the required nullable note as null, the default currency, no absent optionals. */
    static final String JSON = "{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"kind\":\"order\",\"note\":null,"
            + "\"customer\":{\"name\":\"Ada\"},\"currency\":\"EUR\",\"delivery\":\"ship\",\"address\":\"Main St 1\"}";

    static Order.Builder completeBuilder() {
        return Order.builder()
                .id(ID)
                .kind("order")
                .note(null)
                .customer(Customer.builder().name("Ada").build())
                .delivery(Delivery.SHIP)
                .address("Main St 1");
    }

    static Order complete() {
        return completeBuilder().build();
    }

    @Test
    void buildNamesEveryMissingRequiredPropertyAndTheConditionalOne() {
        // with delivery absent the schema's "if" holds (properties tests only present values), so address is due too
        assertThatThrownBy(() -> Order.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build Order: missing required properties [id, kind, note, customer, delivery];"
                        + " missing properties required when delivery = \"ship\": [address]");
        assertThatThrownBy(() -> completeBuilder().customer(null).build())
                .hasMessage("Cannot build Order: missing required properties [customer]");
        assertThatThrownBy(() -> Customer.builder().email("ada@example.com").build())
                .hasMessage("Cannot build Customer: missing required properties [name]");
    }

    @Test
    void aRequiredNullablePropertyMayBeNullAndIsWrittenAsNull() {
        Order order = complete();
        assertThat(order.getNote()).isNull();
        assertThat(JACKSON3.writeValueAsString(order)).isEqualTo(JSON);
        assertThat(JACKSON3.writeValueAsString(completeBuilder().note("gift").build()))
                .contains("\"note\":\"gift\"");
    }

    @Test
    void constEnumDependentRequiredAndIfThenElseAreCheckedByBuild() {
        assertThatThrownBy(() -> completeBuilder().kind("invoice").build())
                .hasMessage("Cannot build Order: values other than the schema's const in [kind]");
        assertThatThrownBy(() -> completeBuilder().priority(4L).build())
                .hasMessage("Cannot build Order: values outside the schema's enum in [priority]");
        assertThat(completeBuilder().priority(3L).build().getPriority()).isEqualTo(3L);
        assertThatThrownBy(() -> completeBuilder().card("4111").build())
                .hasMessage("Cannot build Order: dependentRequired not met for [card]");
        assertThat(completeBuilder().card("4111").pin("1234").build().getCard()).isEqualTo("4111");
        assertThatThrownBy(() -> completeBuilder().address(null).build())
                .hasMessage("Cannot build Order: missing properties required when delivery = \"ship\": [address]");
        assertThatThrownBy(() -> completeBuilder().delivery(Delivery.PICKUP).build())
                .hasMessage("Cannot build Order: missing properties required unless delivery = \"ship\": [store]");
        assertThat(completeBuilder().delivery(Delivery.PICKUP).address(null).store("Berlin").build().getStore())
                .isEqualTo("Berlin");
    }

    @Test
    void theDefaultIsWhatJavaSeesAndAbsentStaysAbsentInJson() throws Exception {
        // built in code: the builder starts at the default, and the JSON has it
        assertThat(complete().getCurrency()).isEqualTo("EUR");
        assertThat(JACKSON3.writeValueAsString(complete())).isEqualTo(JSON);
        assertThat(completeBuilder().currency("NOK").build().getCurrency()).isEqualTo("NOK");
        // read without it: the getter answers with the default, and the JSON written back still leaves it out
        String without = JSON.replace(",\"currency\":\"EUR\"", "");
        for (Order read : List.of(JACKSON3.readValue(without, Order.class), JACKSON2.readValue(without, Order.class))) {
            assertThat(read.getCurrency()).isEqualTo("EUR");
            assertThat(JACKSON3.writeValueAsString(read)).isEqualTo(without);
            assertThat(JACKSON2.writeValueAsString(read)).isEqualTo(without);
            assertThat(read.toBuilder().build()).isEqualTo(read).isNotEqualTo(complete());
        }
        Order unset = completeBuilder().currency(null).build();
        assertThat(unset.getCurrency()).isEqualTo("EUR");
        assertThat(JACKSON3.writeValueAsString(unset)).isEqualTo(without);
    }

    @Test
    void jsonThatIsNoObjectFailsNamingTheTypeAndWhatTheJsonIs() {
        Map<String, String> kinds = Map.of("\"x\"", "a string", "5", "a number", "2.5", "a number", "true", "a boolean",
                "[1]", "an array");
        kinds.forEach((json, what) -> {
            String message = "Cannot read Order: the JSON is " + what + ", but Order is generated for JSON objects";
            assertThatThrownBy(() -> JACKSON3.readValue(json, Order.class)).hasMessageContaining(message);
            assertThatThrownBy(() -> JACKSON2.readValue(json, Order.class)).hasMessageContaining(message);
        });
        // a nested object too, and an object still reads
        assertThatThrownBy(() -> JACKSON3.readValue(JSON.replace("{\"name\":\"Ada\"}", "\"Ada\""), Order.class))
                .hasMessageContaining("Cannot read Customer: the JSON is a string, but Customer is generated for JSON objects");
        assertThat(JACKSON3.readValue(JSON, Order.class)).isEqualTo(complete());
    }

    @Test
    void collectionsAreCopiedUnmodifiableAndFreeOfNulls() {
        List<String> lines = new ArrayList<>(List.of("a"));
        Map<String, Long> stock = new LinkedHashMap<>(Map.of("a", 2L));
        Order order = completeBuilder().lines(lines).labels(Set.of("x")).stock(stock).build();
        lines.add("changed later");
        stock.put("b", 1L);
        assertThat(order.getLines()).containsExactly("a");
        assertThat(order.getStock()).containsExactly(Map.entry("a", 2L));
        assertThatThrownBy(() -> order.getLines().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> order.getLabels().add("y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> order.getStock().clear()).isInstanceOf(UnsupportedOperationException.class);
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        Map<String, Long> nullValue = new LinkedHashMap<>();
        nullValue.put("a", null);
        assertThatThrownBy(() -> completeBuilder().lines(withNull).stock(nullValue).build())
                .hasMessage("Cannot build Order: null elements in [lines, stock]");
    }

    @Test
    void equalsHashCodeToBuilderAndARedactingToString() {
        Order order = completeBuilder().card("4111").pin("1234").build();
        assertThat(order).isEqualTo(order.toBuilder().build()).hasSameHashCodeAs(order.toBuilder().build());
        assertThat(order.toBuilder().address("Elsewhere").build()).isNotEqualTo(order);
        assertThat(order.toString())
                .contains("card=***", "pin=***", "customer=Customer[name=Ada, email=null]")
                .doesNotContain("4111", "1234");
    }

    @Test
    void bothJacksonsRoundTripTheSameJson() throws Exception {
        String full = "{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"kind\":\"order\",\"note\":\"gift\","
                + "\"customer\":{\"name\":\"Ada\",\"email\":\"ada@example.com\"},\"lines\":[\"l1\"],"
                + "\"labels\":[\"b\",\"a\"],\"stock\":{\"a\":1},\"currency\":\"NOK\",\"priority\":2,"
                + "\"card\":\"4111\",\"pin\":\"1234\",\"delivery\":\"pickup\",\"store\":\"Berlin\",\"\":\"blank\"}";
        Order fromJackson3 = JACKSON3.readValue(full, Order.class);
        assertThat(fromJackson3.getLabels()).containsExactly("b", "a");
        assertThat(fromJackson3.getStock()).containsExactly(Map.entry("a", 1L));
        assertThat(fromJackson3.getValue()).isEqualTo("blank");
        assertThat(JACKSON3.writeValueAsString(fromJackson3)).isEqualTo(full);
        Order fromJackson2 = JACKSON2.readValue(full, Order.class);
        assertThat(fromJackson2).isEqualTo(fromJackson3);
        assertThat(JACKSON2.writeValueAsString(fromJackson2)).isEqualTo(full);
        assertThat(JACKSON2.readValue(JSON, Order.class)).isEqualTo(complete());
        assertThat(JACKSON2.writeValueAsString(complete())).isEqualTo(JSON);
    }

    @Test
    void uuidAndDateTimeAreReadAsTheirJavaTypes() {
        // Jackson 3 has java.time built in; Jackson 2 would need jackson-datatype-jsr310, which this module lacks
        String json = "{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"kind\":\"order\","
                + "\"created_at\":\"2026-11-27T10:15:30Z\",\"note\":null,\"customer\":{\"name\":\"Ada\"},"
                + "\"currency\":\"EUR\",\"delivery\":\"ship\",\"address\":\"Main St 1\"}";
        Order order = JACKSON3.readValue(json, Order.class);
        assertThat(order.getId()).isEqualTo(ID);
        assertThat(order.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2026-11-27T10:15:30Z"));
        assertThat(JACKSON3.writeValueAsString(order)).isEqualTo(json);
        assertThatThrownBy(() -> JACKSON3.readValue(JSON.replace("123e4567-", "not-a-uuid-"), Order.class))
                .hasMessageContaining("UUID");
    }

    @Test
    void readingRunsTheChecksOfBuildUnderBothJacksons() {
        Map<String, String> expected = Map.of(
                JSON.replace("\"customer\":{\"name\":\"Ada\"},", ""),
                "Cannot build Order: missing required properties [customer]",
                JSON.replace("\"customer\":{\"name\":\"Ada\"}", "\"customer\":{\"name\":null}"),
                "Cannot build Customer: missing required properties [name]",
                JSON.replace("\"ship\"", "\"pickup\""),
                "Cannot build Order: missing properties required unless delivery = \"ship\": [store]",
                JSON.replace("\"ship\"", "\"fly\""),
                "Unknown Delivery value \"fly\"; expected one of [ship, pickup]",
                JSON.replace("\"currency\"", "\"labels\":[\"a\",\"a\"],\"currency\""),
                "Cannot read labels: the schema says uniqueItems, but items repeat",
                JSON.replace("\"currency\"", "\"priority\":7,\"currency\""),
                "Cannot build Order: values outside the schema's enum in [priority]");
        expected.forEach((json, message) -> {
            assertThatThrownBy(() -> JACKSON3.readValue(json, Order.class)).as(json).hasMessageContaining(message);
            assertThatThrownBy(() -> JACKSON2.readValue(json, Order.class)).as(json).hasMessageContaining(message);
        });
    }

    @Test
    void unknownPropertiesAreIgnoredExceptWhereAdditionalPropertiesIsFalse() throws Exception {
        String extraOnOrder = JSON.replace("{\"id\"", "{\"extra\":[1,{\"x\":2}],\"id\"");
        assertThat(JACKSON3.readValue(extraOnOrder, Order.class)).isEqualTo(complete());
        assertThat(JACKSON2.readValue(extraOnOrder, Order.class)).isEqualTo(complete());
        String extraOnCustomer = JSON.replace("\"Ada\"}", "\"Ada\",\"age\":36}");
        String message = "Cannot read Customer: unknown property \"age\" (the schema allows no additional properties)";
        assertThatThrownBy(() -> JACKSON3.readValue(extraOnCustomer, Order.class)).hasMessageContaining(message);
        assertThatThrownBy(() -> JACKSON2.readValue(extraOnCustomer, Order.class)).hasMessageContaining(message);
    }

    @Test
    void thePropertyNamedByTheEmptyStringIsAPlainStringProperty() {
        assertThat(completeBuilder().value("v").build().getValue()).isEqualTo("v");
        assertThat(JACKSON3.writeValueAsString(completeBuilder().value("v").build()))
                .isEqualTo(JSON.replace("\"Main St 1\"}", "\"Main St 1\",\"\":\"v\"}"));
        assertThatThrownBy(() -> JACKSON3.readValue(JSON.replace("{\"id\"", "{\"\":[1],\"id\""), Order.class))
                .hasMessageContaining("Cannot read Order: the property \"\" must be string, not");
    }
}
