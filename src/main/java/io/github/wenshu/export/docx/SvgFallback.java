package io.github.wenshu.export.docx;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The PNG an SVG picture falls back to in readers without SVG support (Word before 2016): a pale grey box
 * of the picture's proportions with a thin border and crossed diagonals, marking where the picture is.
 * Rendering the SVG itself would need an SVG library, which Wenshu does not carry; the exporter warns.
 *
 * <pre>{@code
 * byte[] png = SvgFallback.placeholder(453, 227);
 * }</pre>
 */
final class SvgFallback {

    private static final int MAX_SIDE = 480;

    private SvgFallback() {
    }

    static byte[] placeholder(int width, int height) {
        double scale = Math.min(1, (double) MAX_SIDE / Math.max(width, height));
        int w = Math.max(2, (int) Math.round(width * scale));
        int h = Math.max(2, (int) Math.round(height * scale));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(new Color(0xF0F0F0));
            g.fillRect(0, 0, w, h);
            g.setColor(new Color(0x909090));
            g.setStroke(new BasicStroke(1));
            g.drawRect(0, 0, w - 1, h - 1);
            g.drawLine(0, 0, w - 1, h - 1);
            g.drawLine(0, h - 1, w - 1, 0);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
