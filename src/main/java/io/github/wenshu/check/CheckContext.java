package io.github.wenshu.check;

import java.util.ArrayList;
import java.util.List;

/**
 * What the checks share about one document: its layout, the inferred body size, each page's geometry, and
 * whether even pages mirror the margins.
 */
final class CheckContext {
    private final DocumentLayout layout;
    private final float bodySize;
    private final List<PageGeometry> pages;
    private final boolean mirrored;

    CheckContext(DocumentLayout layout) {
        this.layout = layout;
        this.bodySize = inferBodySize(layout);
        List<PageGeometry> g = new ArrayList<>();
        for (PageLayout p : layout.pages()) {
            g.add(PageGeometry.of(p, bodySize));
        }
        this.pages = List.copyOf(g);
        this.mirrored = pages.stream().anyMatch(p -> !p.page().isOdd() && p.hasEdges()
                && Math.abs(Gbt9704.mm(p.left()) - Gbt9704.OUTER) < Math.abs(Gbt9704.mm(p.left()) - Gbt9704.BINDING));
    }

    private static float inferBodySize(DocumentLayout layout) {
        List<Float> sizes = new ArrayList<>();
        for (PageLayout p : layout.pages()) {
            for (TextLine l : p.lines()) {
                for (Glyph g : l.visible()) {
                    sizes.add(Math.round(g.size() * 10) / 10f);
                }
            }
        }
        return TextLine.mode(sizes, 0f);
    }

    DocumentLayout layout() {
        return layout;
    }

    float bodySize() {
        return bodySize;
    }

    List<PageGeometry> pages() {
        return pages;
    }

    int pageCount() {
        return pages.size();
    }

    boolean mirrored() {
        return mirrored;
    }

    boolean isBody(TextLine line) {
        return Math.abs(line.size() - bodySize) <= Gbt9704.SIZE_TOLERANCE_PT;
    }

    /** The standard's left edge of the 版心 on a page, in pt. */
    double nominalLeft(int page) {
        return Gbt9704.pt(mirrored && page % 2 == 0 ? Gbt9704.OUTER : Gbt9704.BINDING);
    }

    /** The width of one 字 of the body grid, in pt. */
    double charPt() {
        return Gbt9704.CHAR_PT;
    }
}
