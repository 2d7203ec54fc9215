package io.github.wenshu.export.docx;

import io.github.wenshu.model.Heading;
import io.github.wenshu.style.ChineseNumerals;
import io.github.wenshu.style.Style;

/**
 * Counts headings per level and gives each its label: the author's literal number when there is one (the
 * counter follows it, so "三、" then an unnumbered heading gives "四、"), else {@link Style#headingNumber}.
 * A heading resets the counters of the levels below it. One instance per body or attachment.
 *
 * <pre>{@code
 * HeadingNumbers n = new HeadingNumbers(style);
 * n.label(Heading.of(1, null, "总体情况"));   // "一、"
 * n.label(Heading.of(2, null, "亮点"));       // "（一）"
 * }</pre>
 */
final class HeadingNumbers {

    private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("[\\s（）()、.．。]");

    private final Style style;
    private final int[] counters = new int[Heading.MAX_LEVEL + 1];

    HeadingNumbers(Style style) {
        this.style = style;
    }

    String label(Heading h) {
        int level = h.level();
        for (int deeper = level + 1; deeper <= Heading.MAX_LEVEL; deeper++) {
            counters[deeper] = 0;
        }
        if (h.number() != null) {
            int n = valueOf(h.number());
            counters[level] = n > 0 ? n : counters[level] + 1;
            return h.number();
        }
        counters[level]++;
        return style.headingNumber(level, counters[level]);
    }

    /** Whether every heading among {@code blocks} carries no number or the one the style generates in turn. */
    static boolean followsSequence(java.util.List<io.github.wenshu.model.Block> blocks, Style style) {
        HeadingNumbers generated = new HeadingNumbers(style);
        for (io.github.wenshu.model.Block b : blocks) {
            if (b instanceof Heading h) {
                String expected = generated.label(new Heading(h.level(), null, h.text(), h.runIn()));
                if (h.number() != null && !h.number().strip().equals(expected)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The number inside a label such as "（十二）", "3." or "一、"; -1 when there is none. */
    static int valueOf(String label) {
        String core = PUNCTUATION.matcher(label).replaceAll("");
        if (core.isEmpty()) {
            return -1;
        }
        if (core.chars().allMatch(Character::isDigit)) {
            try {
                return Integer.parseInt(core);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return ChineseNumerals.parse(core);
    }
}
