package io.github.wenshu.export.pdf;

import io.github.wenshu.layout.Align;
import io.github.wenshu.layout.LineBreaker;
import io.github.wenshu.layout.LineSet;
import io.github.wenshu.layout.Measure;

/**
 * Page numbers as GB/T 9704 §7.5 sets them: "— 7 —" in 4号宋体, the dash line 7 mm below the 版心, on odd
 * pages flush right with one character of space, on even pages flush left with one character.
 */
final class PageNumbers {

    private static final float DASH_MIDDLE = 0.38f;

    private final PdfContext ctx;

    PageNumbers(PdfContext ctx) {
        this.ctx = ctx;
    }

    /** The height of the dash's middle above the baseline, in em, from the face's glyph box. */
    private static float dashMiddle(Face face) {
        int[] box = face.baseFont().getCharBBox('—');
        return box == null || box[3] <= box[1] ? DASH_MIDDLE : (box[1] + box[3]) / 2000f;
    }

    void addTo(Page page) {
        PageFrame frame = ctx.frame();
        float size = ctx.style().pageNumberSize();
        TextStyle style = TextStyle.plain(ctx.style().pageNumberFont(), size, 0f);
        ShapedText text = ctx.shaper().shape("— " + page.number() + " —", style, "page " + page.number());
        boolean odd = page.number() % 2 == 1;
        Measure measure = odd ? new Measure(frame.bodyWidth() - size, 0, 0, Align.RIGHT)
                : new Measure(frame.bodyWidth(), size, size, Align.LEFT);
        LineSet lines = LineBreaker.INSTANCE.breakLines(text.glyphs(), measure);
        float baseline = frame.pageNumberDashY() - dashMiddle(text.face(0)) * size;
        page.add(new DrawOp.Text(text, lines, 0, frame.bodyLeft(page.number()), baseline));
    }
}
