package io.github.wenshu.export.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Pages of their own for a landscape table (GB/T 9704 §8): the page stays A4 portrait and keeps its page
 * number; the table is drawn a quarter turn anticlockwise in a frame as wide as the 版心 is high (225 mm)
 * and as high as the 版心 is wide (156 mm). The frame's top, the table head, faces the page's left edge:
 * on odd pages that is the binding edge (订口), on even pages, whose binding edge is on the right, the outer
 * edge (切口), as §8 asks. It starts on a fresh page and the body resumes on the page after the last one.
 *
 * <pre>{@code
 * TableSurface s = new TurnedTableSurface(pages, frame);   // starts a page unless this one is blank
 * ... s.add(op) in frame coordinates ...
 * s.end(y);                                              // draws the last turned page
 * }</pre>
 */
final class TurnedTableSurface implements TableSurface {

    private final PageComposer pages;
    private final PageFrame frame;
    private final List<DrawOp> ops = new ArrayList<>();
    private float top;

    TurnedTableSurface(PageComposer pages, PageFrame frame) {
        this.pages = pages;
        this.frame = frame;
        if (!pages.pageIsBlank() || pages.row() > 0) {
            pages.newPage();
        }
        this.top = pageHeight();
    }

    /** Leaves {@code height} at the top of the first page for the caption. */
    void reserve(float height) {
        top -= height;
    }

    @Override
    public float top() {
        return top;
    }

    @Override
    public float bottom() {
        return 0;
    }

    @Override
    public float pageHeight() {
        return frame.bodyWidth();
    }

    @Override
    public float width() {
        return frame.bodyTop() - frame.bodyBottom();
    }

    @Override
    public float left() {
        return 0;
    }

    @Override
    public void add(DrawOp op) {
        ops.add(op);
    }

    @Override
    public void newPage() {
        flush();
        pages.newPage();
        top = pageHeight();
    }

    @Override
    public void end(float y) {
        flush();
        pages.moveTo(frame.rows());
    }

    private void flush() {
        if (ops.isEmpty()) {
            return;
        }
        float right = frame.bodyLeft(pages.page().number()) + frame.bodyWidth();
        pages.add(new DrawOp.Turned(ops, right, frame.bodyBottom()));
        ops.clear();
    }
}
