package dev.schemapojo.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.ConstraintChecks;
import dev.schemapojo.core.FormatChecks;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.Style;
import dev.schemapojo.core.UnknownProperties;
import dev.schemapojo.core.diagnostics.Diagnostic;
import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Schema text that reaches the Javadoc (descriptions, property names, enum values, defaults, consts,
 * patterns, discriminators, file names and pointers) with what Javadoc reads as markup: HTML, entities,
 * block and inline tags, comment ends, unicode escapes and line separators. Whatever the options, the
 * generated code passes doclint ({@link InMemoryCompiler#CHECKS}), and the text still reads as written.
 */
class JavadocTextTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Each a kind of markup; the test fails on the first kind the generator lets through. */
    static final List<String> TEXTS = List.of(
            "<b>bold</b>, a line<br>break, <p> a paragraph, <!-- a comment -->, a < b > c & d, &amp; &nbsp; &#64;",
            "@param x is not a tag\n@return nor is this\n  @deprecated",
            "{@link Object} {@code x} {@inheritDoc} {@ and { unbalanced }} }",
            "ends */ the comment /* and \\u002a/ and */",
            "line\u2028separator\u2029paragraph\u0085next line",
            "back\\slash, \\u000a, \\n and a tab\t.",
            "* a markdown bullet\n  * nested",
            "<a href=\"#x\">a link</a> <script>alert(1)</script> <table><tr><td>cell</td></tr></table> </p> <h1>x</h1>");

    @TempDir
    Path dir;

    @Test
    void schemaTextPassesDoclintInEveryStyleAndWithEveryOptionThatChangesTheCode() {
        writeSchemas();
        List<UnaryOperator<Options.Builder>> variants = List.of(
                o -> o,
                o -> o.constraints(ConstraintChecks.CHECK).formats(FormatChecks.ASSERT).unknownProperties(UnknownProperties.FAIL),
                o -> o.constraints(ConstraintChecks.CHECK).unknownProperties(UnknownProperties.KEEP).beanValidation(true));
        int run = 0;
        for (Style style : Style.values()) {
            for (UnaryOperator<Options.Builder> variant : variants) {
                Options options = variant.apply(Schemas.options(dir.resolve("s"), dir.resolve("out" + run)).style(style)).build();
                Generator generator = new Generator(options);
                assertThat(generator.validate().diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
                Map<String, String> sources = generator.sources();
                InMemoryCompiler.compile(sources, dir.resolve("javac" + run++));
                String comments = renderedComments(String.join("\n", sources.values()));
                for (String text : TEXTS) {
                    assertThat(comments).as("%s style: the text as Javadoc renders it", style.word()).contains(readable(text));
                }
            }
        }
    }

    private void writeSchemas() {
        ObjectNode hostile = JSON.createObjectNode().put("title", "Hostile").put("description", String.join("\n\n", TEXTS))
                .put("type", "object");
        ObjectNode properties = hostile.putObject("properties");
        ArrayNode required = hostile.putArray("required");
        for (int i = 0; i < TEXTS.size(); i++) {
            String text = TEXTS.get(i);
            // the text as the name, the description and the default of a property
            properties.putObject(text).put("type", "string").put("description", text).put("default", text);
            properties.putObject("p" + i).put("description", text).put("const", text);
            if (i % 2 == 0) {
                required.add(text);
            }
        }
        // names and values that escape to nothing: doclint refuses an empty <code>
        properties.putObject("").put("type", "string").put("default", "");
        properties.putObject(" ").put("type", "string").put("const", " ");
        ObjectNode kind = properties.putObject("kind").put("description", TEXTS.get(0));
        TEXTS.forEach(kind.putArray("enum")::add);
        kind.withArray("enum").add("").add(" ").add("\u2028");
        properties.putObject("level").put("type", "integer").putArray("enum").add(1).add(2);
        properties.putObject("code").put("type", "string").put("maxLength", 80)
                .put("pattern", "^(<b>|\\*/|\\{@x|@y|&amp;|\\\\u0041|\\})*$");
        ObjectNode pair = properties.putObject("pair").put("type", "array").put("items", false);
        pair.putArray("prefixItems").addObject().put("type", "string").put("description", TEXTS.get(1))
                .put("pattern", "^[*/<>&@{}]*$");
        ObjectNode shape = properties.putObject("shape");
        for (String value : List.of("a", "b")) {
            ObjectNode variant = shape.withArray("oneOf").addObject().put("type", "object").put("description", TEXTS.get(2));
            variant.putObject("properties").putObject(TEXTS.get(3)).put("const", value);
            variant.putArray("required").add(TEXTS.get(3));
        }
        properties.putObject("either").put("description", TEXTS.get(4)).putArray("type").add("string").add("integer");
        Schemas.write(dir.resolve("s"), "hostile <&> {@x} *.json", hostile.toString());

        ObjectNode value = JSON.createObjectNode().put("title", "Code").put("type", "string")
                .put("description", TEXTS.get(5)).put("pattern", "^[<>&@*/{}\\\\]+$");
        Schemas.write(dir.resolve("s"), "code.json", value.toString());
        ObjectNode kinds = JSON.createObjectNode().put("title", "Kinds").put("description", TEXTS.get(6));
        kinds.putArray("type").add("string").add("boolean");
        Schemas.write(dir.resolve("s"), "kinds.json", kinds.toString());
        ObjectNode large = JSON.createObjectNode().put("title", "Large").put("type", "string").put("description", TEXTS.get(7));
        ArrayNode values = large.putArray("enum");
        TEXTS.forEach(values::add);
        values.add("").add(" ");
        for (int i = 0; values.size() <= 1000; i++) {
            values.add("v" + i);
        }
        Schemas.write(dir.resolve("s"), "large.json", large.toString());
    }

    private static final Pattern COMMENT = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);

    /** The text of every Javadoc comment as the reader sees it: margins gone, the escapes the generator writes decoded. */
    static String renderedComments(String source) {
        List<String> comments = new ArrayList<>();
        Matcher m = COMMENT.matcher(source);
        while (m.find()) {
            String text = m.group(1).replaceAll("(?m)^\\s*\\* ?", "")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&#64;", "@").replace("&#92;", "\\")
                    .replace("&#47;", "/").replace("&amp;", "&");
            comments.add(readable(text));
        }
        return String.join("\n", comments);
    }

    /** The text with every run of blanks (line and paragraph separators included) one space: what a reader tells apart. */
    static String readable(String text) {
        return text.replaceAll("[\\s\u2028\u2029\u0085]+", " ").strip();
    }
}
