package io.github.wenshu.export.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Makes finished PDF bytes depend only on the input. Wenshu's own font subsets are named from their content
 * ({@link EmbeddedFonts}); OpenPDF draws the file ID, and the subset prefixes ("ABCDEF+") of fonts it embeds
 * itself (CFF faces), from fixed or random numbers. Those are rewritten in place, same length, so offsets stay
 * valid: each OpenPDF prefix from a digest of the rest of the file, the ID from checksums of the whole file.
 */
final class Reproducible {

    private static final byte[] ID_KEY = "/ID [<".getBytes(StandardCharsets.ISO_8859_1);
    private static final int ID_HEX = 32;

    private Reproducible() {
    }

    /**
     * Rewrites the ID, and the prefixes of OpenPDF's fonts when there are any, in place.
     *
     * @param length    how many bytes of {@code pdf} are the document
     * @param fontsFrom where OpenPDF's fonts start (it writes them at close, after all pages), or -1 if the
     *                  document has none
     */
    static void fix(byte[] pdf, int length, int fontsFrom) {
        int id = lastIndexOf(pdf, length, ID_KEY);
        int start = id + ID_KEY.length;
        boolean secondId = id >= 0 && start + 2 * ID_HEX + 2 <= length
                && pdf[start + ID_HEX] == '>' && pdf[start + ID_HEX + 1] == '<';
        if (id >= 0) {
            java.util.Arrays.fill(pdf, start, start + ID_HEX, (byte) '0');
            if (secondId) {
                java.util.Arrays.fill(pdf, start + ID_HEX + 2, start + 2 * ID_HEX + 2, (byte) '0');
            }
        }
        if (fontsFrom >= 0) {
            OpenPdfPrefixes.fix(pdf, length, fontsFrom);
        }
        if (id >= 0) {
            byte[] h = hex(digest(pdf, length)).getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(h, 0, pdf, start, ID_HEX);
            if (secondId) {
                System.arraycopy(h, 0, pdf, start + ID_HEX + 2, ID_HEX);
            }
        }
    }

    /** MD5 of two independent checksums of the whole file and its length: cheap, and differs when a byte does. */
    private static byte[] digest(byte[] pdf, int length) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(pdf, 0, length);
        java.util.zip.CRC32C crcC = new java.util.zip.CRC32C();
        crcC.update(pdf, 0, length);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(20).putLong(crc.getValue()).putLong(crcC.getValue())
                .putInt(length);
        return md5(b.array());
    }

    private static int lastIndexOf(byte[] b, int length, byte[] key) {
        outer:
        for (int i = length - key.length; i >= 0; i--) {
            for (int k = 0; k < key.length; k++) {
                if (b[i + k] != key[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte x : bytes) {
            sb.append(Character.toUpperCase(Character.forDigit((x >>> 4) & 15, 16)))
                    .append(Character.toUpperCase(Character.forDigit(x & 15, 16)));
        }
        return sb.toString();
    }

    static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
