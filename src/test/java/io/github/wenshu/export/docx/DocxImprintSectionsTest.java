package io.github.wenshu.export.docx;

import io.github.wenshu.export.ImprintPlacement;
import io.github.wenshu.export.ImprintReports;
import io.github.wenshu.export.TableReports;
import io.github.wenshu.export.Warning;
import io.github.wenshu.export.pdf.Pagination;
import io.github.wenshu.export.pdf.PdfExporter;
import io.github.wenshu.model.Attachment;
import io.github.wenshu.model.Block;
import io.github.wenshu.model.Figure;
import io.github.wenshu.model.ImageSource;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.PageBreak;
import io.github.wenshu.model.Report;
import io.github.wenshu.model.Table;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sections a 版记 gets in the DOCX, as our typesetter places it: none of its own at the foot of a roomy even
 * page; an even-page section with the page-number footers after an odd page; an even-page section with the
 * empty footer (its part written only then) after a full even page. The 版记 table floats from the 版心 top; every
 * part is valid against the ECMA-376 schemas.
 */
class DocxImprintSectionsTest {

    private static final Pattern SECTION = Pattern.compile("<w:sectPr>(.*?)</w:sectPr>");

    @Test
    void onARoomyEvenPageTheImprintFloatsAtTheFootOfTheBodysLastSection() throws Exception {
        Map<String, byte[]> parts = parts(ImprintReports.notice());
        List<String> sections = sections(parts);
        assertEquals(1, sections.size(), "the body's section only");
        assertFalse(sections.get(0).contains("evenPage"));
        String xml = DocxParts.text(parts, "word/document.xml");
        assertTrue(xml.matches("(?s).*<w:tblpPr [^>]*w:vertAnchor=\"margin\" w:horzAnchor=\"page\"[^>]*>.*抄送.*"),
                "the 版记 table floats");
        assertFalse(parts.containsKey("word/footer3.xml"), "no empty footer part");
    }

    @Test
    void afterAnOddPageTheImprintSectionStartsOnAnEvenPageWithPageNumbers() throws Exception {
        Map<String, byte[]> parts = parts(ImprintReports.endingOnAnOddPage());
        String imprint = imprintSection(parts);
        assertTrue(imprint.contains("r:id=\"" + DocumentPart.FOOTER_ODD_ID + "\"")
                && imprint.contains("r:id=\"" + DocumentPart.FOOTER_EVEN_ID + "\""), imprint);
        assertFalse(parts.containsKey("word/footer3.xml"));
    }

    @Test
    void afterAFullEvenPageTheImprintSectionHasTheEmptyFooter() throws Exception {
        Map<String, byte[]> parts = parts(ImprintReports.endingOnAFullEvenPage());
        String imprint = imprintSection(parts);
        assertFalse(imprint.contains(DocumentPart.FOOTER_ODD_ID) || imprint.contains(DocumentPart.FOOTER_EVEN_ID),
                imprint);
        assertTrue(imprint.contains("r:id=\"" + DocumentPart.FOOTER_NONE_ID + "\""), imprint);
        String footer = DocxParts.text(parts, "word/footer3.xml");
        assertFalse(footer.contains("PAGE"), footer);
        assertTrue(DocxParts.text(parts, "word/_rels/document.xml.rels").contains("footer3.xml"));
    }

    @Test
    void aCopyToTheDocxSetsOneLineLongerThanThePdfGoesAfterABlankPageWhenThatLineIsNotFree() throws Exception {
        Report justRoom = ImprintReports.endingOnAnEvenPageWithJustRoom();
        Report longer = new Report(justRoom.metadata().toBuilder()
                .copyTo("市委办公室", "市人大常委会办公室", "市政协办公室", "123师").build(),
                justRoom.body(), justRoom.attachments());
        Pagination pdf = new PdfExporter().paginate(longer, Exports.options(false));
        assertEquals(ImprintPlacement.SAME_PAGE, pdf.imprint(), "one 抄送 line in the PDF");
        assertEquals(2, pdf.freeLines());
        String imprint = imprintSection(parts(longer));
        assertTrue(imprint.contains("r:id=\"" + DocumentPart.FOOTER_NONE_ID + "\""), imprint);
    }

