package io.github.wenshu.model;

/**
 * Starts the following block on a new page.
 *
 * <pre>{@code
 * List<Block> blocks = List.of(Paragraph.of("上页"), PageBreak.INSTANCE, Paragraph.of("下页"));
 * }</pre>
 */
public record PageBreak() implements Block {
    public static final PageBreak INSTANCE = new PageBreak();
}
