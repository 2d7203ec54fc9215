package io.github.wenshu.bench;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs with {@code mvn -Pbench test}: every contender that runs in the JVM makes the tiny document and its text
 * reads back; the warm phase, a fresh-JVM child, the tables and the plot work end to end on it.
 */
class BenchSmokeTest {

    private static final String SENTENCE = "全年共办理法律援助案件13087宗";

    @Test
    void everyContenderMakesADocumentWithTheText() throws Exception {
        BenchFont font = BenchFont.find();
        Workload w = Workloads.byName("tiny", ChildMain.example(), font);
        List<Contender<Workload>> contenders = Contenders.inJvm(font);
        assertTrue(contenders.size() >= 3, "at least the naive contenders and Flying Saucer: " + contenders);
        for (Contender<Workload> c : contenders) {
            byte[] out = c.produce(w);
            String text = Pages.ofPdf(out) > 0 ? pdfText(out) : docxText(out);
            assertTrue(text.replaceAll("\\s", "").contains(SENTENCE), c.name() + " lost the text: " + text);
        }
    }

    @Test
    void warmPhaseTablesAndPlotRunOnATinyInput(@TempDir Path dir) throws Exception {
        BenchFont font = BenchFont.find();
        Results results = new Results();
        new WarmPhase(font, ChildMain.example(), null, true, null).run(List.of("tiny"), results);
        int contenders = Contenders.inJvm(font).size();
        assertEquals(contenders, results.warm.size());

        Path png = dir.resolve("plot.png");
        BenchMain.plot(results).writePng(png, 400, 300);
        assertTrue(Files.size(png) > 1000);
        String md = MarkdownReport.render(results, "plot.png");
        assertTrue(md.contains("| openpdf-naive |"), md);
    }

    @Test
    void aFreshJvmMakesTheFirstDocument() throws Exception {
        ChildJvm.Run run = ChildJvm.run(List.of("-Xmx256m"), "first", "openpdf-naive", "tiny");

        assertTrue(run.ok(), run.output());
        assertTrue(Double.parseDouble(run.values().get("first_ms")) > 0, run.output());
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String docxText(byte[] docx) throws Exception {
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx));
             var extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}