    @Test
    void aPageBreakThatEndsTheBodyMovesTheImprint() throws Exception {
        Report n = ImprintReports.notice();
        List<Block> blocks = new ArrayList<>(n.attachments().get(1).blocks());
        blocks.add(PageBreak.INSTANCE);
        Report broken = new Report(n.metadata(), n.body(), List.of(n.attachments().get(0),
                new Attachment(n.attachments().get(1).number(), n.attachments().get(1).title(), blocks)));
        String xml = DocxParts.text(parts(broken), "word/document.xml");
        String afterBody = xml.substring(xml.lastIndexOf("存在的问题和下一步打算"));
        int table = afterBody.indexOf("<w:tbl>");
        int brk = afterBody.indexOf("<w:pageBreakBefore/>");
        assertTrue(brk > 0 && brk < table, "the break before the 版记's table: " + afterBody);
        assertFalse(afterBody.substring(table).contains("pageBreakBefore"), "and none inside it: " + afterBody);
    }

    @Test
    void aLandscapeTableThatEndsTheBodyIsFollowedByTheImprintSectionAlone() throws Exception {
        Report n = ImprintReports.endingOnAnOddPage();
        List<Block> blocks = new ArrayList<>(n.attachments().get(0).blocks());
        Table t = TableReports.longTable();
        blocks.add(new Table("表2 横排长表", t.columns(), t.rows(), t.headerRows(), true));
        Report landscape = new Report(n.metadata(), n.body(), List.of(new Attachment(
                n.attachments().get(0).number(), n.attachments().get(0).title(), blocks)));
        List<String> sections = sections(parts(landscape));
        assertTrue(sections.get(sections.size() - 2).contains("w:orient=\"landscape\""),
                "the landscape section, then the 版记's, no empty portrait section between: " + sections);
        assertTrue(sections.get(sections.size() - 1).contains("<w:type w:val=\"evenPage\"/>"));
    }

    @Test
    void whenOurTypesetterCannotLayTheReportOutTheImprintSectionFollowsAnEvenPageAndSaysSo() throws Exception {
        byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100mm\" height=\"50mm\">"
                + "<rect width=\"100\" height=\"50\"/></svg>").getBytes(StandardCharsets.UTF_8);
        Report report = Report.builder().metadata(Metadata.builder().copyTo("区委办").build())
                .add(new Figure(new ImageSource.Data(svg, "box.svg"), null, null)).build();
        Exports.Result r = Exports.windowsNames(report);
        Warning guessed = r.result().warnings().stream().filter(w -> w.code().equals("imprint-page-guessed"))
                .findFirst().orElseThrow(() -> new AssertionError(r.result().warnings().toString()));
        assertTrue(guessed.message().contains("SVG") || guessed.message().contains("svg"), guessed.message());
        List<String> sections = sections(DocxParts.read(r.bytes()));
        assertTrue(sections.get(sections.size() - 1).contains("r:id=\"" + DocumentPart.FOOTER_NONE_ID + "\""));
    }

    /** The parts of the report's DOCX, each valid against the ECMA-376 schemas. */
    private static Map<String, byte[]> parts(Report report) throws Exception {
        Map<String, byte[]> parts = DocxParts.read(Exports.windowsNames(report).bytes());
        DocxSchemaTest.assertValid(parts);
        return parts;
    }

    /** The 版记's section: the second and last, starting on an even page. */
    private static String imprintSection(Map<String, byte[]> parts) {
        List<String> sections = sections(parts);
        assertEquals(2, sections.size(), "the body's section and the 版记's");
        assertTrue(sections.get(1).contains("<w:type w:val=\"evenPage\"/>"), sections.get(1));
        return sections.get(1);
    }

    private static List<String> sections(Map<String, byte[]> parts) {
        Matcher m = SECTION.matcher(DocxParts.text(parts, "word/document.xml"));
        List<String> sections = new ArrayList<>();
        while (m.find()) {
            sections.add(m.group(1));
        }
        return sections;
    }
}
