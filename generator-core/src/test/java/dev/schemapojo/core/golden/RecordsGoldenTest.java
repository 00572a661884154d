package dev.schemapojo.core.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.golden.records.Circle;
import dev.schemapojo.golden.records.Order;
import dev.schemapojo.golden.records.Order.Customer;
import dev.schemapojo.golden.records.Order.Delivery;
import dev.schemapojo.golden.records.Point;
import dev.schemapojo.golden.records.Shape;
import dev.schemapojo.golden.records.Square;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The goldens of {@code style=record}: the order as a record whose compact constructor makes the
 * checks of the class style's {@code build()}, the closed point that stays a class, and a union of
 * records that is a sealed interface.
 */
class RecordsGoldenTest {
    static final JsonMapper JACKSON3 = JsonMapper.builder().build();
    static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 = new com.fasterxml.jackson.databind.ObjectMapper();
    static final UUID ID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    static final String JSON = "{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"kind\":\"order\",\"note\":\"n\","
            + "\"customer\":{\"name\":\"Ada\"},\"lines\":[\"l1\"],\"stock\":{\"a\":1},\"currency\":\"EUR\","
            + "\"delivery\":\"ship\",\"address\":\"Main St 1\"}";

    static Order.Builder completeBuilder() {
        return Order.builder().id(ID).kind("order").note("n").customer(new Customer("Ada", null)).lines(List.of("l1"))
                .stock(Map.of("a", 1L)).delivery(Delivery.SHIP).address("Main St 1");
    }

    @Test
    void theTypesAreRecordsExceptTheOneARecordCannotExpress() {
        assertThat(Order.class.isRecord()).isTrue();
        assertThat(Customer.class.isRecord()).isTrue();
        assertThat(Circle.class.isRecord()).isTrue();
        assertThat(Point.class.isRecord()).as("additionalProperties: false needs a class").isFalse();
    }

    @Test
    void theCompactConstructorMakesTheChecksOfBuild() {
        assertThatThrownBy(() -> new Order(null, null, null, null, null, null, null, null, null, null, null, null, null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build Order: missing required properties [id, kind, note, customer, delivery];"
                        + " missing properties required when delivery = \"ship\": [address]");
        assertThatThrownBy(() -> new Order(ID, "invoice", null, "n", new Customer("Ada", null), null, null, null, 9L,
                "4111", null, Delivery.PICKUP, null, null))
                .hasMessage("Cannot build Order: values other than the schema's const in [kind];"
                        + " values outside the schema's enum in [priority]; dependentRequired not met for [card];"
                        + " missing properties required unless delivery = \"ship\": [store]");
        assertThatThrownBy(() -> new Customer(null, "ada@example.com"))
                .hasMessage("Cannot build Customer: missing required properties [name]");
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> completeBuilder().lines(withNull).build())
                .hasMessage("Cannot build Order: null elements in [lines]");
    }

