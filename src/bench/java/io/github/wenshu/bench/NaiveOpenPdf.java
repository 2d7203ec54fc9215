package io.github.wenshu.bench;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;

/**
 * What a developer writes with OpenPDF's high-level API in an afternoon: one {@link Paragraph} per
 * paragraph with the 仿宋 {@link BaseFont}, A4 with the standard's margins, a {@link PdfPTable} for tables.
 */
final class NaiveOpenPdf implements Contender<Workload> {

    static final float MM = 72f / 25.4f;
    private final BaseFont font;

    NaiveOpenPdf(BenchFont font) throws Exception {
        this.font = BaseFont.createFont(font.path().toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    }

    @Override
    public String name() {
        return "openpdf-naive";
    }

    @Override
    public byte[] produce(Workload w) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        Document doc = new Document(PageSize.A4, 28 * MM, 26 * MM, 37 * MM, 35 * MM);
        PdfWriter.getInstance(doc, out);
        doc.open();
        Font body = new Font(font, 16);
        Font title = new Font(font, 22);
        Font cell = new Font(font, 14);
        float leading = 225 * MM / 22;
        for (PlainBlock b : w.blocks()) {
            if (b instanceof PlainBlock.Title t) {
                Paragraph p = new Paragraph(leading, t.text(), title);
                p.setAlignment(Element.ALIGN_CENTER);
                doc.add(p);
            } else if (b instanceof PlainBlock.Heading h) {
                doc.add(paragraph(h.text(), body, leading));
            } else if (b instanceof PlainBlock.Para para) {
                doc.add(paragraph(para.text(), body, leading));
            } else if (b instanceof PlainBlock.Grid g) {
                doc.add(table(g, cell));
            }
        }
        doc.close();
        return out.toByteArray();
    }

    private static Paragraph paragraph(String text, Font font, float leading) {
        Paragraph p = new Paragraph(leading, text, font);
        p.setFirstLineIndent(32);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        return p;
    }

    private static PdfPTable table(PlainBlock.Grid g, Font font) {
        PdfPTable t = new PdfPTable(g.columns());
        t.setWidthPercentage(100);
        t.setHeaderRows(g.headerRows());
        for (var row : g.rows()) {
            for (String text : row) {
                t.addCell(new Phrase(text, font));
            }
        }
        return t;
    }
}
