package io.github.wenshu.export.docx;

import io.github.wenshu.model.Block;
import io.github.wenshu.model.Figure;
import io.github.wenshu.model.Heading;
import io.github.wenshu.model.ListBlock;
import io.github.wenshu.model.PageBreak;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Table;
import io.github.wenshu.style.FontRole;

import java.util.List;

/**
 * Writes body blocks as styled paragraphs: headings with their (literal) numbers in heading styles, body
 * paragraphs in Normal, lists as indented items, tables through {@link TableWriter}, figures through
 * {@link FigureWriter}.
 *
 * <pre>{@code
 * BlockWriter w = new BlockWriter(ctx, paragraphs);
 * w.blocks(x, report.body(), "body");
 * }</pre>
 */
final class BlockWriter {

    private static final String BULLET = "\u2022";

    private final DocxContext ctx;
    private final ParagraphStarter paragraphs;
    private final RunWriter runs;
    private final TableWriter tables;
    private HeadingNumbers numbers;
    private int numId;
    /** {@link Xml#elements()} while the document is still empty, or -1. */
    private long emptyDocument = -1;

    BlockWriter(DocxContext ctx, ParagraphStarter paragraphs) {
        this.ctx = ctx;
        this.paragraphs = paragraphs;
        this.runs = new RunWriter(ctx);
        this.tables = new TableWriter(ctx, runs);
        this.numbers = new HeadingNumbers(ctx.style);
    }

    /** Nothing is written before the blocks that follow: a landscape table first starts the document landscape. */
    void startsDocument(Xml x) {
        emptyDocument = x.elements();
    }

    /**
     * Writes blocks under a location prefix ("body", "attachments[0].blocks"); heading numbers restart. Headings
     * take Word numbering {@code numId} when every heading's number is the one the style would generate (the
     * body's numbering comes with the heading styles: pass {@link NumberingPart#BODY_NUM_ID}); otherwise their
     * numbers are written as text.
     */
    void blocks(Xml x, List<Block> blocks, String where, int numId) {
        blocks(x, blocks, where, numId, false);
    }

    /**
     * The same; with {@code keepEndWithNext} the last two blocks, when they are paragraphs (the last one at least),
     * keep with what follows (the 署名), the last with widow control: a 署名 that must go to the next page takes
     * the body's last lines with it instead of opening the page, as the PDF does (GB/T 9704 §7.3.5).
     */
    void blocks(Xml x, List<Block> blocks, String where, int numId, boolean keepEndWithNext) {
        numbers = new HeadingNumbers(ctx.style);
        this.numId = ctx.wordNumbering && HeadingNumbers.followsSequence(blocks, ctx.style) ? numId : 0;
        boolean endsInParagraph = !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Paragraph;
        for (int i = 0; i < blocks.size(); i++) {
            if (keepEndWithNext && endsInParagraph && i >= blocks.size() - 2 && blocks.get(i) instanceof Paragraph) {
                paragraphs.keepWithNext(i == blocks.size() - 1);
            }
            block(x, blocks.get(i), where + "[" + i + "]", i + 1 < blocks.size() ? blocks.get(i + 1) : null);
        }
    }

    private void block(Xml x, Block block, String loc, Block next) {
        if (block instanceof Heading h) {
            heading(x, h, loc);
        } else if (block instanceof Paragraph p) {
            paragraphs.open(x, StyleIds.NORMAL, null);
            runs.write(x, p.text(), body(), loc);
            x.end();
        } else if (block instanceof ListBlock l) {
            list(x, l, 0, loc);
        } else if (block instanceof Table t) {
            if (paragraphs.pageBreakPending()) {
                paragraphs.open(x, StyleIds.NORMAL, null);
                x.end();
            }
            tables.write(x, t, loc, next instanceof Table n ? n : null, x.elements() == emptyDocument);
        } else if (block instanceof Figure f) {
            figure(x, f, loc);
        } else if (block instanceof PageBreak) {
            paragraphs.breakPage();
        } else {
            ctx.warn("unknown-block", loc, "a " + block.getClass().getSimpleName()
                    + " block is not known to the DOCX writer and was left out");
        }
    }

    private RunWriter.RunFormat body() {
        return RunWriter.RunFormat.in(ctx.style.bodyFont(), ctx);
    }

    private void heading(Xml x, Heading h, String loc) {
        int level = h.level();
        FontRole role = ctx.style.headingFont(level);
        String label = numbers.label(h);
        String styleId = h.isRunIn() ? StyleIds.runInParagraph(level) : StyleIds.heading(level);
        boolean numbered = numId > 0;
        // LibreOffice numbers a run-in style only through a direct numPr: its level is linked to "heading N".
        if (!ctx.wordNumbering || (numId == NumberingPart.BODY_NUM_ID && !h.isRunIn())) {
            paragraphs.open(x, styleId, null);
        } else {
            paragraphs.open(x, styleId, px -> px.start("numPr").empty("ilvl", "val", Integer.toString(level - 1))
                    .empty("numId", "val", Integer.toString(numId)).end());
        }
        RunWriter.RunFormat format = h.isRunIn()
                ? new RunWriter.RunFormat(role, ctx.family(ctx.style.bodyFont()), StyleIds.runInLead(level), false)
                : RunWriter.RunFormat.in(role, ctx);
        if (numbered) {
            ctx.fonts.draw(ctx.family(role), label);
        } else if (!label.isEmpty()) {
            runs.plain(x, label, format, loc + ".number");
        }
        runs.write(x, h.text(), format, loc);
        if (h.isRunIn()) {
            runs.write(x, h.runIn(), body(), loc + ".runIn");
        }
        x.end();
    }

    private void list(Xml x, ListBlock list, int depth, String loc) {
        for (int i = 0; i < list.items().size(); i++) {
            ListBlock.ListItem item = list.items().get(i);
            String itemLoc = loc + ".items[" + i + "]";
            String marker = list.ordered() ? (i + 1) + "." : BULLET;
            paragraphs.open(x, StyleIds.listItem(depth), null);
            runs.plain(x, marker, body(), itemLoc + ".marker");
            runs.write(x, item.text(), body(), itemLoc);
            x.end();
            for (int c = 0; c < item.children().size(); c++) {
                Block child = item.children().get(c);
                String childLoc = itemLoc + ".children[" + c + "]";
                if (child instanceof ListBlock nested) {
                    list(x, nested, depth + 1, childLoc);
                } else {
                    block(x, child, childLoc, null);
                }
            }
        }
    }

    private void figure(Xml x, Figure f, String loc) {
        new FigureWriter(ctx, paragraphs, runs).write(x, f, loc);
    }
}
