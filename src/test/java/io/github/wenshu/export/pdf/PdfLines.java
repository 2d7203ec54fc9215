package io.github.wenshu.export.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text lines of a PDF as PDFBox reads them back: per page, glyphs grouped by baseline, in PDF
 * coordinates (y up, pt). A layout dump for tests.
 */
final class PdfLines {

    /** One glyph: its text, left x, right x (advance end), baseline y, size and font name. */
    record Glyph(String text, float x, float right, float y, float size, String font) {
    }

    /** One line: glyphs left to right on one baseline. */
    record Line(int page, float y, List<Glyph> glyphs) {
        String text() {
            StringBuilder sb = new StringBuilder();
            glyphs.forEach(g -> sb.append(g.text()));
            return sb.toString();
        }

        float left() {
            return glyphs.get(0).x();
        }

        float right() {
            return glyphs.get(glyphs.size() - 1).right();
        }
    }

    private PdfLines() {
    }

    /** Lines per page (index 0 = page 1), top to bottom. */
    static List<List<Line>> read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<List<Line>> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                Collector c = new Collector(doc.getPage(p - 1).getMediaBox().getHeight());
                c.setStartPage(p);
                c.setEndPage(p);
                c.getText(doc);
                List<Line> lines = new ArrayList<>();
                for (Map.Entry<Integer, List<Glyph>> e : c.byBaseline.descendingMap().entrySet()) {
                    List<Glyph> g = e.getValue();
                    g.sort((a, b) -> Float.compare(a.x(), b.x()));
                    lines.add(new Line(p, g.get(0).y(), g));
                }
                pages.add(lines);
            }
            return pages;
        }
    }

    private static final class Collector extends PDFTextStripper {
        final TreeMap<Integer, List<Glyph>> byBaseline = new TreeMap<>();
        final float height;

        Collector(float height) {
            this.height = height;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition t : positions) {
                float y = height - t.getYDirAdj();
                int key = Math.round(y * 4);
                Integer near = byBaseline.floorKey(key + 2);
                if (near != null && Math.abs(near - key) <= 2) {
                    key = near;
                }
                byBaseline.computeIfAbsent(key, k -> new ArrayList<>()).add(new Glyph(t.getUnicode(),
                        t.getXDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(), y, t.getFontSizeInPt(),
                        t.getFont().getName()));
            }
        }
    }
}
