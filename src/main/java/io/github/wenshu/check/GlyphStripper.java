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

    GlyphStripper() {
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
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
        glyphsByPage.computeIfAbsent(page, p -> new ArrayList<>())
                .add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, name,
                        fillColour()));
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
