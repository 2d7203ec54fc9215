package io.github.wenshu.model;

import java.util.List;
import java.util.Objects;

/**
 * A body paragraph: first line indented two characters, justified.
 *
 * <pre>{@code
 * Paragraph p = Paragraph.of("全年共办理法律援助案件13087宗。");
 * }</pre>
 */
public record Paragraph(List<Inline> text) implements Block {

    public Paragraph {
        text = List.copyOf(Objects.requireNonNull(text, "text"));
    }

    public static Paragraph of(String text) {
        return new Paragraph(List.of(Inline.plain(text)));
    }

    public String plainText() {
        return Inline.plainText(text);
    }
}
