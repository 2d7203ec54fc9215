package io.github.wenshu.check;

import java.util.ArrayList;
import java.util.List;

/**
 * What one page shows of the type area: its content lines (page number excluded), the page-number line if any,
 * and, when the page has full lines, the edges of the 版心: the right edge where the full lines end, the left
 * edge where the leftmost body line (eight glyphs or more) starts.
 * Full lines are justified lines: the largest group of wide body-size lines that end at the same x (± 1.5 pt), or a
 * single line within 2 mm of the 版心 width when no two lines end together.
 *
 * @param page       the page
 * @param content    lines inside the 版心, top to bottom
 * @param header     how many of the content lines form the 版头 (page 1: lines down to the red rule, or red lines)
 * @param pageNumber the page-number line, or null
 * @param fullLines  lines ending at the right edge
 * @param left       left edge in pt, NaN when unknown
 * @param right      right edge in pt, NaN when unknown
 */
record PageGeometry(PageLayout page, List<TextLine> content, int header, TextLine pageNumber,
                    List<TextLine> fullLines, float left, float right) {

    private static final float EDGE_TOLERANCE = 1.5f;
    /** A full line is at least this wide (about 21 字): shorter lines ending together are table cells or lists. */
    private static final double MIN_FULL_LINE_MM = 120;

    /** The content lines below the 版头: the lines that sit on the body grid. */
    List<TextLine> gridLines() {
        return content.subList(header, content.size());
    }

    boolean hasEdges() {
        return !Float.isNaN(left);
    }

    static PageGeometry of(PageLayout page, float bodySize) {
        List<TextLine> content = new ArrayList<>();
        TextLine number = null;
        for (TextLine l : page.lines()) {
            if (number == null && l.baseline() > Gbt9704.pt(Gbt9704.BODY_BOTTOM + 1) && PageNumbers.looksLike(l)) {
                number = l;
            } else {
                content.add(l);
            }
        }
        List<TextLine> candidates = content.stream()
                .filter(l -> Math.abs(l.size() - bodySize) <= Gbt9704.SIZE_TOLERANCE_PT && l.visible().size() >= 8)
                .toList();
        List<TextLine> wide = candidates.stream()
                .filter(l -> l.right() - l.left() >= Gbt9704.pt(MIN_FULL_LINE_MM)).toList();
        List<TextLine> full = largestRightCluster(wide);
        boolean oneLongLine = full.size() == 1
                && full.get(0).right() - full.get(0).left() > Gbt9704.pt(Gbt9704.BODY_WIDTH - 2 * Gbt9704.AREA_TOLERANCE);
        if (full.size() < 2 && !oneLongLine) {
            return new PageGeometry(page, content, header(page, content), number, List.of(), Float.NaN, Float.NaN);
        }
        float left = (float) candidates.stream().mapToDouble(TextLine::left).min().orElseThrow();
        float right = (float) full.stream().mapToDouble(TextLine::right).max().orElseThrow();
        return new PageGeometry(page, content, header(page, content), number, full, left, right);
    }

    private static int header(PageLayout page, List<TextLine> content) {
        if (page.number() != 1) {
            return 0;
        }
        float bottom = Float.NEGATIVE_INFINITY;
        for (TextLine l : content) {
            if (l.isRed()) {
                bottom = Math.max(bottom, l.baseline());
            }
        }
        for (Shape s : page.shapes()) {
            if (Colours.isRed(s.rgb()) && Gbt9704.mm(s.width()) > 100) {
                bottom = Math.max(bottom, s.y());
            }
        }
        int n = 0;
        while (n < content.size() && content.get(n).baseline() <= bottom) {
            n++;
        }
        return n;
    }

    private static List<TextLine> largestRightCluster(List<TextLine> lines) {
        List<TextLine> best = List.of();
        for (TextLine anchor : lines) {
            List<TextLine> group = lines.stream()
                    .filter(l -> Math.abs(l.right() - anchor.right()) <= EDGE_TOLERANCE).toList();
            if (group.size() > best.size()
                    || group.size() == best.size() && !best.isEmpty() && anchor.right() > best.get(0).right()) {
                best = group;
            }
        }
        return best;
    }
}
