package io.github.wenshu.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Measures a PDF against GB/T 9704-2012 and reports each rule's outcome with measured and expected values.
 * Independent of how the PDF was made: it reads only the file. Stateless and thread-safe.
 *
 * <pre>{@code
 * ConformanceReport report = new Checker().check(Path.of("notice.pdf"));
 * System.out.print(ReportWriter.text(report));
 * }</pre>
 */
public final class Checker {
    private static final List<Check> CHECKS = List.of(new PaperCheck(), new TypeAreaCheck(), new GridCheck(),
            new SizeCheck(), new FontFaceCheck(), new KinsokuCheck(), new ColourCheck(), new EmbeddingCheck(),
            new PageNumberCheck(), new RedHeaderCheck(), new SignatureDateCheck(), new ImprintCheck());

    /**
     * Checks a PDF file.
     *
     * @throws IOException when the file cannot be read or is not a PDF
     */
    public ConformanceReport check(Path pdf) throws IOException {
        return check(Files.readAllBytes(pdf), pdf.getFileName().toString());
    }

    /**
     * Checks PDF bytes; {@code source} names them in the report.
     *
     * @throws IOException when the bytes are not a readable PDF
     */
    public ConformanceReport check(byte[] pdf, String source) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            DocumentLayout layout = PdfLayoutReader.read(doc);
            CheckContext ctx = new CheckContext(layout);
            Findings findings = new Findings();
            for (Check c : CHECKS) {
                c.run(ctx, findings);
            }
            return findings.report(source, ctx.pageCount());
        }
    }
}
