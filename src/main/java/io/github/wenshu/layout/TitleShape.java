package io.github.wenshu.layout;

/**
 * Judges the outline of a multi-line title by its line lengths (in em): a 梯形 (lengths rising or falling)
 * or a 菱形 (rising then falling) is allowed; equal neighbours and hourglass shapes are not.
 */
final class TitleShape {

    private TitleShape() {
    }

    /** A cost of 0 for a well-stepped shape and more for awkward steps, or -1 when the shape is not allowed. */
    static float cost(float[] len) {
        int k = len.length;
        boolean falling = false;
        float cost = 0;
        for (int l = 1; l < k; l++) {
            float d = len[l] - len[l - 1];
            if (Math.abs(d) < 1f) {
                return -1;
            }
            if (d < 0) {
                falling = true;
            } else if (falling) {
                return -1;
            }
            float step = Math.abs(d);
            cost += Math.max(0, 2f - step) * 3 + Math.max(0, step - 8f) * 0.5f + step * 0.05f;
        }
        if (k == 2 && len[0] > len[1]) {
            cost += 1;
        }
        return cost;
    }
}
