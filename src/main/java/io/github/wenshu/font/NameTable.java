package io.github.wenshu.font;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a TrueType {@code name} table that gives a face a new family name: Windows (platform 3, Unicode) records
 * for the family, subfamily "Regular", unique, full and PostScript names, plus the face's own copyright, version,
 * trademark and licence records unchanged (all of them left out if they would not fit the table's 64 KB of
 * strings). Mac records and typographic names are left out, so nothing names the old family.
 *
 * <pre>{@code
 * byte[] name = NameTable.renamed(data, nameTable, "FandolFang 1A2B3C4D");
 * }</pre>
 */
final class NameTable {

    private static final int WINDOWS = 3;
    private static final int UNICODE_BMP = 1;
    private static final int US_ENGLISH = 0x409;
    private static final int[] KEPT = {0, 5, 7, 13, 14};

    private record Name(int encoding, int language, int id, byte[] utf16) {
    }

    private NameTable() {
    }

    /**
     * A name table for {@code family}; {@code data} and {@code table} locate the face's own table, if it has one
     * (null otherwise).
     */
    static byte[] renamed(byte[] data, GlyfTables.Table table, String family) {
        List<Name> names = new ArrayList<>();
        names.add(windows(1, family));
        names.add(windows(2, "Regular"));
        names.add(windows(3, family));
        names.add(windows(4, family));
        names.add(windows(6, postScript(family)));
        if (table != null) {
            List<Name> kept = kept(data, table.offset(), table.length());
            int storage = names.stream().mapToInt(n -> n.utf16().length).sum()
                    + kept.stream().mapToInt(n -> n.utf16().length).sum();
            if (storage <= 0xFFFF) {
                names.addAll(kept);
            }
        }
        names.sort(Comparator.comparingInt(Name::encoding).thenComparingInt(Name::language)
                .thenComparingInt(Name::id));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SfntTables.writeShort(out, 0);
        SfntTables.writeShort(out, names.size());
        SfntTables.writeShort(out, 6 + 12 * names.size());
        int offset = 0;
        for (Name n : names) {
            for (int v : new int[] {WINDOWS, n.encoding(), n.language(), n.id(), n.utf16().length, offset}) {
                SfntTables.writeShort(out, v);
            }
            offset += n.utf16().length;
        }
        for (Name n : names) {
            out.writeBytes(n.utf16());
        }
        return out.toByteArray();
    }

    /** The family without spaces, in the characters a PostScript name allows, at most 63 of them. */
    static String postScript(String family) {
        StringBuilder sb = new StringBuilder();
        family.codePoints().filter(c -> c > 32 && c < 127 && "[](){}<>/%".indexOf(c) < 0)
                .forEach(sb::appendCodePoint);
        return sb.length() > 63 ? sb.substring(0, 63) : sb.toString();
    }

    private static Name windows(int id, String text) {
        return new Name(UNICODE_BMP, US_ENGLISH, id, text.getBytes(StandardCharsets.UTF_16BE));
    }

    /** The face's Windows records of the kept name IDs; none when the table is damaged. */
    private static List<Name> kept(byte[] data, int at, int length) {
        List<Name> out = new ArrayList<>();
        if (length < 6 || at + length > data.length) {
            return out;
        }
        int count = GlyfTables.u16(data, at + 2);
        int storage = at + GlyfTables.u16(data, at + 4);
        for (int i = 0; i < count && at + 6 + 12 * i + 12 <= at + length; i++) {
            int r = at + 6 + 12 * i;
            int platform = GlyfTables.u16(data, r);
            int encoding = GlyfTables.u16(data, r + 2);
            int id = GlyfTables.u16(data, r + 6);
            int start = storage + GlyfTables.u16(data, r + 10);
            int size = GlyfTables.u16(data, r + 8);
            if (platform != WINDOWS || encoding != UNICODE_BMP || !isKept(id) || start + size > at + length) {
                continue;
            }
            byte[] text = java.util.Arrays.copyOfRange(data, start, start + size);
            out.add(new Name(encoding, GlyfTables.u16(data, r + 4), id, text));
        }
        return out;
    }

    private static boolean isKept(int id) {
        for (int k : KEPT) {
            if (k == id) {
                return true;
            }
        }
        return false;
    }
}
