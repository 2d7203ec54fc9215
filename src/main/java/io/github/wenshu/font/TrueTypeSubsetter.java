package io.github.wenshu.font;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

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

    synchronized byte[] subset(Set<Integer> codePoints) {
        try {
            TTFSubsetter subsetter = new TTFSubsetter(font);
            subsetter.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
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
