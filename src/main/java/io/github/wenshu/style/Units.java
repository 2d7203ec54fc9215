package io.github.wenshu.style;

/**
 * Conversions between millimetres, points and twips, and the Chinese type-size names (号).
 *
 * <pre>{@code
 * float pt = Units.mmToPt(37);           // 104.88
 * float size = Units.hao("三号");         // 16
 * }</pre>
 */
public final class Units {

    public static final double MM_PER_INCH = 25.4;
    public static final double PT_PER_INCH = 72;

    private static final String[] HAO_NAMES = {"初号", "小初", "一号", "小一", "二号", "小二", "三号", "小三", "四号",
        "小四", "五号", "小五", "六号", "小六", "七号", "八号"};
    private static final float[] HAO_POINTS = {42, 36, 26, 24, 22, 18, 16, 15, 14, 12, 10.5f, 9, 7.5f, 6.5f, 5.5f, 5};

    private Units() {
    }

    public static float mmToPt(double mm) {
        return (float) (mm / MM_PER_INCH * PT_PER_INCH);
    }

    public static double ptToMm(double pt) {
        return pt / PT_PER_INCH * MM_PER_INCH;
    }

    public static int mmToTwips(double mm) {
        return (int) Math.round(mm / MM_PER_INCH * 1440);
    }

    public static int ptToTwips(double pt) {
        return (int) Math.round(pt * 20);
    }

    /**
     * The point size of a Chinese size name as Word and WPS use it ("三号" → 16, "小四" → 12; "3号" also works).
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static float hao(String name) {
        String n = name.trim().replace("号", "").replace("0", "初").replace("1", "一").replace("2", "二")
                .replace("3", "三").replace("4", "四").replace("5", "五").replace("6", "六").replace("7", "七")
                .replace("8", "八");
        for (int i = 0; i < HAO_NAMES.length; i++) {
            if (HAO_NAMES[i].replace("号", "").equals(n)) {
                return HAO_POINTS[i];
            }
        }
        throw new IllegalArgumentException("unknown Chinese type size '" + name + "'; expected one of "
                + String.join(", ", HAO_NAMES));
    }
}
