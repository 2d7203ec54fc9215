package io.github.wenshu.export.pdf;

import io.github.wenshu.layout.Align;
import io.github.wenshu.layout.LineBreaker;
import io.github.wenshu.layout.LineSet;
import io.github.wenshu.layout.Measure;
import io.github.wenshu.model.Block;
import io.github.wenshu.model.Figure;
import io.github.wenshu.model.Heading;
import io.github.wenshu.model.Inline;
import io.github.wenshu.model.ListBlock;
import io.github.wenshu.model.PageBreak;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Table;

import java.util.List;

/**
 * Sets body blocks on the grid: paragraphs (two-character first indent, justified), headings (face per
 * level, numbered, kept with the next line, in the outline), lists, page breaks, tables
 * ({@link TableComposer}) and figures ({@link FigureComposer}).
 *
 * <pre>{@code
 * new BodyComposer(ctx, pages).compose(report.body(), "body");
 * }</pre>
 */
final class BodyComposer {

    private final PdfContext ctx;
    private final PageComposer pages;
    private final TableComposer tables;
    private final FigureComposer figures;

    BodyComposer(PdfContext ctx, PageComposer pages) {
        this.ctx = ctx;
        this.pages = pages;
        this.tables = new TableComposer(ctx, pages, this);
        this.figures = new FigureComposer(ctx, pages, this);
    }

    void compose(List<Block> blocks, String path) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading h && !h.isRunIn()) {
                pages.keepTogether(headingChainRows(blocks, i));
            }
            block(blocks.get(i), path + "[" + i + "]", i + 1 < blocks.size());
        }
    }

    /**
     * The grid lines a standalone heading needs on its page: its own lines, those of the standalone headings
     * right after it, and one line of what follows them, so that no heading ends a page.
     */
    private int headingChainRows(List<Block> blocks, int i) {
        int rows = 0;
        int k = i;
        while (k < blocks.size() && blocks.get(k) instanceof Heading h && !h.isRunIn()) {
            rows += measureHeading(h);
            k++;
        }
        return rows + (k < blocks.size() ? 1 : 0);
    }

    private int measureHeading(Heading h) {
        String number = h.number() != null ? h.number() : "一、";
        TextStyle style = ctx.textStyle(ctx.style().headingFont(h.level()), ctx.style().bodySize());
        ShapedText t = new ShapedText(32);
        ctx.shaper().append(t, number, style, "");
        ctx.shaper().append(t, h.text(), style, "");
        Measure measure = ctx.bodyMeasure(ctx.style().firstLineIndentChars(), 0, Align.JUSTIFY);
        return LineBreaker.INSTANCE.breakLines(t.glyphs(), measure).count();
    }

    void block(Block block, String location, boolean hasNext) {
        if (block instanceof Paragraph p) {
            paragraph(p.text(), location);
        } else if (block instanceof Heading h) {
            heading(h, location, hasNext);
        } else if (block instanceof ListBlock l) {
            list(l, 0, location);
        } else if (block instanceof Table t) {
            tables.compose(t, location);
        } else if (block instanceof Figure f) {
            figures.compose(f, location);
        } else if (block instanceof PageBreak && pages.row() > 0) {
            pages.newPage();
        }
    }

    void paragraph(List<Inline> text, String location) {
        ShapedText t = ctx.shaper().shape(text, ctx.bodyStyle(), location);
        lines(t, ctx.bodyMeasure(ctx.style().firstLineIndentChars(), 0, Align.JUSTIFY));
    }

    /** Breaks shaped text in a measure and sets the lines; a text without characters takes one blank line. */
    void lines(ShapedText t, Measure measure) {
        if (t.size() == 0) {
            pages.skip(1);
            return;
        }
        LineSet lines = LineBreaker.INSTANCE.breakLines(t.glyphs(), measure);
        pages.placeAll(t, lines, ctx.style().bodySize());
    }

    private void heading(Heading h, String location, boolean hasNext) {
        int level = h.level();
        String number = ctx.headingNumbers().next(h);
        TextStyle style = ctx.textStyle(ctx.style().headingFont(level), ctx.style().bodySize())
                .withBold(ctx.style().isHeadingBold(level));
        ShapedText t = new ShapedText(number.length() + 32);
        ctx.shaper().append(t, number, style, location);
        ctx.shaper().append(t, h.text(), style, location);
        if (h.isRunIn()) {
            ctx.shaper().append(t, h.runIn(), ctx.bodyStyle(), location);
        }
        Measure measure = ctx.bodyMeasure(ctx.style().firstLineIndentChars(), 0, Align.JUSTIFY);
        LineSet lines = LineBreaker.INSTANCE.breakLines(t.glyphs(), measure);
        pages.keepTogether(h.isRunIn() ? headingLines(lines, number.length() + h.plainText().length())
                : lines.count() + (hasNext ? 1 : 0));
        pages.outline(level, number + h.plainText());
        pages.placeAll(t, lines, ctx.style().bodySize());
    }

    /**
     * The lines a run-in heading's own sentence takes (those holding its first {@code chars} characters): kept
     * together; the last of them carries body text too, so it may end a page.
     */
    private static int headingLines(LineSet lines, int chars) {
        int l = 0;
        while (l < lines.count() - 1 && lines.end(l) < chars) {
            l++;
        }
        return Math.min(l + 1, lines.count());
    }

    private void list(ListBlock list, int depth, String location) {
        int indent = ctx.style().firstLineIndentChars();
        for (int k = 0; k < list.items().size(); k++) {
            ListBlock.ListItem item = list.items().get(k);
            String itemLocation = location + ".items[" + k + "]";
            ShapedText t = new ShapedText(item.text().size() * 16 + 4);
            ctx.shaper().append(t, label(list.ordered(), depth, k + 1), ctx.bodyStyle(), itemLocation);
            ctx.shaper().append(t, item.text(), ctx.bodyStyle(), itemLocation);
            lines(t, ctx.bodyMeasure(indent + 2f * depth, 2f * depth, Align.JUSTIFY));
            for (int c = 0; c < item.children().size(); c++) {
                Block child = item.children().get(c);
                String childLocation = itemLocation + ".children[" + c + "]";
                if (child instanceof ListBlock nested) {
                    list(nested, depth + 1, childLocation);
                } else {
                    block(child, childLocation, c + 1 < item.children().size());
                }
            }
        }
    }

    private static String label(boolean ordered, int depth, int n) {
        if (!ordered) {
            return depth == 0 ? "● " : "○ ";
        }
        return switch (depth % 3) {
            case 0 -> n + ".";
            case 1 -> "（" + n + "）";
            default -> n <= 20 ? String.valueOf((char) ('①' + n - 1)) : n + ")";
        };
    }
}
