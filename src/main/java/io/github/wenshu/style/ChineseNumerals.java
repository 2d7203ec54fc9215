package io.github.wenshu.style;

/**
 * Chinese numerals as used in heading numbers: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五.
 *
 * <pre>{@code
 * String s = ChineseNumerals.of(14);   // "十四"
 * int n = ChineseNumerals.parse("十四"); // 14
 * }</pre>
 */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** Writes 1 to 9999 in Chinese numerals. */
    public static String of(int n) {
        if (n < 1 || n > 9999) {
            throw new IllegalArgumentException("Chinese numerals are written for 1 to 9999, not " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        }
        String[] units = {"", "十", "百", "千"};
        StringBuilder sb = new StringBuilder();
        String digits = Integer.toString(n);
        boolean pendingZero = false;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            int unit = digits.length() - 1 - i;
            if (d == 0) {
                pendingZero = sb.length() > 0;
                continue;
            }
            if (pendingZero) {
                sb.append('零');
                pendingZero = false;
            }
            sb.append(DIGITS.charAt(d)).append(units[unit]);
        }
        return sb.toString();
    }

    /**
     * Reads Chinese numerals ("十四", "二十", "一百零五", also "〇" and "两"); returns -1 when the text is not one.
     */
    public static int parse(String text) {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        int total = 0;
        int current = 0;
        boolean any = false;
        for (char c : text.toCharArray()) {
            int d = c == '〇' ? 0 : c == '两' ? 2 : DIGITS.indexOf(c);
            if (d >= 0) {
                current = d;
                any = true;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            total += (current == 0 && unit == 10 && !any ? 1 : current) * unit;
            current = 0;
            any = true;
        }
        return total + current;
    }
}
