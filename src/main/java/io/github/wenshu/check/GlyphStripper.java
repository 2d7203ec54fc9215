package io.github.wenshu.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Records every upright glyph of a document with its position, size, font and fill colour, page by page.
 * Used once per document; not thread-safe.
 */
final class GlyphStripper extends PDFTextStripper {
    private final Map<Integer, List<Glyph>> glyphsByPage = new LinkedHashMap<>();
    private final Map<String, FontUse> fonts = new LinkedHashMap<>();
    private List<Glyph> span;
    private String spanText;

    GlyphStripper() {
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
    }

    /**
     * LibreOffice and others give the real text of a glyph shared by several characters as /ActualText of a
     * marked-content span; the font's ToUnicode then names only one of them. Collected here and applied at the
     * span's end.
     */
    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        super.beginMarkedContentSequence(tag, properties);
        String actual = properties == null ? null : properties.getString(COSName.ACTUAL_TEXT);
        if (actual != null && span == null) {
            span = new ArrayList<>();
            spanText = actual;
        }
    }

    @Override
    public void endMarkedContentSequence() {
        super.endMarkedContentSequence();
        if (span == null) {
            return;
        }
        List<Glyph> glyphs = span;
        span = null;
        List<Glyph> page = glyphsByPage.computeIfAbsent(getCurrentPageNo(), p -> new ArrayList<>());
        int[] cps = spanText.codePoints().toArray();
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            String text = cps.length == glyphs.size() ? new String(cps, i, 1)
                    : i == 0 ? spanText : "";
            if (!text.isEmpty()) {
                page.add(new Glyph(text, g.x(), g.baseline(), g.width(), g.size(), g.font(), g.rgb()));
            }
        }
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        if (t.getDir() != 0 || t.getUnicode() == null) {
            return;
        }
        PDFont font = t.getFont();
        String name = fontName(font);
        int page = getCurrentPageNo();
        fonts.computeIfAbsent(name, n -> new FontUse(n, font == null || font.isEmbedded(), page));
        float size = Math.abs(t.getTextMatrix().getScalingFactorY());
        Glyph g = new Glyph(t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, name,
                fillColour());
        if (span != null) {
            span.add(g);
        } else {
            glyphsByPage.computeIfAbsent(page, p -> new ArrayList<>()).add(g);
        }
    }

    private int fillColour() {
        try {
            PDColor c = getGraphicsState().getNonStrokingColor();
            return c == null ? -1 : c.toRGB();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static String fontName(PDFont font) {
        if (font == null) {
            return "";
        }
        String n = font.getName();
        return n == null ? "" : FontFamily.decodeName(n);
    }

    List<Glyph> glyphs(int page) {
        return glyphsByPage.getOrDefault(page, List.of());
    }

    List<FontUse> fonts() {
        return List.copyOf(fonts.values());
    }
}
