package io.github.wenshu.read.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link TextLine}s: any line ending, a form feed as a page-break line of its own, leading
 * layout removed (spaces, U+3000, U+00A0, tabs), lines of only rule characters ("———", "----") treated as
 * blank, zero-width spaces and byte-order marks (copy-and-paste debris) removed, and half-width punctuation next to
 * Chinese made full-width when asked.
 *
 * <pre>{@code
 * List<TextLine> lines = TextLines.split("　　正文,内容\n", true);   // text "正文，内容"
 * }</pre>
 */
public final class TextLines {

    private TextLines() {
    }

    public static List<TextLine> split(String text, boolean fullWidth) {
        List<TextLine> out = new ArrayList<>();
        String[] raw = text.split("\r\n|\r|\n", -1);
        for (int n = 0; n < raw.length; n++) {
            String[] pages = raw[n].split("\f", -1);
            for (int p = 0; p < pages.length; p++) {
                if (p > 0) {
                    out.add(new TextLine(n + 1, 1, "", true));
                }
                out.add(line(n + 1, pages[p], fullWidth));
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static TextLine line(int number, String raw, boolean fullWidth) {
        int start = 0;
        while (start < raw.length() && TextLine.isLayout(raw.charAt(start))) {
            start++;
        }
        String t = raw.substring(start).stripTrailing();
        int end = t.length();
        while (end > 0 && TextLine.isLayout(t.charAt(end - 1))) {
            end--;
        }
        t = t.substring(0, end);
        if (t.indexOf('\u200B') >= 0 || t.indexOf('\uFEFF') >= 0) {
            t = t.replace("\u200B", "").replace("\uFEFF", "");
        }
        if (t.matches("[-—─━_=＝－]{3,}")) {
            t = "";
        }
        return new TextLine(number, start + 1, fullWidth ? Punctuation.fullWidth(t) : t, false);
    }
}
