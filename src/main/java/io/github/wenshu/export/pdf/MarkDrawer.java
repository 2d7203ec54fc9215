package io.github.wenshu.export.pdf;

import io.github.wenshu.layout.LineSet;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws the red 发文机关标志 (§7.2.4): the organ names in the mark face, centred on a given x, the top of the
 * glyphs at a given height. Several organs are stacked, lead organ first, with the suffix ("文件") to their
 * right, vertically centred on the stack. The size is as large as {@link #MAX_SIZE} allows within the width.
 */
final class MarkDrawer {

    static final float MAX_SIZE = 42f;
    private static final float STACK_LEADING = 1.2f;

    private final PdfContext ctx;
    private final PageComposer pages;

    MarkDrawer(PdfContext ctx, PageComposer pages) {
        this.ctx = ctx;
        this.pages = pages;
    }

    /**
     * Draws the mark and returns the y of its bottom edge.
     *
     * @param centre the x of the mark's centre, from the 版心's left edge
     * @param top    the y of the top of the glyphs
     */
    float draw(List<String> organs, String suffix, float centre, float top, float maxWidth) {
        boolean stacked = organs.size() > 1 && suffix != null && !suffix.isBlank();
        List<String> lines = new ArrayList<>();
        if (organs.size() == 1 && suffix != null) {
            lines.add(organs.get(0) + suffix);
        } else {
            lines.addAll(organs);
        }
        float size = fit(lines, stacked ? suffix : null, maxWidth);
        TextStyle style = TextStyle.plain(ctx.style().markFont(), size, 0).withColor(ctx.markRgb());
        List<ShapedText> shaped = new ArrayList<>();
        float widest = 0;
        for (String l : lines) {
            ShapedText t = ctx.shaper().shape(l, style, "metadata.issuers");
            shaped.add(t);
            widest = Math.max(widest, PdfContext.width(t));
        }
        ShapedText suffixText = stacked ? ctx.shaper().shape(suffix, style, "metadata.markSuffix") : null;
        float gap = stacked ? size * 0.5f : 0;
        float total = widest + (stacked ? gap + PdfContext.width(suffixText) : 0);
        float left = centre - total / 2;
        float pitch = size * STACK_LEADING;
        for (int i = 0; i < shaped.size(); i++) {
            ShapedText t = shaped.get(i);
            float x = stacked ? left + (widest - PdfContext.width(t)) / 2 : centre - PdfContext.width(t) / 2;
            draw(t, x, top - i * pitch - PageFrame.EM_BOX_ASCENT * size);
        }
        float bottom = top - (shaped.size() - 1) * pitch - size;
        if (stacked) {
            float middle = (top + bottom) / 2;
            draw(suffixText, left + widest + gap, middle - size / 2 + (1 - PageFrame.EM_BOX_ASCENT) * size);
        }
        return bottom;
    }

    private void draw(ShapedText t, float x, float baseline) {
        LineSet lines = PdfContext.lines(t, ctx.at(x));
        pages.drawAt(t, lines, 0, baseline);
    }

    private float fit(List<String> lines, String suffix, float maxWidth) {
        TextStyle probe = TextStyle.plain(ctx.style().markFont(), 100f, 0);
        float widest = 0;
        for (String l : lines) {
            widest = Math.max(widest, PdfContext.width(ctx.shaper().shape(l, probe, "metadata.issuers")));
        }
        if (suffix != null) {
            widest += 50f + PdfContext.width(ctx.shaper().shape(suffix, probe, "metadata.markSuffix"));
        }
        return Math.min(MAX_SIZE, 100f * maxWidth / Math.max(widest, 1f));
    }
}
