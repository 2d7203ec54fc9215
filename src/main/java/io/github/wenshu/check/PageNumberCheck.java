package io.github.wenshu.check;

import static io.github.wenshu.check.Gbt9704.fmt;

/**
 * §7.5 page numbers: "— N —" in 4号, the 一字线 7 mm below the 版心, odd pages right with 右空一字, even pages left
 * with 左空一字, numbers following the pages. "一字" is 14 pt or one body-grid 字 (15.79 pt): spec §3.3 leaves it
 * open, so both pass. Pages without a number are allowed when blank, first (信函格式), or the 版记 page after a
 * blank page.
 */
final class PageNumberCheck implements Check {
    /** Height of a dash's middle above the baseline, as a share of the size (em dashes sit near the math axis). */
    private static final double DASH_RAISE = 0.3;
    private static final double DASH_TOLERANCE_MM = 1.5;

    @Override
    public void run(CheckContext ctx, Findings out) {
        boolean any = ctx.pages().stream().anyMatch(g -> g.pageNumber() != null);
        if (!any) {
            out.notApplicable(Rule.PAGE_NUMBER_FORM, "no page numbers");
            out.notApplicable(Rule.PAGE_NUMBER_SIZE, "no page numbers");
            out.notApplicable(Rule.PAGE_NUMBER_POSITION, "no page numbers");
            out.notApplicable(Rule.PAGE_NUMBER_SIDE, "no page numbers");
            out.notApplicable(Rule.PAGE_NUMBER_SEQUENCE, "no page numbers");
            return;
        }
        int offset = Integer.MIN_VALUE;
        for (PageGeometry g : ctx.pages()) {
            int page = g.page().number();
            TextLine n = g.pageNumber();
            if (n == null) {
                checkMissing(ctx, g, out);
                continue;
            }
            checkForm(page, n, out);
            checkVertical(page, n, out);
            checkSide(ctx, g, n, out);
            out.checked(Rule.PAGE_NUMBER_SEQUENCE);
            int value = PageNumbers.value(n);
            if (offset == Integer.MIN_VALUE) {
                offset = value - page;
            } else if (value - page != offset) {
                out.error(Rule.PAGE_NUMBER_SEQUENCE, page, "page shows number " + value,
                        (page + offset) + " (following the previous numbers)");
            }
        }
    }

    private void checkMissing(CheckContext ctx, PageGeometry g, Findings out) {
        int page = g.page().number();
        boolean blank = g.content().isEmpty();
        boolean afterBlank = page > 1 && ctx.pages().get(page - 2).content().isEmpty();
        if (!blank && page != 1 && !afterBlank) {
            out.error(Rule.PAGE_NUMBER_SEQUENCE, page, "no page number", "a page number like the other pages'");
        }
    }

    private void checkForm(int page, TextLine n, Findings out) {
        out.checked(Rule.PAGE_NUMBER_FORM);
        out.checked(Rule.PAGE_NUMBER_SIZE);
        if (!PageNumbers.wellFormed(n)) {
            out.error(Rule.PAGE_NUMBER_FORM, page, "\"" + n.text().strip() + "\"", "\"— " + PageNumbers.value(n)
                    + " —\" with 一字线 (U+2014) on each side");
        }
        if (Math.abs(n.size() - Gbt9704.SMALL_SIZE_PT) > Gbt9704.SIZE_TOLERANCE_PT) {
            out.error(Rule.PAGE_NUMBER_SIZE, page, fmt(n.size()) + " pt", "14 pt (4号)");
        }
    }

    private void checkVertical(int page, TextLine n, Findings out) {
        out.checked(Rule.PAGE_NUMBER_POSITION);
        double dash = Gbt9704.mm(n.baseline() - DASH_RAISE * n.size());
        double expected = Gbt9704.BODY_BOTTOM + Gbt9704.PAGE_NUMBER_DASH_BELOW;
        if (Math.abs(dash - expected) > DASH_TOLERANCE_MM) {
            out.error(Rule.PAGE_NUMBER_POSITION, page, "dash line " + fmt(dash) + " mm from the top ("
                    + fmt(dash - Gbt9704.BODY_BOTTOM) + " mm below the 版心)", "269 ± 1.5 mm (7 mm below the 版心)");
        }
    }

    private void checkSide(CheckContext ctx, PageGeometry g, TextLine n, Findings out) {
        int page = g.page().number();
        out.checked(Rule.PAGE_NUMBER_SIDE);
        double centre = g.page().width() / 2;
        boolean right = n.centre() > centre + Gbt9704.pt(10);
        boolean left = n.centre() < centre - Gbt9704.pt(10);
        boolean odd = g.page().isOdd();
        if (odd && !right || !odd && !left) {
            String side = right ? "right" : left ? "left" : "centre";
            out.error(Rule.PAGE_NUMBER_SIDE, page, "number on the " + side + " of " + (odd ? "an odd" : "an even")
                    + " page", odd ? "right, 右空一字" : "left, 左空一字");
            return;
        }
        double min = Gbt9704.mm(Gbt9704.SMALL_SIZE_PT) - Gbt9704.AREA_TOLERANCE;
        double max = Gbt9704.mm(Gbt9704.CHAR_PT) + Gbt9704.AREA_TOLERANCE;
        double best = Double.NaN;
        for (double areaLeft : ctx.areaLefts(g)) {
            double areaRight = areaLeft + ctx.areaWidth(g);
            double inset = Gbt9704.mm(odd ? areaRight - n.right() : n.left() - areaLeft);
            if (inset >= min && inset <= max) {
                return;
            }
            best = Double.isNaN(best) || Math.abs(inset - 5) < Math.abs(best - 5) ? inset : best;
        }
        out.error(Rule.PAGE_NUMBER_SIDE, page, (odd ? "right" : "left") + " inset " + fmt(best) + " mm",
                "one 字: " + fmt(min) + "–" + fmt(max) + " mm from the 版心 " + (odd ? "right" : "left") + " edge");
    }
}
