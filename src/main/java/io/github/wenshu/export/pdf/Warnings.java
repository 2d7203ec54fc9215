package io.github.wenshu.export.pdf;

import io.github.wenshu.export.InvisibleCharacters;
import io.github.wenshu.export.Warning;
import io.github.wenshu.font.FaceFallbacks;
import io.github.wenshu.style.FontRole;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The warnings of one export, each missing or invisible character reported once per place it occurs, and the
 * characters drawn by a fallback face summed up per role. Text shaped with an empty location is only measured
 * (a heading's height before it is placed): it is reported when it is shaped again to be drawn.
 */
final class Warnings {

    private final List<Warning> list = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final FaceFallbacks fallbacks = new FaceFallbacks();

    void add(String code, String location, String message) {
        list.add(new Warning(code, location, message));
    }

    void missingGlyph(int codePoint, String location, String drawnWith) {
        if (!location.isEmpty() && seen.add(location + '\u0000' + codePoint)) {
            add("missing-glyph", location, String.format("U+%04X '%s' has no glyph in any font; drawn as '%s' in %s",
                    codePoint, new String(Character.toChars(codePoint)), (char) TextShaper.REPLACEMENT, drawnWith));
        }
    }

    /** An invisible format character the PDF leaves out, once per place and code point. */
    void invisible(int codePoint, String location) {
        if (!location.isEmpty() && seen.add(location + '\u0001' + codePoint)) {
            list.add(InvisibleCharacters.leftOut(codePoint, location));
        }
    }

    /** A character the role's own face lacks, drawn by another face of its chain. */
    void fallback(FontRole role, String roleFace, String usedFace, int codePoint, String location) {
        if (!location.isEmpty()) {
            fallbacks.note(role, roleFace, usedFace, codePoint, location);
        }
    }

    List<Warning> list() {
        List<Warning> all = new ArrayList<>(list);
        all.addAll(fallbacks.warnings());
        return List.copyOf(all);
    }
}
