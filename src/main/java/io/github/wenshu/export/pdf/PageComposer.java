package io.github.wenshu.export.pdf;

import io.github.wenshu.layout.LineSet;

import java.util.List;
import java.util.function.Consumer;

/**
 * Places lines on the baseline grid, page after page: keeps a cursor (the next free grid line), starts a
 * new page when the grid is full, and hands each finished page, page number added, to a sink.
 *
 * <pre>{@code
 * PageComposer pages = new PageComposer(ctx, output::write);
 * pages.place(shaped, lines, 0, 16f);   // one line on the next grid line
 * pages.finish();
 * }</pre>
 */
final class PageComposer {

    private final PdfContext ctx;
    private final PageFrame frame;
    private final Consumer<Page> sink;
    private Page page;
    private int row;

    PageComposer(PdfContext ctx, Consumer<Page> sink) {
        this.ctx = ctx;
        this.frame = ctx.frame();
        this.sink = sink;
        this.page = new Page(1);
    }

    /** The grid lines still free on the current page. */
    int rowsLeft() {
        return frame.rows() - row;
    }

    int row() {
        return row;
    }

    Page page() {
        return page;
    }

    boolean pageIsBlank() {
        return page.textLines() == 0;
    }

    /** Moves the cursor to grid line {@code target} of the current page (never back). */
    void moveTo(int target) {
        row = Math.max(row, target);
    }

    /** Leaves {@code n} grid lines blank; blank lines are not carried to the top of a new page. */
    void skip(int n) {
        row = Math.min(frame.rows(), row + n);
    }

    /** Makes sure {@code n} lines fit on this page, else starts a new one (unless this one is blank). */
    void keepTogether(int n) {
        if (n > rowsLeft() && !pageIsBlank()) {
            newPage();
        }
    }

    /** Sets line {@code line} of {@code lines} on the next grid line, starting a page when needed. */
    void place(ShapedText text, LineSet lines, int line, float size) {
        if (row >= frame.rows()) {
            newPage();
        }
        page.add(new DrawOp.Text(text, lines, line, frame.bodyLeft(page.number()), frame.baseline(row, size)));
        row++;
    }

    /** Sets every line of a broken paragraph. */
    void placeAll(ShapedText text, LineSet lines, float size) {
        for (int l = 0; l < lines.count(); l++) {
            place(text, lines, l, size);
        }
    }

    /** Adds an outline entry pointing at the next line to be set. */
    void outline(int level, String title) {
        if (row >= frame.rows()) {
            newPage();
        }
        page.add(new DrawOp.Outline(level, title, frame.rowTop(row)));
    }

    /** The top of the next free grid line, starting a new page when this one is full. */
    float top() {
        if (row >= frame.rows()) {
            newPage();
        }
        return frame.rowTop(row);
    }

    /** Moves the cursor to the first grid line whose top is at or below {@code y} (pt). */
    void moveBelow(float y) {
        int target = (int) Math.ceil((frame.bodyTop() - y) / frame.pitch() - 0.01f);
        row = Math.min(frame.rows(), Math.max(row, target));
    }

    void add(DrawOp op) {
        page.add(op);
    }

    /** Draws line {@code line} of {@code lines} on an absolute baseline of the current page; the cursor stays. */
    void drawAt(ShapedText text, LineSet lines, int line, float baseline) {
        page.add(new DrawOp.Text(text, lines, line, frame.bodyLeft(page.number()), baseline));
    }

    /** Draws a line between two points given from the 版心's left edge and the page bottom. */
    void segment(float x1, float y1, float x2, float y2, float width) {
        float left = frame.bodyLeft(page.number());
        page.add(new DrawOp.Rule(left + x1, y1, left + x2, y2, width, 0));
    }

    /** Draws a picture with its lower left corner {@code x} from the 版心's left edge and at height {@code y}. */
    void picture(com.lowagie.text.Image image, float x, float y, float width, float height) {
        page.add(new DrawOp.Picture(image, frame.bodyLeft(page.number()) + x, y, width, height));
    }

    /** The first grid line whose top is at or below {@code y}. */
    int rowAtOrBelow(float y) {
        return (int) Math.ceil((frame.bodyTop() - y) / frame.pitch() - 0.01);
    }

    /** Draws a horizontal rule from {@code x1} to {@code x2} (from the 版心's left edge) at height {@code y}. */
    void rule(float x1, float x2, float y, float width, int rgb) {
        float left = frame.bodyLeft(page.number());
        page.add(new DrawOp.Rule(left + x1, y, left + x2, y, width, rgb));
    }

    /**
     * Starts a new page and moves onto its first grid lines the last {@code n} lines set on this one, when they
     * are text on the grid lines just above the cursor (an outline entry of a moved heading goes with it);
     * fewer when fewer are. For what must not open a page without text above it, such as the 署名.
     */
    void newPageCarrying(int n) {
        List<DrawOp> ops = page.ops();
        int count = 0;
        int lines = 0;
        while (count < ops.size()) {
            DrawOp op = ops.get(ops.size() - 1 - count);
            boolean outlineOfCarried = op instanceof DrawOp.Outline && lines > 0;
            boolean lineAbove = lines < n && op instanceof DrawOp.Text t && row - 1 - lines >= 0
                    && t.baseline() < frame.rowTop(row - 1 - lines) && t.baseline() > frame.rowTop(row - lines);
            if (!outlineOfCarried && !lineAbove) {
                break;
            }
            lines += lineAbove ? 1 : 0;
            count++;
        }
        List<DrawOp> carried = page.removeLast(count);
        float oldLeft = frame.bodyLeft(page.number());
        float rise = frame.rowTop(row - lines) - frame.rowTop(0);
        newPage();
        float shift = frame.bodyLeft(page.number()) - oldLeft;
        for (DrawOp op : carried) {
            if (op instanceof DrawOp.Outline o) {
                page.add(new DrawOp.Outline(o.level(), o.title(), o.top() - rise));
            } else if (op instanceof DrawOp.Text t) {
                page.add(new DrawOp.Text(t.text(), t.lines(), t.line(), t.left() + shift, t.baseline() - rise));
                row++;
            }
        }
    }

    void newPage() {
        emit();
        page = new Page(page.number() + 1);
        row = 0;
    }

    /** Emits the last page. */
    void finish() {
        emit();
        page = null;
    }

    private void emit() {
        if (page.numbered()) {
            ctx.pageNumbers().addTo(page);
        }
        sink.accept(page);
    }
}
