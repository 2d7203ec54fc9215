package io.github.wenshu.export.pdf;

import io.github.wenshu.export.ImprintText;
import io.github.wenshu.layout.Align;
import io.github.wenshu.layout.LineSet;
import io.github.wenshu.layout.Measure;
import io.github.wenshu.model.DocumentForm;
import io.github.wenshu.model.Metadata;

/**
 * The 版记 of a 信函格式 letter (GB/T 9704 §10.1): only the 抄送 lines, in 4号仿宋 on the last grid lines of
 * the last 版心, with no rules and no 印发机关/印发日期 (reported as not printed). A page follows only when the
 * last page has no room; it need not be even.
 *
 * <pre>{@code
 * if (LetterImprint.applies(m)) { new LetterImprint(ctx, pages).compose(m); return; }
 * }</pre>
 */
final class LetterImprint {

    private final PdfContext ctx;
    private final PageComposer pages;

    LetterImprint(PdfContext ctx, PageComposer pages) {
        this.ctx = ctx;
        this.pages = pages;
    }

    static boolean applies(Metadata m) {
        return m.form() == DocumentForm.LETTER;
    }

    void compose(Metadata m) {
        ImprintText.unprinted(m).forEach(w -> ctx.warnings().add(w.code(), w.location(), w.message()));
        String text = ImprintText.copyTo(m);
        if (text == null) {
            return;
        }
        float size = ctx.style().versionBlockSize();
        float width = ctx.frame().bodyWidth();
        ShapedText copy = ctx.text(text, ctx.style().bodyFont(), size, "metadata.copyTo");
        float label = PdfContext.width(ctx.text(ImprintText.COPY_LABEL, ctx.style().bodyFont(), size, "metadata.copyTo"));
        LineSet lines = PdfContext.lines(copy, new Measure(width - size, size, size + label, Align.JUSTIFY));
        if (pages.rowsLeft() < lines.count()) {
            pages.newPage();
        }
        pages.moveTo(ctx.frame().rows() - lines.count());
        pages.placeAll(copy, lines, size);
    }
}
