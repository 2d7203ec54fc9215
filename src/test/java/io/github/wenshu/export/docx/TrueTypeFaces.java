package io.github.wenshu.export.docx;

import io.github.wenshu.style.FontRole;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Test faces: one TrueType file for every role, subset with FontBox; stands in for the bundled font set. */
final class TrueTypeFaces implements Faces {

    static final Path ARPHIC = Path.of("/tmp/docx-fonts/x/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf");

    private final Path file;
    private final String family;

    TrueTypeFaces(Path file) {
        this.file = file;
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            this.family = ttf.getName();
            this.familyName = ttf.getNaming().getFontFamily();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final String familyName;

    /**
     * Clears OS/2 fsType (Arphic's licence allows changing the font): the file says "preview and print only",
     * and LibreOffice does not use an embedded face so marked.
     */
    private static byte[] installable(byte[] ttf) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(ttf);
        int tables = b.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int rec = 12 + 16 * i;
            if (b.getInt(rec) == 0x4F532F32) {
                b.putShort(b.getInt(rec + 8) + 8, (short) 0);
            }
        }
        return ttf;
    }

    static boolean available() {
        return Files.isReadable(ARPHIC);
    }

    @Override
    public String family(FontRole role) {
        return familyName;
    }

    @Override
    public void split(FontRole role, String text, PieceSink sink) {
        sink.piece(familyName, text);
    }

    @Override
    public boolean embeds() {
        return true;
    }

    @Override
    public byte[] subset(String family, Set<Integer> codePoints) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            TTFSubsetter subsetter = new TTFSubsetter(ttf);
            subsetter.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return installable(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
