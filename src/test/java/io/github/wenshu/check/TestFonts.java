package io.github.wenshu.check;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** CJK faces for test PDFs: 仿宋, 黑体, 楷体, 宋体. Skips the test when none can be found. */
final class TestFonts {
    private static final Path FANDOL = Path.of("/tmp/fb/x/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol");

    private TestFonts() {
    }

    static BaseFont fang() {
        return load("FandolFang-Regular.otf");
    }

    static BaseFont hei() {
        return load("FandolHei-Regular.otf");
    }

    static BaseFont kai() {
        return load("FandolKai-Regular.otf");
    }

    static BaseFont song() {
        return load("FandolSong-Bold.otf");
    }

    private static BaseFont load(String file) {
        Path p = FANDOL.resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(p), "needs " + p);
        try {
            return BaseFont.createFont(p.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
