package dev.schemapojo.core.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.golden.tuples.Position;
import dev.schemapojo.golden.tuples.Track;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The goldens of closed tuples: {@code Position}, a schema file that is a tuple, and the inline tuple
 * of {@code Track}: typed positions, read from and written as JSON arrays, {@code minItems} positions
 * required and no item beyond the last position.
 */
class TuplesGoldenTest {
    static final JsonMapper JACKSON3 = JsonMapper.builder().build();
    static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 = new com.fasterxml.jackson.databind.ObjectMapper();

    @Test
    void ofBuildsATupleWrittenAsAnArrayWithoutTrailingAbsentPositions() throws Exception {
        Position home = Position.of(59.9, 10.7, "home");
        assertThat(home.getItem0()).isEqualTo(59.9);
        assertThat(home.getItem2()).isEqualTo("home");
        assertThat(JACKSON3.writeValueAsString(home)).isEqualTo("[59.9,10.7,\"home\"]");
        assertThat(JACKSON2.writeValueAsString(Position.of(59.9, 10.7, null))).isEqualTo("[59.9,10.7]");
        assertThat(Position.of(1.0, 2.0, null)).isEqualTo(Position.of(1.0, 2.0, null))
                .hasSameHashCodeAs(Position.of(1.0, 2.0, null)).isNotEqualTo(home).hasToString("Position[1.0, 2.0, null]");
        assertThatThrownBy(() -> Position.of(null, 2.0, "x")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build Position: missing required items [0]");
    }

    @Test
    void bothJacksonsReadTheArrayAndCheckItsLength() throws Exception {
        assertThat(JACKSON3.readValue("[59.9,10.7,\"home\"]", Position.class)).isEqualTo(Position.of(59.9, 10.7, "home"));
        assertThat(JACKSON2.readValue("[1,2]", Position.class)).isEqualTo(Position.of(1.0, 2.0, null));
        for (String json : new String[] {"[1]", "[]"}) {
            String missing = json.equals("[]") ? "[0, 1]" : "[1]";
            assertThatThrownBy(() -> JACKSON3.readValue(json, Position.class))
                    .hasMessageContaining("Cannot build Position: missing required items " + missing);
            assertThatThrownBy(() -> JACKSON2.readValue(json, Position.class))
                    .hasMessageContaining("Cannot build Position: missing required items " + missing);
        }
        assertThatThrownBy(() -> JACKSON3.readValue("[1,2,\"x\",4]", Position.class))
                .hasMessageContaining("Cannot build Position: the schema allows at most 3 items");
        assertThatThrownBy(() -> JACKSON2.readValue("[1,2,\"x\",4]", Position.class))
                .hasMessageContaining("Cannot build Position: the schema allows at most 3 items");
        assertThatThrownBy(() -> JACKSON3.readValue("[\"north\",2]", Position.class)).hasMessageContaining("north");
    }

    @Test
    void tuplesInsideAnObjectRoundTrip() throws Exception {
        String json = "{\"points\":[[1.0,2.0],[3.0,4.0,\"end\"]],\"span\":[1,5,{\"unit\":\"km\"}]}";
        Track track = JACKSON3.readValue(json, Track.class);
        assertThat(track.getPoints()).hasSize(2);
        assertThat(track.getPoints().get(1).getItem2()).isEqualTo("end");
        assertThat(track.getSpan().getItem1()).isEqualTo(5L);
        assertThat(track.getSpan().getItem2().getUnit()).isEqualTo("km");
        assertThat(JACKSON3.writeValueAsString(track)).isEqualTo(json);
        assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue(json, Track.class))).isEqualTo(json);
        assertThat(JACKSON2.readValue(json, Track.class)).isEqualTo(track);
        assertThat(JACKSON3.writeValueAsString(track.toBuilder().span(Track.Span.of(2L, 3L, null)).build()))
                .isEqualTo("{\"points\":[[1.0,2.0],[3.0,4.0,\"end\"]],\"span\":[2,3]}");
        assertThatThrownBy(() -> JACKSON3.readValue("{\"points\":[],\"span\":[1]}", Track.class))
                .hasMessageContaining("Cannot build Span: missing required items [1]");
        assertThatThrownBy(() -> Track.builder().build())
                .hasMessage("Cannot build Track: missing required properties [points]");
    }
}
