package io.github.wenshu.export.pdf;

import io.github.wenshu.layout.LineSet;

/**
 * One thing drawn on a page, in PDF points. A page is a list of these; {@link PagePainter} writes them.
 *
 * <pre>{@code
 * page.add(new DrawOp.Text(shaped, lines, 0, 79.4f, 736.5f));
 * page.add(new DrawOp.Rule(79.4f, 700f, 521.6f, 700f, 1f, 0xFF3333));
 * }</pre>
 */
sealed interface DrawOp {

    /** Line {@code line} of a broken paragraph, its measure's left edge at {@code left}, on {@code baseline}. */
    record Text(ShapedText text, LineSet lines, int line, float left, float baseline) implements DrawOp {
    }

    /** A straight line of {@code width} pt in colour {@code rgb}. */
    record Rule(float x1, float y1, float x2, float y2, float width, int rgb) implements DrawOp {
    }

    /** A picture scaled to {@code width} × {@code height} pt, its lower left corner at ({@code x}, {@code y}). */
    record Picture(com.lowagie.text.Image image, float x, float y, float width, float height) implements DrawOp {
    }

    /**
     * Things drawn in a frame turned a quarter turn anticlockwise (a landscape table on a portrait page):
     * a point (u, v) of the frame lands on the page at ({@code x} − v, {@code y} + u), so the frame's top
     * faces the page's left edge and its lines read upwards.
     */
    record Turned(java.util.List<DrawOp> ops, float x, float y) implements DrawOp {
        public Turned {
            ops = java.util.List.copyOf(ops);
        }
    }

    /** An outline (bookmark) entry pointing at {@code top} on this page. */
    record Outline(int level, String title, float top) implements DrawOp {
    }
}
