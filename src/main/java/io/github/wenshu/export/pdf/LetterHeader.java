package io.github.wenshu.export.pdf;

import io.github.wenshu.layout.Align;
import io.github.wenshu.layout.Measure;
import io.github.wenshu.export.MarkIssuers;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.style.Units;

/**
 * The 信函格式 head (§10.1): the red mark 30 mm below the paper top, centred on the page; a red double line
 * 170 mm long (thick over thin) 4 mm below it and another (thin over thick) 20 mm above the paper bottom;
 * 份号, 密级 and 紧急程度 flush left and the 发文字号 flush right 7/8 of a 3号 character under the first double
 * line; the title two lines below. Page 1 carries no page number.
 */
final class LetterHeader {

    static final float THICK = 1.5f;
    static final float THIN = 0.75f;
    static final float GAP = 1.5f;

    private final PdfContext ctx;
    private final PageComposer pages;
    private final PageFrame frame;

    LetterHeader(PdfContext ctx, PageComposer pages) {
        this.ctx = ctx;
        this.pages = pages;
        this.frame = ctx.frame();
    }

    void compose(Metadata m) {
        pages.page().setNumbered(false);
        float left = frame.bodyLeft(1);
        float pageCentre = frame.pageWidth() / 2 - left;
        float top = frame.pageHeight() - Units.mmToPt(ctx.style().letterMarkTopMm());
        float bottom = top;
        if (!m.issuers().isEmpty()) {
            bottom = new MarkDrawer(ctx, pages).draw(m.issuers().subList(0, 1), m.markSuffix(), pageCentre, top,
                    frame.bodyWidth());
            MarkIssuers.unprinted(m).forEach(w -> ctx.warnings().add(w.code(), w.location(), w.message()));
        }
        float half = Units.mmToPt(170) / 2;
        float upper = bottom - Units.mmToPt(4);
        pages.rule(pageCentre - half, pageCentre + half, upper, THICK, ctx.markRgb());
        pages.rule(pageCentre - half, pageCentre + half, upper - GAP - (THICK + THIN) / 2, THIN, ctx.markRgb());
        float lower = Units.mmToPt(20);
        pages.rule(pageCentre - half, pageCentre + half, lower + GAP + (THICK + THIN) / 2, THIN, ctx.markRgb());
        pages.rule(pageCentre - half, pageCentre + half, lower, THICK, ctx.markRgb());

        float size = ctx.style().bodySize();
        float lineTop = upper - GAP - THICK - THIN - size * 7 / 8;
        float y = lineTop - PageFrame.EM_BOX_ASCENT * size;
        boolean any = false;
        String[] markers = {m.copyNumber(), secrecy(m), m.urgency()};
        for (int i = 0; i < markers.length; i++) {
            if (markers[i] == null) {
                continue;
            }
            ShapedText t = ctx.text(markers[i], i == 0 ? ctx.style().bodyFont() : ctx.style().labelFont(), size,
                    "metadata." + (i == 0 ? "copyNumber" : i == 1 ? "secrecy" : "urgency"));
            pages.drawAt(t, PdfContext.lines(t, ctx.at(0)), 0, y);
            if (!any && m.docNumber() != null) {
                number(m, y);
            }
            any = true;
            y -= frame.pitch();
        }
        if (!any && m.docNumber() != null) {
            number(m, y);
            any = true;
            y -= frame.pitch();
        }
        float lastBottom = any ? y + frame.pitch() - (1 - PageFrame.EM_BOX_ASCENT) * size : upper;
        int row = (int) Math.ceil((frame.bodyTop() - lastBottom) / frame.pitch() - 0.01) + 2;
        pages.moveTo(Math.max(0, row));
    }

    private void number(Metadata m, float baseline) {
        ShapedText t = ctx.text(m.docNumber(), ctx.style().bodyFont(), ctx.style().bodySize(), "metadata.docNumber");
        Measure right = new Measure(frame.bodyWidth(), 0, 0, Align.RIGHT);
        pages.drawAt(t, PdfContext.lines(t, right), 0, baseline);
    }

    private static String secrecy(Metadata m) {
        if (m.secrecy() == null) {
            return null;
        }
        return m.secrecy() + (m.secrecyTerm() == null || m.secrecyTerm().isBlank() ? "" : "★" + m.secrecyTerm());
    }
}
