package io.github.wenshu.layout;

/**
 * How characters behave at a line break in Chinese text (kinsoku, 避头尾): closing marks never start a
 * line, opening marks never end one, Latin words and numbers stay whole.
 *
 * <pre>{@code
 * CharClass.isClosing('，');   // true: never at the start of a line
 * CharClass.isOpening('《');   // true: never at the end of a line
 * }</pre>
 */
public final class CharClass {

    private static final String CLOSING = "，。、；：？！）》”’」』】〉〕〗｝］"
            + ",.;:?!)]}%％‰°℃·・ー～々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";
    private static final String OPENING = "（《“‘「『【〈〔〖｛［([{";
    private static final String SQUEEZE_AFTER = "，。、；：？！）》”’」』】〉〕〗｝］";
    private static final String SQUEEZE_BEFORE = "（《“‘「『【〈〔〖｛［";
    private static final String WORD_CONNECTORS = ".,:/%-_~#?=&@+'";

    private static final byte F_CLOSING = 1;
    private static final byte F_OPENING = 2;
    private static final byte F_SQUEEZE_AFTER = 4;
    private static final byte F_SQUEEZE_BEFORE = 8;
    private static final byte F_WORD = 16;
    private static final byte F_CONNECTOR = 32;
    private static final byte[] FLAGS = flags();

    private CharClass() {
    }

    private static byte[] flags() {
        byte[] f = new byte[0x10000];
        mark(f, CLOSING, F_CLOSING);
        mark(f, OPENING, F_OPENING);
        mark(f, SQUEEZE_AFTER, F_SQUEEZE_AFTER);
        mark(f, SQUEEZE_BEFORE, F_SQUEEZE_BEFORE);
        mark(f, WORD_CONNECTORS, F_CONNECTOR);
        for (int cp = 0; cp < f.length; cp++) {
            boolean word = cp < 0x80 ? Character.isLetterOrDigit(cp)
                    : (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A)
                    || (cp >= 0xC0 && cp < 0x250 && Character.isLetter(cp));
            if (word) {
                f[cp] |= F_WORD;
            }
        }
        return f;
    }

    private static void mark(byte[] f, String chars, byte flag) {
        chars.chars().forEach(c -> f[c] |= flag);
    }

    private static boolean has(int cp, byte flag) {
        return cp < 0x10000 && cp >= 0 && (FLAGS[cp] & flag) != 0;
    }

    /** A mark that must not begin a line: closing punctuation, its half-width forms, %. */
    public static boolean isClosing(int cp) {
        return has(cp, F_CLOSING);
    }

    /** A mark that must not end a line: opening brackets and quotes. */
    public static boolean isOpening(int cp) {
        return has(cp, F_OPENING);
    }

    /** A mark that is written twice and never split: "——" and "……". */
    public static boolean isDoubledMark(int cp) {
        return cp == '—' || cp == '…' || cp == '─';
    }

    /** A letter or digit of a Latin word or number (ASCII and full-width forms). */
    public static boolean isWordChar(int cp) {
        return has(cp, F_WORD);
    }

    /** Punctuation that joins word characters inside one word: "99.88", "a-b", "https://x.cn/a?b=1". */
    public static boolean isWordConnector(int cp) {
        return has(cp, F_CONNECTOR);
    }

    public static boolean isDigit(int cp) {
        return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
    }

    public static boolean isSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0xA0;
    }

    /** A full-width mark whose blank half may be taken away to fit a line: the blank follows the ink. */
    public static boolean squeezesAfter(int cp) {
        return has(cp, F_SQUEEZE_AFTER);
    }

    /** A full-width opening mark whose blank half precedes the ink. */
    public static boolean squeezesBefore(int cp) {
        return has(cp, F_SQUEEZE_BEFORE);
    }

    /** A Chinese character that reads as a unit after a number ("2024年", "13087宗", "1.88亿"). */
    public static boolean isNumberUnit(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x20000 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** A multiplier that keeps the next character with it after a number: "1.88亿元", "3万人". */
    public static boolean isMultiplier(int cp) {
        return cp == '亿' || cp == '万' || cp == '千' || cp == '百';
    }
}
