package io.github.wenshu.export;

import io.github.wenshu.model.ImageHeader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What an exporter needs to know of a figure's picture, read from its header without decoding it: the format,
 * the size in pixels ({@link ImageHeader}) and the resolution (PNG {@code pHYs} in pixels per metre, JPEG JFIF
 * density per inch or centimetre, rounded to whole dpi; 0 when the file says nothing). Both exporters size
 * figures from it.
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
        String format = ImageHeader.format(b, b.length);
        if (format == null) {
            throw new IOException("it is not a PNG, JPEG or SVG file");
        }
        ImageInfo info;
        if (format.equals("svg")) {
            info = SvgSize.read(b);
        } else {
            ImageHeader.Size size = ImageHeader.size(b, b.length)
                    .orElseThrow(() -> new IOException("the " + format.toUpperCase(java.util.Locale.ROOT)
                            + " header is broken or cut short"));
            if (size.width() > Integer.MAX_VALUE || size.height() > Integer.MAX_VALUE) {
                throw new IOException("it claims " + size.width() + " × " + size.height() + " pixels");
            }
            info = new ImageInfo(format, (int) size.width(), (int) size.height(),
                    format.equals("png") ? pngDpi(b) : jfifDpi(b));
        }
        if (info.width <= 0 || info.height <= 0) {
            throw new IOException("it has no size");
        }
        return info;
    }

    /** From a {@code pHYs} chunk before the image data, in pixels per metre. */
    private static float pngDpi(byte[] b) {
        for (int i = 8; i + 8 <= b.length; ) {
            int length = int32(b, i);
            String type = new String(b, i + 4, 4, StandardCharsets.ISO_8859_1);
            if (type.equals("IDAT") || length < 0 || i + 12L + length > b.length) {
                break;
            }
            if (type.equals("pHYs") && length >= 9 && b[i + 16] == 1) {
                return (int) (int32(b, i + 8) * 0.0254f + 0.5f);
            }
            i += 12 + length;
        }
        return 0;
    }

    /** From the JFIF segment that follows the start of image: density per inch (1) or per centimetre (2). */
    private static float jfifDpi(byte[] b) {
        if (b.length < 18 || (b[2] & 0xFF) != 0xFF || (b[3] & 0xFF) != 0xE0
                || !new String(b, 6, 4, StandardCharsets.ISO_8859_1).equals("JFIF")) {
            return 0;
        }
        int units = b[13];
        int density = uint16(b, 14);
        return units == 1 ? density : units == 2 ? (int) (density * 2.54f + 0.5f) : 0;
    }

    private static int int32(byte[] b, int i) {
        return (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
    }

    private static int uint16(byte[] b, int i) {
        return (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
    }
}
