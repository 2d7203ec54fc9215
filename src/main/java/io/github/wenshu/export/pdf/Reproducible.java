package io.github.wenshu.export.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Makes finished PDF bytes depend only on the input: OpenPDF draws font subset prefixes ("ABCDEF+") and
 * the file ID from random numbers. Both are rewritten in place, same length, so offsets stay valid: each
 * prefix from a digest of the rest of the file, the ID from a digest of the whole.
 */
final class Reproducible {

    private static final byte[] ID_KEY = "/ID [<".getBytes(StandardCharsets.ISO_8859_1);

    private Reproducible() {
    }

    /**
     * Rewrites prefixes and ID in place.
     *
     * @param from where the fonts start: OpenPDF writes them when the document is closed, after all pages
     */
    static byte[] fix(byte[] pdf, int from) {
        java.util.List<Integer> prefixes = prefixPositions(pdf, from);
        java.util.List<String> originals = new java.util.ArrayList<>();
        for (int at : prefixes) {
            originals.add(new String(pdf, at, 7, StandardCharsets.ISO_8859_1) + fontName(pdf, at + 7));
        }
        for (int at : prefixes) {
            java.util.Arrays.fill(pdf, at, at + 6, (byte) 'A');
        }
        int id = lastIndexOf(pdf, ID_KEY);
        boolean secondId = id >= 0 && id + ID_KEY.length + 66 <= pdf.length
                && pdf[id + ID_KEY.length + 32] == '>' && pdf[id + ID_KEY.length + 33] == '<';
        if (id >= 0) {
            java.util.Arrays.fill(pdf, id + ID_KEY.length, id + ID_KEY.length + 32, (byte) '0');
            if (secondId) {
                java.util.Arrays.fill(pdf, id + ID_KEY.length + 34, id + ID_KEY.length + 66, (byte) '0');
            }
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(pdf, 0, from);
        byte[] digest = md5(pdf, from, crc.getValue());
        java.util.Map<String, String> renamed = new java.util.HashMap<>();
        for (int p = 0; p < prefixes.size(); p++) {
            int at = prefixes.get(p);
            String original = originals.get(p);
            String prefix = renamed.get(original);
            if (prefix == null) {
                String key = original.substring(7) + '#' + renamed.size();
                prefix = letters(md5(key.getBytes(StandardCharsets.UTF_8)), digest);
                renamed.put(original, prefix);
            }
            for (int k = 0; k < 6; k++) {
                pdf[at + k] = (byte) prefix.charAt(k);
            }
        }
        if (id >= 0) {
            String hex = hex(digest);
            byte[] h = hex.getBytes(StandardCharsets.ISO_8859_1);
            int start = id + ID_KEY.length;
            System.arraycopy(h, 0, pdf, start, 32);
            if (secondId) {
                System.arraycopy(h, 0, pdf, start + 34, 32);
            }
        }
        return pdf;
    }

    /** Where "/BaseFont /XXXXXX+" and "/FontName /XXXXXX+" prefixes start (with or without the space). */
    private static java.util.List<Integer> prefixPositions(byte[] pdf, int from) {
        java.util.List<Integer> found = new java.util.ArrayList<>();
        for (int i = from; i + 9 < pdf.length; i++) {
            if (pdf[i] == '/' && (startsWith(pdf, i, "/BaseFont") || startsWith(pdf, i, "/FontName"))) {
                int at = i + 9;
                while (at < pdf.length && (pdf[at] == ' ' || pdf[at] == '\n' || pdf[at] == '\r')) {
                    at++;
                }
                if (at + 8 <= pdf.length && pdf[at] == '/' && pdf[at + 7] == '+' && upper(pdf, at + 1, 6)) {
                    found.add(at + 1);
                }
            }
        }
        return found;
    }

    private static boolean upper(byte[] b, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (b[k] < 'A' || b[k] > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] b, int at, String s) {
        if (at + s.length() > b.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (b[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static String fontName(byte[] b, int from) {
        int end = from;
        while (end < b.length && b[end] > ' ' && b[end] != '/' && b[end] != '>' && b[end] != '[') {
            end++;
        }
        return new String(b, from, end - from, StandardCharsets.ISO_8859_1);
    }

    private static int lastIndexOf(byte[] b, byte[] key) {
        for (int i = b.length - key.length; i >= 0; i--) {
            if (startsWith(b, i, new String(key, StandardCharsets.ISO_8859_1))) {
                return i;
            }
        }
        return -1;
    }

    private static String letters(byte[] a, byte[] b) {
        StringBuilder sb = new StringBuilder(6);
        for (int k = 0; k < 6; k++) {
            sb.append((char) ('A' + ((a[k] ^ b[k]) & 0xFF) % 26));
        }
        return sb.toString();
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte x : bytes) {
            sb.append(String.format("%02X", x));
        }
        return sb.toString();
    }

    /** MD5 of the bytes from {@code from} on and of a checksum of those before. */
    private static byte[] md5(byte[] data, int from, long headChecksum) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            md.update(data, from, data.length - from);
            for (int k = 0; k < 8; k++) {
                md.update((byte) (headChecksum >>> (8 * k)));
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
