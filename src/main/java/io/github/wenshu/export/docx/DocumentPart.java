package io.github.wenshu.export.docx;

import io.github.wenshu.model.Attachment;
import io.github.wenshu.model.Report;

/**
 * {@code word/document.xml}: the official parts before the body, the body, the closing parts, each
 * attachment on a new page (label on line 1, title on line 3), the 版记, and the section properties.
 *
 * <pre>{@code
 * pkg.wordPart("word/document.xml", x -> new DocumentPart(ctx).write(x, report));
 * }</pre>
 */
final class DocumentPart {

    static final String FOOTER_ODD_ID = "rIdFooterOdd";
    static final String FOOTER_EVEN_ID = "rIdFooterEven";
    static final String FOOTER_NONE_ID = "rIdFooterNone";

    private final DocxContext ctx;

    DocumentPart(DocxContext ctx) {
        this.ctx = ctx;
    }

    void write(Xml x, Report report) {
        ParagraphStarter paragraphs = new ParagraphStarter();
        RunWriter runs = new RunWriter(ctx);
        BlockWriter blocks = new BlockWriter(ctx, paragraphs);
        OfficialParts parts = new OfficialParts(ctx, paragraphs, runs);
        x.root("document", "r", Ns.R, "wp", Ns.WP, "a", Ns.A, "pic", Ns.PIC, "asvg", Ns.ASVG);
        x.start("body");
        long empty = x.elements();
        parts.front(x, report.metadata());
        if (x.elements() == empty) {
            blocks.startsDocument(x);
        }
        blocks.blocks(x, report.body(), "body", NumberingPart.BODY_NUM_ID);
        parts.closing(x, report.metadata());
        for (int i = 0; i < report.attachments().size(); i++) {
            attachment(x, report.attachments().get(i), i, paragraphs, runs, blocks);
        }
        if (report.metadata().hasVersionBlock() && !LetterHead.applies(report.metadata())) {
            sectionEnd(x, report.metadata());
            new ImprintPart(ctx, paragraphs, runs).write(x, report.metadata());
            SectionProperties.imprint(x, ctx.geometry, FOOTER_NONE_ID);
        } else {
            new LetterCopyTo(ctx, paragraphs, runs).write(x, report.metadata());
            LetterHead.sectionProperties(x, ctx.geometry, report.metadata(), FOOTER_ODD_ID, FOOTER_EVEN_ID);
        }
        x.end().end();
    }

    /** Ends the body's section with a paragraph too low to need a line of its own (half a point). */
    private void sectionEnd(Xml x, io.github.wenshu.model.Metadata m) {
        x.start("p").start("pPr").empty("snapToGrid", "val", "0");
        Props.exactLine(x, 10, 0);
        Props.indent(x, 0, 0, 0);
        x.start("rPr").empty("sz", "val", "2").empty("szCs", "val", "2").end();
        LetterHead.sectionProperties(x, ctx.geometry, m, FOOTER_ODD_ID, FOOTER_EVEN_ID);
        x.end().end();
    }

    private void attachment(Xml x, Attachment a, int index, ParagraphStarter paragraphs, RunWriter runs,
                            BlockWriter blocks) {
        String loc = "attachments[" + index + "]";
        paragraphs.breakPage();
        paragraphs.open(x, StyleIds.ATTACHMENT_LABEL, null);
        runs.plain(x, a.label(), RunWriter.RunFormat.in(ctx.style.labelFont(), ctx), loc + ".number");
        x.end();
        paragraphs.open(x, StyleIds.ATTACHMENT_TITLE, null);
        runs.plain(x, a.title(), RunWriter.RunFormat.in(ctx.style.titleFont(), ctx), loc + ".title");
        x.end();
        blocks.blocks(x, a.blocks(), loc + ".blocks", NumberingPart.attachmentNumId(index));
    }
}
