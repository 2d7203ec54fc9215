package io.github.wenshu.font;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.TreeMap;

/** Reads the tables of a single TrueType font file and writes the file again with some tables replaced. */
final class SfntTables {
    private static final long CHECKSUM_MAGIC = 0xB1B0AFBAL;

    private SfntTables() {
    }

    /** The font with {@code replacements} (tag → table bytes) put in place of, or beside, its own tables. */
    static byte[] replace(byte[] font, Map<String, byte[]> replacements) {
        Map<String, byte[]> tables = new TreeMap<>(read(font));
        tables.putAll(replacements);
        return write(FontData.readInt(font, 0), tables);
    }

    static Map<String, byte[]> read(byte[] font) {
        int count = (font[4] & 0xFF) << 8 | font[5] & 0xFF;
        Map<String, byte[]> tables = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int entry = 12 + 16 * i;
            String tag = new String(font, entry, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            int offset = FontData.readInt(font, entry + 8);
            int length = FontData.readInt(font, entry + 12);
            byte[] data = new byte[length];
            System.arraycopy(font, offset, data, 0, length);
            tables.put(tag, data);
        }
        return tables;
    }

    private static byte[] write(int version, Map<String, byte[]> tables) {
        int count = tables.size();
        int log2 = 31 - Integer.numberOfLeadingZeros(count);
        int searchRange = (1 << log2) * 16;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeInt(out, version);
        writeShort(out, count);
        writeShort(out, searchRange);
        writeShort(out, log2);
        writeShort(out, count * 16 - searchRange);
        int offset = 12 + 16 * count;
        for (Map.Entry<String, byte[]> t : tables.entrySet()) {
            byte[] data = t.getKey().equals("head") ? withAdjustment(t.getValue(), 0) : t.getValue();
            out.writeBytes(t.getKey().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            writeInt(out, (int) checksum(data));
            writeInt(out, offset);
            writeInt(out, data.length);
            offset += (data.length + 3) & ~3;
        }
        int headOffset = -1;
        for (Map.Entry<String, byte[]> t : tables.entrySet()) {
            if (t.getKey().equals("head")) {
                headOffset = out.size();
            }
            byte[] data = t.getKey().equals("head") ? withAdjustment(t.getValue(), 0) : t.getValue();
            out.writeBytes(data);
            out.writeBytes(new byte[((data.length + 3) & ~3) - data.length]);
        }
        byte[] file = out.toByteArray();
        if (headOffset >= 0) {
            long adjustment = (CHECKSUM_MAGIC - checksum(file)) & 0xFFFFFFFFL;
            byte[] head = withAdjustment(tables.get("head"), (int) adjustment);
            System.arraycopy(head, 8, file, headOffset + 8, 4);
        }
        return file;
    }

    private static byte[] withAdjustment(byte[] head, int adjustment) {
        byte[] copy = head.clone();
        copy[8] = (byte) (adjustment >>> 24);
        copy[9] = (byte) (adjustment >>> 16);
        copy[10] = (byte) (adjustment >>> 8);
        copy[11] = (byte) adjustment;
        return copy;
    }

    private static long checksum(byte[] data) {
        long sum = 0;
        for (int i = 0; i < data.length; i += 4) {
            long word = 0;
            for (int k = 0; k < 4; k++) {
                word = word << 8 | (i + k < data.length ? data[i + k] & 0xFF : 0);
            }
            sum += word;
        }
        return sum & 0xFFFFFFFFL;
    }

    static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    static void writeShort(ByteArrayOutputStream out, int v) {
        out.write(v >>> 8);
        out.write(v);
    }
}
