package io.github.wenshu.export.docx;

import io.github.wenshu.export.TableReports;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The long table through LibreOffice: header rows repeated on every page, every cell once. */
class DocxTablesTest {

    @Test
    void libreOfficeRepeatsTheHeaderOfTheLongTable() throws Exception {
        assumeTrue(LibreOffice.available(), "LibreOffice (soffice) is not installed");
        Exports.Result r = Exports.run(new DocxExporter(), TableReports.longTableReport(), Exports.options(false));
        byte[] pdf = LibreOffice.toPdf(r.bytes(), "long-table");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            StringBuilder all = new StringBuilder();
            int tablePages = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                String page = s.getText(doc).replaceAll("\\s", "");
                all.append(page);
                if (TableReports.bodyTexts().stream().anyMatch(page::contains)) {
                    tablePages++;
                    for (String h : TableReports.HEADER) {
                        assertTrue(page.contains(h), h + " on page " + p + ": " + page);
                    }
                }
            }
            assertTrue(tablePages >= 3, "the table runs over " + tablePages + " pages");
            for (String cell : TableReports.bodyTexts()) {
                assertEquals(all.indexOf(cell), all.lastIndexOf(cell), cell + " once");
                assertTrue(all.indexOf(cell) >= 0, cell);
            }
        }
    }
}
