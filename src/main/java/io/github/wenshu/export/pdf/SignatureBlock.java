package io.github.wenshu.export.pdf;

import io.github.wenshu.model.Metadata;

import java.util.ArrayList;
import java.util.List;

/**
 * 署名 and 成文日期 (§7.3.5). With a seal: the date right-indented four characters, each 署名 centred on the
 * date on the lines above it, two blank lines left under the body for the seal. Without: the 署名 one line
 * below the body, right-indented two characters, the date on the next line starting two characters right
 * of the 署名; a date too long for that is right-indented two characters and the 署名 moves left to match.
 * The lines are kept on one page, and never open one: when they do not fit below the body, the body's last two
 * lines go with them to the next page, so that the seal stays within a line of the text (§7.3.5.1, §7.3.5.5).
 */
final class SignatureBlock {

    private static final int CARRIED_LINES = 2;

    private final PdfContext ctx;
    private final PageComposer pages;

    SignatureBlock(PdfContext ctx, PageComposer pages) {
        this.ctx = ctx;
        this.pages = pages;
    }

    void compose(Metadata m) {
        List<String> names = ClosingComposer.nonBlank(m.signatures());
        if (names.isEmpty() && m.date() == null) {
            return;
        }
        float c = ctx.frame().charPitch();
        float size = ctx.style().bodySize();
        float width = ctx.frame().bodyWidth();
        List<ShapedText> sig = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            sig.add(ctx.text(names.get(i), ctx.style().bodyFont(), size, "metadata.signatures[" + i + "]"));
        }
        ShapedText date = m.date() == null ? null
                : ctx.text(ChineseDates.format(m.date()), ctx.style().bodyFont(), size, "metadata.date");
        float dateWidth = date == null ? 0 : PdfContext.width(date);
        float dateX;
        float[] sigX = new float[sig.size()];
        if (m.sealed()) {
            dateX = width - 4 * c - dateWidth;
            float centre = date == null ? width - 4 * c - 3 * c : dateX + dateWidth / 2;
            for (int i = 0; i < sig.size(); i++) {
                sigX[i] = centre - PdfContext.width(sig.get(i)) / 2;
            }
        } else {
            float widest = 0;
            for (ShapedText s : sig) {
                widest = Math.max(widest, PdfContext.width(s));
            }
            float sigRight = 2 * c;
            if (date != null && dateWidth > widest - 2 * c) {
                sigRight = 4 * c + dateWidth - widest;
            }
            float sigStart = width - sigRight - widest;
            for (int i = 0; i < sig.size(); i++) {
                sigX[i] = width - sigRight - PdfContext.width(sig.get(i));
            }
            dateX = sig.isEmpty() ? width - 2 * c - dateWidth : sigStart + 2 * c;
        }
        int rows = sig.size() + (date == null ? 0 : 1);
        int blank = m.sealed() ? 2 : 1;
        if (blank + rows > pages.rowsLeft() && !pages.pageIsBlank()) {
            pages.newPageCarrying(CARRIED_LINES);
        }
        pages.skip(blank);
        pages.keepTogether(rows);
        for (int i = 0; i < sig.size(); i++) {
            place(sig.get(i), sigX[i]);
        }
        if (date != null) {
            place(date, dateX);
        }
    }

    private void place(ShapedText t, float x) {
        pages.place(t, PdfContext.lines(t, ctx.at(Math.max(0, x))), 0, ctx.style().bodySize());
    }
}
