package io.github.wenshu.layout;

/**
 * Where a line may break in Chinese text with Latin words and numbers, as GB/T 15834 and common practice
 * ask: never before a closing mark, never after an opening mark, never inside "——", "……", a Latin word,
 * a number, or a number and its unit ("2024年", "1.88亿元"); after a space, never before it.
 *
 * <pre>{@code
 * boolean[] ok = BreakRules.opportunities(glyphs);   // ok[i]: a line may start at glyph i
 * }</pre>
 */
public final class BreakRules {

    private BreakRules() {
    }

    /** For each index i, whether a line may begin at i; index 0 is always true. */
    public static boolean[] opportunities(Glyphs g) {
        int n = g.size();
        boolean[] ok = new boolean[n + 1];
        ok[0] = true;
        if (n > 0) {
            ok[n] = true;
        }
        int unitsAfterNumber = 0;
        for (int i = 1; i < n; i++) {
            int prev = g.codePoint(i - 1);
            int cur = g.codePoint(i);
            unitsAfterNumber = CharClass.isDigit(prev) ? 1 : unitsAfterNumber > 0 ? unitsAfterNumber - 1 : 0;
            ok[i] = canBreakBetween(prev, cur, unitsAfterNumber > 0);
            if (!ok[i] && unitsAfterNumber > 0 && CharClass.isNumberUnit(cur) && CharClass.isMultiplier(cur)) {
                unitsAfterNumber = 2;
            }
        }
        return ok;
    }

    static boolean canBreakBetween(int prev, int cur, boolean afterNumber) {
        if (CharClass.isSpace(cur)) {
            return false;
        }
        if (CharClass.isSpace(prev)) {
            return true;
        }
        if (CharClass.isClosing(cur) || CharClass.isOpening(prev)) {
            return false;
        }
        if (prev == cur && CharClass.isDoubledMark(cur)) {
            return false;
        }
        if (wordish(prev) && wordish(cur)) {
            return false;
        }
        return !(afterNumber && CharClass.isNumberUnit(cur));
    }

    private static boolean wordish(int cp) {
        return CharClass.isWordChar(cp) || CharClass.isWordConnector(cp);
    }
}
