package io.github.wenshu.model;

import java.util.List;
import java.util.Objects;

/**
 * An attachment (附件) bound after the body: starts on a new page with "附件" + number and its title.
 *
 * <pre>{@code
 * Attachment a = new Attachment("1", "2025年工作要点", List.of(Paragraph.of("……")));
 * }</pre>
 *
 * @param number the label after "附件" ("1", "2"…), or null for a single unnumbered attachment
 */
public record Attachment(String number, String title, List<Block> blocks) {
    public Attachment {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
    }

    /** The label set on the attachment's first line: "附件" or "附件2". */
    public String label() {
        return number == null || number.isEmpty() ? "附件" : "附件" + number;
    }
}
