package io.github.wenshu.check;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.function.BiFunction;

/**
 * Builds test PDFs straight on OpenPDF's content stream: text set glyph by glyph on a 22 × 28 grid (model A,
 * glyphs centred in their line cell), page numbers "— N —" on the right of odd and the left of even pages.
 * Every setting can be made wrong on purpose.
 *
 * <pre>{@code
 * byte[] pdf = new GridPdf().leftMm(33).build();
 * }</pre>
 */
final class GridPdf {
    static final float PT_PER_MM = 72 / 25.4f;

    private BaseFont font;
    private float leftMm = 28;
    private float topMm = 37;
    private int lines = 22;
    private int pages = 2;
    private float size = 16;
    private boolean numberOnWrongSide;
    private String numberForm = "\u2014 %d \u2014";
    private BiFunction<Integer, Integer, String> text = GridPdf::paragraphs;

    /** An embedded font with Latin letters and the em dash: the bundled 仿宋. */
    static BaseFont embeddedFont() {
        return TestFonts.fang();
    }

    static BaseFont helvetica() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    GridPdf font(BaseFont f) {
        font = f;
        return this;
    }

    GridPdf leftMm(float v) {
        leftMm = v;
        return this;
    }

    GridPdf lines(int n) {
        lines = n;
        return this;
    }

    GridPdf pages(int n) {
        pages = n;
        return this;
    }

    GridPdf numberOnWrongSide() {
        numberOnWrongSide = true;
        return this;
    }

    GridPdf numberForm(String form) {
        numberForm = form;
        return this;
    }

    /** The text of each line: (page, line) → characters, a leading "  " meaning a two-字 indent. */
    GridPdf text(BiFunction<Integer, Integer, String> t) {
        text = t;
        return this;
    }

    /** Paragraphs of five lines: an indented first line, three full lines, a short last line. */
    static String paragraphs(int page, int line) {
        String full = "ABCDEFGHIJKLMNOPQRSTUVWXYZAB";
        return switch (line % 5) {
            case 0 -> "  " + full.substring(2);
            case 4 -> "KLMNOPQ";
            default -> full;
        };
    }

    byte[] build() {
        BaseFont f = font != null ? font : embeddedFont();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        float height = PageSize.A4.getHeight();
        float charPt = 156 * PT_PER_MM / 28;
        float pitch = 225 * PT_PER_MM / lines;
        for (int p = 1; p <= pages; p++) {
            if (p > 1) {
                doc.newPage();
            }
            PdfContentByte cb = writer.getDirectContent();
            float left = (p % 2 == 0 ? leftMm - 2 : leftMm) * PT_PER_MM;
            int n = p == pages ? lines / 2 : lines;
            for (int i = 0; i < n; i++) {
                float baseline = topMm * PT_PER_MM + i * pitch + pitch / 2 + 0.38f * size;
                String t = text.apply(p, i);
                for (int k = 0; k < t.length(); k++) {
                    String c = t.substring(k, k + 1);
                    if (!c.isBlank()) {
                        glyph(cb, f, c, size, left + k * charPt, height - baseline, charPt);
                    }
                }
            }
            pageNumber(cb, f, p, left, charPt, height);
        }
        doc.close();
        return out.toByteArray();
    }

    private void pageNumber(PdfContentByte cb, BaseFont f, int p, float left, float charPt, float height) {
        String number = String.format(numberForm, p);
        float w = f.getWidthPoint(number, 14);
        boolean right = p % 2 == 1 ^ numberOnWrongSide;
        float x = right ? left + 156 * PT_PER_MM - 14 - w : left + 14;
        float baseline = 269 * PT_PER_MM + 0.3f * 14;
        cb.beginText();
        cb.setFontAndSize(f, 14);
        cb.setTextMatrix(x, height - baseline);
        cb.showText(number);
        cb.endText();
    }

    /** One glyph stretched to one grid cell, so its advance is exactly one 字 as a hanzi's would be. */
    private static void glyph(PdfContentByte cb, BaseFont f, String c, float size, float x, float y, float cell) {
        cb.beginText();
        cb.setFontAndSize(f, size);
        cb.setHorizontalScaling(100 * cell / f.getWidthPoint(c, size));
        cb.setTextMatrix(x, y);
        cb.showText(c);
        cb.endText();
        cb.setHorizontalScaling(100);
    }
}
