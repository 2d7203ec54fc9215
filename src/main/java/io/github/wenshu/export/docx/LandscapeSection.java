package io.github.wenshu.export.docx;

import io.github.wenshu.style.Style;
import io.github.wenshu.style.Units;

/**
 * A section of its own for a landscape table (GB/T 9704 §8). WordprocessingML cannot turn a table on a
 * portrait page, so the table goes on landscape A4 ({@code pgSz orient="landscape"}, width and height
 * swapped) whose margins are the portrait ones turned a quarter turn: top and bottom share the binding and
 * outer margins (27 + 27 mm), left and right the top and bottom margins (36 + 36 mm), so the type area is
 * 225 × 156 mm and lies within 1 mm of the portrait 版心 on odd and even pages alike (Word's mirrored
 * margins swap left and right, which would be the portrait top and bottom). The page number footers are
 * the body's, set along the landscape page's bottom edge: they turn with the page.
 *
 * <p>Each section ends in a paragraph carrying its {@code sectPr}; those paragraphs are one twip high, off
 * the line grid, so they take no visible room. Landscape tables one after another share one section, each
 * from a new page. A landscape table with nothing before it needs no {@code begin}: the document's first
 * section is then the landscape one.
 *
 * <pre>{@code
 * LandscapeSection.begin(x, ctx);   // ends the portrait section before the table
 * ... caption and table ...
 * LandscapeSection.end(x, ctx);     // ends the landscape section; the body continues portrait
 * LandscapeSection.lastSection(x, ctx);   // instead of the body's sectPr when nothing came after the table
 * }</pre>
 */
final class LandscapeSection {

    private LandscapeSection() {
    }

    /** The width of the turned type area, in twips. */
    static int width(Style s) {
        return Units.mmToTwips(s.bodyHeightMm());
    }

    static void begin(Xml x, DocxContext ctx) {
        sectionEnd(x);
        SectionProperties.write(x, ctx.geometry, DocumentPart.FOOTER_ODD_ID, DocumentPart.FOOTER_EVEN_ID);
        x.end().end();
    }

    static void end(Xml x, DocxContext ctx) {
        sectionEnd(x);
        sectionProperties(x, ctx, null);
        x.end().end();
        ctx.landscapeEndedAt = x.elements();
    }

    /**
     * The document's last section when a landscape table ended it: landscape too and continuous, so the
     * document ends on the table's last page instead of an empty portrait one. Holds one paragraph a twip high.
     */
    static void lastSection(Xml x, DocxContext ctx) {
        x.start("p").start("pPr");
        tiny(x);
        x.end().end();
        sectionProperties(x, ctx, "continuous");
    }

    private static void sectionProperties(Xml x, DocxContext ctx, String type) {
        Style s = ctx.style;
        Geometry g = ctx.geometry;
        int topBottom = Units.mmToTwips((s.marginBindingMm() + s.marginOuterMm()) / 2);
        int leftRight = Units.mmToTwips((s.marginTopMm() + s.marginBottomMm()) / 2);
        int dash = topBottom - Units.mmToTwips(s.pageNumberDashBelowMm());
        x.start("sectPr");
        x.start("footerReference").attr("type", "default").plainAttr("r:id", DocumentPart.FOOTER_ODD_ID).end();
        x.start("footerReference").attr("type", "even").plainAttr("r:id", DocumentPart.FOOTER_EVEN_ID).end();
        if (type != null) {
            x.empty("type", "val", type);
        }
        x.empty("pgSz", "w", Integer.toString(g.pageHeight()), "h", Integer.toString(g.pageWidth()),
                "orient", "landscape");
        x.start("pgMar").attr("top", topBottom).attr("right", leftRight).attr("bottom", topBottom)
                .attr("left", leftRight).attr("header", 851).attr("footer", dash - g.footerLine() / 2)
                .attr("gutter", 0).end();
        x.empty("cols", "space", "425");
        x.empty("docGrid", "type", "lines", "linePitch", Integer.toString(g.linePitch()));
        x.end();
    }

    /** Starts a new landscape page for the next landscape table of the same section. */
    static void nextPage(Xml x) {
        x.start("p").start("pPr").empty("pageBreakBefore");
        tiny(x);
        x.end().end();
    }

    /** Opens a one-twip paragraph off the grid and its properties, up to where the sectPr goes. */
    private static void sectionEnd(Xml x) {
        x.start("p").start("pPr");
        tiny(x);
    }

    private static void tiny(Xml x) {
        x.empty("snapToGrid", "val", "0")
                .empty("spacing", "before", "0", "after", "0", "line", "20", "lineRule", "exact")
                .start("rPr").empty("sz", "val", "2").end();
    }
}
