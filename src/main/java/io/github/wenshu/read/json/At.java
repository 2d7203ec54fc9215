package io.github.wenshu.read.json;

import io.github.wenshu.read.ReadException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A JSON value with its path and source name: typed accessors that fail with a {@link ReadException}
 * naming {@code source:line:col}, the path, what was expected and what was found.
 *
 * <pre>{@code
 * At meta = root.object("metadata");
 * meta.onlyFields(Set.of("title", "date"));
 * String title = meta.optString("title");
 * }</pre>
 */
public record At(JsonValue value, String path, String source) {

    public ReadException error(String detail) {
        return new ReadException(source, value.line(), value.column(), path, detail);
    }

    public ReadException expected(String what) {
        return error("expected " + what + ", found " + describe(value));
    }

    static String describe(JsonValue v) {
        if (v instanceof JsonValue.Str s) {
            return "the string \"" + abbreviate(s.value()) + "\"";
        }
        if (v instanceof JsonValue.Num n) {
            return "the number " + n.value().toPlainString();
        }
        if (v instanceof JsonValue.Bool b) {
            return b.value() ? "true" : "false";
        }
        return v.kind();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "…";
    }

    public boolean isNull() {
        return value instanceof JsonValue.Null;
    }

    public JsonValue.Obj asObject(String what) {
        if (value instanceof JsonValue.Obj o) {
            return o;
        }
        throw expected(what);
    }

    /** Fails on the first member not in {@code allowed}, suggesting the nearest allowed name. */
    public void onlyFields(Collection<String> allowed, String what) {
        JsonValue.Obj o = asObject(what);
        for (JsonValue.Member m : o.members().values()) {
            if (!allowed.contains(m.key())) {
                List<String> sorted = new ArrayList<>(allowed);
                java.util.Collections.sort(sorted);
                throw new ReadException(source, m.line(), m.column(), JsonPaths.field(path, m.key()),
                        "unknown field '" + m.key() + "' in " + what + Suggestions.didYouMean(m.key(), allowed)
                                + "; expected one of: " + String.join(", ", sorted));
            }
        }
    }

    public boolean has(String name) {
        return value instanceof JsonValue.Obj o && o.members().containsKey(name)
                && !(o.members().get(name).value() instanceof JsonValue.Null);
    }

    /** The member {@code name} of this object, or null when absent or JSON null. */
    public At opt(String name) {
        JsonValue.Obj o = asObject("an object");
        JsonValue.Member m = o.members().get(name);
        if (m == null || m.value() instanceof JsonValue.Null) {
            return null;
        }
        return new At(m.value(), JsonPaths.field(path, name), source);
    }

    public At require(String name, String what) {
        At a = opt(name);
        if (a == null) {
            throw error("missing field '" + name + "'; expected " + what);
        }
        return a;
    }

    public List<At> items(String what) {
        if (!(value instanceof JsonValue.Arr arr)) {
            throw expected(what);
        }
        List<At> out = new ArrayList<>();
        for (int i = 0; i < arr.items().size(); i++) {
            out.add(new At(arr.items().get(i), JsonPaths.index(path, i), source));
        }
        return out;
    }

    public String string(String what) {
        if (value instanceof JsonValue.Str s) {
            return s.value();
        }
        throw expected(what);
    }

    public boolean bool() {
        if (value instanceof JsonValue.Bool b) {
            return b.value();
        }
        throw expected("true or false");
    }

    public BigDecimal number(String what) {
        if (value instanceof JsonValue.Num n) {
            return n.value();
        }
        throw expected(what);
    }

    public int integer(String what, int min, int max) {
        if (value instanceof JsonValue.Num n) {
            BigDecimal v = n.value();
            if (v.stripTrailingZeros().scale() <= 0 && v.compareTo(BigDecimal.valueOf(min)) >= 0
                    && v.compareTo(BigDecimal.valueOf(max)) <= 0) {
                return v.intValueExact();
            }
        }
        throw expected(what);
    }

    public String optString(String name, String what) {
        At a = opt(name);
        return a == null ? null : a.string(what);
    }

    public boolean optBool(String name, boolean fallback) {
        At a = opt(name);
        return a == null ? fallback : a.bool();
    }

    public List<String> optStrings(String name, String what) {
        At a = opt(name);
        if (a == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (At item : a.items("an array of " + what)) {
            out.add(item.string(what));
        }
        return out;
    }

    /** The string value, which must be one of {@code choices}; suggests the nearest on a typo. */
    public String choice(Set<String> choices, String what) {
        String s = string(what + " (one of: " + String.join(", ", choices) + ")");
        if (!choices.contains(s)) {
            throw error("unknown " + what + " '" + s + "'" + Suggestions.didYouMean(s, choices)
                    + "; expected one of: " + String.join(", ", choices));
        }
        return s;
    }
}
