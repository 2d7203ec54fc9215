package io.github.wenshu.export.pdf;

import io.github.wenshu.layout.Align;
import io.github.wenshu.model.Attachment;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.Report;

import io.github.wenshu.model.DocumentForm;

/**
 * Lays out a whole report, page by page: title, 主送, body, attachments (each from a new page with its
 * label and title). Parts of the metadata this typesetter does not set yet are reported as warnings.
 *
 * <pre>{@code
 * new DocumentComposer(ctx, output::write).compose(report);
 * }</pre>
 */
final class DocumentComposer {

    private final PdfContext ctx;
    private final PageComposer pages;
    private final BodyComposer body;
    private final TitleComposer title;

    DocumentComposer(PdfContext ctx, java.util.function.Consumer<Page> sink) {
        this.ctx = ctx;
        this.pages = new PageComposer(ctx, sink);
        this.body = new BodyComposer(ctx, pages);
        this.title = new TitleComposer(ctx, pages);
    }

    /** Lays out the whole report and says where its 版记 went. */
    ImprintComposer.Placed compose(Report report) {
        Metadata m = report.metadata();
        new HeaderComposer(ctx, pages).compose(m);
        if (m.title() != null && !m.title().isBlank()) {
            title.compose(m.title(), "metadata.title");
            pages.skip(1);
        }
        if (m.addressees() != null && !m.addressees().isBlank()) {
            ShapedText t = ctx.shaper().shape(m.addressees(), ctx.bodyStyle(), "metadata.addressees");
            body.lines(t, ctx.bodyMeasure(0, 0, Align.JUSTIFY));
        }
        body.compose(report.body(), "body");
        new ClosingComposer(ctx, pages, body).compose(m);
        for (int i = 0; i < report.attachments().size(); i++) {
            attachment(report.attachments().get(i), "attachments[" + i + "]");
        }
        ImprintComposer.Placed imprint = new ImprintComposer(ctx, pages).compose(m);
        if (!m.signers().isEmpty() && (m.issuers().isEmpty() || m.form() != DocumentForm.FILE
                && m.form() != DocumentForm.MINUTES)) {
            ctx.warnings().add("part-not-set", "metadata.signers",
                    "签发人 is set only beside the 发文字号 of a 文件格式 head with an issuer; not shown");
        }
        pages.finish();
        return imprint;
    }

    private void attachment(Attachment a, String location) {
        pages.newPage();
        TextStyle label = ctx.textStyle(ctx.style().labelFont(), ctx.style().bodySize());
        body.lines(ctx.shaper().shape(a.label(), label, location + ".number"), ctx.bodyMeasure(0, 0, Align.LEFT));
        pages.moveTo(2);
        title.compose(a.title(), location + ".title");
        pages.skip(1);
        ctx.headingNumbers().reset();
        body.compose(a.blocks(), location + ".blocks");
    }
}
