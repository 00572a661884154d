package dev.schemapojo.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plugin descriptor maven-plugin-plugin wrote (target/classes, before the tests run) says what the README
 * says, and its texts read well where users see them: {@code help:describe} and {@code schemapojo:help} print the
 * descriptions as plain text and take angle brackets (escaped or not) for markup.
 */
class PluginDescriptorTest {
    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
    private static final Path README = Path.of("../README.md");

    private static Document descriptor() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
    }

    @Test
    void theRequiredMavenAndJavaVersionsAreTheReadmes() throws Exception {
        Document plugin = descriptor();
        String maven = plugin.getElementsByTagName("requiredMavenVersion").item(0).getTextContent();
        String java = plugin.getElementsByTagName("requiredJavaVersion").item(0).getTextContent();
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        assertThat(readme).contains("With JDK " + java + "+ and Maven " + maven + "+:")
                .contains("it needs Maven " + maven + "+ and Java " + java + "+ to run");
    }

    @Test
    void noParameterDescriptionHasMarkupThatHelpWouldSwallow() throws Exception {
        NodeList mojos = descriptor().getElementsByTagName("mojo");
        List<String> swallowed = new ArrayList<>();
        Pattern tag = Pattern.compile("<(?!/?(?:code|p|a|em|i|b|ul|li)\\b)[^>]*>|&lt;|&gt;");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (mojo.getElementsByTagName("goal").item(0).getTextContent().equals("help")) {
                continue; // written by maven-plugin-plugin, not by us
            }
            NodeList descriptions = mojo.getElementsByTagName("description");
            for (int d = 0; d < descriptions.getLength(); d++) {
                texts.add(descriptions.item(d).getTextContent());
            }
        }
        for (String text : texts) {
            Matcher m = tag.matcher(text);
            if (m.find()) {
                swallowed.add(m.group() + " in: " + text);
            }
        }
        assertThat(swallowed).isEmpty();
    }

    @Test
    void styleSaysWhatTheReadmeSaysOfRecords() throws Exception {
        NodeList parameters = descriptor().getElementsByTagName("parameter");
        String style = null;
        for (int i = 0; i < parameters.getLength(); i++) {
            Element parameter = (Element) parameters.item(i);
            if (parameter.getElementsByTagName("name").item(0).getTextContent().equals("style")) {
                style = parameter.getElementsByTagName("description").item(0).getTextContent();
            }
        }
        assertThat(style).contains("Java 17+");
        assertThat(Files.readString(README, StandardCharsets.UTF_8)).contains("`style=record`: Java 17+");
    }
}
