package io.github.wenshu.export.docx;

import io.github.wenshu.style.Style;

/**
 * The page-number footers: "— PAGE —" in 4号宋体, right with one character of space on odd pages, left with
 * one character on even pages (GB/T 9704 §7.5). The footer's single exact line is centred on the dash line.
 *
 * <pre>{@code
 * pkg.wordPart("word/footer1.xml", x -> new FooterPart(ctx, true).write(x));
 * }</pre>
 */
final class FooterPart {

    static final String DASH = "\u2014";

    private final DocxContext ctx;
    private final boolean odd;

    FooterPart(DocxContext ctx, boolean odd) {
        this.ctx = ctx;
        this.odd = odd;
    }

    void write(Xml x) {
        Style s = ctx.style;
        String family = ctx.family(s.pageNumberFont());
        ctx.fonts.draw(family, DASH + " 0123456789");
        int oneChar = ctx.geometry.pageNumberIndent();
        x.root("ftr", "r", Ns.R);
        x.start("p").start("pPr").empty("pStyle", "val", StyleIds.FOOTER);
        Props.indent(x, odd ? 0 : oneChar, odd ? oneChar : 0, 0);
        x.empty("jc", "val", odd ? "right" : "left").end();
        text(x, DASH + " ");
        x.start("fldSimple").attr("instr", " PAGE ");
        text(x, "1");
        x.end();
        text(x, " " + DASH);
        x.end().end();
    }

    /**
     * A footer without a page number, for a 版记 section after a blank page. Its one empty line fills the bottom
     * margin below the footer distance: LibreOffice sizes an even-page section's footer by its content, and a
     * shorter footer would lengthen the text area and shift the line grid down.
     */
    static void empty(Xml x, Geometry g) {
        x.root("ftr", "r", Ns.R);
        x.start("p").start("pPr").empty("pStyle", "val", StyleIds.FOOTER);
        Props.exactLine(x, g.marginBottom() - g.footerDistance(), 0);
        x.end().end();
        x.end();
    }

    private static void text(Xml x, String text) {
        x.start("r").start("t").plainAttr("xml:space", "preserve").text(text).end().end();
    }
}
