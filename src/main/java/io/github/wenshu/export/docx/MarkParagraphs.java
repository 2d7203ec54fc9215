package io.github.wenshu.export.docx;

import io.github.wenshu.export.MarkIssuers;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.style.FontRole;
import io.github.wenshu.style.Units;

import java.util.List;
import java.util.function.Consumer;

/**
 * The red 发文机关标志 and the red rule of the 版头 (GB/T 9704 §7.2.4–7.2.6): the mark centred in the mark
 * face, as large as 42 pt allows within the 版心 width, its top edge {@code markTopMm} below the 版心 top;
 * the 发文字号 two lines below it; the red rule as that paragraph's bottom border, 4 mm below the
 * number's glyphs and as wide as the 版心.
 *
 * <pre>{@code
 * new MarkParagraphs(ctx).write(x, metadata, 0);   // the mark paragraph(s)
 * paragraphs.open(x, StyleIds.DOC_NUMBER, MarkParagraphs.numberWithRule(ctx));
 * }</pre>
 */
final class MarkParagraphs {

    static final float MAX_SIZE = 42f;
    /** The rule, 1.5 pt, in eighths of a point. */
    private static final int RULE_EIGHTHS = 12;
    /** Measured in LibreOffice's PDF: the mark face's line box puts the glyph tops 1 mm high. */
    private static final double LO_MARK_MM = 1.0;
    /** Measured: the title needs this much above it to stand two lines below the rule, as in the PDF. */
    static final double TITLE_GAP_MM = 18.4;

    private final DocxContext ctx;

    MarkParagraphs(DocxContext ctx) {
        this.ctx = ctx;
    }

    void write(Xml x, Metadata m, int markers) {
        FontRole role = ctx.style.markFont();
        float size = size(m);
        int line = Math.round(size * 20);
        int before = Units.mmToTwips(ctx.style.markTopMm() + LO_MARK_MM) - markers * ctx.geometry.linePitch();
        List<String> organs = MarkIssuers.printed(m);
        for (int i = 0; i < organs.size(); i++) {
            String suffix = MarkIssuers.suffix(m) != null && i == organs.size() - 1 ? MarkIssuers.suffix(m) : "";
            int spaceBefore = i == 0 ? Math.max(0, before) : Math.round(size * 4);
            x.start("p").start("pPr").empty("pStyle", "val", StyleIds.MARK).empty("keepNext")
                    .empty("snapToGrid", "val", "0");
            x.start("spacing").attr("before", spaceBefore).attr("after", 0).attr("line", line)
                    .attr("lineRule", "exact").end();
            x.end();
            String text = organs.get(i) + suffix;
            String loc = "metadata.issuers[" + i + "]";
            ctx.faces.split(role, text, (family, piece, missing) -> {
                if (missing) {
                    ctx.warn("missing-glyph", loc, "no font has a glyph for \"" + piece + "\"");
                } else {
                    ctx.fallbacks.note(role, ctx.faces.family(role), family, piece, loc);
                }
                ctx.fonts.draw(family, piece);
                x.start("r").start("rPr");
                ctx.fonts.declare(family);
                Props.fonts(x, family);
                x.empty("color", "val", color());
                Props.size(x, size);
                x.end();
                RunWriter.content(x, piece);
                x.end();
            });
            x.end();
        }
    }

    /** The 发文字号 paragraph's properties: one blank line above, the red rule below. */
    static Consumer<Xml> numberWithRule(DocxContext ctx) {
        return numberLine(ctx, true, true, null);
    }

    /**
     * A 发文字号/签发人 line's properties: two blank lines below the mark when {@code spaceAbove}, the red rule
     * below when {@code rule}, and {@code tabs} (a {@code w:tabs} element) when not null.
     */
    static Consumer<Xml> numberLine(DocxContext ctx, boolean spaceAbove, boolean rule, Consumer<Xml> tabs) {
        int pitch = ctx.geometry.linePitch();
        String color = ctx.style.markColor().substring(1).toUpperCase();
        int space = Math.round(Units.mmToPt(4f) - (pitch / 20f - ctx.style.bodySize()) / 2) + 1;
        return x -> {
            if (rule) {
                x.start("pBdr").empty("bottom", "val", "single", "sz", Integer.toString(RULE_EIGHTHS),
                        "space", Integer.toString(space), "color", color).end();
            }
            if (tabs != null) {
                tabs.accept(x);
            }
            x.start("spacing").attr("before", spaceAbove ? 2 * pitch + 11 : 0).attr("after", 0).attr("line", pitch)
                    .attr("lineRule", "exact").end();
            Props.indent(x, 0, 0, 0);
        };
    }

    /** The title's paragraph properties below the rule: the title two lines under it. */
    static Consumer<Xml> titleBelowRule(DocxContext ctx) {
        int pitch = ctx.geometry.linePitch();
        return x -> x.start("spacing").attr("before", Units.mmToTwips(TITLE_GAP_MM)).attr("after", pitch)
                .attr("line", pitch).attr("lineRule", "exact").end();
    }

    private String color() {
        return ctx.style.markColor().substring(1).toUpperCase();
    }

    private float size(Metadata m) {
        TitleLines.Advance a = ctx.faces.advance(ctx.style.markFont(), 100f);
        float widest = 0;
        List<String> organs = MarkIssuers.printed(m);
        for (int i = 0; i < organs.size(); i++) {
            String suffix = MarkIssuers.suffix(m) != null && i == organs.size() - 1 ? MarkIssuers.suffix(m) : "";
            float w = 0;
            String t = organs.get(i) + suffix;
            for (int k = 0; k < t.length(); ) {
                int cp = t.codePointAt(k);
                w += a.of(cp);
                k += Character.charCount(cp);
            }
            widest = Math.max(widest, w);
        }
        float bodyWidth = Units.mmToPt(ctx.style.bodyWidthMm());
        return Math.min(MAX_SIZE, (float) Math.floor(100f * bodyWidth / Math.max(widest, 1f) * 2) / 2);
    }
}
