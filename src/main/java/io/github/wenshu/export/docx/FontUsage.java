package io.github.wenshu.export.docx;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The families a document names, in first-use order, and — when fonts are embedded — the code points drawn
 * in each: what the font table lists and what each embedded subset must hold. Per export; not thread-safe.
 *
 * <pre>{@code
 * FontUsage usage = new FontUsage(true);
 * usage.declare("黑体");
 * usage.draw("黑体", "一、总体情况");
 * usage.codePoints("黑体");   // [0x3001, 0x4E00, …]
 * }</pre>
 */
final class FontUsage {

    private final Map<String, BitSet> byFamily = new LinkedHashMap<>();
    private final boolean tracksCodePoints;

    FontUsage(boolean tracksCodePoints) {
        this.tracksCodePoints = tracksCodePoints;
    }

    /** Registers a family that styles or runs name, even if no character of it is drawn. */
    void declare(String family) {
        byFamily.computeIfAbsent(family, f -> new BitSet());
    }

    /** Records the characters of {@code text} as drawn by {@code family}; tabs and breaks are not glyphs. */
    void draw(String family, String text) {
        BitSet set = byFamily.computeIfAbsent(family, f -> new BitSet());
        if (!tracksCodePoints) {
            return;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp >= 0x20) {
                set.set(cp);
            }
            i += Character.charCount(cp);
        }
    }

    Set<String> families() {
        return byFamily.keySet();
    }

    /** The code points drawn in a family, ascending. */
    Set<Integer> codePoints(String family) {
        Set<Integer> out = new TreeSet<>();
        BitSet set = byFamily.get(family);
        if (set != null) {
            set.stream().forEach(out::add);
        }
        return out;
    }
}
