package io.github.wenshu.font;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import io.github.wenshu.style.FontRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: draws lines with font chains straight through PdfContentByte, and reads PDFs back with PDFBox. */
final class PdfFonts {
    private PdfFonts() {
    }

    record Line(FontRole role, String text) {
    }

    static byte[] draw(FontSet fonts, List<Line> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        PdfContentByte cb = writer.getDirectContent();
        float y = 780;
        for (Line line : lines) {
            cb.beginText();
            cb.setTextMatrix(80, y);
            for (FontChain.Segment s : fonts.chain(line.role()).split(line.text())) {
                cb.setFontAndSize(s.face().pdfFont(), 16);
                cb.showText(s.drawnText());
            }
            cb.endText();
            y -= 30;
        }
        document.close();
        return out.toByteArray();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** One line per font: "BaseFont embedded=… subset=… toUnicode=…". */
    static List<String> fonts(byte[] pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    boolean embedded = font instanceof PDType0Font t0
                            && t0.getDescendantFont().getFontDescriptor() != null
                            && (t0.getDescendantFont().getFontDescriptor().getFontFile2() != null
                            || t0.getDescendantFont().getFontDescriptor().getFontFile3() != null);
                    boolean subset = font.getName().matches("[A-Z]{6}\\+.+");
                    boolean toUnicode = font.getCOSObject().containsKey(COSName.TO_UNICODE);
                    out.add(font.getName() + " embedded=" + embedded + " subset=" + subset + " toUnicode=" + toUnicode);
                }
            }
        }
        return out;
    }
}
