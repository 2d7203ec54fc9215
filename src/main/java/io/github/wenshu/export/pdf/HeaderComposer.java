package io.github.wenshu.export.pdf;

import io.github.wenshu.layout.Align;
import io.github.wenshu.layout.Measure;
import io.github.wenshu.export.MarkIssuers;
import io.github.wenshu.model.DocumentForm;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.style.Units;

import java.util.ArrayList;
import java.util.List;

/**
 * The 版头 of the 文件格式 and 纪要格式 (§7.2): 份号, 密级 and 紧急程度 flush left on the first grid lines; the
 * red mark 35 mm below the 版心 top; two lines below it the 发文字号 (centred, or flush left with one character
 * of space beside the 签发人 of an upward document); the red rule 4 mm below; the title two lines under the
 * rule. A plain report gets only what it has: markers and a centred document number.
 */
final class HeaderComposer {

    static final float RULE_WIDTH = 1.5f;

    private final PdfContext ctx;
    private final PageComposer pages;
    private final PageFrame frame;

    HeaderComposer(PdfContext ctx, PageComposer pages) {
        this.ctx = ctx;
        this.pages = pages;
        this.frame = ctx.frame();
    }

    void compose(Metadata m) {
        if (m.form() == DocumentForm.LETTER) {
            new LetterHeader(ctx, pages).compose(m);
            return;
        }
        markers(m);
        boolean mark = !m.issuers().isEmpty() && m.form() != DocumentForm.PLAIN;
        if (!mark) {
            MarkIssuers.unprinted(m).forEach(w -> ctx.warnings().add(w.code(), w.location(), w.message()));
            if (m.docNumber() != null) {
                line(m.docNumber(), ctx.bodyMeasure(0, 0, Align.CENTER), "metadata.docNumber");
                pages.skip(1);
            }
            return;
        }
        String suffix = MarkIssuers.suffix(m);
        float top = frame.bodyTop() - Units.mmToPt(ctx.style().markTopMm());
        float bottom = new MarkDrawer(ctx, pages).draw(m.issuers(), suffix, frame.bodyWidth() / 2, top,
                frame.bodyWidth());
        int row = (int) Math.ceil((frame.bodyTop() - bottom) / frame.pitch() - 0.01) + 2;
        pages.moveTo(row);
        int last = numberAndSigners(m);
        float size = ctx.style().bodySize();
        float ruleY = frame.baseline(last, size) - (1 - PageFrame.EM_BOX_ASCENT) * size - Units.mmToPt(4);
        pages.rule(0, frame.bodyWidth(), ruleY, RULE_WIDTH, ctx.markRgb());
        pages.moveTo(last + 3);
    }

    /** 份号, 密级★期限, 紧急程度: one per grid line from the top, flush left. */
    private void markers(Metadata m) {
        if (m.copyNumber() != null) {
            line(m.copyNumber(), ctx.bodyMeasure(0, 0, Align.LEFT), "metadata.copyNumber");
        }
        if (m.secrecy() != null) {
            String term = m.secrecyTerm() == null || m.secrecyTerm().isBlank() ? "" : "★" + m.secrecyTerm();
            label(m.secrecy() + term, "metadata.secrecy");
        }
        if (m.urgency() != null) {
            label(m.urgency(), "metadata.urgency");
        }
    }

    /** Sets the 签发人 lines and the 发文字号; returns the grid line of the 发文字号. */
    private int numberAndSigners(Metadata m) {
        int first = pages.row();
        if (m.signers().isEmpty()) {
            if (m.docNumber() != null) {
                line(m.docNumber(), ctx.bodyMeasure(0, 0, Align.CENTER), "metadata.docNumber");
            }
            return first;
        }
        float c = frame.charPitch();
        float size = ctx.style().bodySize();
        ShapedText label = ctx.text("签发人：", ctx.style().bodyFont(), size, "metadata.signers");
        List<ShapedText> rows = new ArrayList<>();
        float widest = 0;
        for (int i = 0; i < m.signers().size(); i += 2) {
            String names = String.join("\u3000", m.signers().subList(i, Math.min(i + 2, m.signers().size())));
            ShapedText t = ctx.text(names, ctx.style().signerFont(), size, "metadata.signers");
            rows.add(t);
            widest = Math.max(widest, PdfContext.width(t));
        }
        float labelX = frame.bodyWidth() - c - widest - PdfContext.width(label);
        float namesX = labelX + PdfContext.width(label);
        for (int r = 0; r < rows.size(); r++) {
            float baseline = frame.baseline(first + r, size);
            if (r == 0) {
                pages.drawAt(label, PdfContext.lines(label, ctx.at(labelX)), 0, baseline);
            }
            pages.drawAt(rows.get(r), PdfContext.lines(rows.get(r), ctx.at(namesX)), 0, baseline);
        }
        int last = first + rows.size() - 1;
        if (m.docNumber() != null) {
            ShapedText number = ctx.text(m.docNumber(), ctx.style().bodyFont(), size, "metadata.docNumber");
            pages.drawAt(number, PdfContext.lines(number, ctx.at(c)), 0, frame.baseline(last, size));
        }
        pages.moveTo(last + 1);
        return last;
    }

    private void line(String text, Measure measure, String location) {
        ShapedText t = ctx.text(text, ctx.style().bodyFont(), ctx.style().bodySize(), location);
        pages.placeAll(t, PdfContext.lines(t, measure), ctx.style().bodySize());
    }

    private void label(String text, String location) {
        ShapedText t = ctx.text(text, ctx.style().labelFont(), ctx.style().bodySize(), location);
        pages.placeAll(t, PdfContext.lines(t, ctx.bodyMeasure(0, 0, Align.LEFT)), ctx.style().bodySize());
    }
}
