package io.github.wenshu.export.pdf;

import com.lowagie.text.pdf.BaseFont;
import io.github.wenshu.style.FontRole;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    public List<FaceRun> split(FontRole role, String text) {
        Face own = faces.get(role);
        List<FaceRun> runs = new ArrayList<>();
        int start = 0;
        Face current = null;
        boolean missing = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean m = false;
            Face f = own.baseFont().charExists(cp) ? own : fallback.baseFont().charExists(cp) ? fallback : null;
            if (f == null) {
                f = fallback;
                m = true;
            }
            if (current != null && (f != current || m != missing)) {
                runs.add(new FaceRun(current, text.substring(start, i), missing));
                start = i;
            }
            current = f;
            missing = m;
            i += Character.charCount(cp);
        }
        if (current != null) {
            runs.add(new FaceRun(current, text.substring(start), missing));
        }
        return runs;
    }
}
