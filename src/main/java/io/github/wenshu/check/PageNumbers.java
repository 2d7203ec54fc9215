package io.github.wenshu.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises page-number lines: digits with optional dashes around them ("— 3 —", "-3-", "3"). */
final class PageNumbers {
    private static final String DASHES = "\\-‐‑‒–—―─━－﹣−~～";
    private static final Pattern FORM = Pattern.compile(
            "^\\s*([" + DASHES + "]*)\\s*(\\d{1,4})\\s*([" + DASHES + "]*)\\s*$");
    /** 一字线: the em dash, and the horizontal bar and box-drawing line that some fonts use for it. */
    private static final String ONE_CHAR_DASH = "[—―─]";

    private PageNumbers() {
    }

    static boolean looksLike(TextLine line) {
        return FORM.matcher(line.text()).matches();
    }

    /** The number shown, or -1. */
    static int value(TextLine line) {
        Matcher m = FORM.matcher(line.text());
        return m.matches() ? Integer.parseInt(m.group(2)) : -1;
    }

    /** True for "— N —": one 一字线 on each side. */
    static boolean wellFormed(TextLine line) {
        Matcher m = FORM.matcher(line.text());
        return m.matches() && m.group(1).matches(ONE_CHAR_DASH) && m.group(3).matches(ONE_CHAR_DASH);
    }
}
