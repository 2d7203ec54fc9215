package io.github.wenshu.check;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the horizontal lines of one page: stroked horizontal segments and filled rectangles at most 3 pt
 * high (how Word, LibreOffice and OpenPDF draw rules). Coordinates are turned into points from the crop box's
 * top-left corner, like the glyphs'.
 */
final class ShapeCollector extends PDFGraphicsStreamEngine {
    private static final float MAX_RULE_THICKNESS = 3f;
    private static final float MIN_RULE_WIDTH = 20f;

    private final List<Shape> shapes = new ArrayList<>();
    private final List<float[]> images = new ArrayList<>();
    private final List<float[]> segments = new ArrayList<>();
    private final List<float[]> rects = new ArrayList<>();
    private final float originX;
    private final float topY;
    private Point2D.Float current = new Point2D.Float();

    ShapeCollector(PDPage page) {
        super(page);
        PDRectangle crop = page.getCropBox();
        originX = crop.getLowerLeftX();
        topY = crop.getUpperRightY();
    }

    static List<Shape> collect(PDPage page) throws IOException {
        return collector(page).shapes;
    }

    /** Runs over a page once: its rules, and its pictures' {top, bottom} from the top of the page. */
    static ShapeCollector collector(PDPage page) throws IOException {
        ShapeCollector c = new ShapeCollector(page);
        c.processPage(page);
        return c;
    }

    List<Shape> shapes() {
        return List.copyOf(shapes);
    }

    List<float[]> images() {
        return List.copyOf(images);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rects.add(new float[] {(float) Math.min(p0.getX(), p2.getX()), (float) Math.min(p0.getY(), p2.getY()),
            (float) Math.max(p0.getX(), p2.getX()), (float) Math.max(p0.getY(), p2.getY())});
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        segments.add(new float[] {current.x, current.y, x, y});
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() throws IOException {
        float width = getGraphicsState().getLineWidth()
                * (float) Math.abs(getGraphicsState().getCurrentTransformationMatrix().getScalingFactorY());
        int rgb = rgb(getGraphicsState().getStrokingColor());
        for (float[] s : segments) {
            if (Math.abs(s[1] - s[3]) < 0.5f) {
                add(Math.min(s[0], s[2]), Math.max(s[0], s[2]), (s[1] + s[3]) / 2, width, rgb);
            }
        }
        for (float[] r : rects) {
            if (r[3] - r[1] <= MAX_RULE_THICKNESS) {
                add(r[0], r[2], (r[1] + r[3]) / 2, r[3] - r[1] + width, rgb);
            }
        }
        clear();
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        int rgb = rgb(getGraphicsState().getNonStrokingColor());
        for (float[] r : rects) {
            if (r[3] - r[1] <= MAX_RULE_THICKNESS) {
                add(r[0], r[2], (r[1] + r[3]) / 2, r[3] - r[1], rgb);
            }
        }
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        fillPath(windingRule);
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void drawImage(PDImage pdImage) {
        var m = getGraphicsState().getCurrentTransformationMatrix();
        float y0 = m.getTranslateY();
        float y1 = y0 + m.getScalingFactorY();
        images.add(new float[] {topY - Math.max(y0, y1), topY - Math.min(y0, y1)});
    }

    @Override
    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
    }

    private void add(float x0, float x1, float y, float thickness, int rgb) {
        if (x1 - x0 >= MIN_RULE_WIDTH) {
            shapes.add(new Shape(x0 - originX, x1 - originX, topY - y, thickness, rgb));
        }
    }

    private void clear() {
        segments.clear();
        rects.clear();
    }

    private static int rgb(PDColor c) {
        try {
            return c == null ? -1 : c.toRGB();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
