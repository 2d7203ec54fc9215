package io.github.wenshu.export.pdf;

import io.github.wenshu.layout.Align;
import io.github.wenshu.layout.LineBreaker;
import io.github.wenshu.layout.Measure;
import io.github.wenshu.layout.TitleSplitter;

import java.util.List;

/**
 * Sets a title: 2号小标宋, centred, one grid line per title line. Explicit lines are kept; a line too long
 * for the 版心 is split by {@link TitleSplitter} into a 梯形 or 菱形 keeping words whole.
 *
 * <pre>{@code
 * new TitleComposer(ctx, pages).compose(metadata.title(), "metadata.title");
 * }</pre>
 */
final class TitleComposer {

    private final PdfContext ctx;
    private final PageComposer pages;

    TitleComposer(PdfContext ctx, PageComposer pages) {
        this.ctx = ctx;
        this.pages = pages;
    }

    void compose(String title, String location) {
        float size = ctx.style().titleSize();
        TextStyle style = ctx.textStyle(ctx.style().titleFont(), size);
        float width = ctx.frame().bodyWidth();
        Measure centred = new Measure(width, 0, 0, Align.CENTER);
        for (String explicit : title.split("\n")) {
            String line = explicit.strip();
            if (line.isEmpty()) {
                continue;
            }
            ShapedText whole = ctx.shaper().shape(line, style, location);
            List<Integer> starts = TitleSplitter.split(whole.glyphs(), width, size);
            for (int k = 0; k < starts.size(); k++) {
                int end = k + 1 < starts.size() ? starts.get(k + 1) : whole.size();
                String piece = whole.text(starts.get(k), end).strip();
                ShapedText t = ctx.shaper().shape(piece, style, location);
                pages.placeAll(t, LineBreaker.INSTANCE.breakLines(t.glyphs(), centred), size);
            }
        }
    }
}
