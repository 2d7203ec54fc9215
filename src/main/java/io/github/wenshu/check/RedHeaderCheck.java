package io.github.wenshu.check;

import static io.github.wenshu.check.Gbt9704.fmt;

import java.util.List;

/**
 * §7.2.4 the red 发文机关标志 (centred, its top 35 mm below the 版心 top) and §7.2.7 the red rule (156 mm,
 * centred on the 版心, 4 mm below the 发文字号). A 170 mm red line is the §10.1 信函格式 double line, whose mark
 * sits 30 mm below the paper top instead. Only page 1 is looked at; without red text there is no 版头 to check,
 * unless the first line is large and reads "×××文件": a mark that should have been red.
 */
final class RedHeaderCheck implements Check {
    private static final double TOLERANCE_MM = 1.5;

    @Override
    public void run(CheckContext ctx, Findings out) {
        if (ctx.pages().isEmpty()) {
            return;
        }
        PageGeometry g = ctx.pages().get(0);
        List<TextLine> red = g.content().stream().filter(TextLine::isRed).toList();
        List<Shape> rules = g.page().shapes().stream()
                .filter(s -> Colours.isRed(s.rgb()) && Gbt9704.mm(s.width()) > 100).toList();
        if (red.isEmpty()) {
            TextLine mark = blackMark(ctx, g);
            if (mark != null) {
                out.error(Rule.RED_MARK, 1, "发文机关标志 \"" + Excerpt.of(mark) + "\" in "
                        + Colours.hex(mark.visible().get(0).rgb()), "red");
            }
            out.notApplicable(Rule.RED_MARK, "no red text on page 1");
            out.notApplicable(Rule.RED_RULE, "no red 发文机关标志 on page 1");
            return;
        }
        Shape rule = rules.stream().min((a, b) -> Float.compare(a.y(), b.y())).orElse(null);
        boolean letter = rule != null && Math.abs(Gbt9704.mm(rule.width()) - Gbt9704.LETTER_RULE_WIDTH) <= 3;
        double areaLeft = ctx.nominalLeft(1);
        double centre = letter ? g.page().width() / 2 : areaLeft + Gbt9704.pt(Gbt9704.BODY_WIDTH) / 2;
        checkMark(red.get(0), red, centre, letter, out);
        checkRule(g, rule, centre, letter, out);
    }

    /** A first line larger than the body that reads "×××文件": a 发文机关标志 that is not red. */
    private static TextLine blackMark(CheckContext ctx, PageGeometry g) {
        if (g.content().isEmpty()) {
            return null;
        }
        TextLine first = g.content().get(0);
        return first.size() > ctx.bodySize() + 2 && first.compact().endsWith("文件") ? first : null;
    }

    private void checkMark(TextLine first, List<TextLine> red, double centre, boolean letter, Findings out) {
        out.checked(Rule.RED_MARK);
        double off = Gbt9704.mm(first.centre() - centre);
        if (Math.abs(off) > TOLERANCE_MM) {
            out.error(Rule.RED_MARK, 1, "mark \"" + Excerpt.of(first) + "\" " + fmt(off) + " mm off centre",
                    "centred ± " + fmt(TOLERANCE_MM) + " mm");
        }
        double top = Gbt9704.mm(first.baseline() - Gbt9704.CJK_ASCENT * first.size());
        double expected = letter ? 30 : Gbt9704.TOP + Gbt9704.MARK_TOP;
        double tolerance = Gbt9704.AREA_TOLERANCE + Gbt9704.mm(0.1 * first.size());
        if (Math.abs(top - expected) > tolerance) {
            out.error(Rule.RED_MARK, 1, "mark top " + fmt(top) + " mm from the paper top",
                    fmt(expected) + " ± " + fmt(tolerance) + " mm" + (letter ? " (信函格式 §10.1)" : ""));
        }
    }

    private void checkRule(PageGeometry g, Shape rule, double centre, boolean letter, Findings out) {
        out.checked(Rule.RED_RULE);
        if (rule == null) {
            out.error(Rule.RED_RULE, 1, "red 发文机关标志 but no red rule", "a red line 156 mm wide under the 发文字号");
            return;
        }
        double width = Gbt9704.mm(rule.width());
        double expectedWidth = letter ? Gbt9704.LETTER_RULE_WIDTH : Gbt9704.BODY_WIDTH;
        if (Math.abs(width - expectedWidth) > Gbt9704.AREA_TOLERANCE) {
            out.error(Rule.RED_RULE, 1, "red rule " + fmt(width) + " mm wide", fmt(expectedWidth) + " ± 1 mm");
        }
        double off = Gbt9704.mm((rule.left() + rule.right()) / 2 - centre);
        if (Math.abs(off) > Gbt9704.AREA_TOLERANCE) {
            out.error(Rule.RED_RULE, 1, "red rule " + fmt(off) + " mm off centre", "centred ± 1 mm");
        }
        if (letter) {
            return;
        }
        TextLine number = g.content().stream().filter(l -> !l.isRed() && l.baseline() < rule.y())
                .reduce((a, b) -> b).orElse(null);
        if (number == null) {
            return;
        }
        double gap = Gbt9704.mm(rule.y() - number.baseline() - Gbt9704.CJK_DESCENT * number.size());
        if (Math.abs(gap - Gbt9704.RULE_BELOW_NUMBER) > TOLERANCE_MM) {
            out.error(Rule.RED_RULE, 1, "red rule " + fmt(gap) + " mm below \"" + Excerpt.of(number) + "\"",
                    "4 ± " + fmt(TOLERANCE_MM) + " mm below the 发文字号");
        }
    }
}
