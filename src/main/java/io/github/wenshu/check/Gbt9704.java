package io.github.wenshu.check;

/**
 * The numbers the checks hold a PDF to, each from {@code shared/spec/GBT9704.md} (clauses of GB/T 9704-2012).
 * Lengths in millimetres unless the name says pt. Kept here, apart from the exporters' {@code Style}, so the
 * judge does not share the exporters' mistakes.
 */
final class Gbt9704 {
    /** §5.1: A4. */
    static final double PAGE_WIDTH = 210;
    static final double PAGE_HEIGHT = 297;
    /** §6.3: trimmed size ± 2 mm. */
    static final double PAGE_TOLERANCE = 2;
    /** §5.2.1: 天头, 订口, 版心. */
    static final double TOP = 37;
    static final double BINDING = 28;
    /** The outer margin, which is the left margin of even pages when margins are mirrored: 210 − 28 − 156. */
    static final double OUTER = 26;
    static final double BODY_WIDTH = 156;
    static final double BODY_HEIGHT = 225;
    static final double BODY_BOTTOM = TOP + BODY_HEIGHT;
    /** §6.1: 版心 skew and size within 1 mm. */
    static final double AREA_TOLERANCE = 1;
    /** §5.2.3. */
    static final int LINES = 22;
    static final int CHARS = 28;
    /** Model A (grid) pitch: 225 mm / 22 = 28.99 pt; model B (glyph edge) 29.61 pt (spec §1). */
    static final double PITCH_A_PT = Units.mmToPt(BODY_HEIGHT / LINES);
    static final double PITCH_B_PT = 29.61;
    /** Pitches in use that still fit 22 lines in the 版心 give or take 4 mm (28.5 pt … 29.7 pt). */
    static final double PITCH_MIN_PT = 28.45;
    static final double PITCH_MAX_PT = 29.75;
    /** §3.1: one 字 of the body grid, 156 mm / 28. */
    static final double CHAR_PT = Units.mmToPt(BODY_WIDTH / CHARS);
    /** §5.2.2 三号, §7.3.1 二号, §7.5 and §7.4 四号, in pt. */
    static final double BODY_SIZE_PT = 16;
    static final double TITLE_SIZE_PT = 22;
    static final double SMALL_SIZE_PT = 14;
    static final double SIZE_TOLERANCE_PT = 0.3;
    /** §7.5: the page number's 一字线 7 mm below the 版心. */
    static final double PAGE_NUMBER_DASH_BELOW = 7;
    /** §7.2.4: top of the 发文机关标志 35 mm below the 版心 top. */
    static final double MARK_TOP = 35;
    /** §7.2.7: red rule 4 mm below the 发文字号. §10.1: letter-format double lines 170 mm. */
    static final double RULE_BELOW_NUMBER = 4;
    static final double LETTER_RULE_WIDTH = 170;
    /** Share of the em above the baseline in CJK fonts (ideographic em box: 0.88 up, 0.12 down). */
    static final double CJK_ASCENT = 0.88;
    static final double CJK_DESCENT = 0.12;

    private Gbt9704() {
    }

    static double mm(double pt) {
        return Units.ptToMm(pt);
    }

    static double pt(double mm) {
        return Units.mmToPt(mm);
    }

    static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    static String fmt2(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
