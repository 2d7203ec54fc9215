package io.github.wenshu.export.docx;

import io.github.wenshu.layout.Glyphs;
import io.github.wenshu.layout.TitleSplitter;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a title into the same lines the PDF sets — explicit lines kept, a line too long for the type area split
 * by {@link TitleSplitter} into a 梯形 or 菱形 — so Word and LibreOffice do not leave one character alone on a
 * last line. Lines are joined with "\n" (written as {@code w:br}).
 *
 * <pre>{@code
 * TitleLines.of(List.of("深圳市宝安区司法局2024年法治政府建设年度报告"), widths, 442.2f, 22f);
 * // "深圳市宝安区司法局\n2024年法治政府建设年度报告"
 * }</pre>
 */
final class TitleLines {

    /** The advance of a code point at the title size, in pt. */
    @FunctionalInterface
    interface Advance {
        float of(int codePoint);
    }

    private TitleLines() {
    }

    static String of(List<String> explicitLines, Advance advance, float maxWidthPt, float sizePt, float trackingPt) {
        List<String> out = new ArrayList<>();
        for (String explicit : explicitLines) {
            String line = explicit.strip();
            if (line.isEmpty()) {
                continue;
            }
            int[] cps = line.codePoints().toArray();
            Glyphs g = new Glyphs(cps.length);
            for (int cp : cps) {
                g.add(cp, advance.of(cp), sizePt, trackingPt);
            }
            List<Integer> starts = TitleSplitter.split(g, maxWidthPt, sizePt);
            for (int k = 0; k < starts.size(); k++) {
                int end = k + 1 < starts.size() ? starts.get(k + 1) : cps.length;
                out.add(new String(cps, starts.get(k), end - starts.get(k)).strip());
            }
        }
        return String.join("\n", out);
    }

    /** Full-width for East Asian wide characters, half for the rest: the advance when no face is at hand. */
    static Advance approximate(float sizePt) {
        return cp -> isWide(cp) ? sizePt : sizePt / 2;
    }

    static boolean isWide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000) || cp == 0x2014 || cp == 0x201C || cp == 0x201D;
    }
}
