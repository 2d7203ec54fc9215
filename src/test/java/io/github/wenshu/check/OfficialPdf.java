package io.github.wenshu.check;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.io.ByteArrayOutputStream;

/**
 * A two-page 公文 drawn straight on OpenPDF, right by GB/T 9704 unless told otherwise: red mark and rule,
 * title, 主送, headings 一、（一）1., body on the 22 × 28 grid (model A), 署名 and 成文日期 without seal, 版记 at
 * the bottom of page 2, page numbers.
 *
 * <pre>{@code
 * byte[] pdf = new OfficialPdf().level1Font(TestFonts.fang()).build();
 * }</pre>
 */
final class OfficialPdf {
    private static final float MM = 72 / 25.4f;
    private static final float PITCH = 225 * MM / 22;
    private static final float CHAR = 156 * MM / 28;
    private static final float TRACKING = CHAR - 16;
    private static final float HEIGHT = PageSize.A4.getHeight();
    private static final String FILL = "为深入贯彻落实国务院关于加强和改进政府工作的部署要求进一步做好本地区各项工作经研究现就有关事项通知如下";

    private final BaseFont fang = TestFonts.fang();
    private final BaseFont hei = TestFonts.hei();
    private final BaseFont kai = TestFonts.kai();
    private final BaseFont song = TestFonts.song();
    private BaseFont level1Font = hei;
    private Color markColor = new Color(255, 51, 51);
    private float ruleWidthMm = 156;
    private String lineStart = "";
    private String date = "2025年3月5日";
    private float signatureRightChars = 2;
    private boolean imprint = true;
    private int pages = 2;

    OfficialPdf level1Font(BaseFont f) {
        level1Font = f;
        return this;
    }

    OfficialPdf markColor(Color c) {
        markColor = c;
        return this;
    }

    OfficialPdf ruleWidthMm(float w) {
        ruleWidthMm = w;
        return this;
    }

    /** Text forced at the start of a full line on page 1 (e.g. "，"). */
    OfficialPdf lineStart(String s) {
        lineStart = s;
        return this;
    }

    OfficialPdf date(String d) {
        date = d;
        return this;
    }

    OfficialPdf signatureRightChars(float chars) {
        signatureRightChars = chars;
        return this;
    }

    /** Adds a third page, so the 版记 (still on the last page) lands on an odd page. */
    OfficialPdf threePages() {
        pages = 3;
        return this;
    }

