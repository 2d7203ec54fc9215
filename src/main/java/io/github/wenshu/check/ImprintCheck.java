package io.github.wenshu.check;

import static io.github.wenshu.check.Gbt9704.fmt;

import java.util.List;

/**
 * §7.4 the 版记: its lines (抄送, 印发) must be on the document's last page, an even page (spec §3.3); its text is
 * 4号 (§7.4.2, §7.4.3); its separator lines are as wide as the 版心 and the last one lies on the 版心 bottom edge
 * (§7.4.1).
 */
final class ImprintCheck implements Check {
    private static final double BOTTOM_TOLERANCE_MM = 1.5;

    @Override
    public void run(CheckContext ctx, Findings out) {
        PageGeometry page = null;
        List<TextLine> lines = List.of();
        for (PageGeometry g : ctx.pages()) {
            List<TextLine> found = g.content().stream().filter(ImprintCheck::isImprint).toList();
            if (!found.isEmpty()) {
                page = g;
                lines = found;
            }
        }
        if (page == null) {
            out.notApplicable(Rule.IMPRINT_EVEN_PAGE, "no 版记 (抄送 / 印发 lines)");
            out.notApplicable(Rule.IMPRINT_SIZE, "no 版记");
            out.notApplicable(Rule.IMPRINT_LINES, "no 版记");
            return;
        }
        int n = page.page().number();
        out.checked(Rule.IMPRINT_EVEN_PAGE);
        if (n != ctx.pageCount()) {
            out.error(Rule.IMPRINT_EVEN_PAGE, n, "版记 on page " + n + " of " + ctx.pageCount(), "on the last page");
        }
        if (n % 2 != 0) {
            out.error(Rule.IMPRINT_EVEN_PAGE, n, "版记 on odd page " + n, "an even page");
        }
        out.checked(Rule.IMPRINT_SIZE);
        for (TextLine l : lines) {
            if (Math.abs(l.size() - Gbt9704.SMALL_SIZE_PT) > Gbt9704.SIZE_TOLERANCE_PT) {
                out.error(Rule.IMPRINT_SIZE, n, "\"" + Excerpt.of(l) + "\" at " + fmt(l.size()) + " pt", "14 pt (4号)");
            }
        }
        checkLines(page, lines, out);
    }

    static boolean isImprint(TextLine l) {
        String t = l.compact();
        return t.startsWith("抄送") || t.startsWith("主送：") && t.endsWith("。")
                || t.contains("印发") && t.matches(".*\\d{4}年\\d{1,2}月\\d{1,2}日印发$");
    }

    private void checkLines(PageGeometry page, List<TextLine> text, Findings out) {
        int n = page.page().number();
        out.checked(Rule.IMPRINT_LINES);
        float firstText = text.get(0).baseline();
        List<Shape> rules = page.page().shapes().stream()
                .filter(s -> !Colours.isRed(s.rgb()) && Gbt9704.mm(s.width()) > 100
                        && s.y() > firstText - 2 * Gbt9704.PITCH_A_PT)
                .toList();
        if (rules.isEmpty()) {
            out.error(Rule.IMPRINT_LINES, n, "no separator lines around the 版记", "lines 156 mm wide, the last on the 版心 bottom");
            return;
        }
        for (Shape s : rules) {
            double w = Gbt9704.mm(s.width());
            if (Math.abs(w - Gbt9704.BODY_WIDTH) > Gbt9704.AREA_TOLERANCE) {
                out.error(Rule.IMPRINT_LINES, n, "版记 line " + fmt(w) + " mm wide", "156 ± 1 mm");
            }
        }
        Shape last = rules.stream().max((a, b) -> Float.compare(a.y(), b.y())).orElseThrow();
        double y = Gbt9704.mm(last.y());
        if (Math.abs(y - Gbt9704.BODY_BOTTOM) > BOTTOM_TOLERANCE_MM) {
            out.error(Rule.IMPRINT_LINES, n, "last 版记 line " + fmt(y) + " mm from the top",
                    "on the 版心 bottom edge: 262 ± " + fmt(BOTTOM_TOLERANCE_MM) + " mm");
        }
        Shape first = rules.stream().min((a, b) -> Float.compare(a.y(), b.y())).orElseThrow();
        if (first.y() > firstText) {
            out.error(Rule.IMPRINT_LINES, n, "no line above the first 版记 element", "a thick line above it");
        }
    }
}
