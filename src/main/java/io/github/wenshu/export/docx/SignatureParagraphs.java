package io.github.wenshu.export.docx;

import io.github.wenshu.model.Metadata;

import java.util.ArrayList;
import java.util.List;

/**
 * The 署名 and 成文日期 paragraphs (GB/T 9704 §7.3.5), right-aligned with right indents from
 * {@link SignatureLayout}, the widths measured with the body face's real advances plus the grid condensing
 * (FandolFang's digits are wider than half a character). With a seal each 署名 is centred on the date 右空四字;
 * without, the 署名 右空二字 and the date starts two characters right of it.
 *
 * <pre>{@code
 * new SignatureParagraphs(ctx, paragraphs, runs).write(x, metadata);
 * }</pre>
 */
final class SignatureParagraphs {

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
        double day = date == null ? 0 : chars(date);
        double widest = names.stream().mapToDouble(this::chars).max().orElse(0);
        // The blank lines above (two with a seal, one without) push the sample's 署名 onto a page of its own in
        // LibreOffice, whose digits are wider than ours; left out until the body's digits match.
        int before = 0;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            double right = m.sealed() ? SignatureLayout.ofWidths(chars(name), day, true).signatureRight()
                    : SignatureLayout.ofWidths(widest, day, false).signatureRight();
            line(x, StyleIds.SIGNATURE, name, "metadata.signatures[" + i + "]", right, i == 0 ? before : 0);
        }
        if (date != null) {
            double right = SignatureLayout.ofWidths(names.isEmpty() ? day + 2 : widest, day, m.sealed()).dateRight();
            line(x, StyleIds.DATE, date, "metadata.date", right, names.isEmpty() ? before : 0);
        }
    }

    private void line(Xml x, String style, String text, String loc, double rightChars, int before) {
        int pitch = ctx.geometry.linePitch();
        paragraphs.open(x, style, px -> {
            px.empty("autoSpaceDE", "val", "0").empty("autoSpaceDN", "val", "0");
            if (before > 0) {
                px.start("spacing").attr("before", before).attr("after", 0).attr("line", pitch)
                        .attr("lineRule", "exact").end();
            }
            Props.indent(px, 0, ctx.geometry.chars(rightChars), 0);
            px.empty("jc", "val", "right");
        });
        runs.plain(x, text, RunWriter.RunFormat.in(ctx.style.bodyFont(), ctx), loc);
        x.end();
    }

    /** Width in body characters: real advances at the body size plus the per-character condensing. */
    private double chars(String text) {
        TitleLines.Advance a = ctx.faces.advance(ctx.style.bodyFont(), ctx.style.bodySize());
        double pt = 0;
        for (int k = 0; k < text.length(); ) {
            int cp = text.codePointAt(k);
            pt += a.of(cp) + ctx.geometry.condense() / 20.0;
            k += Character.charCount(cp);
        }
        return pt / (ctx.geometry.charPitch() / 20.0);
    }
}
