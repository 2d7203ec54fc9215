package io.github.wenshu.bench;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/**
 * What a developer writes with POI in an afternoon: an {@link XWPFDocument} with one paragraph and run per
 * paragraph (font family and size set on the run, exact line spacing of 22 lines a page, no styles), A4 with the standard's margins, an
 * {@link XWPFTable} for tables. The font is named, not embedded.
 */
final class NaivePoi implements Contender<Workload> {

    private final String family;

    NaivePoi(BenchFont font) {
        this.family = font.family();
    }

    @Override
    public String name() {
        return "poi-naive";
    }

    @Override
    public byte[] produce(Workload w) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            pageSetup(doc);
            for (PlainBlock b : w.blocks()) {
                if (b instanceof PlainBlock.Title t) {
                    XWPFParagraph p = paragraph(doc, t.text(), 22);
                    p.setAlignment(ParagraphAlignment.CENTER);
                } else if (b instanceof PlainBlock.Heading h) {
                    paragraph(doc, h.text(), 16).setIndentationFirstLine(640);
                } else if (b instanceof PlainBlock.Para para) {
                    paragraph(doc, para.text(), 16).setIndentationFirstLine(640);
                } else if (b instanceof PlainBlock.Grid g) {
                    table(doc, g);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private XWPFParagraph paragraph(XWPFDocument doc, String text, int size) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(family);
        r.setFontSize(size);
        p.setSpacingBetween(225 / 22.0 * 72 / 25.4, LineSpacingRule.EXACT);
        return p;
    }

    private void table(XWPFDocument doc, PlainBlock.Grid g) {
        XWPFTable t = doc.createTable(g.rows().size(), g.columns());
        for (int r = 0; r < g.rows().size(); r++) {
            var row = g.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                XWPFParagraph p = t.getRow(r).getCell(c).getParagraphs().get(0);
                XWPFRun run = p.createRun();
                run.setText(row.get(c));
                run.setFontFamily(family);
                run.setFontSize(14);
            }
            if (r < g.headerRows()) {
                t.getRow(r).setRepeatHeader(true);
            }
        }
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(2098));
        mar.setBottom(BigInteger.valueOf(1984));
        mar.setLeft(BigInteger.valueOf(1588));
        mar.setRight(BigInteger.valueOf(1474));
    }
}
