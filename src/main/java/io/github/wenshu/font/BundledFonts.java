package io.github.wenshu.font;

import io.github.wenshu.style.FontRole;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/** The fonts that ship in the jar under {@code io/github/wenshu/fonts/}; see fonts/README.md. */
final class BundledFonts {
    static final String RESOURCE_DIR = "/io/github/wenshu/fonts/";

    static final FontSet SET = create();

    private BundledFonts() {
    }

    private static FontSet create() {
        FontFace serif = face("NotoSerifCJKsc-Regular.ttf", "Noto Serif CJK SC");
        Map<FontRole, FontFace> faces = new EnumMap<>(FontRole.class);
        faces.put(FontRole.FANGSONG, face("FandolFang-Regular.ttf", "FandolFang"));
        faces.put(FontRole.HEITI, face("FandolHei-Regular.ttf", "FandolHei"));
        faces.put(FontRole.KAITI, face("FandolKai-Regular.ttf", "FandolKai"));
        faces.put(FontRole.XIAOBIAOSONG, face("NotoSerifCJKsc-Bold.ttf", "Noto Serif CJK SC Bold"));
        faces.put(FontRole.SONGTI, serif);
        faces.put(FontRole.FALLBACK, serif);
        return FontSet.of(faces);
    }

    private static FontFace face(String file, String family) {
        return new FontFace(file, -1, family, () -> read(file));
    }

    static byte[] read(String file) {
        try (InputStream in = BundledFonts.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled font " + RESOURCE_DIR + file + " is not on the class path;"
                        + " build the jar with Maven (fonts/ becomes a resource directory) or run fonts/build.sh");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + file, e);
        }
    }
}