    byte[] build() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4);
        com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(doc, out);
        doc.open();
        PdfContentByte cb = writer.getDirectContent();
        firstPage(cb);
        for (int p = 2; p <= pages; p++) {
            doc.newPage();
            if (p < pages) {
                fullPage(cb, p);
            } else {
                lastPage(cb, p);
            }
        }
        doc.close();
        return out.toByteArray();
    }

    private void firstPage(PdfContentByte cb) {
        float left = 28 * MM;
        float markSize = 36;
        String mark = "某某市人民政府文件";
        float markBaseline = (37 + 35) * MM + 0.88f * markSize;
        cb.setColorFill(markColor);
        centred(cb, song, markSize, 0, left, markBaseline, mark);
        cb.setColorFill(Color.BLACK);
        centred(cb, fang, 16, TRACKING, left, row(7), "某府发〔2025〕1号");
        float ruleY = row(7) + 0.12f * 16 + 4 * MM;
        cb.setColorFill(markColor);
        float ruleLeft = left + (156 * MM - ruleWidthMm * MM) / 2;
        cb.rectangle(ruleLeft, HEIGHT - ruleY - 0.5f, ruleWidthMm * MM, 1f);
        cb.fill();
        cb.setColorFill(Color.BLACK);
        centred(cb, song, 22, 0, left, row(10), "某某市人民政府关于做好");
        centred(cb, song, 22, 0, left, row(11), "春季农业生产工作的通知");
        text(cb, fang, 16, left, row(13), "各区人民政府，市政府各部门：");
        text(cb, fang, 16, left + 2 * CHAR, row(14), fill(0, 26));
        text(cb, fang, 16, left, row(15), lineStart + fill(26, 28 - lineStart.length()));
        text(cb, fang, 16, left, row(16), fill(54, 8) + "。");
        text(cb, level1Font, 16, left + 2 * CHAR, row(17), "一、总体要求");
        text(cb, kai, 16, left + 2 * CHAR, row(18), "（一）指导思想");
        text(cb, fang, 16, left + 2 * CHAR, row(19), "1.工作目标。" + fill(3, 20));
        text(cb, fang, 16, left, row(20), fill(10, 28));
        text(cb, fang, 16, left, row(21), fill(20, 28));
        pageNumber(cb, 1, left);
    }

    private void fullPage(PdfContentByte cb, int page) {
        float left = (page % 2 == 0 ? 26 : 28) * MM;
        for (int r = 0; r < 22; r++) {
            text(cb, fang, 16, left, row(r), fill(r, 28));
        }
        pageNumber(cb, page, left);
    }

    private void lastPage(PdfContentByte cb, int page) {
        float left = (page % 2 == 0 ? 26 : 28) * MM;
        float right = left + 156 * MM;
        text(cb, fang, 16, left, row(0), fill(5, 28));
        text(cb, fang, 16, left, row(1), fill(12, 9) + "。");
        String signer = "某某市人民政府";
        float sigRight = right - signatureRightChars * CHAR;
        float sigLeft = sigRight - width(fang, signer);
        text(cb, fang, 16, sigLeft, row(3), signer);
        text(cb, fang, 16, sigLeft + 2 * CHAR, row(4), date);
        if (imprint) {
            float small = 14;
            rule(cb, left, 156, row(19) - PITCH / 2 - 1, 1f);
            text(cb, fang, small, left + CHAR, row(19), "抄送：市委办公室，市人大常委会办公室。");
            rule(cb, left, 156, row(20) - PITCH / 2, 0.7f);
            text(cb, fang, small, left + CHAR, row(20), "某某市人民政府办公室");
            String printed = "2025年3月5日印发";
            text(cb, fang, small, right - CHAR - width(fang, small, printed), row(20), printed);
            rule(cb, left, 156, (37 + 225) * MM, 1f);
        }
        pageNumber(cb, page, left);
    }

    private static float row(int r) {
        return 37 * MM + r * PITCH + PITCH / 2 + 0.38f * 16;
    }

    private static String fill(int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(FILL.charAt((from + i) % FILL.length()));
        }
        return sb.toString();
    }

    private static float width(BaseFont f, String s) {
        return width(f, 16, s);
    }

    private static float width(BaseFont f, float size, String s) {
        return f.getWidthPoint(s, size) + (size == 16 ? TRACKING * s.length() : 0);
    }

    private static void text(PdfContentByte cb, BaseFont f, float size, float x, float baseline, String s) {
        cb.beginText();
        cb.setFontAndSize(f, size);
        cb.setCharacterSpacing(size == 16 ? TRACKING : 0);
        cb.setTextMatrix(x, HEIGHT - baseline);
        cb.showText(s);
        cb.endText();
        cb.setCharacterSpacing(0);
    }

    private static void centred(PdfContentByte cb, BaseFont f, float size, float tracking, float left, float baseline,
                                String s) {
        float w = f.getWidthPoint(s, size) + tracking * (s.length() - 1);
        text(cb, f, size, left + (156 * MM - w) / 2, baseline, s);
    }

    private static void rule(PdfContentByte cb, float left, float widthMm, float y, float thickness) {
        cb.setLineWidth(thickness);
        cb.moveTo(left, HEIGHT - y);
        cb.lineTo(left + widthMm * MM, HEIGHT - y);
        cb.stroke();
    }

    private void pageNumber(PdfContentByte cb, int page, float left) {
        String n = "\u2014 " + page + " \u2014";
        float w = fang.getWidthPoint(n, 14);
        float x = page % 2 == 1 ? left + 156 * MM - 14 - w : left + 14;
        text(cb, fang, 14, x, 269 * MM + 0.3f * 14, n);
    }

}
