package io.github.wenshu.export.docx;

import io.github.wenshu.export.ImprintText;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.style.Units;

import java.util.ArrayList;
import java.util.List;

/**
 * The 版记 (GB/T 9704 §7.4): a one-column table as wide as the 版心, floating at the foot of the 版心 of the page
 * its anchor paragraph lands on, whose rows are 抄送 and 印发机关/印发日期 in 4号仿宋. The table's top and bottom
 * borders are the thick rules (0.35 mm), the border between the rows the thin one (0.25 mm). Every row has an
 * exact height of whole grid lines (the first a little less, so that the table clears the last grid line of the
 * body) and the table is placed from the 版心 top, so the last rule lies on the 版心 bottom edge whatever the
 * renderer does with the text above; a 抄送 estimated one line too long only leaves its row a line taller
 * ({@link ImprintPages} keeps the 版记 off a last page that lacks that line). Which page that is, the caller
 * decides ({@link DocumentPart}). The table stands between two paragraphs a fifth of a point high: the one after
 * it anchors it, the one before it takes the page break when the 版记 starts a section or a page (LibreOffice
 * moves a break on a floating table into the table's frame, so the table would stay on the page before).
 *
 * <pre>{@code
 * new ImprintPart(ctx, paragraphs, runs).write(x, metadata);   // tiny paragraph, floating table, tiny paragraph
 * }</pre>
 */
final class ImprintPart {

    /** 0.35 mm and 0.25 mm in eighths of a point (1 pt and 0.75 pt, the nearest Word offers). */
    static final int THICK_EIGHTHS = 8;
    static final int THIN_EIGHTHS = 6;
    /** What the rules add to the table's height in LibreOffice (measured: about 0.3 mm). */
    private static final int BORDERS_TWIPS = 20;
    /** The height of the paragraphs around the table (a fifth of a point). */
    private static final int TINY_TWIPS = 4;
    /**
     * Kept free between the last grid line of the body and the table, so that the paragraphs around the table
     * stay above it: LibreOffice moves them, and the table with them, to the next page when the gap is under
     * about 10 twips (measured: 8 fails, 12 holds), half the top rule's width.
     */
    private static final int GAP_TWIPS = 24;
    /**
     * The exact line height, in 4号 sizes, of a one-line row's paragraph, centred in the row: LibreOffice sets the
     * baseline of an exact line 4/5 of its height down (its fixed line spacing), so this height puts the em box's
     * middle (0.38 em above the baseline) on the row's middle, as the PDF has it. A grid-high line would set the
     * text 1.8 mm low, nearly on the rule below.
     */
    private static final double CENTRED_LINE_EMS = (0.88 - 0.5) / (0.8 - 0.5);

    private final DocxContext ctx;
    private final ParagraphStarter paragraphs;
    private final RunWriter runs;

    ImprintPart(DocxContext ctx, ParagraphStarter paragraphs, RunWriter runs) {
        this.ctx = ctx;
        this.paragraphs = paragraphs;
        this.runs = runs;
    }

    /**
     * The grid lines of each row: the 抄送's (erring long, so that no renderer's wider text is cut off by the
     * exact row height) and the 印发 line's one.
     */
    private List<Integer> rows(Metadata m) {
        String copy = ImprintText.copyTo(m);
        List<Integer> rows = new ArrayList<>();
        if (copy != null) {
            rows.add(copyLines(copy, width() - 2 * oneChar()));
        }
        if (m.printer() != null || m.printDate() != null) {
            rows.add(1);
        }
        return rows;
    }

    /** The grid lines the 版记 of {@code m} takes in the DOCX. */
    static int lines(DocxContext ctx, Metadata m) {
        return new ImprintPart(ctx, null, null).rows(m).stream().mapToInt(Integer::intValue).sum();
    }

    void write(Xml x, Metadata m) {
        Geometry g = ctx.geometry;
        int one = oneChar();
        int width = width();
        String copy = ImprintText.copyTo(m);
        boolean printLine = m.printer() != null || m.printDate() != null;
        List<Integer> rows = rows(m);
        int lines = rows.stream().mapToInt(Integer::intValue).sum();
        int pitch = g.linePitch();
        int bottom = Units.mmToTwips(ctx.style.bodyHeightMm()) - BORDERS_TWIPS;
        int top = Math.max(bottom - lines * pitch,
                (ctx.style.linesPerPage() - lines) * pitch + 2 * TINY_TWIPS + GAP_TWIPS);
        List<Integer> heights = new ArrayList<>(rows.stream().map(n -> n * pitch).toList());
        heights.set(0, heights.get(0) - (top - (bottom - lines * pitch)));
        tinyParagraph(x, paragraphs.takePageBreak(), null);
        startTable(x, width, top);
        int centred = (int) Math.round(CENTRED_LINE_EMS * ctx.style.versionBlockSize() * 20);
        int row = 0;
        if (copy != null) {
            int label = (int) Math.round(pt(ImprintText.COPY_LABEL) * 20);
            boolean oneLine = rows.get(0) == 1;
            startRow(x, width, heights.get(row++), oneLine);
            paragraphs.open(x, StyleIds.VERSION_BLOCK, px -> {
                if (oneLine) {
                    Props.exactLine(px, centred, 0);
                }
                px.start("ind").attr("left", one + label).attr("right", one).attr("hanging", label).end();
            });
            runs.plain(x, copy, RunWriter.RunFormat.in(ctx.style.bodyFont(), ctx), "metadata.copyTo");
            x.end();
            endRow(x);
        }
        if (printLine) {
            String printer = m.printer() == null ? "" : m.printer();
            String when = m.printDate() == null ? "" : OfficialParts.date(m.printDate()) + "印发";
            startRow(x, width, heights.get(row), true);
            paragraphs.open(x, StyleIds.VERSION_BLOCK, px -> {
                px.start("tabs").empty("tab", "val", "right", "pos", Integer.toString(width - one)).end();
                Props.exactLine(px, centred, 0);
            });
            runs.plain(x, printer + "\t" + when, RunWriter.RunFormat.in(ctx.style.bodyFont(), ctx),
                    m.printer() != null ? "metadata.printer" : "metadata.printDate");
            x.end();
            endRow(x);
        }
        x.end();
        tinyParagraph(x, false, null);
    }

