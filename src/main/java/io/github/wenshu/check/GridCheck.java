package io.github.wenshu.check;

import static io.github.wenshu.check.Gbt9704.fmt;
import static io.github.wenshu.check.Gbt9704.fmt2;

import java.util.ArrayList;
import java.util.List;

/**
 * §5.2.3 the grid: 22 lines on a full page, a pitch that makes 22 lines fill the 版心, 28 characters on a full
 * line. Lines counted are those of body size or larger (titles take grid lines; smaller table and 版记 text does
 * not). A full page is a page other than the last whose text reaches the last grid line and holds no smaller text.
 */
final class GridCheck implements Check {
    @Override
    public void run(CheckContext ctx, Findings out) {
        for (PageGeometry g : ctx.pages()) {
            checkLineCount(ctx, g, out);
            checkPitch(ctx, g, out);
            checkChars(ctx, g, out);
        }
        out.notApplicable(Rule.LINES_PER_PAGE, "no full page (a page before the last reaching the 版心 bottom)");
        out.notApplicable(Rule.LINE_PITCH, "no two body lines on consecutive grid lines");
        out.notApplicable(Rule.CHARS_PER_LINE, "no page with justified full lines of hanzi");
    }

    private void checkLineCount(CheckContext ctx, PageGeometry g, Findings out) {
        int page = g.page().number();
        List<TextLine> counted = g.content().stream().filter(l -> l.size() >= ctx.bodySize() - 0.3f).toList();
        boolean smallText = g.content().size() > counted.size();
        if (counted.size() > Gbt9704.LINES) {
            out.error(Rule.LINES_PER_PAGE, page, counted.size() + " lines", "22 lines per page");
            return;
        }
        if (counted.isEmpty() || smallText || page == ctx.pageCount()) {
            return;
        }
        float last = counted.get(counted.size() - 1).baseline();
        boolean reachesBottom = last > Gbt9704.pt(Gbt9704.BODY_BOTTOM) - Gbt9704.PITCH_A_PT;
        if (!reachesBottom) {
            return;
        }
        out.checked(Rule.LINES_PER_PAGE);
        if (counted.size() != Gbt9704.LINES) {
            out.error(Rule.LINES_PER_PAGE, page, counted.size() + " lines on a full page", "22 lines");
        }
    }

    private void checkPitch(CheckContext ctx, PageGeometry g, Findings out) {
        List<Float> gaps = new ArrayList<>();
        List<TextLine> lines = g.content();
        for (int i = 1; i < lines.size(); i++) {
            TextLine a = lines.get(i - 1);
            TextLine b = lines.get(i);
            float gap = b.baseline() - a.baseline();
            if (ctx.isBody(a) && ctx.isBody(b) && gap < 1.5 * Gbt9704.PITCH_A_PT) {
                gaps.add(gap);
            }
        }
        if (gaps.isEmpty()) {
            return;
        }
        out.checked(Rule.LINE_PITCH);
        float min = gaps.stream().min(Float::compare).orElseThrow();
        float max = gaps.stream().max(Float::compare).orElseThrow();
        if (min < Gbt9704.PITCH_MIN_PT || max > Gbt9704.PITCH_MAX_PT) {
            out.error(Rule.LINE_PITCH, g.page().number(), "baselines " + fmt2(min)
                    + (max - min > 0.05 ? " to " + fmt2(max) : "") + " pt apart",
                    fmt2(Gbt9704.PITCH_A_PT) + " pt (225 mm / 22) to " + fmt2(Gbt9704.PITCH_B_PT)
                    + " pt (glyph-edge model); accepted " + fmt2(Gbt9704.PITCH_MIN_PT) + "–"
                    + fmt2(Gbt9704.PITCH_MAX_PT) + " pt");
        }
    }

    private void checkChars(CheckContext ctx, PageGeometry g, Findings out) {
        if (!g.hasEdges()) {
            return;
        }
        List<Float> advances = new ArrayList<>();
        for (TextLine l : g.fullLines()) {
            List<Glyph> v = l.visible();
            for (int i = 1; i < v.size(); i++) {
                if (v.get(i - 1).isHanzi() && v.get(i).isHanzi()) {
                    advances.add(v.get(i).x() - v.get(i - 1).x());
                }
            }
        }
        if (advances.size() < 10) {
            return;
        }
        out.checked(Rule.CHARS_PER_LINE);
        advances.sort(Float::compare);
        float pitch = advances.get(advances.size() / 2);
        double chars = (g.right() - g.left()) / pitch;
        if (Math.abs(chars - Gbt9704.CHARS) > 0.5) {
            out.error(Rule.CHARS_PER_LINE, g.page().number(), fmt(chars) + " characters per full line (character pitch "
                    + fmt2(pitch) + " pt)", "28 (pitch " + fmt2(Gbt9704.CHAR_PT) + " pt = 156 mm / 28)");
        }
    }
}
