package io.github.wenshu.export.pdf;

import io.github.wenshu.model.Heading;
import io.github.wenshu.style.Style;

/**
 * Counts headings per level to generate numbers ("一、", "（二）", "3.", "（4）") for headings that carry
 * none; a heading resets the counters of the levels below it.
 */
final class HeadingNumbers {

    private final Style style;
    private final int[] counters = new int[Heading.MAX_LEVEL + 1];

    HeadingNumbers(Style style) {
        this.style = style;
    }

    /** The number to print before the heading: its own, or the next generated one. */
    String next(Heading h) {
        int level = h.level();
        counters[level]++;
        for (int deeper = level + 1; deeper <= Heading.MAX_LEVEL; deeper++) {
            counters[deeper] = 0;
        }
        return h.number() != null ? h.number() : style.headingNumber(level, counters[level]);
    }

    /** Starts counting afresh, as in each attachment. */
    void reset() {
        java.util.Arrays.fill(counters, 0);
    }
}
