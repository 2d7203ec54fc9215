package io.github.wenshu.model;

import java.util.Optional;

/**
 * The format of a picture and the pixel size of a PNG or JPEG, read from its header, without decoding the picture, so that a
 * decompression bomb (a small file that claims 100,000 × 100,000 pixels) is refused before anything
 * allocates its pixels.
 *
 * <pre>{@code
 * ImageHeader.size(bytes, bytes.length).ifPresent(s -> System.out.println(s.width() + "×" + s.height()));
 * }</pre>
 */
public final class ImageHeader {

    /** Width and height in pixels. */
    public record Size(long width, long height) {
        public long pixels() {
            return width * height;
        }
    }

    private ImageHeader() {
    }

    /** "png", "jpeg", "svg", or null when the first {@code n} bytes are none of these. */
    public static String format(byte[] b, int n) {
        if (n >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        if (n >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        String text = new String(b, 0, Math.min(n, 512), java.nio.charset.StandardCharsets.UTF_8).stripLeading();
        if ((text.startsWith("<?xml") || text.startsWith("<svg") || text.startsWith("<!--")) && text.contains("<svg")) {
            return "svg";
        }
        return null;
    }

    /** The size from the first {@code n} bytes, or empty when they are not a PNG or JPEG header. */
    public static Optional<Size> size(byte[] b, int n) {
        if (n >= 24 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R') {
            return Optional.of(new Size(u32(b, 16), u32(b, 20)));
        }
        if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            return jpeg(b, n);
        }
        return Optional.empty();
    }

    private static Optional<Size> jpeg(byte[] b, int n) {
        int i = 2;
        while (i + 9 < n) {
            if ((b[i] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            int length = u16(b, i + 2);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                    && marker != 0xCC;
            if (startOfFrame) {
                return Optional.of(new Size(u16(b, i + 7), u16(b, i + 5)));
            }
            if (length < 2) {
                return Optional.empty();
            }
            i += 2 + length;
        }
        return Optional.empty();
    }

    private static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8)
                | (b[at + 3] & 0xFF);
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }
}
