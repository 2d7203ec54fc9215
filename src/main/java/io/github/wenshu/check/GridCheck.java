package io.github.wenshu.check;

import static io.github.wenshu.check.Gbt9704.fmt;
import static io.github.wenshu.check.Gbt9704.fmt2;

import java.util.ArrayList;
import java.util.List;

/**
 * §5.2.3 the grid: 22 lines on a full page, a pitch that makes 22 lines fill the 版心, 28 characters on a full
 * line. A full page is a page other than the last whose text reaches the last grid line and holds no text smaller
 * than the body (tables and the 版记 may use their own pitch); its lines are counted as grid positions from the
 * first baseline to the last at the page's own pitch, so blank lines count. More than 22 text lines of body size
 * or larger is wrong on any page. Pages with a 版头 or display text (titles, marks: renderers may give them two grid
 * lines or place them off the grid) are not counted.
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
        List<TextLine> counted = g.gridLines().stream().filter(l -> l.size() >= ctx.bodySize() - 0.3f).toList();
        boolean smallText = g.gridLines().size() > counted.size();
        if (counted.size() > Gbt9704.LINES) {
            out.error(Rule.LINES_PER_PAGE, page, counted.size() + " lines", "22 lines per page");
            return;
        }
        boolean display = counted.stream().anyMatch(l -> l.size() > ctx.bodySize() + 2);
        if (counted.size() < 2 || smallText || display || page == ctx.pageCount() || g.header() > 0) {
            return;
        }
        float first = counted.get(0).baseline();
        float last = counted.get(counted.size() - 1).baseline();
        if (last <= Gbt9704.pt(Gbt9704.BODY_BOTTOM) - Gbt9704.PITCH_A_PT) {
            return;
        }
        out.checked(Rule.LINES_PER_PAGE);
        double pitch = pitch(ctx, g);
        long slots = Math.round((last - first) / pitch) + 1;
        if (slots != Gbt9704.LINES) {
            out.error(Rule.LINES_PER_PAGE, page, slots + " grid lines on a full page (" + counted.size()
                    + " with text, pitch " + fmt2(pitch) + " pt)", "22 lines");
        }
    }

    /** Median distance between consecutive body lines on a page, or the model-A pitch if none are adjacent. */
    private static double pitch(CheckContext ctx, PageGeometry g) {
        List<Float> gaps = singleGaps(ctx, g);
        if (gaps.isEmpty()) {
            return Gbt9704.PITCH_A_PT;
        }
        List<Float> sorted = new ArrayList<>(gaps);
        sorted.sort(Float::compare);
        return sorted.get(sorted.size() / 2);
    }

    private static List<Float> singleGaps(CheckContext ctx, PageGeometry g) {
        List<Float> gaps = new ArrayList<>();
        List<TextLine> lines = g.gridLines();
        for (int i = 1; i < lines.size(); i++) {
            TextLine a = lines.get(i - 1);
            TextLine b = lines.get(i);
            float gap = b.baseline() - a.baseline();
            if (ctx.isBody(a) && ctx.isBody(b) && gap < 1.5 * Gbt9704.PITCH_A_PT) {
                gaps.add(gap);
            }
        }
        return gaps;
    }

    private void checkPitch(CheckContext ctx, PageGeometry g, Findings out) {
        List<Float> gaps = singleGaps(ctx, g);
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
