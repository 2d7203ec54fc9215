package io.github.wenshu.export.docx;

import io.github.wenshu.model.Metadata;

import java.util.ArrayList;
import java.util.List;

/**
 * The 署名 and 成文日期 paragraphs (GB/T 9704 §7.3.5), two blank lines under the body with a seal, one without,
 * the 署名 kept with the date. Each line is anchored where the standard measures it, so that a renderer that sets the
 * text wider than we measure (LibreOffice adds about a fifth of an em between hanzi and digits, and honours no
 * {@code w:autoSpaceDE}) still keeps the relations the standard asks for:
 * <ul>
 *   <li>with a seal, each 署名 line and the date are centred on the same point, the date's centre when it is
 *       右空四字, each in a box one character wider than itself: their centres agree in every renderer, the date
 *       is 右空四字 within a quarter character, and a 署名 longer than the date does not wrap;</li>
 *   <li>without a seal, the 署名 is right-aligned 右空二字 and the date left-aligned two characters right of the
 *       署名's first character; a date too long for that is right-aligned 右空二字 and the 署名 left-aligned two
 *       characters left of the date's start.</li>
 * </ul>
 *
 * <pre>{@code
 * new SignatureParagraphs(ctx, paragraphs, runs).write(x, metadata);
 * }</pre>
 */
final class SignatureParagraphs {

    /**
     * LibreOffice's space between hanzi and Latin letters or digits, in em (measured: 3.4 pt at 16 pt; Writer inserts
     * a fifth of the font height when a paragraph's "script space" is on, which its DOCX import never turns off: it
     * reads {@code w:autoSpaceDE}/{@code w:autoSpaceDN} and drops them, whether in the document defaults, a style or
     * a paragraph, as {@code "0"} or {@code "false"}, whatever the compatibility settings — measured on 7.4).
     */
    static final double SCRIPT_GAP_EM = 0.2;

    private final DocxContext ctx;
    private final ParagraphStarter paragraphs;
    private final RunWriter runs;

    SignatureParagraphs(DocxContext ctx, ParagraphStarter paragraphs, RunWriter runs) {
        this.ctx = ctx;
        this.paragraphs = paragraphs;
        this.runs = runs;
    }

    void write(Xml x, Metadata m) {
        List<String> names = new ArrayList<>();
        m.signatures().stream().filter(s -> s != null && !s.isBlank()).forEach(names::add);
        String date = m.date() == null ? null : OfficialParts.date(m.date());
        if (names.isEmpty() && date == null) {
            return;
        }
        int before = (m.sealed() ? 2 : 1) * ctx.geometry.linePitch();
        double line = ctx.style.charsPerLine();
        double day = date == null ? 0 : chars(date, true);
        if (m.sealed()) {
            double centre = line - 4 - (date == null ? 6 : day) / 2;
            for (int i = 0; i < names.size(); i++) {
                double[] box = centredBox(centre, chars(names.get(i), true), line);
                line(x, StyleIds.SIGNATURE, names.get(i), "metadata.signatures[" + i + "]", box[0], box[1], "center",
                        i == 0 ? before : 0);
            }
            if (date != null) {
                double[] box = centredBox(centre, day, line);
                line(x, StyleIds.DATE, date, "metadata.date", box[0], box[1], "center", names.isEmpty() ? before : 0);
            }
            return;
        }
        String last = names.isEmpty() ? null : names.get(names.size() - 1);
        double sig = last == null ? 0 : chars(last, false);
        double wordDay = date == null ? 0 : chars(date, false);
        SignatureLayout layout = SignatureLayout.ofWidths(last == null ? wordDay + 2 : sig, wordDay, false);
        boolean longDate = layout.signatureRight() > 2 && last != null && date != null;
        double sigStart = longDate ? line - 2 - day - 2 : line - layout.signatureRight() - sig;
        for (int i = 0; i < names.size(); i++) {
            String loc = "metadata.signatures[" + i + "]";
            int space = i == 0 ? before : 0;
            if (longDate) {
                line(x, StyleIds.SIGNATURE, names.get(i), loc, sigStart, 0, "left", space);
            } else {
                line(x, StyleIds.SIGNATURE, names.get(i), loc, 0, layout.signatureRight(), "right", space);
            }
        }
        if (date != null) {
            if (longDate || last == null) {
                line(x, StyleIds.DATE, date, "metadata.date", 0, 2, "right", last == null ? before : 0);
            } else {
                line(x, StyleIds.DATE, date, "metadata.date", sigStart + 2, 0, "left", 0);
            }
        }
    }

    /**
     * Left and right indents, in characters, of a box centred on {@code centre} one character wider than
     * {@code width} (room for a renderer that sets the text a little wider), kept inside the line: a 署名 wider
     * than the date stays centred on it, and one too wide for that moves left, so it wraps only when longer
     * than the line.
     */
    static double[] centredBox(double centre, double width, double line) {
        double w = Math.min(width + 1, line);
        double right = Math.max(0, line - centre - w / 2);
        return new double[] {Math.max(0, line - right - w), right};
    }

    private void line(Xml x, String style, String text, String loc, double leftChars, double rightChars,
                      String align, int before) {
        int pitch = ctx.geometry.linePitch();
        paragraphs.open(x, style, px -> {
            if (before > 0) {
                px.start("spacing").attr("before", before).attr("after", 0).attr("line", pitch)
                        .attr("lineRule", "exact").end();
            }
            Props.indent(px, ctx.geometry.chars(Math.max(0, leftChars)), ctx.geometry.chars(rightChars), 0);
            px.empty("jc", "val", align);
        });
        runs.plain(x, text, RunWriter.RunFormat.in(ctx.style.bodyFont(), ctx), loc);
        x.end();
    }

    /**
     * Width in body characters: real advances at the body size plus the per-character condensing; {@code hedged}
     * adds half of the space LibreOffice puts at each change between hanzi and Latin letters or digits (Word puts
     * none), so that a date's error is about a quarter character either way.
     */
    double chars(String text, boolean hedged) {
        TitleLines.Advance a = ctx.faces.advance(ctx.style.bodyFont(), ctx.style.bodySize());
        double pt = 0;
        int changes = 0;
        Boolean wasWide = null;
        for (int k = 0; k < text.length(); ) {
            int cp = text.codePointAt(k);
            pt += a.of(cp) + ctx.geometry.condense() / 20.0;
            boolean wide = TitleLines.isWide(cp);
            if (wasWide != null && wide != wasWide && Character.isLetterOrDigit(cp)) {
                changes++;
            }
            wasWide = wide;
            k += Character.charCount(cp);
        }
        pt += (hedged ? changes : 0) * SCRIPT_GAP_EM * ctx.style.bodySize() / 2;
        return pt / (ctx.geometry.charPitch() / 20.0);
    }
}
