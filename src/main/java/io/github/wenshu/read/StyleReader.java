package io.github.wenshu.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wenshu.read.json.At;
import io.github.wenshu.read.json.JsonValue;
import io.github.wenshu.read.json.LocatedJsonParser;
import io.github.wenshu.style.FontRole;
import io.github.wenshu.style.OfficialStyle;
import io.github.wenshu.style.Style;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a style file: a JSON object whose fields override those of {@link OfficialStyle#gbt9704()} (the
 * {@link Style} component names, e.g. {@code "bodySize": 15, "markColor": "#E60012"}), plus
 * {@code "fonts": {"fangsong": "fonts/FangSong.ttf"}} to replace the face of a font role. Errors name
 * {@code file:line:col} and the field, and suggest the nearest name for a misspelt one.
 *
 * <pre>{@code
 * StyleReader.StyleFile sf = StyleReader.read(Path.of("my-style.json"));
 * Style style = sf.style();
 * sf.fonts().forEach((role, file) -> fonts = fonts.with(role, file));
 * }</pre>
 */
public final class StyleReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The style and the font files the style asked for, by role (paths resolved against the style's folder). */
    public record StyleFile(Style style, Map<FontRole, Path> fonts) {
        public StyleFile {
            fonts = Map.copyOf(fonts);
        }
    }

    private StyleReader() {
    }

    public static StyleFile read(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        Path base = file.toAbsolutePath().getParent();
        return read(json, file.toString(), base);
    }

    /**
     * @param json   the style file's text
     * @param source its name in messages
     * @param base   the folder font paths are relative to
     */
    public static StyleFile read(String json, String source, Path base) {
        At root = new At(LocatedJsonParser.parse(json.startsWith("\uFEFF") ? json.substring(1) : json, source),
                "$", source);
        root.asObject("a style object such as {\"bodySize\": 16, \"markColor\": \"#FF0000\"}");
        ObjectNode merged = MAPPER.valueToTree(OfficialStyle.gbt9704());
        Set<String> allowed = new TreeSet<>();
        merged.fieldNames().forEachRemaining(allowed::add);
        allowed.add("fonts");
        allowed.add("$schema");
        root.onlyFields(allowed, "a style");
        Map<FontRole, Path> fonts = new EnumMap<>(FontRole.class);
        for (JsonValue.Member m : ((JsonValue.Obj) root.value()).members().values()) {
            At value = root.opt(m.key());
            if (value == null || m.key().equals("$schema")) {
                continue;
            }
            if (m.key().equals("fonts")) {
                fonts.putAll(fonts(value, base));
            } else {
                merged.set(m.key(), convert(value, merged.get(m.key())));
            }
        }
        try {
            return new StyleFile(MAPPER.treeToValue(merged, Style.class), fonts);
        } catch (IOException | IllegalArgumentException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
            At where = root;
            for (String key : ((JsonValue.Obj) root.value()).members().keySet()) {
                if (message.startsWith(key + " ") && root.opt(key) != null) {
                    where = root.opt(key);
                }
            }
            throw where.error("the style is not valid: " + message);
        }
    }

    private static Map<FontRole, Path> fonts(At fonts, Path base) {
        List<String> roles = Arrays.stream(FontRole.values()).map(FontRole::key).toList();
        fonts.onlyFields(roles, "fonts (a font role → font file map)");
        Map<FontRole, Path> out = new EnumMap<>(FontRole.class);
        for (String key : roles) {
            At path = fonts.opt(key);
            if (path == null) {
                continue;
            }
            Path p = base.resolve(path.string("a font file path (TTF or OTF) relative to the style file"))
                    .normalize();
            if (!Files.isRegularFile(p)) {
                throw path.error("font file not found: " + p);
            }
            out.put(FontRole.parse(key).orElseThrow(), p);
        }
        return out;
    }

    /** The user's value as a Jackson node of the same shape as the default, or a located error. */
    private static JsonNode convert(At value, JsonNode def) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (def.isArray()) {
            List<At> items = value.items("an array of " + def.size() + " values like " + def);
            ArrayNode arr = f.arrayNode();
            for (At item : items) {
                arr.add(convert(item, def.get(0)));
            }
            return arr;
        }
        if (def.isBoolean()) {
            return f.booleanNode(value.bool());
        }
        if (def.isIntegralNumber()) {
            return f.numberNode(value.integer("a whole number like " + def, 0, 100_000));
        }
        if (def.isNumber()) {
            return f.numberNode(value.number("a number like " + def));
        }
        if (def.isTextual() && isRole(def.asText())) {
            String s = value.string("a font role: " + roleNames());
            return FontRole.parse(s).map(r -> (JsonNode) f.textNode(r.name()))
                    .orElseThrow(() -> value.error("unknown font role '" + s + "'"
                            + io.github.wenshu.read.json.Suggestions.didYouMean(s, roleKeys())
                            + "; expected one of: " + roleNames()));
        }
        return f.textNode(value.string("a string like " + def));
    }

    private static boolean isRole(String s) {
        return Arrays.stream(FontRole.values()).anyMatch(r -> r.name().equals(s));
    }

    private static List<String> roleKeys() {
        return Arrays.stream(FontRole.values()).map(FontRole::key).toList();
    }

    private static String roleNames() {
        return String.join(", ", roleKeys());
    }

    /** The default style as JSON: every field a style file may set. */
    public static String defaultsAsJson() {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(OfficialStyle.gbt9704());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