    /**
     * A paragraph a fifth of a point high, which never takes a grid line, on a new page when {@code pageBreak}
     * (a page break that ended the body); with {@code sectionEnd} it ends a section (the callback writes the
     * {@code w:sectPr}).
     */
    static void tinyParagraph(Xml x, boolean pageBreak, java.util.function.Consumer<Xml> sectionEnd) {
        x.start("p").start("pPr");
        if (pageBreak) {
            x.empty("pageBreakBefore");
        }
        x.empty("snapToGrid", "val", "0");
        Props.exactLine(x, TINY_TWIPS, 0);
        Props.indent(x, 0, 0, 0);
        x.start("rPr").empty("sz", "val", "2").empty("szCs", "val", "2").end();
        if (sectionEnd != null) {
            sectionEnd.accept(x);
        }
        x.end().end();
    }

    /**
     * A table floating {@code top} twips below the 版心 top. Horizontally it is placed from the paper's edge, at
     * the left margin of an even page: LibreOffice keeps a table as wide as the text area in the flow unless
     * it is positioned from the page.
     */
    private void startTable(Xml x, int width, int top) {
        x.start("tbl").start("tblPr");
        x.start("tblpPr").attr("leftFromText", 0).attr("rightFromText", 0).attr("topFromText", 0)
                .attr("bottomFromText", 0).attr("vertAnchor", "margin").attr("horzAnchor", "page")
                .attr("tblpX", ctx.evenPageLeft()).attr("tblpY", top).end();
        x.empty("tblOverlap", "val", "never");
        x.empty("tblW", "w", Integer.toString(width), "type", "dxa");
        x.empty("tblInd", "w", "0", "type", "dxa");
        x.start("tblBorders");
        border(x, "top", THICK_EIGHTHS);
        border(x, "bottom", THICK_EIGHTHS);
        border(x, "insideH", THIN_EIGHTHS);
        x.end();
        x.empty("tblLayout", "type", "fixed");
        x.start("tblCellMar");
        for (String side : new String[] {"top", "left", "bottom", "right"}) {
            x.empty(side, "w", "0", "type", "dxa");
        }
        x.end().end();
        x.start("tblGrid").empty("gridCol", "w", Integer.toString(width)).end();
    }

    private static void border(Xml x, String side, int eighths) {
        x.empty(side, "val", "single", "sz", Integer.toString(eighths), "space", "0", "color", "000000");
    }

    /** A row of an exact height; a one-line row centres its paragraph, a taller one sets it from the top. */
    private static void startRow(Xml x, int width, int heightTwips, boolean oneLine) {
        x.start("tr").start("trPr").empty("cantSplit")
                .empty("trHeight", "val", Integer.toString(heightTwips), "hRule", "exact").end();
        x.start("tc").start("tcPr").empty("tcW", "w", Integer.toString(width), "type", "dxa");
        if (oneLine) {
            x.empty("vAlign", "val", "center");
        }
        x.end();
    }

    private static void endRow(Xml x) {
        x.end().end();
    }

    private int width() {
        return ctx.geometry.pageWidth() - ctx.geometry.marginInside() - ctx.geometry.marginOutside();
    }

    /** One 字 of the 版记: the 4号 size, as the PDF uses. */
    private int oneChar() {
        return Math.round(ctx.style.versionBlockSize() * 20);
    }

    /**
     * Lines the 抄送 takes, erring long: greedy breaking with the real advances, one character of slack for
     * line-start rules, later lines hanging under the first name.
     */
    private int copyLines(String text, int widthTwips) {
        TitleLines.Advance a = ctx.faces.advance(ctx.style.bodyFont(), ctx.style.versionBlockSize());
        double condense = ctx.geometry.condense() / 20.0;
        double size = ctx.style.versionBlockSize();
        double first = widthTwips / 20.0 - size;
        double later = first - pt(ImprintText.COPY_LABEL);
        int lines = 1;
        double used = 0;
        for (int k = 0; k < text.length(); ) {
            int cp = text.codePointAt(k);
            double w = a.of(cp) + condense;
            if (used + w > (lines == 1 ? first : later)) {
                lines++;
                used = 0;
            }
            used += w;
            k += Character.charCount(cp);
        }
        return lines;
    }

    private double pt(String text) {
        return ctx.setWidth(ctx.style.bodyFont(), ctx.style.versionBlockSize(), text);
    }
}
