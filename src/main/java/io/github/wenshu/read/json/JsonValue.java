package io.github.wenshu.read.json;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where it starts in the input, so that every error can say
 * {@code line:column}. Built by {@link LocatedJsonParser}.
 *
 * <pre>{@code
 * JsonValue v = LocatedJsonParser.parse("{\"a\": [1, 2]}", "in.json");
 * if (v instanceof JsonValue.Obj o) { o.members().get("a").value().line(); }
 * }</pre>
 */
public sealed interface JsonValue {

    int line();

    int column();

    /** The JSON kind in words, for messages: "a string", "an object", … */
    String kind();

    record Obj(Map<String, Member> members, int line, int column) implements JsonValue {
        public Obj {
            members = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        @Override
        public String kind() {
            return "an object";
        }
    }

    /** An object member: the key's position and its value. */
    record Member(String key, int line, int column, JsonValue value) {
    }

    record Arr(List<JsonValue> items, int line, int column) implements JsonValue {
        public Arr {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "an array";
        }
    }

    record Str(String value, int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return "a string";
        }
    }

    record Num(BigDecimal value, boolean integral, int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return "a number";
        }
    }

    record Bool(boolean value, int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return "a boolean";
        }
    }

    record Null(int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return "null";
        }
    }
}
