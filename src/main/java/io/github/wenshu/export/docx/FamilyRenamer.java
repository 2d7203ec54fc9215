package io.github.wenshu.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Renames families in a written XML part: each {@code <w:rFonts>} element as {@link Props#fonts} writes it that
 * names an old family in its four attributes names the new one. Nothing else changes: text cannot hold the
 * element, since a raw {@code <} never appears in it.
 *
 * <pre>{@code
 * FamilyRenamer.rename(xml, xml.length, Map.of("FandolFang", "FandolFang 1A2B3C4D"), out);
 * }</pre>
 */
final class FamilyRenamer {

    private static final byte[] ELEMENT = "<w:rFonts ".getBytes(StandardCharsets.UTF_8);

    private FamilyRenamer() {
    }

    /** Writes the first {@code length} bytes of {@code xml} to {@code out}, renamed. */
    static void rename(byte[] xml, int length, Map<String, String> names, OutputStream out) throws IOException {
        byte[][] from = new byte[names.size()][];
        byte[][] to = new byte[names.size()][];
        int k = 0;
        for (Map.Entry<String, String> e : names.entrySet()) {
            from[k] = element(e.getKey());
            to[k++] = element(e.getValue());
        }
        int copied = 0;
        for (int at = next(xml, length, 0); at >= 0; at = next(xml, length, at + 1)) {
            for (int i = 0; i < from.length; i++) {
                if (startsWith(xml, length, at, from[i])) {
                    out.write(xml, copied, at - copied);
                    out.write(to[i]);
                    copied = at + from[i].length;
                    break;
                }
            }
        }
        out.write(xml, copied, length - copied);
    }

    /** The element's start up to its last attribute, as {@link Props#fonts} writes it for a plain family name. */
    private static byte[] element(String family) {
        return ("<w:rFonts w:ascii=\"" + family + "\" w:hAnsi=\"" + family + "\" w:eastAsia=\"" + family
                + "\" w:cs=\"" + family + "\"").getBytes(StandardCharsets.UTF_8);
    }

    /** The next {@code <w:rFonts } at or after {@code from}, -1 when there is none. */
    private static int next(byte[] data, int length, int from) {
        for (int i = from, last = length - ELEMENT.length; i <= last; i++) {
            if (data[i] == '<' && data[i + 3] == 'r' && data[i + 4] == 'F' && startsWith(data, length, i, ELEMENT)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] data, int length, int at, byte[] prefix) {
        if (at + prefix.length > length) {
            return false;
        }
        for (int j = 0; j < prefix.length; j++) {
            if (data[at + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }
}
