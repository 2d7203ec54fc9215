package io.github.wenshu.bench;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line chart on log-log axes drawn with Java2D: one coloured line with markers per series, decade grid,
 * labelled axes and a legend.
 *
 * <pre>{@code
 * LogLogPlot plot = new LogLogPlot("Time per document", "pages", "milliseconds");
 * plot.series("wenshu-pdf", List.of(new LogLogPlot.Point(9, 20), new LogLogPlot.Point(900, 800)));
 * plot.writePng(Path.of("docs/images/bench-time-per-doc.png"), 960, 600);
 * }</pre>
 */
public final class LogLogPlot {

    /** One data point; both coordinates must be positive. */
    public record Point(double x, double y) {
    }

    static final Color[] PALETTE = {
        new Color(0xD6, 0x27, 0x28), new Color(0x1F, 0x77, 0xB4), new Color(0x2C, 0xA0, 0x2C),
        new Color(0xFF, 0x7F, 0x0E), new Color(0x94, 0x67, 0xBD), new Color(0x8C, 0x56, 0x4B),
        new Color(0xE3, 0x77, 0xC2), new Color(0x7F, 0x7F, 0x7F), new Color(0x17, 0xBE, 0xCF)};

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final Map<String, List<Point>> series = new LinkedHashMap<>();

    public LogLogPlot(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    public LogLogPlot series(String name, List<Point> points) {
        List<Point> positive = points.stream().filter(p -> p.x() > 0 && p.y() > 0)
                .sorted(java.util.Comparator.comparingDouble(Point::x)).toList();
        if (!positive.isEmpty()) {
            series.put(name, positive);
        }
        return this;
    }

    /** The colour a series is drawn in: its position in the order the series were added. */
    public Color colorOf(String name) {
        int i = List.copyOf(series.keySet()).indexOf(name);
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    public void writePng(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            draw(g, width, height);
        } finally {
            g.dispose();
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        ImageIO.write(image, "png", file.toFile());
    }

    private void draw(Graphics2D g, int width, int height) {
        Axes axes = Axes.fit(series.values(), 95, 50, width - 250, height - 60);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.setColor(Color.BLACK);
        g.drawString(title, axes.left(), 30);
        axes.drawGrid(g, xLabel, yLabel);
        int legendY = axes.top() + 10;
        for (Map.Entry<String, List<Point>> e : series.entrySet()) {
            g.setColor(colorOf(e.getKey()));
            g.setStroke(new BasicStroke(2.2f));
            Path2D line = new Path2D.Double();
            for (Point p : e.getValue()) {
                double px = axes.px(p.x());
                double py = axes.py(p.y());
                if (line.getCurrentPoint() == null) {
                    line.moveTo(px, py);
                } else {
                    line.lineTo(px, py);
                }
                g.fillOval((int) px - 4, (int) py - 4, 9, 9);
            }
            g.draw(line);
            legendY = drawLegendEntry(g, e.getKey(), axes.right() + 20, legendY);
        }
    }

    private int drawLegendEntry(Graphics2D g, String name, int x, int y) {
        g.draw(new Line2D.Double(x, y, x + 24, y));
        g.fillOval(x + 8, y - 4, 9, 9);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        FontMetrics fm = g.getFontMetrics();
        g.drawString(name, x + 32, y + fm.getAscent() / 2 - 1);
        return y + 22;
    }
}
