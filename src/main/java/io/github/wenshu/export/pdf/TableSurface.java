package io.github.wenshu.export.pdf;

/**
 * Where a table's bands go, page after page: the 版心 of upright pages on the body grid, or a frame turned
 * a quarter turn on pages of their own ({@link TurnedTableSurface}). Heights are in the surface's own
 * coordinates, y growing upwards.
 *
 * <pre>{@code
 * TableSurface s = new UprightTableSurface(pages, frame);
 * float y = s.top();
 * s.add(new DrawOp.Rule(s.left(), y, s.left() + 100, y, 0.5f, 0));
 * }</pre>
 */
interface TableSurface {

    /** The top of the free space on the current page (starts a page when the current one is full). */
    float top();

    /** The bottom of the space on every page. */
    float bottom();

    /** The height of an empty page's space. */
    float pageHeight();

    /** The width the table may take. */
    float width();

    /** The left edge of the space on the current page. */
    float left();

    void add(DrawOp op);

    void newPage();

    /** The table ended at height {@code y} on the current page. */
    void end(float y);

    /** The body's upright 版心: the table starts on the next grid line and the grid resumes after it. */
    final class Upright implements TableSurface {
        private final PageComposer pages;
        private final PageFrame frame;

        Upright(PageComposer pages, PageFrame frame) {
            this.pages = pages;
            this.frame = frame;
        }

        @Override
        public float top() {
            return pages.top();
        }

        @Override
        public float bottom() {
            return frame.bodyBottom();
        }

        @Override
        public float pageHeight() {
            return frame.bodyTop() - frame.bodyBottom();
        }

        @Override
        public float width() {
            return frame.bodyWidth();
        }

        @Override
        public float left() {
            return frame.bodyLeft(pages.page().number());
        }

        @Override
        public void add(DrawOp op) {
            pages.add(op);
        }

        @Override
        public void newPage() {
            pages.newPage();
        }

        @Override
        public void end(float y) {
            pages.moveBelow(y);
        }
    }
}
