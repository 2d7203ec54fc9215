package io.github.wenshu.model;

/**
 * One element of a report's body or of an attachment.
 *
 * <pre>{@code
 * Block b = Paragraph.of("现将有关情况报告如下：");
 * String kind = switch (b) {
 *     case Heading h -> "heading";
 *     case Paragraph p -> "paragraph";
 *     default -> "other";
 * };
 * }</pre>
 */
public sealed interface Block permits Heading, Paragraph, ListBlock, Table, Figure, PageBreak {
}
