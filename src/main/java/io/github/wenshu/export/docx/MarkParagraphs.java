package io.github.wenshu.export.docx;

import io.github.wenshu.export.MarkIssuers;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.style.FontRole;
import io.github.wenshu.style.Units;

import java.util.List;
import java.util.function.Consumer;

/**
 * The red 发文机关标志 and the red rule of the 版头 (GB/T 9704 §7.2.4–7.2.6): the mark centred in the mark
 * face, as large as 42 pt allows within the 版心 width, its top edge {@code markTopMm} below the 版心 top (joint
 * issuance: the organs stacked, lead organ first, the suffix "文件" beside them at a tab stop, lowered to the
 * middle of the stack);
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
    /** The share of the wanted lowering written as w:position, splitting Word's and LibreOffice's readings. */
    private static final float LOWER_SHARE = 0.83f;
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
        boolean stacked = stacked(m);
        int namesAt = 0;
        int suffixAt = 0;
        if (stacked) {
            TitleLines.Advance a = ctx.faces.advance(role, size);
            int names = (int) Math.ceil(organs.stream().mapToDouble(o -> width(a, o)).max().orElse(0) * 20);
            int suffix = (int) Math.ceil(width(a, MarkIssuers.suffix(m)) * 20);
            int width = ctx.geometry.pageWidth() - ctx.geometry.marginInside() - ctx.geometry.marginOutside();
            namesAt = Math.max(0, (width - names - Math.round(size * 10) - suffix) / 2);
            suffixAt = namesAt + names + Math.round(size * 10);
        }
        int beside = (organs.size() - 1) / 2;
        for (int i = 0; i < organs.size(); i++) {
            String suffix = !stacked && MarkIssuers.suffix(m) != null && i == organs.size() - 1
                    ? MarkIssuers.suffix(m) : "";
            int spaceBefore = i == 0 ? Math.max(0, before) : Math.round(size * 4);
            int at = namesAt;
            int tab = suffixAt;
            x.start("p").start("pPr").empty("pStyle", "val", StyleIds.MARK).empty("keepNext");
            if (stacked) {
                x.start("tabs").empty("tab", "val", "left", "pos", Integer.toString(tab)).end();
            }
            x.empty("snapToGrid", "val", "0");
            x.start("spacing").attr("before", spaceBefore).attr("after", 0).attr("line", line)
                    .attr("lineRule", "exact").end();
            if (stacked) {
                Props.indent(x, at, 0, 0);
                x.empty("jc", "val", "left");
            }
            x.end();
            String loc = "metadata.issuers[" + i + "]";
            run(ctx, x, role, organs.get(i) + suffix, size, loc, 0);
            if (stacked && i == beside) {
                // Half a line (0.6 × size) lower when the stack has an even number of lines: centred on the stack.
                // LibreOffice lowers a run 1.43 times as far as Word for the same w:position, so the value splits
                // the difference (measured at 38 pt: Word 1.4 mm high, LibreOffice 1.4 mm low).
                int lower = organs.size() % 2 == 0 ? Math.round(size * 1.2f * LOWER_SHARE) : 0;
                x.start("r").empty("tab").end();
                run(ctx, x, role, MarkIssuers.suffix(m), size, "metadata.markSuffix", lower);
            }
            x.end();
        }
    }

    /** Several organs and a suffix: the organs stacked, the suffix beside them (GB/T 9704 §7.2.4). */
    private static boolean stacked(Metadata m) {
        String suffix = MarkIssuers.suffix(m);
        return MarkIssuers.printed(m).size() > 1 && suffix != null && !suffix.isBlank();
    }

    static float width(TitleLines.Advance a, String t) {
        float w = 0;
        for (int k = 0; k < t.length(); ) {
            int cp = t.codePointAt(k);
            w += a.of(cp);
            k += Character.charCount(cp);
        }
        return w;
    }

    /** One red run of the mark face (split over fallback faces, missing glyphs reported), lowered if asked. */
    static void run(DocxContext ctx, Xml x, FontRole role, String text, float size, String loc,
                    int lowerHalfPoints) {
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
            x.empty("color", "val", color(ctx));
            if (lowerHalfPoints != 0) {
                x.empty("position", "val", Integer.toString(-lowerHalfPoints));
            }
            Props.size(x, size);
            x.end();
            RunWriter.content(x, piece);
            x.end();
        });
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

    /** The mark colour as WordprocessingML writes it ("FF0000"). */
    static String color(DocxContext ctx) {
        return ctx.style.markColor().substring(1).toUpperCase();
    }

    private float size(Metadata m) {
        TitleLines.Advance a = ctx.faces.advance(ctx.style.markFont(), 100f);
        float widest = 0;
        List<String> organs = MarkIssuers.printed(m);
        float beside = stacked(m) ? width(a, MarkIssuers.suffix(m)) + 50f : 0;
        for (int i = 0; i < organs.size(); i++) {
            String suffix = !stacked(m) && MarkIssuers.suffix(m) != null && i == organs.size() - 1
                    ? MarkIssuers.suffix(m) : "";
            widest = Math.max(widest, width(a, organs.get(i) + suffix) + beside);
        }
        return fit(ctx, widest);
    }

    /**
     * The mark size, in half points, at which a line {@code widthAt100} wide at 100 pt fills the 版心 width, at
     * most {@link #MAX_SIZE}.
     */
    static float fit(DocxContext ctx, float widthAt100) {
        float bodyWidth = Units.mmToPt(ctx.style.bodyWidthMm());
        return Math.min(MAX_SIZE, (float) Math.floor(100f * bodyWidth / Math.max(widthAt100, 1f) * 2) / 2);
    }
}
