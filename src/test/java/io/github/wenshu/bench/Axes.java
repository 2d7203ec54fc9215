package io.github.wenshu.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.util.Collection;
import java.util.List;

/** Log-log axes over whole decades, mapping data to pixels inside a plot rectangle. */
record Axes(int left, int top, int right, int bottom, int xMinExp, int xMaxExp, int yMinExp, int yMaxExp) {

    static Axes fit(Collection<List<LogLogPlot.Point>> series, int left, int top, int right, int bottom) {
        double xMin = Double.MAX_VALUE, xMax = -Double.MAX_VALUE, yMin = Double.MAX_VALUE, yMax = -Double.MAX_VALUE;
        for (List<LogLogPlot.Point> s : series) {
            for (LogLogPlot.Point p : s) {
                xMin = Math.min(xMin, p.x());
                xMax = Math.max(xMax, p.x());
                yMin = Math.min(yMin, p.y());
                yMax = Math.max(yMax, p.y());
            }
        }
        if (xMin > xMax) {
            xMin = yMin = 1;
            xMax = yMax = 10;
        }
        int x0 = (int) Math.floor(Math.log10(xMin));
        int x1 = Math.max(x0 + 1, (int) Math.ceil(Math.log10(xMax)));
        int y0 = (int) Math.floor(Math.log10(yMin));
        int y1 = Math.max(y0 + 1, (int) Math.ceil(Math.log10(yMax)));
        return new Axes(left, top, right, bottom, x0, x1, y0, y1);
    }

    double px(double x) {
        return left + (Math.log10(x) - xMinExp) / (xMaxExp - xMinExp) * (right - left);
    }

    double py(double y) {
        return bottom - (Math.log10(y) - yMinExp) / (yMaxExp - yMinExp) * (bottom - top);
    }

    void drawGrid(Graphics2D g, String xLabel, String yLabel) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        for (int e = xMinExp; e <= xMaxExp; e++) {
            minorTicks(g, e, true);
            double x = px(Math.pow(10, e));
            line(g, x, top, x, bottom, e == xMinExp ? Color.BLACK : new Color(0xCC, 0xCC, 0xCC), 1f);
            String label = decade(e);
            g.setColor(Color.BLACK);
            g.drawString(label, (int) x - fm.stringWidth(label) / 2, bottom + fm.getAscent() + 6);
        }
        for (int e = yMinExp; e <= yMaxExp; e++) {
            minorTicks(g, e, false);
            double y = py(Math.pow(10, e));
            line(g, left, y, right, y, e == yMinExp ? Color.BLACK : new Color(0xCC, 0xCC, 0xCC), 1f);
            String label = decade(e);
            g.setColor(Color.BLACK);
            g.drawString(label, left - fm.stringWidth(label) - 8, (int) y + fm.getAscent() / 2 - 1);
        }
        g.setColor(Color.BLACK);
        g.drawString(xLabel, (left + right) / 2 - fm.stringWidth(xLabel) / 2, bottom + 2 * fm.getHeight() + 8);
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(yLabel, -(top + bottom) / 2 - fm.stringWidth(yLabel) / 2, left - 70);
        g.setTransform(saved);
    }

    private void minorTicks(Graphics2D g, int exp, boolean vertical) {
        int last = vertical ? xMaxExp : yMaxExp;
        if (exp >= last) {
            return;
        }
        for (int m = 2; m <= 9; m++) {
            double v = m * Math.pow(10, exp);
            if (vertical) {
                line(g, px(v), top, px(v), bottom, new Color(0xEE, 0xEE, 0xEE), 1f);
            } else {
                line(g, left, py(v), right, py(v), new Color(0xEE, 0xEE, 0xEE), 1f);
            }
        }
    }

    private static void line(Graphics2D g, double x1, double y1, double x2, double y2, Color c, float w) {
        g.setColor(c);
        g.setStroke(new BasicStroke(w));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    private static String decade(int exp) {
        return exp >= 0 ? String.format("%,d", (long) Math.pow(10, exp)) : String.valueOf(Math.pow(10, exp));
    }
}
