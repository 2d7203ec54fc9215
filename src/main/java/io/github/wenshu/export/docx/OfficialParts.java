package io.github.wenshu.export.docx;

import io.github.wenshu.export.MarkIssuers;
import io.github.wenshu.model.Metadata;

import java.time.LocalDate;
import java.util.List;

/**
 * The GB/T 9704 parts around the body, each a paragraph in its own style: 版头 (份号, 密级, 紧急程度, the red
 * 发文机关标志, 发文字号 and 签发人), title, 主送, then after the body 附件说明, 署名, 成文日期, 附注, 纪要
 * attendance. The 版记 is {@link ImprintPart}.
 *
 * <pre>{@code
 * OfficialParts parts = new OfficialParts(ctx, paragraphs, runs);
 * parts.front(x, report.metadata());
 * }</pre>
 */
final class OfficialParts {

    private final DocxContext ctx;
    private final ParagraphStarter paragraphs;
    private final RunWriter runs;

    OfficialParts(DocxContext ctx, ParagraphStarter paragraphs, RunWriter runs) {
        this.ctx = ctx;
        this.paragraphs = paragraphs;
        this.runs = runs;
    }

    void front(Xml x, Metadata m) {
        if (LetterHead.applies(m)) {
            new LetterHead(ctx, paragraphs, runs).write(x, m);
            line(x, StyleIds.ADDRESSEE, m.addressees(), "metadata.addressees", ctx.style.bodyFont());
            return;
        }
        line(x, StyleIds.LABEL, m.copyNumber(), "metadata.copyNumber", ctx.style.labelFont());
        String secrecy = m.secrecy() == null ? null
                : m.secrecyTerm() == null ? m.secrecy() : m.secrecy() + "★" + m.secrecyTerm();
        line(x, StyleIds.LABEL, secrecy, "metadata.secrecy", ctx.style.labelFont());
        line(x, StyleIds.LABEL, m.urgency(), "metadata.urgency", ctx.style.labelFont());
        int markers = (m.copyNumber() == null ? 0 : 1) + (m.secrecy() == null ? 0 : 1)
                + (m.urgency() == null ? 0 : 1);
        boolean marked = !MarkIssuers.printed(m).isEmpty();
        MarkIssuers.unprinted(m).forEach(w -> ctx.warn(w.code(), w.location(), w.message()));
        if (marked) {
            new MarkParagraphs(ctx).write(x, m, markers);
        }
        if (!m.signers().isEmpty()) {
            new SignerLines(ctx, paragraphs, runs).write(x, m, marked);
        } else if (m.docNumber() != null) {
            paragraphs.open(x, StyleIds.DOC_NUMBER, marked ? MarkParagraphs.numberWithRule(ctx) : null);
            runs.plain(x, m.docNumber(), RunWriter.RunFormat.in(ctx.style.bodyFont(), ctx), "metadata.docNumber");
            x.end();
        }
        List<String> title = m.titleLines();
        if (!title.isEmpty()) {
            paragraphs.open(x, StyleIds.TITLE, marked && (m.docNumber() != null || !m.signers().isEmpty()) ? MarkParagraphs.titleBelowRule(ctx) : null);
            RunWriter.RunFormat f = RunWriter.RunFormat.in(ctx.style.titleFont(), ctx);
            float size = ctx.style.titleSize();
            String lines = TitleLines.of(title, ctx.faces.advance(ctx.style.titleFont(), size),
                    io.github.wenshu.style.Units.mmToPt(ctx.style.bodyWidthMm()), size, ctx.geometry.condense() / 20f);
            runs.plain(x, lines, f, "metadata.title");
            x.end();
        }
        line(x, StyleIds.ADDRESSEE, m.addressees(), "metadata.addressees", ctx.style.bodyFont());
    }

    /** Whether the closing has a 署名 or 成文日期, which the lines above it keep with. */
    static boolean signs(Metadata m) {
        return m.date() != null || m.signatures().stream().anyMatch(s -> s != null && !s.isBlank());
    }

    void closing(Xml x, Metadata m) {
        List<String> notes = m.attachmentNotes();
        for (int i = 0; i < notes.size(); i++) {
            if (signs(m)) {
                paragraphs.keepWithNext(i == notes.size() - 1);
            }
            String prefix = i == 0 ? "附件：" : "　　　";
            String number = notes.size() > 1 ? (i + 1) + ". " : "";
            int pitch = ctx.geometry.linePitch();
            paragraphs.open(x, StyleIds.ATTACHMENT_NOTE, i > 0 ? null : px -> px.start("spacing")
                    .attr("before", pitch).attr("after", 0).attr("line", pitch).attr("lineRule", "exact").end());
            runs.plain(x, prefix + number + notes.get(i), RunWriter.RunFormat.in(ctx.style.bodyFont(), ctx),
                    "metadata.attachmentNotes[" + i + "]");
            x.end();
        }
        new SignatureParagraphs(ctx, paragraphs, runs).write(x, m);
        if (m.note() != null) {
            line(x, StyleIds.NOTE, "（" + m.note() + "）", "metadata.note", ctx.style.bodyFont());
        }
        new MinutesAttendance(ctx, paragraphs, runs).write(x, m.attendance());
    }

    /** 成文日期 in Arabic numerals without leading zeros: 2024年12月19日. */
    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private void line(Xml x, String styleId, String text, String loc, io.github.wenshu.style.FontRole role) {
        if (text == null || text.isBlank()) {
            return;
        }
        paragraphs.open(x, styleId, null);
        runs.plain(x, text, RunWriter.RunFormat.in(role, ctx), loc);
        x.end();
    }
}
