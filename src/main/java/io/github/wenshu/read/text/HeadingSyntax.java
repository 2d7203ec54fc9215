package io.github.wenshu.read.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The four official heading numbers at the start of a line — 一、 / （一） / 1. or 1． / （1） — with
 * half-width brackets accepted, and the split of a run-in heading at the end of its first sentence.
 *
 * <pre>{@code
 * HeadingSyntax.match("(二)健全政府机构职能", true);   // level 2, number "（二）", rest "健全政府机构职能"
 * }</pre>
 */
public final class HeadingSyntax {

    /** A heading sentence (or a heading line without a sentence end) longer than this is a paragraph. */
    static final int MAX_SENTENCE = 60;
    static final int MAX_HEADING = 100;

    private static final String CN = "[一二三四五六七八九十百零〇]+";
    private static final Pattern L1 = Pattern.compile("^(" + CN + ")([、．.])\\s*");
    private static final Pattern L2 = Pattern.compile("^[（(](" + CN + ")[）)]\\s*");
    private static final Pattern L3 = Pattern.compile("^([0-9]{1,3})([.．、])(?![0-9])\\s*");
    private static final Pattern L4 = Pattern.compile("^[（(]([0-9]{1,3})[）)]\\s*");

    /** A numbered line: its level, the number as it will be kept, and the text after it. */
    public record Match(int level, String number, String rest) {
    }

    /** A heading split into its sentence and the run-in text after it (empty when not run in). */
    public record Split(String heading, String runIn) {
    }

    private HeadingSyntax() {
    }

    /**
     * The heading number at the start of {@code line}, if any. With {@code fullWidth}, bracketed numbers
     * are kept with full-width brackets ("（二）"); otherwise as written.
     */
    public static Optional<Match> match(String line, boolean fullWidth) {
        String s = TextDates.asciiDigits(line);
        Matcher m = L1.matcher(s);
        if (m.find()) {
            return Optional.of(new Match(1, line.substring(0, m.end(2)), line.substring(m.end())));
        }
        m = L2.matcher(s);
        if (m.find()) {
            return Optional.of(new Match(2, bracketed(line, m, fullWidth), line.substring(m.end())));
        }
        m = L4.matcher(s);
        if (m.find()) {
            return Optional.of(new Match(4, bracketed(line, m, fullWidth), line.substring(m.end())));
        }
        m = L3.matcher(s);
        if (m.find()) {
            return Optional.of(new Match(3, line.substring(0, m.end(2)), line.substring(m.end())));
        }
        return Optional.empty();
    }

    private static String bracketed(String line, Matcher m, boolean fullWidth) {
        String literal = line.substring(0, m.end()).strip();
        return fullWidth ? "（" + literal.substring(1, literal.length() - 1) + "）" : literal;
    }

    /**
     * Splits after the first "。" outside brackets and quotes when text follows it; {@code empty} when the
     * text is too long to be a heading.
     */
    public static Optional<Split> split(String rest) {
        int depth = 0;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if ("（(“‘《「【".indexOf(c) >= 0) {
                depth++;
            } else if ("）)”’》」】".indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (c == '。' && depth == 0) {
                String after = rest.substring(i + 1).strip();
                if (i + 1 > MAX_SENTENCE) {
                    return Optional.empty();
                }
                return Optional.of(new Split(rest.substring(0, i + 1), after));
            }
        }
        return rest.length() > MAX_HEADING ? Optional.empty() : Optional.of(new Split(rest, ""));
    }
}
