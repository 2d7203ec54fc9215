package io.github.wenshu.export.pdf;

import io.github.wenshu.export.InvisibleCharacters;
import io.github.wenshu.model.Inline;
import io.github.wenshu.model.InlineStyle;

import java.util.List;

/**
 * Turns inline runs into {@link ShapedText}: each character gets its face from the role's fallback chain
 * and its width at the run's size. A character no face can draw becomes a visible "□" and a warning
 * that names the character and where it was.
 *
 * <pre>{@code
 * ShapedText t = shaper.shape(paragraph.text(), bodyStyle, "body[3]");
 * }</pre>
 */
final class TextShaper {

    static final int REPLACEMENT = '□';

    private final TypeFaces faces;
    private final Warnings warnings;
    private final CachedFace.Registry cache = new CachedFace.Registry();
    private final java.util.Map<io.github.wenshu.style.FontRole, List<Face>> chains =
            new java.util.EnumMap<>(io.github.wenshu.style.FontRole.class);

    TextShaper(TypeFaces faces, Warnings warnings) {
        this.faces = faces;
        this.warnings = warnings;
    }

    /** Splits text into runs of one face each: the first face of the role's chain that has the glyph. */
    List<FaceRun> split(io.github.wenshu.style.FontRole role, String text) {
        List<Face> chain = chain(role);
        Face fallback = chain.get(chain.size() - 1);
        List<FaceRun> runs = new java.util.ArrayList<>(2);
        int start = 0;
        Face current = null;
        boolean missing = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Face face = null;
            for (Face f : chain) {
                if (f.canDisplay(cp)) {
                    face = f;
                    break;
                }
            }
            boolean m = face == null && !ignorable(cp);
            face = face == null ? fallback : face;
            if (current != null && (face != current || m != missing)) {
                runs.add(new FaceRun(current, text.substring(start, i), missing));
                start = i;
            }
            current = face;
            missing = m;
            i += Character.charCount(cp);
        }
        if (current != null) {
            runs.add(new FaceRun(current, text.substring(start), missing));
        }
        return runs;
    }

    private List<Face> chain(io.github.wenshu.style.FontRole role) {
        return chains.computeIfAbsent(role, r -> faces.chain(r).stream().map(cache::of).toList());
    }

    /** Spaces and default-ignorable code points (joiners, variation selectors, BOM) are never missing. */
    private static boolean ignorable(int cp) {
        return Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0xAD;
    }

    ShapedText shape(List<Inline> runs, TextStyle base, String location) {
        int length = 0;
        for (Inline run : runs) {
            length += run.text().length();
        }
        ShapedText out = new ShapedText(length);
        append(out, runs, base, location);
        return out;
    }

    ShapedText shape(String text, TextStyle base, String location) {
        ShapedText out = new ShapedText(text.length());
        append(out, text, base, location);
        return out;
    }

    void append(ShapedText out, List<Inline> runs, TextStyle base, String location) {
        for (Inline run : runs) {
            TextStyle style = run.styles().isEmpty() && run.link() == null ? base : base.withEmphasis(
                    run.has(InlineStyle.BOLD), run.has(InlineStyle.ITALIC), run.has(InlineStyle.UNDERLINE),
                    run.has(InlineStyle.SUPERSCRIPT) ? 1 : run.has(InlineStyle.SUBSCRIPT) ? -1 : 0, run.link());
            append(out, run.text(), style, location);
        }
    }

    void append(ShapedText out, String text, TextStyle style, String location) {
        String clean = text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                ? text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ') : text;
        Face primary = chain(style.role()).get(0);
        for (FaceRun run : split(style.role(), clean)) {
            String s = run.text();
            Face face = run.face();
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (run.missing() || isControl(cp)) {
                    warnings.missingGlyph(cp, location, face.familyName());
                    out.add(REPLACEMENT, face, style);
                } else if (InvisibleCharacters.is(cp) && (cp == 0xAD || !face.canDisplay(cp))) {
                    warnings.invisible(cp, location);
                } else {
                    if (face != primary) {
                        warnings.fallback(style.role(), primary.familyName(), face.familyName(), cp, location);
                    }
                    out.add(cp, face, style);
                }
            }
        }
    }

    /** Control characters (other than tab) and noncharacters: no face draws them, whatever its cmap says. */
    private static boolean isControl(int cp) {
        return (Character.isISOControl(cp) && cp != '\t') || cp == 0xFFFE || cp == 0xFFFF;
    }
}
