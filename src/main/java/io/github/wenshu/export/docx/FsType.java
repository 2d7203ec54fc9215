package io.github.wenshu.export.docx;

import java.nio.ByteBuffer;

/**
 * The embedding permissions of a TrueType font (OS/2 {@code fsType}). LibreOffice uses an embedded face for an
 * editable document only when it is installable (0) or editable (bit 3); "preview and print" faces are ignored.
 *
 * <pre>{@code
 * FsType.editable(FsType.of(ttf));   // true for the bundled OFL and GPL fonts
 * }</pre>
 */
final class FsType {

    private static final int OS2 = 0x4F532F32;

    private FsType() {
    }

    /** The fsType value; 0 when the font has no OS/2 table or cannot be read. */
    static int of(byte[] ttf) {
        try {
            ByteBuffer b = ByteBuffer.wrap(ttf);
            int tables = b.getShort(4) & 0xFFFF;
            for (int i = 0; i < tables; i++) {
                int record = 12 + 16 * i;
                if (b.getInt(record) == OS2) {
                    return b.getShort(b.getInt(record + 8) + 8) & 0xFFFF;
                }
            }
        } catch (IndexOutOfBoundsException e) {
            return 0;
        }
        return 0;
    }

    static boolean editable(int fsType) {
        return (fsType & 0x000F) == 0 || (fsType & 0x0008) != 0;
    }
}
