package io.github.wenshu.export.docx;

import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.font.FontChain;
import io.github.wenshu.font.FontFace;
import io.github.wenshu.font.FontSet;
import io.github.wenshu.style.FontRole;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The faces of a {@link FontSet}, embedded: each role names its face's family, and a character the face lacks
 * goes into a run of the fallback face's family, glyph by glyph. With embedding off, the Windows names.
 *
 * <pre>{@code
 * Faces faces = FontSetFaces.forOptions(ExportOptions.defaults());   // bundled faces, embedded
 * }</pre>
 */
final class FontSetFaces implements Faces {

    private final FontSet fonts;
    private final Map<String, FontFace> byFamily = new LinkedHashMap<>();
    private final Set<FontFace> bundled = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private FontSetFaces(FontSet fonts) {
        this.fonts = fonts;
        bundled.addAll(FontSet.bundled().faces().values());
        for (FontRole role : FontRole.values()) {
            FontFace face = fonts.face(role);
            if (byFamily.putIfAbsent(face.familyName(), face) == null) {
                face.canDisplay('一');
            }
        }
    }

    /**
     * The faces for an export.
     *
     * @throws IllegalStateException when embedding is on and a face of the font set cannot be loaded
     */
    static Faces forOptions(ExportOptions options) {
        return options.embedFonts() ? new FontSetFaces(options.fonts()) : new WindowsFaces();
    }

    @Override
    public String family(FontRole role) {
        return fonts.face(role).familyName();
    }

    @Override
    public void split(FontRole role, String text, PieceSink sink) {
        for (FontChain.Segment s : fonts.chain(role).split(text)) {
            sink.piece(s.face().familyName(), s.text(), s.missing());
        }
    }

    @Override
    public TitleLines.Advance advance(FontRole role, float sizePt) {
        FontFace face = fonts.face(role);
        return cp -> face.canDisplay(cp) ? face.advance(cp) * sizePt / 1000f : sizePt;
    }

    @Override
    public boolean embeds() {
        return true;
    }

    /**
     * The subset of {@code family}. A face Wenshu bundles is embedded under a name of its own, the family and a
     * checksum of the code points ("FandolFang 1A2B3C4D"), written into the subset's name table too: LibreOffice
     * keeps the first embedded font of a name for every document it opens later, so two documents whose subsets
     * shared a name would draw the second with the first one's glyphs (missing ones as boxes). A face the user
     * supplies keeps its name, so that Word uses the full face where it is installed.
     */
    @Override
    public Subset subset(String family, Set<Integer> codePoints) {
        FontFace face = byFamily.get(family);
        if (face == null) {
            throw new IllegalStateException("no face of family " + family + " in the font set");
        }
        if (!bundled.contains(face)) {
            return new Subset(family, face.trueTypeSubset(codePoints));
        }
        String name = family + " " + SubsetNames.tag(codePoints);
        return new Subset(name, face.trueTypeSubset(codePoints, name));
    }
}
