package io.github.wenshu.export;

import java.util.Objects;

/**
 * Something an export did not do exactly as asked, and said so.
 *
 * <pre>{@code
 * Warning w = new Warning("missing-glyph", "body[3]", "U+E000 '\uE000' has no glyph in any font (…前后文…)");
 * }</pre>
 *
 * @param code     a stable kebab-case kind, such as "missing-glyph"
 * @param location where in the report: "body[3]", "metadata.title", "attachments[0].blocks[2]"
 * @param message  a sentence for a person
 */
public record Warning(String code, String location, String message) {
    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return location + ": " + message + " [" + code + "]";
    }
}
