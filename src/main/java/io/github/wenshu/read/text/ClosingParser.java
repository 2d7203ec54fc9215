package io.github.wenshu.read.text;

import io.github.wenshu.model.Metadata;
import io.github.wenshu.read.ReadException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the parts after the body, working upwards from the end of a range of lines: the 版记
 * (抄送：…, "… 2024年12月20日印发"), 附注 "（…）" after the date, 成文日期, the 署名 line(s) just above the
 * date, and the 附件说明 "附件：…" with its numbered lines (a name may wrap onto up to two unnumbered lines).
 *
 * <pre>{@code
 * int bodyEnd = new ClosingParser(lines, builder, "notice.txt").closing(start, end);
 * }</pre>
 */
final class ClosingParser {

    private static final Pattern COPY_TO = Pattern.compile("^抄送[：:]\\s*(.*)$");
    private static final Pattern PRINTED = Pattern.compile(
            "^(.+?)[\\s\u3000]*(" + TextDates.DATE.pattern() + ")\\s*印发$");
    private static final Pattern PRINTED_NO_DATE = Pattern.compile("^(\\S.{0,28}?)\\s*印发$");
    private static final Pattern NOTES = Pattern.compile("^附件[：:]\\s*(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^([0-9]{1,2})\\s*[.．、]\\s*(\\S.*)$");
    private static final Pattern NOTE = Pattern.compile("^[（(](.+)[）)]$");
    private static final Pattern SEAL = Pattern.compile("^(.*?)\\s*[（(](?:盖章|印章)[）)]$");
    private static final int MAX_SIGNATURE = 30;
    private static final int MAX_SIGNATURE_LINES = 4;
    private static final int MAX_CONTINUATION = 2;
    private static final int MAX_CONTINUATION_LENGTH = 40;

    private final List<TextLine> lines;
    private final Metadata.Builder meta;
    private final String source;

    ClosingParser(List<TextLine> lines, Metadata.Builder meta, String source) {
        this.lines = lines;
        this.meta = meta;
        this.source = source;
    }

    /** Takes 抄送 and 印发 lines from the end of [from, to); returns the new end. */
    int versionBlock(int from, int to) {
        int end = lastNonBlank(from, to);
        if (end < from) {
            return to;
        }
        String t = TextDates.asciiDigits(lines.get(end).text());
        Matcher printed = PRINTED.matcher(t);
        Matcher plain = PRINTED_NO_DATE.matcher(t);
        if (printed.matches()) {
            meta.printer(printed.group(1).strip()).printDate(date(end, printed.group(2)));
            to = end;
        } else if (plain.matches() && !HeaderParser.hasSentencePunctuation(plain.group(1))
                && COPY_TO.matcher(lines.get(Math.max(from, lastNonBlank(from, end))).text()).matches()) {
            meta.printer(plain.group(1).strip());
            to = end;
        }
        int last = lastNonBlank(from, to);
        for (int j = last; j >= from && j > last - 4; j--) {
            if (lines.get(j).isBlank()) {
                break;
            }
            Matcher cc = COPY_TO.matcher(lines.get(j).text());
            if (cc.matches()) {
                StringBuilder all = new StringBuilder(cc.group(1));
                for (int k = j + 1; k <= last; k++) {
                    all.append(lines.get(k).text());
                }
                meta.copyTo(organs(all.toString()));
                return j;
            }
        }
        return to;
    }

    /** Takes 附注, 成文日期, 署名 and 附件说明 from the end of [from, to); returns where the body ends. */
    int closing(int from, int to) {
        int j = lastNonBlank(from, to);
        if (j < from) {
            return to;
        }
        String note = null;
        Matcher n = NOTE.matcher(lines.get(j).text());
        int dateLine = j;
        if (n.matches()) {
            dateLine = lastNonBlank(from, j);
            note = n.group(1);
        }
        if (dateLine < from || !TextDates.looksLikeDate(lines.get(dateLine).text())) {
            return attachmentNotes(from, to);
        }
        meta.date(date(dateLine, lines.get(dateLine).text()));
        if (note != null) {
            meta.note(note);
        }
        int top = dateLine;
        while (top - 1 >= from && dateLine - top < MAX_SIGNATURE_LINES && isSignature(lines.get(top - 1).text())) {
            top--;
        }
        List<String> signatures = new ArrayList<>();
        for (int k = top; k < dateLine; k++) {
            Matcher seal = SEAL.matcher(lines.get(k).text());
            if (seal.matches()) {
                meta.sealed(true);
                if (!seal.group(1).isBlank()) {
                    signatures.add(seal.group(1).strip());
                }
            } else {
                signatures.add(lines.get(k).text());
            }
        }
        meta.signatures(signatures);
        return attachmentNotes(from, top);
    }

