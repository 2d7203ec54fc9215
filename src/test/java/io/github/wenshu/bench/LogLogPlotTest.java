package io.github.wenshu.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogLogPlotTest {

    @Test
    void drawsEachSeriesInItsOwnColourOnAPngOfTheAskedSize(@TempDir Path dir) throws Exception {
        LogLogPlot plot = new LogLogPlot("Time per document", "pages", "ms")
                .series("a", List.of(new LogLogPlot.Point(9, 20), new LogLogPlot.Point(900, 2000)))
                .series("b", List.of(new LogLogPlot.Point(9, 1000), new LogLogPlot.Point(900, 5000)));
        Path png = dir.resolve("plot.png");
        plot.writePng(png, 800, 500);

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
        assertTrue(count(image, plot.colorOf("a").getRGB()) > 50, "series a is visible");
        assertTrue(count(image, plot.colorOf("b").getRGB()) > 50, "series b is visible");
    }

    @Test
    void placesDecadesEquallyApart() {
        Axes axes = Axes.fit(List.of(List.of(new LogLogPlot.Point(1, 1), new LogLogPlot.Point(1000, 100))),
                0, 0, 300, 200);

        assertEquals(100, axes.px(10) - axes.px(1), 1e-9);
        assertEquals(100, axes.px(1000) - axes.px(100), 1e-9);
        assertEquals(100, axes.py(1) - axes.py(10), 1e-9);
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }
}
