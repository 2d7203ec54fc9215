package io.github.wenshu.check;

import static io.github.wenshu.check.Gbt9704.fmt;

/** §5.1 paper size, with the §6.3 tolerance. */
final class PaperCheck implements Check {
    @Override
    public void run(CheckContext ctx, Findings out) {
        out.checked(Rule.PAPER_SIZE);
        for (PageLayout p : ctx.layout().pages()) {
            double w = Gbt9704.mm(p.width());
            double h = Gbt9704.mm(p.height());
            if (Math.abs(w - Gbt9704.PAGE_WIDTH) > Gbt9704.PAGE_TOLERANCE
                    || Math.abs(h - Gbt9704.PAGE_HEIGHT) > Gbt9704.PAGE_TOLERANCE) {
                out.error(Rule.PAPER_SIZE, p.number(), fmt(w) + " × " + fmt(h) + " mm", "210 × 297 mm ± 2 mm");
            }
        }
    }
}
