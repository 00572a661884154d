package dev.schemapojo.core.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads JSON into Jackson nodes while recording where every value starts, so that every later
 * diagnostic can name a line and column. Unlike a plain {@code ObjectMapper}, it rejects duplicate
 * member names (Jackson would silently keep the last one) and invalid UTF-8.
 */
public final class LocatedJsonReader {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Parses UTF-8 bytes (a leading byte order mark is accepted). */
    public ParsedJson read(byte[] bytes) throws JsonSyntaxException {
        return read(decodeUtf8(bytes));
    }

    /** Parses text. */
    public ParsedJson read(String text) throws JsonSyntaxException {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        State state = new State();
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            try {
                return parseDocument(parser, state);
            } catch (JacksonException e) {
                SourceLocation at = location(e.getLocation());
                if (at == SourceLocation.UNKNOWN) {
                    at = location(parser.currentLocation());
                }
                String original = e.getOriginalMessage();
                boolean number = original != null && NUMBER_LENGTH.matcher(original).find();
                throw new JsonSyntaxException(number ? "json.number" : "json.syntax", at, pointerOf(parser), describe(e));
            }
        }
    }

    private ParsedJson parseDocument(JsonParser parser, State state) throws JsonSyntaxException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new JsonSyntaxException(
                    "json.syntax", new SourceLocation(1, 1), "",
                    "the file is empty; a schema file holds one JSON object (or true/false)");
        }
        JsonNode root = readValue(parser, "", state);
        JsonToken extra = parser.nextToken();
        if (extra != null) {
            throw new JsonSyntaxException(
                    "json.syntax", location(parser.currentTokenLocation()), "",
                    "unexpected content after the end of the JSON document; a schema file holds exactly one JSON value");
        }
        return new ParsedJson(root, Map.copyOf(state.values), Map.copyOf(state.keys));
    }

    /** Where the parser was when it failed, as a JSON pointer (the value being read, or its container). */
    private static String pointerOf(JsonParser parser) {
        try {
            String pointer = parser.streamReadContext().pathAsPointer().toString();
            return pointer;
        } catch (RuntimeException e) {
            return "";
        }
    }

    private JsonNode readValue(JsonParser p, String pointer, State state) throws JsonSyntaxException {
        state.values.put(pointer, location(p.currentTokenLocation()));
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    String child = JsonPointers.append(pointer, name);
                    SourceLocation keyLocation = location(p.currentTokenLocation());
                    if (object.has(name)) {
                        throw new JsonSyntaxException("json.duplicate-key", keyLocation, child,
                                "duplicate member " + JsonValues.quote(name) + " in one JSON object (first at line "
                                        + state.keys.get(child).line() + "); JSON parsers silently keep only one"
                                        + " of them, so remove or rename the other");
                    }
                    state.keys.put(child, keyLocation);
                    p.nextToken();
                    object.set(name, readValue(p, child, state));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(p, JsonPointers.append(pointer, index++), state));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.stringNode(p.getString());
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                try {
                    return NODES.numberNode(p.getDecimalValue());
                } catch (NumberFormatException e) {
                    // an exponent beyond an int (1e99999999999): no BigDecimal, so no Java number, holds it
                    throw new JsonSyntaxException("json.number", location(p.currentTokenLocation()), pointer,
                            "the number " + JsonValues.excerpt(p.getText()) + " has an exponent of more than"
                                    + " 2147483647 digits, which no Java number holds; write a number of a size"
                                    + " Java can represent (a double reaches about 1.8e308)");
                }
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonSyntaxException("json.syntax", location(p.currentTokenLocation()), pointer,
                        "unexpected token " + token);
        }
    }

    private static final java.util.regex.Pattern FOUND = java.util.regex.Pattern.compile("^Unexpected character \\((.*?) \\(code \\d+\\)\\)");

    /** Jackson's parser messages, reworded for a person editing a schema file by hand. */
    static String describe(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "malformed JSON";
        }
        int cut = message.indexOf("\n at [Source");
        message = (cut >= 0 ? message.substring(0, cut) : message).replace('\n', ' ').trim();
        java.util.regex.Matcher found = FOUND.matcher(message);
        String what = found.find() ? "found " + found.group(1) + " where " : null;
        if (what != null && message.contains("was expecting comma to separate Object entries")) {
            return "malformed JSON: " + what + "',' or '}' was expected; is a comma missing after the previous member?";
        }
        if (what != null && message.contains("was expecting comma to separate Array entries")) {
            return "malformed JSON: " + what + "',' or ']' was expected; is a comma missing after the previous element?";
        }
        if (what != null && message.contains("was expecting double-quote to start")) {
            return "malformed JSON: " + what + "a member name in double quotes was expected"
                    + " (JSON allows no trailing comma before '}' and no unquoted names)";
        }
        java.util.regex.Matcher token = UNRECOGNIZED.matcher(message);
        if (token.find()) {
            return "malformed JSON: found " + JsonValues.excerpt(token.group(1)) + " where a JSON value (a string in"
                    + " double quotes, a number, an object, an array, true, false or null) was expected";
        }
        java.util.regex.Matcher length = NUMBER_LENGTH.matcher(message);
        if (length.find()) {
            return "a number of " + length.group(1) + " digits, more than the " + length.group(2) + " that schemapojo"
                    + " reads; no schema needs a number this long (write a large one with an exponent, e.g. 1e1200)";
        }
        if (message.startsWith("Document nesting depth")) {
            return "the JSON is nested more than " + tools.jackson.core.StreamReadConstraints.DEFAULT_MAX_DEPTH
                    + " levels deep, which schemapojo does not read; no real schema needs that depth";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return "malformed JSON: the file ends before the JSON value is complete; is a '}' or ']' missing?";
        }
        // whatever else Jackson quotes from the file is cut to an excerpt
        return "malformed JSON: " + QUOTED.matcher(message).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                JsonValues.excerpt(m.group(1))));
    }

    private static final java.util.regex.Pattern NUMBER_LENGTH =
            java.util.regex.Pattern.compile("^Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final java.util.regex.Pattern UNRECOGNIZED = java.util.regex.Pattern.compile("^Unrecognized token '(.*?)': was expecting");
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("'([^']{" + (JsonValues.EXCERPT + 1) + ",})'");

    private static SourceLocation location(TokenStreamLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return SourceLocation.UNKNOWN;
        }
        return new SourceLocation(loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    /** Strict UTF-8: a malformed byte sequence is an error that names the line and byte, not a U+FFFD. */
    static String decodeUtf8(byte[] bytes) throws JsonSyntaxException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalidOffset(bytes);
            int line = 1;
            int column = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            String detail = e instanceof MalformedInputException ? "" : " (" + e.getMessage() + ")";
            throw new JsonSyntaxException("json.encoding", new SourceLocation(line, column), "",
                    String.format("the file is not valid UTF-8: byte 0x%02X at offset %d%s; save it as UTF-8",
                            bytes[offset] & 0xFF, offset, detail));
        }
    }

    private static int firstInvalidOffset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? Math.min(in.position(), bytes.length - 1) : 0;
    }

    private static final class State {
        final Map<String, SourceLocation> values = new HashMap<>();
        final Map<String, SourceLocation> keys = new HashMap<>();
    }
}
