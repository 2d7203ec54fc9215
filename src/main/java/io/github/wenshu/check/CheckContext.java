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
    private final boolean mirroringKnown;

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
        this.mirroringKnown = pages.stream().anyMatch(p -> !p.page().isOdd() && p.hasEdges());
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

    /**
     * Where the 版心's left edge may be on a page, in pt: measured when the page has full lines; otherwise the
     * standard's, with both 26 and 28 mm for an even page when no even page shows whether margins are mirrored.
     */
    List<Double> areaLefts(PageGeometry g) {
        if (g.hasEdges()) {
            return List.of((double) g.left());
        }
        if (g.page().isOdd() || mirroringKnown) {
            return List.of(nominalLeft(g.page().number()));
        }
        return List.of(Gbt9704.pt(Gbt9704.OUTER), Gbt9704.pt(Gbt9704.BINDING));
    }

    /** The 版心 width on a page in pt: measured, or the standard's 156 mm. */
    double areaWidth(PageGeometry g) {
        return g.hasEdges() ? g.right() - g.left() : Gbt9704.pt(Gbt9704.BODY_WIDTH);
    }

    /** The width of one 字 of the body grid, in pt. */
    double charPt() {
        return Gbt9704.CHAR_PT;
    }
}
