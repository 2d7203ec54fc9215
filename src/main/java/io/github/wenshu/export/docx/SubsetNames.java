package io.github.wenshu.export.docx;

import java.util.Set;
import java.util.zip.CRC32C;

/**
 * The tag that gives an embedded subset a family name of its own: eight hex digits of a checksum of the code
 * points it holds, so that the same characters give the same name (and the same bytes) in every export.
 *
 * <pre>{@code
 * SubsetNames.tag(Set.of(0x4E2D, 0x6587));   // "06408A2E"
 * }</pre>
 */
final class SubsetNames {

    private SubsetNames() {
    }

    static String tag(Set<Integer> codePoints) {
        CRC32C crc = new CRC32C();
        byte[] four = new byte[4];
        codePoints.stream().sorted().forEach(cp -> {
            four[0] = (byte) (cp >>> 24);
            four[1] = (byte) (cp >>> 16);
            four[2] = (byte) (cp >>> 8);
            four[3] = (byte) (int) cp;
            crc.update(four);
        });
        return String.format("%08X", crc.getValue());
    }
}
