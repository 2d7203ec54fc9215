package io.github.wenshu.check;

import java.util.List;

/**
 * Everything read from one page: its size, its text lines top to bottom, and its straight lines.
 *
 * @param number 1-based page number in the file
 * @param width  page width in pt (crop box)
 * @param height page height in pt
 * @param lines  text lines, top to bottom
 * @param shapes horizontal lines and thin rectangles
 * @param insetFirst whether a table or a picture comes before the first text line (its top is then no 版心 top)
 */
record PageLayout(int number, float width, float height, List<TextLine> lines, List<Shape> shapes,
                  boolean insetFirst) {
    PageLayout {
        lines = List.copyOf(lines);
        shapes = List.copyOf(shapes);
    }

    boolean isOdd() {
        return number % 2 == 1;
    }
}
