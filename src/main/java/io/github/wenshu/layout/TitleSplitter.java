package io.github.wenshu.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long title into lines that form a 梯形 (each line longer than the one above, or each shorter) or a
 * 菱形 (longer towards the middle), never equal lines and never an hourglass, breaking where a word ends:
 * after "的", after an organ ("局", "府", "委"…), before "关于", never inside a Latin word or number.
 *
 * <pre>{@code
 * List<Integer> starts = TitleSplitter.split(glyphs, 442f, 22f);   // [0, 9]: "深圳市宝安区司法局" / "2024年…报告"
 * }</pre>
 */
public final class TitleSplitter {

    private static final String GOOD_AFTER = "的局府委会厅院部办处署室";
    private static final int MAX_LINES = 5;

    private TitleSplitter() {
    }

    /** The start index of each line; one line when the title fits. */
    public static List<Integer> split(Glyphs g, float maxWidth, float em) {
        int n = g.size();
        float total = g.width(0, n);
        if (total <= maxWidth + 0.01f || n < 2) {
            return List.of(0);
        }
        boolean[] ok = BreakRules.opportunities(g);
        int minLines = (int) Math.ceil(total / maxWidth);
        for (int k = Math.max(2, minLines); k <= Math.max(MAX_LINES, minLines); k++) {
            Search search = new Search(g, ok, maxWidth, em, k);
            search.run(1, 0, new int[k]);
            if (search.best != null) {
                List<Integer> starts = new ArrayList<>();
                for (int s : search.best) {
                    starts.add(s);
                }
                return starts;
            }
        }
        return greedy(g, ok, maxWidth);
    }

    private static List<Integer> greedy(Glyphs g, boolean[] ok, float maxWidth) {
        LineSet lines = LineBreaker.INSTANCE.breakLines(g, new Measure(maxWidth, 0, 0, Align.CENTER));
        List<Integer> starts = new ArrayList<>();
        for (int l = 0; l < lines.count(); l++) {
            starts.add(lines.start(l));
        }
        return starts;
    }

    private static final class Search {
        final Glyphs g;
        final boolean[] ok;
        final float max;
        final float em;
        final int k;
        int[] best;
        float bestScore = Float.MAX_VALUE;

        Search(Glyphs g, boolean[] ok, float max, float em, int k) {
            this.g = g;
            this.ok = ok;
            this.max = max;
            this.em = em;
            this.k = k;
        }

        void run(int line, int from, int[] starts) {
            int n = g.size();
            if (line == k) {
                if (g.width(from, n) <= max + 0.01f) {
                    consider(starts);
                }
                return;
            }
            for (int b = from + 1; b < n; b++) {
                if (g.width(from, b) > max + 0.01f) {
                    break;
                }
                if (ok[b]) {
                    starts[line] = b;
                    run(line + 1, b, starts);
                }
            }
        }

        void consider(int[] starts) {
            int n = g.size();
            float[] len = new float[k];
            float score = 0;
            for (int l = 0; l < k; l++) {
                int end = l + 1 < k ? starts[l + 1] : n;
                len[l] = g.width(starts[l], end) / em;
                if (l > 0) {
                    score += breakCost(starts[l]);
                }
            }
            float shape = TitleShape.cost(len);
            if (shape < 0) {
                return;
            }
            score += shape;
            if (score < bestScore) {
                bestScore = score;
                best = starts.clone();
            }
        }

        float breakCost(int b) {
            int before = g.codePoint(b - 1);
            int after = g.codePoint(b);
            if (before == '关' && after == '于') {
                return 30;
            }
            if (after == '的' || after == '关') {
                return after == '关' ? 0 : 12;
            }
            if (GOOD_AFTER.indexOf(before) >= 0 || CharClass.isSpace(before)) {
                return 0;
            }
            if (before == '于' || before == '年' || CharClass.isClosing(before)) {
                return 1;
            }
            return 6;
        }
    }
}
