package io.github.wenshu.export.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renames the subset prefixes ("ABCDEF+") of fonts OpenPDF embedded itself (faces with CFF outlines), in
 * place: each from a digest of the file with the prefixes blanked, so that they follow the content.
 */
final class OpenPdfPrefixes {

    private OpenPdfPrefixes() {
    }

    /** @param from where OpenPDF's fonts start: it writes them when the document is closed */
    static void fix(byte[] pdf, int length, int from) {
        List<Integer> prefixes = positions(pdf, length, from);
        if (prefixes.isEmpty()) {
            return;
        }
        List<String> originals = new ArrayList<>();
        for (int at : prefixes) {
            originals.add(new String(pdf, at, 7, StandardCharsets.ISO_8859_1) + fontName(pdf, length, at + 7));
        }
        for (int at : prefixes) {
            java.util.Arrays.fill(pdf, at, at + 6, (byte) 'A');
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(pdf, 0, from);
        byte[] digest = md5(pdf, from, length, crc.getValue());
        Map<String, String> renamed = new HashMap<>();
        for (int p = 0; p < prefixes.size(); p++) {
            int at = prefixes.get(p);
            String original = originals.get(p);
            String prefix = renamed.get(original);
            if (prefix == null) {
                String key = original.substring(7) + '#' + renamed.size();
                prefix = letters(Reproducible.md5(key.getBytes(StandardCharsets.UTF_8)), digest);
                renamed.put(original, prefix);
            }
            for (int k = 0; k < 6; k++) {
                pdf[at + k] = (byte) prefix.charAt(k);
            }
        }
    }

    /** Where "/BaseFont /XXXXXX+" and "/FontName /XXXXXX+" prefixes start (with or without the space). */
    private static List<Integer> positions(byte[] pdf, int length, int from) {
        List<Integer> found = new ArrayList<>();
        for (int i = from; i + 9 < length; i++) {
            if (pdf[i] == '/' && (startsWith(pdf, i, "/BaseFont") || startsWith(pdf, i, "/FontName"))) {
                int at = i + 9;
                while (at < length && (pdf[at] == ' ' || pdf[at] == '\n' || pdf[at] == '\r')) {
                    at++;
                }
                if (at + 8 <= length && pdf[at] == '/' && pdf[at + 7] == '+' && upper(pdf, at + 1)) {
                    found.add(at + 1);
                }
            }
        }
        return found;
    }

    private static boolean upper(byte[] b, int from) {
        for (int k = from; k < from + 6; k++) {
            if (b[k] < 'A' || b[k] > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] b, int at, String s) {
        for (int k = 0; k < s.length(); k++) {
            if (b[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static String fontName(byte[] b, int length, int from) {
        int end = from;
        while (end < length && b[end] > ' ' && b[end] != '/' && b[end] != '>' && b[end] != '[') {
            end++;
        }
        return new String(b, from, end - from, StandardCharsets.ISO_8859_1);
    }

    private static String letters(byte[] a, byte[] b) {
        StringBuilder sb = new StringBuilder(6);
        for (int k = 0; k < 6; k++) {
            sb.append((char) ('A' + ((a[k] ^ b[k]) & 0xFF) % 26));
        }
        return sb.toString();
    }

    private static byte[] md5(byte[] data, int from, int to, long headChecksum) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            md.update(data, from, to - from);
            for (int k = 0; k < 8; k++) {
                md.update((byte) (headChecksum >>> (8 * k)));
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
