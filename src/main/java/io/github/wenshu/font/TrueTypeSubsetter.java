package io.github.wenshu.font;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** TrueType subsets of one glyf-based face with FontBox; FontBox reads are not thread-safe, so calls are serialised. */
final class TrueTypeSubsetter {
    private final TrueTypeFont font;
    private final String fileName;

    TrueTypeSubsetter(byte[] data, int faceIndex, String fileName) {
        this.fileName = fileName;
        try {
            this.font = FontData.isCollection(data) ? faceOfCollection(data, faceIndex)
                    : new TTFParser().parse(new RandomAccessReadBuffer(data));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName + " with FontBox", e);
        }
    }

    /**
     * FontBox writes only a BMP cmap and refuses supplementary code points; those are added as glyph ids, and the
     * cmap is then rewritten with a format 12 subtable that maps them too.
     */
    synchronized byte[] subset(Set<Integer> codePoints) {
        try {
            TTFSubsetter subsetter = new TTFSubsetter(font);
            CmapLookup cmap = font.getUnicodeCmapLookup();
            SortedMap<Integer, Integer> supplementary = new TreeMap<>();
            for (int cp : codePoints) {
                if (cp < 0x10000) {
                    subsetter.add(cp);
                } else if (cmap.getGlyphId(cp) != 0) {
                    supplementary.put(cp, cmap.getGlyphId(cp));
                }
            }
            subsetter.addGlyphIds(new HashSet<>(supplementary.values()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            byte[] subset = out.toByteArray();
            if (supplementary.isEmpty()) {
                return subset;
            }
            Map<Integer, Integer> newGid = new HashMap<>();
            subsetter.getGIDMap().forEach((newId, oldId) -> newGid.put(oldId, newId));
            SortedMap<Integer, Integer> glyphs = new TreeMap<>();
            for (int cp : codePoints) {
                int old = cmap.getGlyphId(cp);
                if (old != 0 && newGid.containsKey(old)) {
                    glyphs.put(cp, newGid.get(old));
                }
            }
            return SfntTables.replace(subset, Map.of("cmap", CmapWriter.cmap(glyphs)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot subset " + fileName, e);
        }
    }

    private static TrueTypeFont faceOfCollection(byte[] data, int faceIndex) throws IOException {
        TrueTypeFont[] chosen = new TrueTypeFont[1];
        int[] index = {0};
        TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(data));
        collection.processAllFonts(f -> {
            if (index[0]++ == faceIndex) {
                chosen[0] = f;
            }
        });
        if (chosen[0] == null) {
            throw new IOException("no face " + faceIndex);
        }
        return chosen[0];
    }
}
