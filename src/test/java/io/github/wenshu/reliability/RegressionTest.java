package io.github.wenshu.reliability;

import io.github.wenshu.export.Exporter;
import io.github.wenshu.model.DocumentForm;
import io.github.wenshu.model.Figure;
import io.github.wenshu.model.ImageSource;
import io.github.wenshu.model.Limits;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.model.ReportLimits;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** One test per failure the generated inputs found, named after what broke. */
class RegressionTest {

    /** Found by GeneratedReportsProperties: a face whose cmap maps U+0019 drew it silently (no warning). */
    @Test
    void pdfControlCharacterIsDrawnWithoutAWarning() throws Exception {
        Optional<Exporter> pdf = Conversions.exporters().stream().filter(e -> e.format().equals("pdf")).findFirst();
        assumeTrue(pdf.isPresent(), "no PDF exporter registered");
        Report r = Report.builder().add(Paragraph.of("甲\u0019乙\u0085丙")).build();
        var warnings = Conversions.export(pdf.get(), r, Conversions.OPTIONS).result().warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.location().equals("body[0]") && w.message().contains("U+0019")),
                warnings::toString);
        assertTrue(warnings.stream().anyMatch(w -> w.message().contains("U+0085")), warnings::toString);
    }

    /** Found by GeneratedReportsProperties: the PDF left out a PLAIN report's issuers and a letter's co-issuers silently. */
    @Test
    void pdfIssuersNotPrintedWithoutAWarning() throws Exception {
        Optional<Exporter> pdf = Conversions.exporters().stream().filter(e -> e.format().equals("pdf")).findFirst();
        assumeTrue(pdf.isPresent(), "no PDF exporter registered");
        Report plain = Report.builder().metadata(Metadata.builder().issuers("宝安区司法局").title("通知").build())
                .add(Paragraph.of("正文")).build();
        assertTrue(Conversions.export(pdf.get(), plain, Conversions.OPTIONS).result().warnings().stream()
                .anyMatch(w -> w.location().equals("metadata.issuers")));
        Report letter = Report.builder().metadata(Metadata.builder().form(DocumentForm.LETTER)
                .issuers("宝安区司法局", "宝安区财政局").title("函").build()).add(Paragraph.of("正文")).build();
        assertTrue(Conversions.export(pdf.get(), letter, Conversions.OPTIONS).result().warnings().stream()
                .anyMatch(w -> w.location().equals("metadata.issuers[1]") && w.message().contains("宝安区财政局")));
    }

    /** Found by the DOCX tests once limits were checked: a figure whose file is missing failed the limit check. */
    @Test
    void aMissingImageFileIsNotALimitViolation() {
        Report r = Report.builder().add(new Figure(new ImageSource.File(Path.of("no-such-chart.png")), "图1", null))
                .build();
        assertTrue(ReportLimits.firstViolation(r, Limits.defaults()).isEmpty());
    }
}
