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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "No text lost", made checkable. Whitespace and invisible format characters ({@link #invisible}) are set
 * aside on both sides. A character named in a warning
 * ("U+1F600 …": a glyph no font has, or a control character, unpaired surrogate or noncharacter that the
 * exporter replaced by U+FFFD or "□") may be missing or replaced, since it was reported; every other
 * character must appear, in order. A metadata part that a layout does not print (the issuers of a plain
 * report, say) must be named by a warning at its location.
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

    /** Each metadata text on its own, by field: where a part goes on the page is the layout's business. */
    static Map<String, String> metadataParts(Metadata m) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "title", m.title());
        put(out, "docNumber", m.docNumber());
        put(out, "addressees", m.addressees());
        put(out, "note", m.note());
        put(out, "printer", m.printer());
        list(out, "issuers", m.issuers());
        list(out, "signatures", m.signatures());
        list(out, "copyTo", m.copyTo());
        list(out, "attachmentNotes", m.attachmentNotes());
        return out;
    }

    private static void put(Map<String, String> out, String field, String value) {
        if (value != null) {
            out.put("metadata." + field, value);
        }
    }

    private static void list(Map<String, String> out, String field, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            out.put("metadata." + field + "[" + i + "]", values.get(i));
        }
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

    /** Whether a warning is about this part ("metadata.issuers[1]") or its whole field ("metadata.issuers"). */
    static boolean namedByAWarning(String part, List<Warning> warnings) {
        String field = part.replaceAll("\\[\\d+]$", "");
        return warnings.stream().anyMatch(w -> w.location().equals(part) || w.location().equals(field));
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
        return firstLoss(texts, output, warnings, false);
    }

    /**
     * As {@link #firstLoss(List, String, List)}; with {@code pdfBox}, accents are set aside too: PDFBox's text
     * extraction turns a spacing accent ("^", "`", "¨", Unicode Sk) into a combining mark and merges combining
     * marks into the letter before, normalising it ("ú" + U+0302 reads back as "u" + "□"), so accents and
     * their base letters are compared after NFKD with every accent (Mn, Me, Sk) removed.
     */
    static String firstLoss(List<String> texts, String output, List<Warning> warnings, boolean pdfBox) {
        int[] got = comparable(output, pdfBox);
        Set<Integer> reported = reported(warnings);
        int at = 0;
        for (String text : texts) {
            StringBuilder required = new StringBuilder();
            text.codePoints().filter(cp -> !reported.contains(cp)).forEach(required::appendCodePoint);
            int[] want = comparable(required.toString(), pdfBox);
            for (int i = 0; i < want.length; i++) {
                int cp = want[i];
                int found = find(got, at, cp);
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

    /**
     * Default-ignorable format characters (Unicode category Cf: joiners, bidi controls, BOM, soft hyphen, tag
     * characters) and variation selectors carry no ink; a PDF draws nothing for them and need not keep them.
     */
    static boolean invisible(int cp) {
        return Character.getType(cp) == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** Code points without whitespace and invisible characters (and, for PDFBox, without accents). */
    static int[] comparable(String s, boolean pdfBox) {
        String text = pdfBox ? java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD) : s;
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || invisible(cp)) {
                continue;
            }
            int type = Character.getType(cp);
            if (pdfBox && (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.MODIFIER_SYMBOL)) {
                continue;
            }
            out.add(cp);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
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
