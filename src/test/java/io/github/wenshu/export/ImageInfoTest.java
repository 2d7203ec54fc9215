package io.github.wenshu.export;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A picture's format, size and resolution read from its header. */
public class ImageInfoTest {

    @Test
    void aPngWithoutResolutionHasNone() throws Exception {
        assertInfo(chart(), "png", 480, 270, 0);
    }

    @Test
    void aPngsPhysChunkGivesItsResolution() throws Exception {
        byte[] png = withPhys(chart(), 11811);
        assertInfo(png, "png", 480, 270, 300);
    }

    @Test
    void aJpegsJfifDensityGivesItsResolution() throws Exception {
        byte[] jpeg = jpeg(64, 48);
        assertInfo(jpeg, "jpeg", 64, 48, 0);
        jpeg[13] = 1;
        jpeg[14] = 0;
        jpeg[15] = (byte) 150;
        assertInfo(jpeg, "jpeg", 64, 48, 150);
        jpeg[13] = 2;
        jpeg[15] = 59;
        assertInfo(jpeg, "jpeg", 64, 48, 150);
    }

    @Test
    void anSvgIsSizedFromItsWidthAndHeightOrItsViewBox() throws Exception {
        ImageInfo mm = ImageInfo.read(svg("width=\"127mm\" height=\"2in\""));
        assertEquals(480, mm.width());
        assertEquals(192, mm.height());
        ImageInfo box = ImageInfo.read(svg("viewBox=\"0 0 300 150\" width=\"100%\""));
        assertEquals(300, box.width());
        assertEquals(150, box.height());
        assertThrows(IOException.class, () -> ImageInfo.read(svg("width=\"50%\"")));
    }

    public static byte[] chart() throws IOException {
        return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("examples/images/cases-2024.png"));
    }

    private static byte[] svg(String attributes) {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" " + attributes + "/>").getBytes(StandardCharsets.UTF_8);
    }

    private static void assertInfo(byte[] bytes, String format, int width, int height, int dpi) throws Exception {
        ImageInfo info = ImageInfo.read(bytes);
        assertEquals(format, info.format());
        assertEquals(width, info.width());
        assertEquals(height, info.height());
        assertEquals(dpi, info.dpi(), 0.01);
    }

    private static byte[] jpeg(int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "jpeg", out);
        byte[] b = out.toByteArray();
        assertEquals("JFIF", new String(b, 6, 4, StandardCharsets.ISO_8859_1));
        return b;
    }

    /** The PNG with a pHYs chunk (pixels per metre, unit metre) after its header. */
    public static byte[] withPhys(byte[] png, int perMetre) {
        ByteBuffer chunk = ByteBuffer.allocate(21);
        chunk.putInt(9).put("pHYs".getBytes(StandardCharsets.ISO_8859_1)).putInt(perMetre).putInt(perMetre).put((byte) 1);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 13);
        chunk.putInt((int) crc.getValue());
        int afterHeader = 8 + 25;
        ByteBuffer out = ByteBuffer.allocate(png.length + 21);
        out.put(png, 0, afterHeader).put(chunk.array()).put(png, afterHeader, png.length - afterHeader);
        return out.array();
    }
}
