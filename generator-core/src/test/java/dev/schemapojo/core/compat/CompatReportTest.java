package dev.schemapojo.core.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.testing.Schemas;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Generator#compat} and its report: directions decide the wire verdict; three formats. */
class CompatReportTest {
    @TempDir
    Path dir;

    @Test
    void directionsDecideTheWireVerdictAndTheReportsSayTheSame() {
        Schemas.write(dir.resolve("old"), "request.json", "{\"title\": \"CreateRequest\", \"type\": \"object\", \"properties\": {"
                + "\"name\": {\"type\": \"string\"}}}");
        Schemas.write(dir.resolve("old"), "response.json", "{\"title\": \"CreateResponse\", \"type\": \"object\", \"properties\": {"
                + "\"name\": {\"type\": \"string\"}}}");
        // the same edit in both: a required property added
        Schemas.write(dir.resolve("new"), "request.json", "{\"title\": \"CreateRequest\", \"type\": \"object\", \"required\": [\"id\"],"
                + " \"properties\": {\"name\": {\"type\": \"string\"}, \"id\": {\"type\": \"string\"}}}");
        Schemas.write(dir.resolve("new"), "response.json", "{\"title\": \"CreateResponse\", \"type\": \"object\", \"required\": [\"id\"],"
                + " \"properties\": {\"name\": {\"type\": \"string\"}, \"id\": {\"type\": \"string\"}}}");
        Options current = Schemas.options(dir.resolve("new"), dir.resolve("out")).build();
        Generator.CompatResult result = new Generator(current).compat(current.withSchemas(dir.resolve("old"), Map.of()));
        assertThat(result.failed()).isFalse();
        CompatReport report = new CompatReport(result.changes(), List.of(Pattern.compile("Request$")),
                List.of(Pattern.compile("Response$")));
        assertThat(report.lines()).containsExactly(
                "new/request.json:1:109: required-property-added com.example.CreateRequest.id: - -> String; wire breaking (send), java source-compatible",
                "new/response.json:1:110: required-property-added com.example.CreateResponse.id: - -> String; wire compatible (read), java source-compatible");
        assertThat(report.summary()).isEqualTo("2 changes: 1 wire-breaking, 0 breaking the Java API");
        assertThat(report.markdown()).contains("| required-property-added | `com.example.CreateRequest` | id | - | String | breaking | send |"
                .replace("| - |", "|  |"));
        assertThat(report.json()).contains("\"wire\": \"breaking\", \"direction\": \"send\"")
                .contains("\"wire\": \"compatible\", \"direction\": \"read\"").startsWith("{\"summary\": \"2 changes: 1 wire-breaking");
        // no directions given: both, the strictest
        assertThat(new CompatReport(result.changes(), List.of(), List.of()).wireBreaking()).isEqualTo(2);
    }

    @Test
    void aBaselineWithErrorsGivesItsDiagnosticsAndNoChanges() {
        Schemas.write(dir.resolve("old"), "a.json", "{\"title\": \"A\", \"type\": \"objekt\"}");
        Schemas.write(dir.resolve("new"), "a.json", "{\"title\": \"A\", \"type\": \"object\"}");
        Options current = Schemas.options(dir.resolve("new"), dir.resolve("out")).build();
        Generator.CompatResult result = new Generator(current).compat(current.withSchemas(dir.resolve("old"), Map.of()));
        assertThat(result.failed()).isTrue();
        assertThat(result.changes()).isEmpty();
        assertThat(result.diagnostics()).singleElement().extracting(d -> d.ruleId()).isEqualTo("meta.type");
    }
}
