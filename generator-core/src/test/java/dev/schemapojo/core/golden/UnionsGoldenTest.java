package dev.schemapojo.core.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.golden.unions.Circle;
import dev.schemapojo.golden.unions.Contact;
import dev.schemapojo.golden.unions.EmailContact;
import dev.schemapojo.golden.unions.Filter;
import dev.schemapojo.golden.unions.Match;
import dev.schemapojo.golden.unions.PhoneContact;
import dev.schemapojo.golden.unions.Shape;
import dev.schemapojo.golden.unions.Square;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The goldens of unions in the class style: a oneOf told apart by a const discriminator, an anyOf told
 * apart by the properties present, and a oneOf without object branches held as the value read.
 */
class UnionsGoldenTest {
    static final JsonMapper JACKSON3 = JsonMapper.builder().build();
    static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 = new com.fasterxml.jackson.databind.ObjectMapper();

    @Test
    void theDiscriminatorPicksTheVariant() throws Exception {
        String circle = "{\"kind\":\"circle\",\"radius\":1.5}";
        String square = "{\"kind\":\"square\",\"side\":2.0}";
        Shape readCircle = JACKSON3.readValue(circle, Shape.class);
        assertThat(readCircle).isInstanceOf(Circle.class);
        assertThat(((Circle) readCircle).getRadius()).isEqualTo(1.5);
        Shape readSquare = JACKSON2.readValue(square, Shape.class);
        assertThat(readSquare).isEqualTo(Square.builder().kind("square").side(2.0).build());
        assertThat(JACKSON3.writeValueAsString(readSquare)).isEqualTo(square);
        assertThat(JACKSON2.writeValueAsString(readCircle)).isEqualTo(circle);
        assertThat(JACKSON3.readValue(square, Shape.class)).isEqualTo(readSquare);
    }

    @Test
    void aVariantChecksItsConstAndRequiredPropertiesAndAnUnknownDiscriminatorFails() {
        assertThatThrownBy(() -> Circle.builder().radius(1.0).build())
                .hasMessage("Cannot build Circle: missing required properties [kind]");
        assertThatThrownBy(() -> Circle.builder().kind("square").radius(1.0).build())
                .hasMessage("Cannot build Circle: values other than the schema's const in [kind]");
        assertThatThrownBy(() -> JACKSON3.readValue("{\"kind\":\"square\"}", Shape.class))
                .hasMessageContaining("Cannot build Square: missing required properties [side]");
        assertThatThrownBy(() -> JACKSON3.readValue("{\"kind\":\"triangle\",\"side\":1}", Shape.class))
                .hasMessageContaining("triangle");
        assertThatThrownBy(() -> JACKSON2.readValue("{\"kind\":\"triangle\",\"side\":1}", Shape.class))
                .hasMessageContaining("triangle");
    }

    @Test
    void theFirstVariantThatBuildsIsRead() throws Exception {
        assertThat(JACKSON3.readValue("{\"email\":\"ada@example.com\"}", Contact.class))
                .isEqualTo(EmailContact.builder().email("ada@example.com").build());
        assertThat(JACKSON2.readValue("{\"phone\":\"+47 1\"}", Contact.class))
                .isEqualTo(PhoneContact.builder().phone("+47 1").build());
        String phone = "{\"phone\":\"+47 1\",\"extension\":12}";
        Contact read = JACKSON3.readValue(phone, Contact.class);
        assertThat(read).isInstanceOf(PhoneContact.class);
        assertThat(((PhoneContact) read).getExtension()).isEqualTo(12L);
        assertThat(JACKSON3.writeValueAsString(read)).isEqualTo(phone);
        assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue(phone, Contact.class))).isEqualTo(phone);
        String none = "Cannot read Contact: the JSON is none of its variants (Cannot build EmailContact: missing required"
                + " properties [email]; Cannot build PhoneContact: missing required properties [phone])";
        assertThatThrownBy(() -> JACKSON3.readValue("{\"fax\":\"1\"}", Contact.class)).hasMessageContaining(none);
        assertThatThrownBy(() -> JACKSON2.readValue("{}", Contact.class)).hasMessageContaining(none);
        // valid for both branches of the anyOf: the first is read, as anyOf says (neither declares both members)
        assertThat(JACKSON3.readValue("{\"phone\":\"1\",\"email\":\"a@b\"}", Contact.class)).isInstanceOf(EmailContact.class);
        assertThatThrownBy(() -> JACKSON3.readValue("{\"extension\":1}", Contact.class))
                .hasMessageContaining("Cannot build PhoneContact: missing required properties [phone]");
    }

    @Test
    void aUnionOfAStringAndAnArrayHoldsEachTyped() throws Exception {
        for (String json : List.of("{\"match\":\"*.java\"}", "{\"match\":[\"a\",\"b\"]}")) {
            assertThat(JACKSON3.writeValueAsString(JACKSON3.readValue(json, Filter.class))).isEqualTo(json);
            assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue(json, Filter.class))).isEqualTo(json);
        }
        assertThat(JACKSON3.readValue("{\"match\":\"*.java\"}", Filter.class).getMatch().getValue()).isEqualTo("*.java");
        assertThat(JACKSON2.readValue("{\"match\":[\"a\"]}", Filter.class).getMatch().getValue()).isEqualTo(List.of("a"));
        Filter built = Filter.builder().match(Match.of("*.md")).build();
        assertThat(JACKSON3.writeValueAsString(built)).isEqualTo("{\"match\":\"*.md\"}");
        assertThat(Match.of("x")).isEqualTo(Match.of("x")).hasSameHashCodeAs(Match.of("x")).hasToString("Match[x]");
        assertThatThrownBy(() -> Match.of((String) null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build Match: the value is null");
        Match globs = JACKSON3.readValue("{\"match\":[\"a\",\"b\"]}", Filter.class).getMatch();
        assertThat(globs.isArray()).isTrue();
        assertThat(globs.isString()).isFalse();
        assertThat(globs.asArray()).containsExactly("a", "b");
        assertThatThrownBy(() -> globs.asArray().add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Match.of(List.of("a", "b"))).isEqualTo(globs);
        assertThatThrownBy(globs::asString).hasMessage("Match holds an array, not a string");
    }
}
