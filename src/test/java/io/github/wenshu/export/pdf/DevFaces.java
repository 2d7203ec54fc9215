package io.github.wenshu.export.pdf;

import com.lowagie.text.pdf.BaseFont;
import io.github.wenshu.style.FontRole;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Faces from font files in a folder, for development until the bundled fonts land. */
final class DevFaces implements TypeFaces {

    static final Path DIR = Path.of("/tmp/pdfdev");
    private static DevFaces instance;

    private final Map<FontRole, Face> faces = new EnumMap<>(FontRole.class);
    private final Face fallback;

    private DevFaces() throws Exception {
        fallback = face("NotoSerifCJK-Regular.ttc,2");
        faces.put(FontRole.FANGSONG, face("FandolFang-Regular.otf"));
        faces.put(FontRole.HEITI, face("FandolHei-Regular.otf"));
        faces.put(FontRole.KAITI, face("FandolKai-Regular.otf"));
        faces.put(FontRole.SONGTI, face("FandolSong-Regular.otf"));
        faces.put(FontRole.XIAOBIAOSONG, face("FandolHei-Regular.otf"));
        faces.put(FontRole.FALLBACK, fallback);
    }

    static boolean available() {
        return Files.isDirectory(DIR);
    }

    static synchronized DevFaces get() {
        if (instance == null) {
            try {
                instance = new DevFaces();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    private static Face face(String file) throws Exception {
        BaseFont bf = BaseFont.createFont(DIR.resolve(file).toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        return new Face() {
            @Override
            public boolean canDisplay(int cp) {
                return bf.charExists(cp);
            }

            @Override
            public float advance(int cp) {
                return bf.getWidth(cp);
            }

            @Override
            public BaseFont baseFont() {
                return bf;
            }

            @Override
            public String familyName() {
                return file;
            }
        };
    }

    @Override
    public List<Face> chain(FontRole role) {
        Face own = faces.get(role);
        return own == fallback ? List.of(fallback) : List.of(own, fallback);
    }
}