    @Test
    void theCompactConstructorCopiesCollectionsIntoUnmodifiableOnes() {
        List<String> lines = new ArrayList<>(List.of("a"));
        Map<String, Long> stock = new LinkedHashMap<>(Map.of("a", 1L));
        Order order = new Order(ID, "order", null, "n", new Customer("Ada", null), lines, stock, null, null, null, null,
                Delivery.SHIP, "Main St 1", null);
        lines.add("changed later");
        stock.clear();
        assertThat(order.lines()).containsExactly("a");
        assertThat(order.stock()).containsExactly(Map.entry("a", 1L));
        assertThatThrownBy(() -> order.lines().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> order.stock().put("b", 2L)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theBuilderStartsAtTheDefaultAndToBuilderCopies() {
        Order order = completeBuilder().card("4111").pin("1234").build();
        assertThat(order.currency()).isEqualTo("EUR");
        assertThat(order.toBuilder().build()).isEqualTo(order).hasSameHashCodeAs(order);
        assertThat(order.toBuilder().address("Elsewhere").build().address()).isEqualTo("Elsewhere");
        assertThat(order.toString()).contains("card=***", "pin=***").doesNotContain("4111", "1234");
    }

    @Test
    void aRecordReadWithoutADefaultedPropertyHoldsItAbsentAndWritesItAbsent() throws Exception {
        String without = JSON.replace("\"currency\":\"EUR\",", "");
        for (Order read : List.of(JACKSON3.readValue(without, Order.class), JACKSON2.readValue(without, Order.class))) {
            assertThat(read.currency()).isNull();
            assertThat(JACKSON3.writeValueAsString(read)).isEqualTo(without);
            assertThat(JACKSON2.writeValueAsString(read)).isEqualTo(without);
        }
    }

    @Test
    void bothJacksonsReadAndWriteTheRecord() throws Exception {
        Order order = completeBuilder().build();
        assertThat(JACKSON3.writeValueAsString(order)).isEqualTo(JSON);
        assertThat(JACKSON2.writeValueAsString(order)).isEqualTo(JSON);
        assertThat(JACKSON3.readValue(JSON, Order.class)).isEqualTo(order);
        assertThat(JACKSON2.readValue(JSON.replace("{\"id\"", "{\"extra\":true,\"id\""), Order.class)).isEqualTo(order);
        String noDelivery = JSON.replace("\"delivery\":\"ship\",", "");
        assertThatThrownBy(() -> JACKSON3.readValue(noDelivery, Order.class))
                .hasMessageContaining("Cannot build Order: missing required properties [delivery]");
        assertThatThrownBy(() -> JACKSON2.readValue(noDelivery, Order.class))
                .hasMessageContaining("Cannot build Order: missing required properties [delivery]");
        assertThatThrownBy(() -> JACKSON3.readValue(JSON.replace("\"Ada\"", "null"), Order.class))
                .hasMessageContaining("Cannot build Customer: missing required properties [name]");
    }

    @Test
    void thePointStaysAClassThatRejectsUnknownProperties() throws Exception {
        Point point = JACKSON3.readValue("{\"x\":1,\"y\":2.5}", Point.class);
        assertThat(point.getX()).isEqualTo(1.0);
        assertThat(JACKSON2.writeValueAsString(point)).isEqualTo("{\"x\":1.0,\"y\":2.5}");
        String message = "Cannot read Point: unknown property \"z\" (the schema allows no additional properties)";
        assertThatThrownBy(() -> JACKSON3.readValue("{\"x\":1,\"y\":2,\"z\":3}", Point.class)).hasMessageContaining(message);
        assertThatThrownBy(() -> JACKSON2.readValue("{\"x\":1,\"y\":2,\"z\":3}", Point.class)).hasMessageContaining(message);
        assertThatThrownBy(() -> Point.builder().x(1.0).build())
                .hasMessage("Cannot build Point: missing required properties [y]");
    }

    @Test
    void theUnionOfRecordsIsSealedAndReadByItsDiscriminator() throws Exception {
        assertThat(Shape.class.isSealed()).isTrue();
        assertThat(Shape.class.getPermittedSubclasses()).containsExactly(Circle.class, Square.class);
        String square = "{\"kind\":\"square\",\"side\":2.0}";
        Shape read = JACKSON3.readValue(square, Shape.class);
        assertThat(read).isEqualTo(new Square("square", 2.0));
        assertThat(JACKSON2.readValue("{\"kind\":\"circle\",\"radius\":1}", Shape.class)).isEqualTo(new Circle("circle", 1.0));
        assertThat(JACKSON3.writeValueAsString(read)).isEqualTo(square);
        assertThat(JACKSON2.writeValueAsString(read)).isEqualTo(square);
        assertThatThrownBy(() -> new Circle("square", 1.0))
                .hasMessage("Cannot build Circle: values other than the schema's const in [kind]");
        assertThatThrownBy(() -> JACKSON3.readValue("{\"kind\":\"circle\"}", Shape.class))
                .hasMessageContaining("Cannot build Circle: missing required properties [radius]");
    }
}
