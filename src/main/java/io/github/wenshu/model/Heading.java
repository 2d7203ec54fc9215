package io.github.wenshu.model;

import java.util.List;
import java.util.Objects;

/**
 * A numbered heading of level 1 (一、) to 4 (（1）).
 *
 * <p>{@code number} is the literal label such as "（三）" when the author gave one, or null to let the
 * exporter number the heading. A run-in heading has {@code runIn} text: the heading sentence and the body
 * text continue on one line ("1.完善审查机制。探索……").
 *
 * <pre>{@code
 * Heading h = Heading.of(1, "一、", "总体情况");
 * Heading runIn = new Heading(3, "1.", List.of(Inline.plain("完善审查机制。")), List.of(Inline.plain("探索……")));
 * }</pre>
 */
public record Heading(int level, String number, List<Inline> text, List<Inline> runIn) implements Block {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 4;

    public Heading {
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new IllegalArgumentException("heading level must be 1 to 4, was " + level);
        }
        text = List.copyOf(Objects.requireNonNull(text, "text"));
        runIn = runIn == null ? List.of() : List.copyOf(runIn);
    }

    public static Heading of(int level, String number, String text) {
        return new Heading(level, number, List.of(Inline.plain(text)), List.of());
    }

    public boolean isRunIn() {
        return !runIn.isEmpty();
    }

    public String plainText() {
        return Inline.plainText(text);
    }
}
