package io.github.wenshu.check;

import static io.github.wenshu.check.Gbt9704.fmt;

import java.util.regex.Pattern;

/**
 * §7.3.5.4 the form of dates (Arabic numerals, no leading zeros) and §7.3.5 the 署名/成文日期 arrangement. The
 * 成文日期 is the last body line that is only a date; the 署名 is the line one pitch above it. Either arrangement
 * passes: with a seal (§7.3.5.1) the date is 右空四字 and the 署名 centred on it; without (§7.3.5.2) the 署名 is
 * 右空二字 and the date starts 2 字 further right (or, for a long date, the date is 右空二字 and the 署名 moves left).
 */
final class SignatureDateCheck implements Check {
    private static final Pattern DATE = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日$");
    private static final Pattern ANY_DATE = Pattern.compile(
            "[0-9〇零一二三四五六七八九○Ｏ０-９]{4}年[0-9一二三四五六七八九十０-９]{1,3}月[0-9一二三四五六七八九十０-９]{1,3}日");
    private static final Pattern ARABIC_NO_ZEROS = Pattern.compile("\\d{4}年[1-9]\\d?月[1-9]\\d?日");
    private static final double TOLERANCE_CHARS = 0.5;

    @Override
    public void run(CheckContext ctx, Findings out) {
        TextLine date = null;
        TextLine above = null;
        PageGeometry datePage = null;
        for (PageGeometry g : ctx.pages()) {
            for (int i = 0; i < g.content().size(); i++) {
                TextLine l = g.content().get(i);
                checkForm(g.page().number(), l, out);
                if (ctx.isBody(l) && DATE.matcher(l.compact()).matches()) {
                    date = l;
                    above = i > 0 ? g.content().get(i - 1) : null;
                    datePage = g;
                }
            }
        }
        out.notApplicable(Rule.DATE_FORM, "no dates");
        if (date == null || above == null || date.baseline() - above.baseline() > 1.5 * Gbt9704.PITCH_A_PT) {
            out.notApplicable(Rule.SIGNATURE_DATE, "no 成文日期 line with a 署名 directly above");
            return;
        }
        checkAlignment(ctx, datePage, above, date, out);
    }

    private void checkForm(int page, TextLine l, Findings out) {
        var m = ANY_DATE.matcher(l.compact());
        while (m.find()) {
            out.checked(Rule.DATE_FORM);
            if (!ARABIC_NO_ZEROS.matcher(m.group()).matches()) {
                out.error(Rule.DATE_FORM, page, "date \"" + m.group() + "\"",
                        "Arabic numerals, year in full, no leading zeros: 2025年3月5日");
            }
        }
    }

    private void checkAlignment(CheckContext ctx, PageGeometry g, TextLine sig, TextLine date, Findings out) {
        int page = g.page().number();
        double ch = ctx.charPt();
        String measured = "";
        out.checked(Rule.SIGNATURE_DATE);
        for (double left : ctx.areaLefts(g)) {
            double right = left + ctx.areaWidth(g);
            double sigRight = (right - sig.right()) / ch;
            double dateRight = (right - date.right()) / ch;
            double startShift = (date.left() - sig.left()) / ch;
            double centreShift = (sig.centre() - date.centre()) / ch;
            boolean withoutSeal = near(startShift, 2) && (near(sigRight, 2) || near(dateRight, 2));
            boolean withSeal = near(dateRight, 4) && near(centreShift, 0);
            if (withoutSeal || withSeal) {
                return;
            }
            measured = "署名 \"" + Excerpt.of(sig) + "\" 右空" + fmt(sigRight) + "字, date 右空" + fmt(dateRight)
                    + "字, date starts " + fmt(startShift) + "字 right of the 署名";
        }
        out.error(Rule.SIGNATURE_DATE, page, measured,
                "with seal: date 右空四字, 署名 centred on it; without: 署名 右空二字, date starts 2字 right of it");
    }

    private static boolean near(double chars, double expected) {
        return Math.abs(chars - expected) <= TOLERANCE_CHARS;
    }
}
