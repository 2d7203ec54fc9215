package io.github.wenshu.read.json;

/**
 * JSON path strings for messages: {@code $.body[3].level}, {@code $.metadata["odd key"]}.
 *
 * <pre>{@code
 * String p = JsonPaths.index(JsonPaths.field("$", "body"), 3);   // "$.body[3]"
 * }</pre>
 */
public final class JsonPaths {

    private JsonPaths() {
    }

    public static String field(String parent, String key) {
        if (key.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
            return parent + "." + key;
        }
        return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    public static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }
}
