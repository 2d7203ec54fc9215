package io.github.wenshu.read.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.wenshu.model.Limits;
import io.github.wenshu.read.ReadException;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON with Jackson's streaming parser into {@link JsonValue}s that carry their line and column.
 * Syntax errors and duplicate keys become {@link ReadException}s with the position.
 *
 * <pre>{@code
 * JsonValue root = LocatedJsonParser.parse(reader, "report.json");
 * }</pre>
 */
public final class LocatedJsonParser {

    private static final JsonFactory DEFAULT_FACTORY = factory(Limits.defaults());

    private final JsonParser parser;
    private final String source;

    private LocatedJsonParser(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
    }

    public static JsonValue parse(String json, String source) {
        return parse(new StringReader(json), source);
    }

    public static JsonValue parse(Reader in, String source) {
        return parse(in, source, Limits.defaults());
    }

    /** Parses within the limits' JSON nesting depth, string length and input size. */
    public static JsonValue parse(Reader in, String source, Limits limits) {
        JsonFactory factory = limits.equals(Limits.defaults()) ? DEFAULT_FACTORY : factory(limits);
        JsonParser p = null;
        try {
            p = factory.createParser(in);
            LocatedJsonParser lp = new LocatedJsonParser(p, source);
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new ReadException(source, 1, 1, "$", "the input is empty; expected a JSON object");
            }
            JsonValue root = lp.value("$");
            JsonToken extra = p.nextToken();
            if (extra != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new ReadException(source, at.getLineNr(), at.getColumnNr(), null,
                        "unexpected content after the end of the JSON value");
            }
            return root;
        } catch (StreamConstraintsException e) {
            JsonLocation at = p.currentLocation();
            throw new ReadException(source, at.getLineNr(), at.getColumnNr(), pathOf(p.getParsingContext()),
                    "input exceeds a limit: " + plain(e.getOriginalMessage()));
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw new ReadException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    pathOf(p.getParsingContext()), "invalid JSON syntax: " + plain(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ReadException(source, 0, 0, null, "cannot read input: " + e.getMessage());
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // reading is over; nothing is lost by a failed close of a string reader
                }
            }
        }
    }

    private static JsonFactory factory(Limits limits) {
        return JsonFactory.builder()
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxJsonDepth())
                        .maxStringLength(limits.maxJsonStringLength())
                        .maxNameLength(1000)
                        .maxNumberLength(100)
                        .maxDocumentLength(limits.maxInputBytes())
                        .build())
                .build();
    }

    /** Jackson's wording without its "(code 125)" and source noise. */
    private static String plain(String message) {
        String m = message.replaceAll(" \\(code [0-9]+\\)", "");
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static String pathOf(JsonStreamContext ctx) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.push(JsonPaths.field("", c.getCurrentName()));
            }
        }
        return "$" + String.join("", parts);
    }

    private JsonValue value(String path) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int col = at.getColumnNr();
        JsonToken t = parser.currentToken();
        return switch (t) {
            case START_OBJECT -> object(path, line, col);
            case START_ARRAY -> array(path, line, col);
            case VALUE_STRING -> new JsonValue.Str(parser.getText(), line, col);
            case VALUE_NUMBER_INT -> new JsonValue.Num(parser.getDecimalValue(), true, line, col);
            case VALUE_NUMBER_FLOAT -> new JsonValue.Num(parser.getDecimalValue(), false, line, col);
            case VALUE_TRUE -> new JsonValue.Bool(true, line, col);
            case VALUE_FALSE -> new JsonValue.Bool(false, line, col);
            case VALUE_NULL -> new JsonValue.Null(line, col);
            default -> throw new ReadException(source, line, col, path, "unexpected token " + t);
        };
    }

    private JsonValue object(String path, int line, int col) throws IOException {
        Map<String, JsonValue.Member> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonLocation keyAt = parser.currentTokenLocation();
            String childPath = JsonPaths.field(path, key);
            if (members.containsKey(key)) {
                throw new ReadException(source, keyAt.getLineNr(), keyAt.getColumnNr(), childPath,
                        "field '" + key + "' appears twice; expected each field once");
            }
            parser.nextToken();
            members.put(key, new JsonValue.Member(key, keyAt.getLineNr(), keyAt.getColumnNr(), value(childPath)));
        }
        return new JsonValue.Obj(members, line, col);
    }

    private JsonValue array(String path, int line, int col) throws IOException {
        List<JsonValue> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(path + "[" + items.size() + "]"));
        }
        return new JsonValue.Arr(items, line, col);
    }
}
