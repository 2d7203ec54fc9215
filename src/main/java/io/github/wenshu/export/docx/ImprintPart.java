package io.github.wenshu.export.docx;

import io.github.wenshu.export.ImprintText;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.style.Units;

import java.util.ArrayList;
import java.util.List;

/**
 * The 版记 (GB/T 9704 §7.4) as the last section of the document: the section starts on an even page (Word and
 * LibreOffice insert a blank page when the body ends on an even page), shows no page number, and holds a spacer
 * and a one-column table as wide as the 版心 whose rows are 抄送 and 印发机关/印发日期 in 4号仿宋. The table's top
 * and bottom borders are the thick rules (0.35 mm), the border between the rows the thin one (0.25 mm). Every row
 * has an exact height of whole grid lines, so the last rule lies on the 版心 bottom edge whatever the renderer
 * does with the text; a 抄送 estimated one line too long only leaves its row a line taller.
 *
 * <pre>{@code
 * ImprintPart imprint = new ImprintPart(ctx, paragraphs, runs);
 * imprint.write(x, metadata);   // spacer paragraph + table, before the last w:sectPr
 * }</pre>
 */
final class ImprintPart {

    /** 0.35 mm and 0.25 mm in eighths of a point (1 pt and 0.75 pt, the nearest Word offers). */
    static final int THICK_EIGHTHS = 8;
    static final int THIN_EIGHTHS = 6;
    /**
     * Left free at the bottom so rounding never pushes the table onto the next page (about 0.2 mm).
     */
    private static final int SLACK_TWIPS = 12;
    /** What the rules add to the table's height in LibreOffice (measured: about 0.3 mm). */
    private static final int BORDERS_TWIPS = 20;
    /** The height of the paragraph that must follow the table at the end of the document. */
    private static final int TINY_TWIPS = 10;

    private final DocxContext ctx;
    private final ParagraphStarter paragraphs;
    private final RunWriter runs;

    ImprintPart(DocxContext ctx, ParagraphStarter paragraphs, RunWriter runs) {
        this.ctx = ctx;
        this.paragraphs = paragraphs;
        this.runs = runs;
    }

    void write(Xml x, Metadata m) {
        Geometry g = ctx.geometry;
        int one = oneChar();
        int width = g.pageWidth() - g.marginInside() - g.marginOutside();
        String copy = ImprintText.copyTo(m);
        boolean printLine = m.printer() != null || m.printDate() != null;
        List<Integer> rows = new ArrayList<>();
        if (copy != null) {
            rows.add(copyLines(copy, width - 2 * one));
        }
        if (printLine) {
            rows.add(1);
        }
        int lines = rows.stream().mapToInt(Integer::intValue).sum();
        int spacer = Units.mmToTwips(ctx.style.bodyHeightMm()) - lines * g.linePitch() - BORDERS_TWIPS
                - SLACK_TWIPS - TINY_TWIPS;
        x.start("p").start("pPr").empty("pStyle", "val", StyleIds.NORMAL).empty("snapToGrid", "val", "0");
        Props.exactLine(x, Math.max(spacer, 20), 0);
        x.end();
        x.start("r").start("rPr").empty("sz", "val", "2").empty("szCs", "val", "2").end().end();
        x.end();
        startTable(x, width);
        int row = 0;
        if (copy != null) {
            int label = (int) Math.round(pt(ImprintText.COPY_LABEL) * 20);
            startRow(x, width, rows.get(row++));
            paragraphs.open(x, StyleIds.VERSION_BLOCK, px -> px.start("ind").attr("left", one + label)
                    .attr("right", one).attr("hanging", label).end());
            runs.plain(x, copy, RunWriter.RunFormat.in(ctx.style.bodyFont(), ctx), "metadata.copyTo");
            x.end();
            endRow(x);
        }
        if (printLine) {
            String printer = m.printer() == null ? "" : m.printer();
            String when = m.printDate() == null ? "" : OfficialParts.date(m.printDate()) + "印发";
            startRow(x, width, rows.get(row));
            paragraphs.open(x, StyleIds.VERSION_BLOCK, px -> px.start("tabs")
                    .empty("tab", "val", "right", "pos", Integer.toString(width - one)).end());
            runs.plain(x, printer + "\t" + when, RunWriter.RunFormat.in(ctx.style.bodyFont(), ctx),
                    m.printer() != null ? "metadata.printer" : "metadata.printDate");
            x.end();
            endRow(x);
        }
        x.end();
        tinyParagraph(x);
    }

    /** A paragraph half a point high: ends the document after the table without taking a grid line. */
    static void tinyParagraph(Xml x) {
        x.start("p").start("pPr").empty("snapToGrid", "val", "0");
        Props.exactLine(x, TINY_TWIPS, 0);
        Props.indent(x, 0, 0, 0);
        x.start("rPr").empty("sz", "val", "2").empty("szCs", "val", "2").end();
        x.end().end();
    }

    private void startTable(Xml x, int width) {
        x.start("tbl").start("tblPr");
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

    private void startRow(Xml x, int width, int lines) {
        x.start("tr").start("trPr").empty("cantSplit")
                .empty("trHeight", "val", Integer.toString(lines * ctx.geometry.linePitch()), "hRule", "exact")
                .end();
        x.start("tc").start("tcPr").empty("tcW", "w", Integer.toString(width), "type", "dxa").end();
    }

    private static void endRow(Xml x) {
        x.end().end();
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
