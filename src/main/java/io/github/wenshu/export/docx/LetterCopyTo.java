package io.github.wenshu.export.docx;

import io.github.wenshu.export.ImprintText;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.style.Units;

/**
 * The 版记 of a 信函格式 letter (GB/T 9704 §10.1): only the 抄送 lines in 4号仿宋, in a frame on the last grid
 * lines of the last page's 版心 (their count estimated from the face's advances), no rules, no 印发机关/印发日期 (reported as not printed) and no page of its own.
 *
 * <pre>{@code
 * new LetterCopyTo(ctx, paragraphs, runs).write(x, metadata);
 * }</pre>
 */
final class LetterCopyTo {

    /** Measured in LibreOffice's PDF: a framed exact line sets 4号 glyphs 1.2 mm lower than the grid centre. */
    private static final int LIFT_TWIPS = 68;

    private final DocxContext ctx;
    private final ParagraphStarter paragraphs;
    private final RunWriter runs;

    LetterCopyTo(DocxContext ctx, ParagraphStarter paragraphs, RunWriter runs) {
        this.ctx = ctx;
        this.paragraphs = paragraphs;
        this.runs = runs;
    }

    void write(Xml x, Metadata m) {
        ImprintText.unprinted(m).forEach(w -> ctx.warn(w.code(), w.location(), w.message()));
        String copy = ImprintText.copyTo(m);
        if (copy == null) {
            return;
        }
        float size = ctx.style.versionBlockSize();
        int one = Math.round(size * 20);
        int label = (int) Math.round(ctx.setWidth(ctx.style.bodyFont(), size, ImprintText.COPY_LABEL) * 20);
        int pitch = ctx.geometry.linePitch();
        int width = Units.mmToTwips(ctx.style.bodyWidthMm());
        double perLine = (width - 2 * one - label) / 20.0;
        double text = ctx.setWidth(ctx.style.bodyFont(), size, copy) - label / 20.0;
        int lines = Math.max(1, (int) Math.ceil(text / perLine - 0.001));
        int y = Units.mmToTwips(ctx.style.bodyHeightMm()) - lines * pitch - LIFT_TWIPS;
        paragraphs.open(x, StyleIds.VERSION_BLOCK, px -> {
            px.start("framePr").attr("w", width).attr("wrap", "notBeside").attr("vAnchor", "margin")
                    .attr("hAnchor", "margin").attr("x", 0).attr("y", y).end();
            px.start("spacing").attr("before", 0).attr("after", 0).attr("line", pitch)
                    .attr("lineRule", "exact").end();
            px.start("ind").attr("left", one + label).attr("right", one).attr("hanging", label).end();
        });
        runs.plain(x, copy, RunWriter.RunFormat.in(ctx.style.bodyFont(), ctx), "metadata.copyTo");
        x.end();
    }
}
