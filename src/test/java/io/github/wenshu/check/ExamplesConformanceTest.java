package io.github.wenshu.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.export.Exporter;
import io.github.wenshu.export.Exporters;
import io.github.wenshu.export.pdf.Pagination;
import io.github.wenshu.export.pdf.PdfExporter;
import io.github.wenshu.font.FontSet;
import io.github.wenshu.model.DocumentForm;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.Report;
import io.github.wenshu.read.Readers;
import io.github.wenshu.style.FontRole;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checker as the judge of our own output: every example, exported to PDF by us, conforms; and LibreOffice's
 * rendering of our DOCX conforms except for the rules listed in {@link #LIBREOFFICE_EXCEPTIONS}, each with why.
 * An example with a 版记 has as many pages in LibreOffice's rendering as in our PDF, so its 版记 page is the same.
 */
class ExamplesConformanceTest {
    /**
     * Rules LibreOffice's rendering of our DOCX may still fail, and why (measured on LibreOffice 7.4; remove an
     * entry once the DOCX writer is fixed). Hanging punctuation is only a warning and needs no entry.
     */
    static final Map<Rule, String> LIBREOFFICE_EXCEPTIONS = Map.of(
            Rule.SIGNATURE_DATE, "only the long-date arrangement without a seal (a 署名 shorter than the date + 2 字,"
                    + " e.g. 某区司法局): the date must end 右空二字 and start 2 字 right of the 署名, so its width must"
                    + " be known, but LibreOffice sets it about 1 字 wider than Word (it adds ~0.2 em between hanzi and"
                    + " digits and ignores w:autoSpaceDE); the DOCX splits the difference, leaving ~0.5 字 error in each"
                    + " (with a seal, or a longer 署名, the lines are anchored so that both renderers pass)");

    /**
     * Rules a landscape page of LibreOffice's rendering of our DOCX fails, and why: WordprocessingML cannot turn
     * a table on a portrait page, so the DOCX sets a landscape table (GB/T 9704 §8) in a landscape section; its
     * page is 297 × 210 mm, its type area starts from the landscape top, and its page number turns with it.
     */
    static final Map<Rule, String> LANDSCAPE_PAGE_EXCEPTIONS = Map.of(
            Rule.PAPER_SIZE, "a landscape section's page is A4 turned",
            Rule.TYPE_AREA_TOP, "the turned type area's top margin is the binding margin (27 mm, not 37 mm)",
            Rule.PAGE_NUMBER_SEQUENCE, "the page number lies along the landscape page's bottom edge, where the"
                    + " checker does not look for it");

    /** Rules one example's LibreOffice rendering may still fail, and why, by example file name. */
    static final Map<String, Map<Rule, String>> LIBREOFFICE_EXAMPLE_EXCEPTIONS = Map.of(
            "request-signers.json", Map.of(Rule.CHARS_PER_LINE, "page 1 has few full lines and most hold"
                    + " digits; LibreOffice puts ~0.2 em between hanzi and digits (it ignores w:autoSpaceDE), so it"
                    + " fits fewer characters and justifies the hanzi 16.1 pt apart instead of 15.8 pt"));

    /** Kept after the run, to look at: target/check-examples/NAME.docx and NAME.pdf. */
    static final Path dir = Path.of("target", "check-examples");

    /** Renders every example's DOCX in one LibreOffice run (one start-up instead of one per example). */
    @org.junit.jupiter.api.BeforeAll
    static void renderDocx() throws Exception {
        if (!LibreOfficeRender.available() || Exporters.find("docx").isEmpty() || !bundledFonts()) {
            return;
        }
        Files.createDirectories(dir);
        List<Path> docx = new ArrayList<>();
        for (Path example : examples().toList()) {
            docx.add(Files.write(dir.resolve(name(example) + ".docx"), export(example, "docx")));
        }
        LibreOfficeRender.toPdf(docx, dir);
    }

    private static String name(Path example) {
        return example.getFileName().toString().replace('.', '-');
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            return s.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".txt")).sorted()
                    .toList().stream();
        }
    }

    private static boolean bundledFonts() {
        try {
            FontSet.bundled().face(FontRole.FANGSONG).pdfFont();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static byte[] export(Path example, String format) throws IOException {
        Optional<Exporter> exporter = Exporters.find(format);
        assumeTrue(exporter.isPresent(), format + " exporter not registered yet");
        assumeTrue(bundledFonts(), "bundled fonts not on the class path yet");
        Report report = Readers.read(example);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.get().export(report, ExportOptions.defaults(), out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void ourPdfConforms(Path example) throws IOException {
        byte[] pdf = export(example, "pdf");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name(example) + "-ours.pdf"), pdf);
        ConformanceReport r = new Checker().check(pdf, example.getFileName() + ".pdf");
        assertTrue(r.conforms(), ReportWriter.text(r));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void libreOfficeRenderingOfOurDocxConforms(Path example) throws Exception {
        assumeTrue(LibreOfficeRender.available(), "LibreOffice (soffice) is not installed");
        export(example, "docx");
        Path pdf = dir.resolve(name(example) + ".pdf");
        assertTrue(Files.isRegularFile(pdf), "LibreOffice wrote no PDF: " + Files.readString(dir.resolve("soffice.log")));
        ConformanceReport r = new Checker().check(pdf);
        List<Finding> unexpected = new ArrayList<>(r.errors());
        Map<Rule, String> own = LIBREOFFICE_EXAMPLE_EXCEPTIONS.getOrDefault(example.getFileName().toString(), Map.of());
        unexpected.removeIf(f -> LIBREOFFICE_EXCEPTIONS.containsKey(f.rule()) || own.containsKey(f.rule()));
        List<Integer> landscape = landscapePages(pdf);
        unexpected.removeIf(f -> landscape.contains(f.page()) && LANDSCAPE_PAGE_EXCEPTIONS.containsKey(f.rule()));
        assertTrue(unexpected.isEmpty(), example + "\n" + ReportWriter.text(r));
    }

    @org.junit.jupiter.api.Test
    void checkingLibreOfficesPdfPrintsTheReportAndNoLibraryLogging() throws Exception {
        assumeTrue(LibreOfficeRender.available(), "LibreOffice (soffice) is not installed");
        Path pdf = dir.resolve("notice-json.pdf");
        assumeTrue(Files.isRegularFile(pdf), "no rendering of the notice");
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        // The command line's class path: without POI's Log4j, so commons-logging goes to java.util.logging.
        String classPath = Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains("log4j")).collect(java.util.stream.Collectors.joining(
                        java.io.File.pathSeparator));
        Process p = new ProcessBuilder(javaBin.toString(), "-cp", classPath,
                io.github.wenshu.cli.Main.class.getName(), "check", pdf.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals("", err, "standard error of wenshu check on LibreOffice's PDF");
    }

    /** The examples with a 版记 of its own (not a letter's 抄送 lines). */
    static Stream<Path> examplesWithImprint() throws IOException {
        return examples().filter(p -> {
            try {
                Metadata m = Readers.read(p).metadata();
                return m.hasVersionBlock() && m.form() != DocumentForm.LETTER;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("examplesWithImprint")
    void libreOfficeRenderingOfOurDocxHasThePagesOfOurPdf(Path example) throws Exception {
        assumeTrue(LibreOfficeRender.available(), "LibreOffice (soffice) is not installed");
        export(example, "docx");
        Pagination ours = new PdfExporter().paginate(Readers.read(example), ExportOptions.defaults());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(
                dir.resolve(name(example) + ".pdf").toFile())) {
            assertEquals(ours.pages(), doc.getNumberOfPages(), example + ": pages of LibreOffice's rendering, with"
                    + " the 版记 " + ours.imprint() + " in our PDF");
        }
    }

    private static List<Integer> landscapePages(Path pdf) throws IOException {
        List<Integer> out = new ArrayList<>();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                var box = doc.getPage(p).getMediaBox();
                if (box.getWidth() > box.getHeight()) {
                    out.add(p + 1);
                }
            }
        }
        return out;
    }
}
