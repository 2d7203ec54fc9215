package io.github.wenshu.export.docx;

import io.github.wenshu.export.ImprintPlacement;
import io.github.wenshu.model.Attachment;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.Report;

/**
 * {@code word/document.xml}: the official parts before the body, the body, the closing parts, each
 * attachment on a new page (label on line 1, title on line 3), the 版记, and the section properties.
 *
 * <p>The 版记 goes where our typesetter puts it ({@link ImprintPlacement}): at the foot of the body's last page,
 * or in a section of its own that starts on an even page, numbered when the body ends on an odd page and
 * unnumbered when a blank page comes first. A word processor that breaks the body's pages as we do shows the
 * same pages; one that breaks them otherwise still puts a 版记 of its own section on an even page.
 *
 * <pre>{@code
 * pkg.wordPart("word/document.xml", x -> new DocumentPart(ctx, ImprintPlacement.SAME_PAGE).write(x, report));
 * }</pre>
 */
final class DocumentPart {

    static final String FOOTER_ODD_ID = "rIdFooterOdd";
    static final String FOOTER_EVEN_ID = "rIdFooterEven";
    static final String FOOTER_NONE_ID = "rIdFooterNone";

    private final DocxContext ctx;
    private final ImprintPlacement imprint;

    DocumentPart(DocxContext ctx, ImprintPlacement imprint) {
        this.ctx = ctx;
        this.imprint = imprint;
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
        blocks.blocks(x, report.body(), "body", NumberingPart.BODY_NUM_ID, OfficialParts.signs(report.metadata()));
        parts.closing(x, report.metadata());
        for (int i = 0; i < report.attachments().size(); i++) {
            attachment(x, report.attachments().get(i), i, paragraphs, runs, blocks);
        }
        Metadata m = report.metadata();
        switch (imprint) {
            case NONE -> {
                new LetterCopyTo(ctx, paragraphs, runs).write(x, m);
                if (ctx.landscapeEndedAt == x.elements()) {
                    LandscapeSection.lastSection(x, ctx);
                } else {
                    LetterHead.sectionProperties(x, ctx.geometry, m, FOOTER_ODD_ID, FOOTER_EVEN_ID);
                }
            }
            case SAME_PAGE -> {
                new ImprintPart(ctx, paragraphs, runs).write(x, m);
                LetterHead.sectionProperties(x, ctx.geometry, m, FOOTER_ODD_ID, FOOTER_EVEN_ID);
            }
            case NEXT_PAGE, AFTER_BLANK_PAGE -> {
                if (ctx.landscapeEndedAt != x.elements()) {
                    sectionEnd(x, m, paragraphs);
                }
                new ImprintPart(ctx, paragraphs, runs).write(x, m);
                boolean numbered = imprint == ImprintPlacement.NEXT_PAGE;
                SectionProperties.imprint(x, ctx.geometry, ctx.evenPageLeft(),
                        numbered ? FOOTER_ODD_ID : FOOTER_NONE_ID, numbered ? FOOTER_EVEN_ID : FOOTER_NONE_ID);
            }
        }
        x.end().end();
    }

    /**
     * Ends the body's section with a paragraph too low to need a line of its own (not needed when a landscape
     * table ended the body: its section is closed already, and another would be an empty page).
     */
    private void sectionEnd(Xml x, Metadata m, ParagraphStarter paragraphs) {
        ImprintPart.tinyParagraph(x, paragraphs.takePageBreak(), px -> LetterHead.sectionProperties(px,
                ctx.geometry, m, FOOTER_ODD_ID, FOOTER_EVEN_ID));
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
