package io.github.wenshu.reliability;

import io.github.wenshu.export.Warning;
import io.github.wenshu.model.Attachment;
import io.github.wenshu.model.Block;
import io.github.wenshu.model.Figure;
import io.github.wenshu.model.Heading;
import io.github.wenshu.model.Inline;
import io.github.wenshu.model.ListBlock;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "No text lost", made checkable. Whitespace is set aside on both sides. A character that XML cannot carry
 * (C0 controls other than tab and line breaks, unpaired surrogates, U+FFFE, U+FFFF) is expected as U+FFFD;
 * the exporters replace it and say so in a warning. A character named in a warning ("U+1F600 …") may be
 * missing or replaced, since it was reported; every other character must appear, in order.
 *
 * <pre>{@code
 * String lost = TextOrder.firstLoss(TextOrder.sequence(report), ReadBack.docx(bytes), result.warnings());
 * assertNull(lost);
 * }</pre>
 */
final class TextOrder {

    private static final Pattern CODE_POINT = Pattern.compile("U\\+([0-9A-F]{4,6})");

    private TextOrder() {
    }

    /** The report's texts in reading order: metadata parts, body, attachments. */
    static List<String> sequence(Report r) {
        List<String> out = new ArrayList<>();
        for (Block b : r.body()) {
            block(b, out);
        }
        for (Attachment a : r.attachments()) {
            out.add(a.title());
            for (Block b : a.blocks()) {
                block(b, out);
            }
        }
        return out;
    }

    /** Each metadata text on its own: where a part goes on the page is the layout's business. */
    static List<String> metadataParts(Metadata m) {
        List<String> out = new ArrayList<>();
        for (String s : new String[] {m.title(), m.docNumber(), m.addressees(), m.note(), m.printer()}) {
            if (s != null) {
                out.add(s);
            }
        }
        out.addAll(m.issuers());
        out.addAll(m.signatures());
        out.addAll(m.copyTo());
        out.addAll(m.attachmentNotes());
        return out;
    }

    private static void block(Block b, List<String> out) {
        if (b instanceof Heading h) {
            out.add(Inline.plainText(h.text()) + Inline.plainText(h.runIn()));
        } else if (b instanceof Paragraph p) {
            out.add(p.plainText());
        } else if (b instanceof ListBlock l) {
            for (ListBlock.ListItem item : l.items()) {
                out.add(Inline.plainText(item.text()));
                for (Block child : item.children()) {
                    block(child, out);
                }
            }
        } else if (b instanceof Table t) {
            if (t.caption() != null) {
                out.add(t.caption());
            }
            for (Table.Row row : t.rows()) {
                for (Table.Cell cell : row.cells()) {
                    out.add(cell.plainText());
                }
            }
        } else if (b instanceof Figure f && f.caption() != null) {
            out.add(f.caption());
        }
    }

    /** Code points that warnings name ("U+E000 …"). */
    static Set<Integer> reported(List<Warning> warnings) {
        Set<Integer> cps = new HashSet<>();
        for (Warning w : warnings) {
            Matcher m = CODE_POINT.matcher(w.message());
            while (m.find()) {
                cps.add(Integer.parseInt(m.group(1), 16));
            }
        }
        return cps;
    }

    /**
     * Null when the texts appear in {@code output} in order; else a description of the first character lost
     * with what surrounds it.
     */
    static String firstLoss(List<String> texts, String output, List<Warning> warnings) {
        int[] got = comparable(output);
        Set<Integer> reported = reported(warnings);
        int at = 0;
        for (String text : texts) {
            int[] want = comparable(text);
            for (int i = 0; i < want.length; i++) {
                int cp = want[i];
                int found = find(got, at, cp);
                if (found < 0 && reported.contains(cp)) {
                    int replaced = find(got, at, 0xFFFD);
                    found = replaced >= 0 && replaced < at + 4 ? replaced : at - 1;
                }
                if (found < 0) {
                    return String.format("U+%04X (#%d of \"%s\") not found after output position %d; output there: \"%s\"",
                            cp, i, escape(text), at, escape(new String(got, Math.max(0, at - 10),
                                    Math.min(40, got.length - Math.max(0, at - 10)))));
                }
                at = found + 1;
            }
        }
        return null;
    }

    private static int find(int[] got, int from, int cp) {
        for (int j = from; j < got.length; j++) {
            if (got[j] == cp) {
                return j;
            }
        }
        return -1;
    }

    /** Code points without whitespace; what XML cannot carry becomes U+FFFD. */
    static int[] comparable(String s) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean lone = cp >= 0xD800 && cp <= 0xDFFF;
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                continue;
            }
            out.add(lone || !xmlChar(cp) ? 0xFFFD : cp);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    static boolean xmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || Character.getType(cp) == Character.FORMAT
                    || (cp >= 0xD800 && cp <= 0xDFFF)) {
                sb.append(String.format("\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
