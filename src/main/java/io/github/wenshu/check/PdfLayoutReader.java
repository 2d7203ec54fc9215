package io.github.wenshu.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Reads a loaded PDF into a {@link DocumentLayout}: glyphs grouped in lines, and horizontal rules. */
final class PdfLayoutReader {
    private PdfLayoutReader() {
    }

    static DocumentLayout read(PDDocument doc) throws IOException {
        GlyphStripper stripper = new GlyphStripper();
        stripper.setSortByPosition(false);
        stripper.getText(doc);
        List<PageLayout> pages = new ArrayList<>();
        int n = 1;
        for (PDPage page : doc.getPages()) {
            float w = page.getCropBox().getWidth();
            float h = page.getCropBox().getHeight();
            if (page.getRotation() % 180 != 0) {
                float t = w;
                w = h;
                h = t;
            }
            ShapeCollector shapes = ShapeCollector.collector(page);
            Insets insets = Insets.of(shapes.shapes(), shapes.images());
            List<TextLine> lines = insets.outside(LineBuilder.lines(stripper.glyphs(n)));
            pages.add(new PageLayout(n, w, h, lines, shapes.shapes(), insets.before(lines)));
            n++;
        }
        return new DocumentLayout(pages, stripper.fonts());
    }
}
