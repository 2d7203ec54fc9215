package io.github.wenshu.model;

import java.util.List;
import java.util.Objects;

/**
 * An ordered or unordered list; items may nest further blocks, including lists.
 *
 * <pre>{@code
 * ListBlock list = ListBlock.of(true, "召开专题会议", "印发工作方案");
 * }</pre>
 */
public record ListBlock(boolean ordered, List<ListItem> items) implements Block {

    public ListBlock {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    public static ListBlock of(boolean ordered, String... items) {
        return new ListBlock(ordered, java.util.Arrays.stream(items).map(ListItem::of).toList());
    }

    /** One list entry: its own text, then any nested blocks. */
    public record ListItem(List<Inline> text, List<Block> children) {
        public ListItem {
            text = List.copyOf(Objects.requireNonNull(text, "text"));
            children = children == null ? List.of() : List.copyOf(children);
        }

        public static ListItem of(String text) {
            return new ListItem(List.of(Inline.plain(text)), List.of());
        }
    }
}
