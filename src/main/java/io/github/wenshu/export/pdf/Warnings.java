package io.github.wenshu.export.pdf;

import io.github.wenshu.export.Warning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The warnings of one export, each missing character reported once per place it occurs. */
final class Warnings {

    private final List<Warning> list = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    void add(String code, String location, String message) {
        list.add(new Warning(code, location, message));
    }

    void missingGlyph(int codePoint, String location, String drawnWith) {
        if (seen.add(location + '\u0000' + codePoint)) {
            add("missing-glyph", location, String.format("U+%04X '%s' has no glyph in any font; drawn as '%s' in %s",
                    codePoint, new String(Character.toChars(codePoint)), (char) TextShaper.REPLACEMENT, drawnWith));
        }
    }

    List<Warning> list() {
        return List.copyOf(list);
    }
}
