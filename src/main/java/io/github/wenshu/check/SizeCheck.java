package io.github.wenshu.check;

import static io.github.wenshu.check.Gbt9704.fmt;

/**
 * §5.2.2 body size 三号 (the most frequent size is taken as the body size) and §7.3.1 title size 二号: non-red
 * lines larger than the body, centred on the 版心.
 */
final class SizeCheck implements Check {
    @Override
    public void run(CheckContext ctx, Findings out) {
        if (ctx.bodySize() > 0) {
            out.checked(Rule.BODY_SIZE);
            if (Math.abs(ctx.bodySize() - Gbt9704.BODY_SIZE_PT) > Gbt9704.SIZE_TOLERANCE_PT) {
                out.error(Rule.BODY_SIZE, 0, "most text is " + fmt(ctx.bodySize()) + " pt", "16 pt (三号)");
            }
        } else {
            out.notApplicable(Rule.BODY_SIZE, "no text");
        }
        for (PageGeometry g : ctx.pages()) {
            for (TextLine l : g.content()) {
                boolean larger = l.size() > ctx.bodySize() + 2;
                boolean centred = ctx.areaLefts(g).stream()
                        .anyMatch(left -> Math.abs(l.centre() - left - ctx.areaWidth(g) / 2) <= ctx.charPt());
                boolean mark = g.page().number() == 1 && l == g.content().get(0) && l.compact().endsWith("文件");
                if (!larger || !centred || l.isRed() || mark) {
                    continue;
                }
                out.checked(Rule.TITLE_SIZE);
                if (Math.abs(l.size() - Gbt9704.TITLE_SIZE_PT) > Gbt9704.SIZE_TOLERANCE_PT) {
                    out.error(Rule.TITLE_SIZE, g.page().number(), "title line \"" + Excerpt.of(l) + "\" at "
                            + fmt(l.size()) + " pt", "22 pt (二号)");
                }
            }
        }
        out.notApplicable(Rule.TITLE_SIZE, "no centred black line larger than the body text");
    }
}