    private int attachmentNotes(int from, int to) {
        List<Integer> numbers = new ArrayList<>();
        List<String> items = new ArrayList<>();
        List<String> continued = new ArrayList<>();
        int j = lastNonBlank(from, to);
        Matcher notes = null;
        for (; j >= from; j--) {
            TextLine line = lines.get(j);
            if (line.isBlank()) {
                if (!continued.isEmpty()) {
                    return to;
                }
                continue;
            }
            if (line.pageBreak()) {
                return to;
            }
            notes = NOTES.matcher(line.text());
            if (notes.matches()) {
                break;
            }
            Matcher item = NUMBERED.matcher(line.text());
            if (item.matches()) {
                numbers.add(0, Integer.parseInt(item.group(1)));
                items.add(0, join(item.group(2), continued));
            } else if (continued.size() < MAX_CONTINUATION && isContinuation(line.text())) {
                continued.add(0, line.text());
            } else {
                return to;
            }
        }
        if (j < from) {
            return to;
        }
        String first = notes.group(1).strip();
        Matcher firstItem = NUMBERED.matcher(TextDates.asciiDigits(first));
        if (firstItem.matches()) {
            numbers.add(0, Integer.parseInt(firstItem.group(1)));
            items.add(0, join(first.substring(first.length() - firstItem.group(2).length()), continued));
        } else if (!first.isEmpty()) {
            if (!items.isEmpty()) {
                return to;
            }
            items.add(join(first, continued));
            numbers.add(1);
        } else if (!continued.isEmpty()) {
            return to;
        }
        for (int k = 0; k < numbers.size(); k++) {
            if (numbers.get(k) != k + 1) {
                return to;
            }
        }
        if (items.isEmpty()) {
            return to;
        }
        meta.attachmentNotes(items);
        return j;
    }

    /** The name with the lines it wraps onto, which {@code continued} holds and this empties. */
    private static String join(String name, List<String> continued) {
        StringBuilder sb = new StringBuilder(name);
        for (String c : continued) {
            char last = sb.charAt(sb.length() - 1);
            if (isAsciiWordChar(last) && isAsciiWordChar(c.charAt(0))) {
                sb.append(' ');
            }
            sb.append(c);
        }
        continued.clear();
        return sb.toString();
    }

    private static boolean isAsciiWordChar(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** A wrapped part of an attachment name: short, no sentence, not a heading, table row or date. */
    private static boolean isContinuation(String t) {
        return t.length() <= MAX_CONTINUATION_LENGTH && !t.matches(".*[。；;！!？?：:]$") && !t.startsWith("附件")
                && HeadingSyntax.match(t, true).isEmpty() && !t.contains("|") && !TextDates.looksLikeDate(t);
    }

    private static boolean isSignature(String t) {
        if (SEAL.matcher(t).matches()) {
            return true;
        }
        return !t.isEmpty() && t.length() <= MAX_SIGNATURE && !HeaderParser.hasSentencePunctuation(t)
                && !t.contains("、") && HeadingSyntax.match(t, true).isEmpty() && !t.startsWith("附件")
                && !t.contains("|") && !TextDates.looksLikeDate(t) && !t.startsWith("特此");
    }

    static List<String> organs(String s) {
        String t = s.strip();
        while (t.endsWith("。") || t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String part : t.split("[，,、]")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private LocalDate date(int line, String text) {
        try {
            return TextDates.parse(text.strip()).orElseThrow();
        } catch (IllegalArgumentException e) {
            TextLine l = lines.get(line);
            throw new ReadException(source, l.number(), l.column(), null, e.getMessage()
                    + "; expected a date such as 2024年12月19日 or 二〇二四年十二月十九日");
        }
    }

    private int lastNonBlank(int from, int to) {
        int j = to - 1;
        while (j >= from && lines.get(j).isBlank()) {
            j--;
        }
        return j;
    }
}
