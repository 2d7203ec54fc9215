package io.github.wenshu.export.pdf;

import io.github.wenshu.model.Inline;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.model.Table;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Link areas over text in a landscape table (drawn turned) cover the link's glyphs, on odd and even pages. */
class PdfTurnedLinksTest {

    private static final String SITE = "https://example.org/row/";
    private static final int ROWS = 40;

    @Test
    void everyLinkAreaCoversItsTextUprightAndTurned() throws Exception {
        List<Table.Row> rows = new ArrayList<>();
        rows.add(Table.Row.of("序号", "链接", "说明"));
        for (int r = 0; r < ROWS; r++) {
            rows.add(new Table.Row(List.of(Table.Cell.of("第" + r + "行"),
                    new Table.Cell(List.of(Inline.link(text(r), SITE + r)), 1, 1, Table.Align.DEFAULT,
                            Table.VAlign.MIDDLE),
                    Table.Cell.of("说明文字"))));
        }
        Table table = new Table("表1 链接表", List.of(), rows, 1, true);
        Report report = Report.builder()
                .add(new Paragraph(List.of(Inline.plain("表前一段，见"), Inline.link("正文链接", SITE + "body"),
                        Inline.plain("。"))))
                .add(table).add(Paragraph.of("表后一段。")).build();
        PdfFixture.Rendered r = PdfFixture.render(report);

        Set<Integer> linkedPages = new HashSet<>();
        int links = 0;
        try (PDDocument doc = Loader.loadPDF(r.pdf())) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                List<TextPosition> glyphs = glyphs(doc, p);
                StringBuilder text = new StringBuilder();
                glyphs.forEach(g -> text.append(g.getUnicode()));
                for (PDAnnotation a : doc.getPage(p - 1).getAnnotations()) {
                    if (!(a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri)) {
                        continue;
                    }
                    String row = uri.getURI().substring(SITE.length());
                    String linkText = row.equals("body") ? "正文链接" : text(Integer.parseInt(row));
                    int at = text.indexOf(linkText);
                    assertTrue(at >= 0, "page " + p + " has the text of its link " + uri.getURI());
                    boolean turned = false;
                    for (TextPosition g : glyphs.subList(at, at + linkText.length())) {
                        Matrix m = g.getTextMatrix();
                        turned |= m.getValue(0, 1) > 0.5;
                        float[][] points = {
                            {m.getTranslateX(), m.getTranslateY()},
                            {m.getTranslateX() + 0.5f * m.getValue(0, 0) + 0.75f * m.getValue(1, 0),
                                m.getTranslateY() + 0.5f * m.getValue(0, 1) + 0.75f * m.getValue(1, 1)}};
                        for (float[] xy : points) {
                            assertTrue(contains(link.getRectangle(), xy[0], xy[1]), "page " + p + ": the area "
                                    + link.getRectangle() + " of " + uri.getURI() + " misses '" + g.getUnicode()
                                    + "' at " + xy[0] + "," + xy[1]);
                        }
                    }
                    assertEquals(!row.equals("body"), turned, uri.getURI());
                    if (turned) {
                        linkedPages.add(p);
                    }
                    links++;
                }
            }
        }
        assertEquals(ROWS + 1, links, "one link area per link");
        assertTrue(linkedPages.stream().anyMatch(p -> p % 2 == 0) && linkedPages.stream().anyMatch(p -> p % 2 == 1),
                "turned links on odd and even pages: " + linkedPages);
    }

    private static String text(int row) {
        return "链接〔" + row + "〕";
    }

    private static boolean contains(PDRectangle box, float x, float y) {
        return x >= box.getLowerLeftX() - 0.5f && x <= box.getUpperRightX() + 0.5f
                && y >= box.getLowerLeftY() - 0.5f && y <= box.getUpperRightY() + 0.5f;
    }

    private static List<TextPosition> glyphs(PDDocument doc, int p) throws IOException {
        List<TextPosition> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                out.add(t);
            }
        };
        s.setStartPage(p);
        s.setEndPage(p);
        s.getText(doc);
        return out;
    }
}
