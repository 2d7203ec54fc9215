package io.github.wenshu.export;

import io.github.wenshu.read.Images;

import java.io.IOException;

/**
 * What an exporter needs to know of a figure's picture, read from its header without decoding it: the format,
 * the size in pixels and the resolution (PNG {@code pHYs} in pixels per metre, JPEG JFIF density per inch or
 * centimetre, rounded to whole dpi; 0 when the file says nothing). Both exporters size figures from it.
 *
 * <pre>{@code
 * ImageInfo info = ImageInfo.read(bytes);   // png 480 × 270, 0 dpi
 * }</pre>
 *
 * @param format "png", "jpeg" or "svg" (also the part's file extension)
 * @param width  width in pixels (for SVG: in CSS pixels, 1/96 inch)
 * @param height height in pixels
 * @param dpi    horizontal resolution, or 0 when unknown
 */
public record ImageInfo(String format, int width, int height, float dpi) {

    /** Reads the header; an IOException says why the bytes are no usable PNG, JPEG or SVG picture. */
    public static ImageInfo read(byte[] b) throws IOException {
        String format = Images.sniff(b, b.length);
        if (format == null) {
            throw new IOException("it is not a PNG, JPEG or SVG file");
        }
        ImageInfo info = switch (format) {
            case "png" -> png(b);
            case "jpeg" -> jpeg(b);
            default -> SvgSize.read(b);
        };
        if (info.width <= 0 || info.height <= 0) {
            throw new IOException("it has no size");
        }
        return info;
    }

    private static ImageInfo png(byte[] b) throws IOException {
        if (b.length < 24 || !new String(b, 12, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("IHDR")) {
            throw new IOException("the PNG has no header");
        }
        int width = int32(b, 16);
        int height = int32(b, 20);
        float dpi = 0;
        for (int i = 8; i + 8 <= b.length; ) {
            int length = int32(b, i);
            String type = new String(b, i + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (type.equals("IDAT") || length < 0 || i + 12L + length > b.length) {
                break;
            }
            if (type.equals("pHYs") && length >= 9 && b[i + 16] == 1) {
                dpi = (int) (int32(b, i + 8) * 0.0254f + 0.5f);
            }
            i += 12 + length;
        }
        return new ImageInfo("png", width, height, dpi);
    }

    private static ImageInfo jpeg(byte[] b) throws IOException {
        float dpi = 0;
        int i = 2;
        while (i + 4 <= b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                throw new IOException("the JPEG's markers are broken at byte " + i);
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            int length = uint16(b, i + 2);
            int data = i + 4;
            if (marker == 0xE0 && length >= 14 && data + 12 <= b.length
                    && new String(b, data, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("JFIF")) {
                int units = b[data + 7];
                int density = uint16(b, data + 8);
                dpi = units == 1 ? density : units == 2 ? (int) (density * 2.54f + 0.5f) : 0;
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame && data + 5 <= b.length) {
                return new ImageInfo("jpeg", uint16(b, data + 3), uint16(b, data + 1), dpi);
            }
            i += 2 + length;
        }
        throw new IOException("the JPEG has no frame header");
    }

    private static int int32(byte[] b, int i) {
        return (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
    }

    private static int uint16(byte[] b, int i) {
        return (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
    }
}
