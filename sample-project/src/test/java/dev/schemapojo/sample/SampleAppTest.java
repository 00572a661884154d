package dev.schemapojo.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SampleAppTest {

    @Test
    void printsJsonEqualityRedactedTextAndTheRejection() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            SampleApp.run(out);
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .hasSize(4)
                .satisfiesExactly(
                        line -> assertThat(line).isEqualTo("JSON:              " + Requests.COMPLETE_JSON),
                        line -> assertThat(line).isEqualTo("Read back equal:   true"),
                        line -> assertThat(line)
                                .startsWith("toString():        MigrateRequest")
                                .contains("***")
                                .doesNotContain(Requests.SECRET),
                        line -> assertThat(line).isEqualTo("Without member_id: "
                                + "Cannot build MigrateRequest: missing required properties [member_id]"));
    }
}
