package io.github.wenshu.read.text;

/**
 * Turns half-width {@code , ; : ? ! ( )} next to Chinese text into their full-width forms, as GB/T 9704
 * text wants. A mark changes when the character before or after it is Chinese; a bracket pair changes when
 * either bracket touches Chinese or the text inside contains Chinese. {@code 1,000}, {@code 15:46} and
 * {@code f(x)} stay as they are.
 *
 * <pre>{@code
 * Punctuation.fullWidth("2024年,宝安区(试点)");   // "2024年，宝安区（试点）"
 * }</pre>
 */
public final class Punctuation {

    private Punctuation() {
    }

    public static String fullWidth(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            switch (c) {
                case ',', ';', ':', '?', '!' -> {
                    if (isChinese(at(s, i - 1)) || isChinese(at(s, i + 1))) {
                        out[i] = (char) (c + 0xFEE0);
                    }
                }
                case '(' -> {
                    int close = matching(s, i);
                    boolean chinese = isChinese(at(s, i - 1)) || isChinese(at(s, i + 1))
                            || (close > 0 && (isChinese(at(s, close + 1)) || containsChinese(s, i + 1, close)));
                    if (chinese) {
                        out[i] = '（';
                        if (close > 0) {
                            out[close] = '）';
                        }
                    }
                }
                case ')' -> {
                    if (out[i] == ')' && (isChinese(at(s, i - 1)) || isChinese(at(s, i + 1))) && !hasOpener(s, i)) {
                        out[i] = '）';
                    }
                }
                default -> { }
            }
        }
        return new String(out);
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasOpener(String s, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsChinese(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isChinese(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int at(String s, int i) {
        return i < 0 || i >= s.length() ? -1 : s.charAt(i);
    }

    /** Han characters, CJK punctuation, full-width forms and the curly quotes Chinese text uses. */
    static boolean isChinese(int c) {
        if (c < 0) {
            return false;
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                || (c >= 0x2018 && c <= 0x201D) || c == 0x2026 || c == 0x2014;
    }
}
