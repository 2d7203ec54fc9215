package io.github.wenshu.check;

/**
 * A straight line or thin rectangle drawn on a page, in points, y measured down from the top: the red rule,
 * the 版记 lines.
 *
 * @param left      left end
 * @param right     right end
 * @param y         vertical centre
 * @param thickness stroke width, or rectangle height
 * @param rgb       colour as 0xRRGGBB, or -1 when unknown
 */
record Shape(float left, float right, float y, float thickness, int rgb) {
    float width() {
        return right - left;
    }
}
