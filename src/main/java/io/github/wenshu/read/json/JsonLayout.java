package io.github.wenshu.read.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Iterator;
import java.util.Map;

/**
 * Lays out compact JSON for people: a value that fits in {@link #WIDTH} display columns stays on one line
 * ({@code ["甲", "乙"]}, {@code {"type": "pageBreak"}}); larger objects and arrays put one member per line,
 * indented by two spaces. Wide (CJK) characters count as two columns.
 *
 * <pre>{@code
 * String pretty = JsonLayout.layout("{\"a\":[1,2],\"b\":{\"c\":true}}");
 * }</pre>
 */
public final class JsonLayout {

    static final int WIDTH = 100;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLayout() {
    }

    public static String layout(String compactJson) {
        try {
            StringBuilder sb = new StringBuilder();
            write(MAPPER.readTree(compactJson), 0, 0, sb);
            return sb.append('\n').toString();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void write(JsonNode node, int indent, int used, StringBuilder sb) throws JsonProcessingException {
        String flat = flat(node);
        if (!node.isContainerNode() || node.isEmpty() || used + width(flat) <= WIDTH) {
            sb.append(flat);
            return;
        }
        String pad = "  ".repeat(indent + 1);
        boolean object = node.isObject();
        sb.append(object ? "{\n" : "[\n");
        if (object) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = MAPPER.writeValueAsString(e.getKey()) + ": ";
                sb.append(pad).append(key);
                write(e.getValue(), indent + 1, width(pad + key), sb);
                sb.append(it.hasNext() ? ",\n" : "\n");
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                sb.append(pad);
                write(node.get(i), indent + 1, width(pad), sb);
                sb.append(i + 1 < node.size() ? ",\n" : "\n");
            }
        }
        sb.append("  ".repeat(indent)).append(object ? '}' : ']');
    }

    private static String flat(JsonNode node) throws JsonProcessingException {
        if (!node.isContainerNode()) {
            return MAPPER.writeValueAsString(node);
        }
        StringBuilder sb = new StringBuilder(node.isObject() ? "{" : "[");
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                sb.append(MAPPER.writeValueAsString(e.getKey())).append(": ").append(flat(e.getValue()));
                sb.append(it.hasNext() ? ", " : "");
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                sb.append(flat(node.get(i))).append(i + 1 < node.size() ? ", " : "");
            }
        }
        return sb.append(node.isObject() ? "}" : "]").toString();
    }

    private static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                    || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                    || (c >= 0xFFE0 && c <= 0xFFE6) || c == 0x201C || c == 0x201D) ? 2 : 1;
        }
        return w;
    }
}
