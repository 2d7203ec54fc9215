package io.github.wenshu.export.docx;

import io.github.wenshu.export.ImprintPlacement;
import io.github.wenshu.export.pdf.Pagination;
import io.github.wenshu.export.pdf.PdfExporter;
import io.github.wenshu.model.Report;

/**
 * Chooses the page of the 版记 in a DOCX. A DOCX holds no pages, and WordprocessingML has no break that starts
 * an even page only when the body ends on an odd one (an even-page section always starts a new page), so the
 * choice is made here: the 版记 goes where our own typesetter puts it, after laying the report out with the same
 * style and fonts. The DOCX sizes a 抄送 for renderers that set it wider than we do, so it may take a line more
 * than in the PDF: when that line is not free on the body's last page, the 版记 goes after a blank page, as on a
 * full even page. When the report cannot be laid out (a picture only the DOCX can show), the 版记 gets a section
 * of its own on an even page, unnumbered, and an {@code imprint-page-guessed} warning says so.
 *
 * <pre>{@code
 * ImprintPlacement where = ImprintPages.place(report, ctx);   // NONE for a letter or a report without 版记
 * }</pre>
 */
final class ImprintPages {

    private static final PdfExporter TYPESETTER = new PdfExporter();

    private ImprintPages() {
    }

    static ImprintPlacement place(Report report, DocxContext ctx) {
        if (!report.metadata().hasVersionBlock() || LetterHead.applies(report.metadata())) {
            return ImprintPlacement.NONE;
        }
        Pagination p;
        try {
            p = TYPESETTER.paginate(report, ctx.options);
        } catch (RuntimeException e) {
            ctx.warn("imprint-page-guessed", "metadata", "the 版记 starts an even page of its own, unnumbered,"
                    + " after a blank page if the body ends on an even page: the report could not be laid out"
                    + " to find its last page (" + e.getMessage() + ")");
            return ImprintPlacement.AFTER_BLANK_PAGE;
        }
        if (p.imprint() == ImprintPlacement.SAME_PAGE && ImprintPart.lines(ctx, report.metadata()) > p.freeLines()) {
            return ImprintPlacement.AFTER_BLANK_PAGE;
        }
        return p.imprint();
    }
}
