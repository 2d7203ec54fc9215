package io.github.wenshu.export.pdf;

import com.lowagie.text.pdf.BaseFont;
import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.font.FontFace;
import io.github.wenshu.font.FontSet;

import java.util.IdentityHashMap;
import java.util.Map;

/** Adapts the options' {@link FontSet} to {@link TypeFaces}: each role's chain, one wrapper per face. */
final class FontSetFaces {

    private FontSetFaces() {
    }

    static TypeFaces of(ExportOptions options) {
        FontSet set = options.fonts();
        Map<FontFace, Face> wrapped = new IdentityHashMap<>();
        return role -> set.chain(role).faces().stream().map(f -> wrapped.computeIfAbsent(f, FontSetFaces::face))
                .toList();
    }

    private static Face face(FontFace f) {
        return new Face() {
            @Override
            public boolean canDisplay(int codePoint) {
                return f.canDisplay(codePoint);
            }

            @Override
            public float advance(int codePoint) {
                return f.advance(codePoint);
            }

            @Override
            public BaseFont baseFont() {
                return f.pdfFont();
            }

            @Override
            public String familyName() {
                return f.familyName();
            }

            @Override
            public GlyfFont glyf() {
                return GlyfFont.of(f);
            }
        };
    }
}
