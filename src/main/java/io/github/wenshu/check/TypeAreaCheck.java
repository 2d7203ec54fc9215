package io.github.wenshu.check;

import static io.github.wenshu.check.Gbt9704.fmt;

import java.util.List;

/**
 * §5.2.1 版心 position and size, measured from the body lines. Left and width come from the full (justified)
 * lines. The top comes from the first baseline of pages that start with a body line: in the grid model (spec §1,
 * model A) a line's glyphs sit in a cell one pitch high, and renderers place them differently inside it (Word
 * centres, LibreOffice puts the slack above, a glyph-edge layout puts none), so the tolerance is the standard's
 * 1 mm plus half the cell's slack.
 */
final class TypeAreaCheck implements Check {
    @Override
    public void run(CheckContext ctx, Findings out) {
        for (PageGeometry g : ctx.pages()) {
            checkEdges(ctx, g, out);
            checkTop(ctx, g, out);
            checkBottom(g, out);
        }
        out.notApplicable(Rule.TYPE_AREA_LEFT, "no page has two or more justified full lines");
        out.notApplicable(Rule.TYPE_AREA_WIDTH, "no page has two or more justified full lines");
        out.notApplicable(Rule.TYPE_AREA_TOP, "no page starts with a body-size line");
    }

    private void checkEdges(CheckContext ctx, PageGeometry g, Findings out) {
        if (!g.hasEdges()) {
            return;
        }
        int page = g.page().number();
        out.checked(Rule.TYPE_AREA_LEFT);
        out.checked(Rule.TYPE_AREA_WIDTH);
        double left = Gbt9704.mm(g.left());
        boolean leftOk = Math.abs(left - Gbt9704.BINDING) <= Gbt9704.AREA_TOLERANCE
                || !g.page().isOdd() && ctx.mirrored() && Math.abs(left - Gbt9704.OUTER) <= Gbt9704.AREA_TOLERANCE;
        if (!leftOk) {
            String expected = g.page().isOdd() ? "28 ± 1 mm (订口)" : "28 ± 1 mm, or 26 ± 1 mm with mirrored margins";
            out.error(Rule.TYPE_AREA_LEFT, page, "full lines start " + fmt(left) + " mm from the left edge", expected);
        }
        checkOverflow(ctx, g, out);
        double width = Gbt9704.mm(g.right() - g.left());
        if (Math.abs(width - Gbt9704.BODY_WIDTH) > Gbt9704.AREA_TOLERANCE) {
            out.error(Rule.TYPE_AREA_WIDTH, page, "full lines " + fmt(width) + " mm wide (" + fmt(left) + " to "
                    + fmt(Gbt9704.mm(g.right())) + " mm)", "156 ± 1 mm");
        }
    }

    /**
     * Lines that end beyond the full lines. A closing punctuation mark drawn wholly past the edge is hanging
     * punctuation, which Word and LibreOffice do by default for Chinese: a warning of its own, not a 版心 error.
     */
    private void checkOverflow(CheckContext ctx, PageGeometry g, Findings out) {
        int page = g.page().number();
        out.checked(Rule.HANGING_PUNCTUATION);
        for (TextLine l : g.content()) {
            double beyond = Gbt9704.mm(l.right() - g.right());
            if (!ctx.isBody(l) || beyond <= Gbt9704.AREA_TOLERANCE) {
                continue;
            }
            List<Glyph> v = l.visible();
            Glyph last = v.get(v.size() - 1);
            boolean hanging = last.isLeftInkPunctuation() && last.x() >= g.right() - 1
                    && (v.size() < 2 || v.get(v.size() - 2).inkRight() <= g.right() + Gbt9704.pt(Gbt9704.AREA_TOLERANCE));
            if (hanging) {
                out.warn(Rule.HANGING_PUNCTUATION, page, "\"" + last.text() + "\" hung " + fmt(beyond)
                        + " mm into the margin after \"" + Excerpt.of(l) + "\"", "inside the 版心");
            } else {
                out.error(Rule.TYPE_AREA_WIDTH, page, "line \"" + Excerpt.of(l) + "\" ends " + fmt(beyond)
                        + " mm beyond the other full lines", "every line inside the 版心 (± 1 mm)");
            }
        }
    }

    private void checkTop(CheckContext ctx, PageGeometry g, Findings out) {
        List<TextLine> content = g.content();
        if (content.isEmpty() || !ctx.isBody(content.get(0)) || g.page().insetFirst()) {
            return;
        }
        out.checked(Rule.TYPE_AREA_TOP);
        TextLine first = content.get(0);
        double size = first.size();
        double pitch = Gbt9704.PITCH_A_PT;
        double topPt = first.baseline() - (pitch / 2 + (Gbt9704.CJK_ASCENT - 0.5) * size);
        double slackMm = Gbt9704.mm((pitch - size) / 2);
        double tolerance = Gbt9704.AREA_TOLERANCE + slackMm;
        double top = Gbt9704.mm(topPt);
        if (Math.abs(top - Gbt9704.TOP) > tolerance) {
            out.error(Rule.TYPE_AREA_TOP, g.page().number(), "first line's cell starts " + fmt(top)
                    + " mm from the top (baseline at " + fmt(Gbt9704.mm(first.baseline())) + " mm)",
                    "37 ± " + fmt(tolerance) + " mm (1 mm + " + fmt(slackMm) + " mm placement in the line cell)");
        }
    }

    private void checkBottom(PageGeometry g, Findings out) {
        out.checked(Rule.TYPE_AREA_BOTTOM);
        double limit = Gbt9704.pt(Gbt9704.BODY_BOTTOM + Gbt9704.AREA_TOLERANCE);
        for (TextLine l : g.content()) {
            if (l.baseline() > limit) {
                out.error(Rule.TYPE_AREA_BOTTOM, g.page().number(), "text \"" + Excerpt.of(l) + "\" with baseline "
                        + fmt(Gbt9704.mm(l.baseline())) + " mm from the top", "inside the 版心: baseline ≤ 263 mm");
            }
        }
    }
}
