package io.github.wenshu.export.pdf;

import io.github.wenshu.export.ExportLimits;
import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.export.ExportResult;
import io.github.wenshu.export.Exporter;
import io.github.wenshu.model.Report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;

/**
 * The PDF exporter: a GB/T 9704 typesetter on OpenPDF's low-level API. Lines sit on a 22-line baseline
 * grid, 28 characters fill the 版心, Chinese line-breaking rules hold, headings are numbered and in the
 * outline, page numbers alternate sides; fonts are embedded as subsets and the same input and timestamp
 * give the same bytes. Immutable and thread-safe.
 *
 * <pre>{@code
 * ExportResult r = new PdfExporter().export(report, ExportOptions.defaults(), out);
 * }</pre>
 */
public final class PdfExporter implements Exporter {

    private final Function<ExportOptions, TypeFaces> faces;

    public PdfExporter() {
        this(FontSetFaces::of);
    }

    PdfExporter(Function<ExportOptions, TypeFaces> faces) {
        this.faces = faces;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public ExportResult export(Report report, ExportOptions options, OutputStream out) throws IOException {
        ExportLimits.check(report, options);
        PdfContext ctx = new PdfContext(options, faces.apply(options));
        PdfOutput output = new PdfOutput(ctx, DocumentInfo.of(report.metadata()));
        new DocumentComposer(ctx, output::write).compose(report);
        try {
            output.finishTo(out);
        } catch (RuntimeException e) {
            throw FontWriteFailure.explain(e, options.fonts()).orElse(e);
        }
        return new ExportResult(output.pages(), ctx.warnings().list());
    }

    /**
     * Lays the report out as {@link #export} does and writes nothing: the pages it would have and where its
     * 版记 would go.
     *
     * @throws io.github.wenshu.export.ExportException when the report cannot be laid out (a bad image, a limit)
     */
    public Pagination paginate(Report report, ExportOptions options) {
        ExportLimits.check(report, options);
        PdfContext ctx = new PdfContext(options, faces.apply(options));
        int[] pages = {0};
        ImprintComposer.Placed imprint = new DocumentComposer(ctx, page -> pages[0]++).compose(report);
        return new Pagination(pages[0], imprint.placement(), imprint.freeLines());
    }
}
