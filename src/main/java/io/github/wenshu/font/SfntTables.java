package io.github.wenshu.font;

import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Reads the tables of a single TrueType font file and writes the file again with some tables replaced. */
final class SfntTables {
    private static final long CHECKSUM_MAGIC = 0xB1B0AFBAL;
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private SfntTables() {
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

    /** A font file of these tables (tag → bytes, in tag order), with checksums and head's adjustment set. */
    static byte[] write(int version, Map<String, byte[]> tables) {
        int count = tables.size();
        int log2 = 31 - Integer.numberOfLeadingZeros(count);
        int searchRange = (1 << log2) * 16;
        int size = 12 + 16 * count;
        for (byte[] data : tables.values()) {
            size += (data.length + 3) & ~3;
        }
        ByteBuffer file = ByteBuffer.allocate(size);
        file.putInt(version).putShort((short) count).putShort((short) searchRange).putShort((short) log2)
                .putShort((short) (count * 16 - searchRange));
        int offset = 12 + 16 * count;
        int headOffset = -1;
        long tableSums = 0;
        for (Map.Entry<String, byte[]> t : tables.entrySet()) {
            boolean head = t.getKey().equals("head");
            byte[] data = head ? withAdjustment(t.getValue(), 0) : t.getValue();
            long sum = checksum(data);
            tableSums += sum;
            file.put(t.getKey().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            file.putInt((int) sum).putInt(offset).putInt(data.length);
            if (head) {
                headOffset = offset;
            }
            file.put(offset, data);
            offset += (data.length + 3) & ~3;
        }
        byte[] bytes = file.array();
        if (headOffset >= 0) {
            long whole = checksum(Arrays.copyOf(bytes, 12 + 16 * count)) + tableSums;
            long adjustment = (CHECKSUM_MAGIC - whole) & 0xFFFFFFFFL;
            file.putInt(headOffset + 8, (int) adjustment);
        }
        return bytes;
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
        int whole = data.length & ~3;
        for (int i = 0; i < whole; i += 4) {
            sum += (int) INT.get(data, i) & 0xFFFFFFFFL;
        }
        long word = 0;
        for (int k = 0; k < 4; k++) {
            word = word << 8 | (whole + k < data.length ? data[whole + k] & 0xFF : 0);
        }
        return (sum + (whole < data.length ? word : 0)) & 0xFFFFFFFFL;
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
