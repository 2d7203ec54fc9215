package io.github.wenshu.export.pdf;

import io.github.wenshu.export.ImprintPlacement;
import io.github.wenshu.export.ImprintText;
import io.github.wenshu.layout.Align;
import io.github.wenshu.layout.LineSet;
import io.github.wenshu.layout.Measure;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.style.Units;

/**
 * The 版记 (§7.4): 抄送 and 印发机关/印发日期 in 4号仿宋 on the last grid lines of the last page, which must
 * be even; black rules above (0.35 mm), between (0.25 mm) and on the bottom edge of the 版心 (0.35 mm).
 * When the last page is odd the 版记 moves to a new even page; when an even last page has no room, a blank
 * page and a 版记 page follow, neither numbered.
 */
final class ImprintComposer {

    private static final float THICK = Units.mmToPt(0.35);
    private static final float THIN = Units.mmToPt(0.25);

    private final PdfContext ctx;
    private final PageComposer pages;

    ImprintComposer(PdfContext ctx, PageComposer pages) {
        this.ctx = ctx;
        this.pages = pages;
    }

    /** Where the 版记 went, and the grid lines the body's last page had free for it. */
    record Placed(ImprintPlacement placement, int freeLines) {
    }

    Placed compose(Metadata m) {
        int free = pages.rowsLeft();
        if (!m.hasVersionBlock()) {
            return new Placed(ImprintPlacement.NONE, free);
        }
        if (LetterImprint.applies(m)) {
            new LetterImprint(ctx, pages).compose(m);
            return new Placed(ImprintPlacement.NONE, free);
        }
        PageFrame frame = ctx.frame();
        float size = ctx.style().versionBlockSize();
        float one = size;
        float width = frame.bodyWidth();
        ShapedText copy = null;
        LineSet copyLines = null;
        String text = ImprintText.copyTo(m);
        if (text != null) {
            copy = ctx.text(text, ctx.style().bodyFont(), size, "metadata.copyTo");
            float label = PdfContext.width(ctx.text(ImprintText.COPY_LABEL, ctx.style().bodyFont(), size,
                    "metadata.copyTo"));
            copyLines = PdfContext.lines(copy, new Measure(width - one, one, one + label, Align.JUSTIFY));
        }
        boolean printLine = m.printer() != null || m.printDate() != null;
        int rows = (copyLines == null ? 0 : copyLines.count()) + (printLine ? 1 : 0);
        boolean fits = free >= rows;
        boolean even = pages.page().number() % 2 == 0;
        ImprintPlacement placement = !even ? ImprintPlacement.NEXT_PAGE
                : fits ? ImprintPlacement.SAME_PAGE : ImprintPlacement.AFTER_BLANK_PAGE;
        if (placement == ImprintPlacement.NEXT_PAGE) {
            pages.newPage();
        } else if (placement == ImprintPlacement.AFTER_BLANK_PAGE) {
            pages.page().setNumbered(pages.page().textLines() > 0);
            pages.newPage();
            pages.page().setNumbered(false);
            pages.newPage();
            pages.page().setNumbered(false);
        }
        int first = frame.rows() - rows;
        pages.moveTo(first);
        pages.rule(0, width, frame.rowTop(first), THICK, 0);
        if (copyLines != null) {
            pages.placeAll(copy, copyLines, size);
        }
        if (printLine) {
            if (copyLines != null) {
                pages.rule(0, width, frame.rowTop(pages.row()), THIN, 0);
            }
            float baseline = frame.baseline(pages.row(), size);
            if (m.printer() != null) {
                ShapedText p = ctx.text(m.printer(), ctx.style().bodyFont(), size, "metadata.printer");
                pages.drawAt(p, PdfContext.lines(p, ctx.at(one)), 0, baseline);
            }
            if (m.printDate() != null) {
                ShapedText d = ctx.text(ChineseDates.format(m.printDate()) + "印发", ctx.style().bodyFont(), size,
                        "metadata.printDate");
                pages.drawAt(d, PdfContext.lines(d, new Measure(width - one, 0, 0, Align.RIGHT)), 0, baseline);
            }
            pages.skip(1);
        }
        pages.rule(0, width, frame.bodyBottom(), THICK, 0);
        return new Placed(placement, free);
    }
}
