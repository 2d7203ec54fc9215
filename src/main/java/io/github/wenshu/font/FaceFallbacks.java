package io.github.wenshu.font;

import io.github.wenshu.export.InvisibleCharacters;
import io.github.wenshu.export.Warning;
import io.github.wenshu.style.FontRole;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The characters of one export that a role's own face lacks and another face of its chain drew instead (a rare
 * name character in 黑体 drawn by the serif fallback, say): one {@value #CODE} warning per role and face used,
 * naming each character with where it first occurs. Both exporters note the same characters, so the same report
 * gives the same warnings in every format. Per export; not thread-safe.
 *
 * <pre>{@code
 * FaceFallbacks fallbacks = new FaceFallbacks();
 * fallbacks.note(FontRole.HEITI, "FandolHei", "Noto Serif CJK SC", '堃', "body[3]");
 * fallbacks.warnings();
 * // body[3]: 黑体 (heiti) text has 1 character that FandolHei lacks, drawn in Noto Serif CJK SC instead: 堃 (body[3])
 * }</pre>
 */
public final class FaceFallbacks {
    /** The warning code. */
    public static final String CODE = "font-fallback";
    private static final int LISTED = 30;

    private record Key(FontRole role, String roleFace, String usedFace) {
    }

    private final Map<Key, Map<Integer, String>> firstSeen = new LinkedHashMap<>();

    /** Notes that {@code usedFace}, not the role's own {@code roleFace}, drew {@code codePoint} at a location. */
    public void note(FontRole role, String roleFace, String usedFace, int codePoint, String location) {
        if (Objects.equals(roleFace, usedFace) || Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint) || InvisibleCharacters.is(codePoint)) {
            return;
        }
        firstSeen.computeIfAbsent(new Key(role, roleFace, usedFace), k -> new LinkedHashMap<>())
                .putIfAbsent(codePoint, location);
    }

    /** Notes each character of {@code text} (see {@link #note(FontRole, String, String, int, String)}). */
    public void note(FontRole role, String roleFace, String usedFace, String text, String location) {
        if (!Objects.equals(roleFace, usedFace)) {
            text.codePoints().forEach(cp -> note(role, roleFace, usedFace, cp, location));
        }
    }

    /** One warning per role and face used, at the first place such a character occurs. */
    public List<Warning> warnings() {
        List<Warning> out = new ArrayList<>();
        firstSeen.forEach((key, chars) -> {
            List<String> listed = new ArrayList<>();
            chars.forEach((cp, where) -> {
                if (listed.size() < LISTED) {
                    listed.add(new String(Character.toChars(cp)) + " (" + where + ")");
                }
            });
            String more = chars.size() > LISTED ? " and " + (chars.size() - LISTED) + " more" : "";
            out.add(new Warning(CODE, chars.values().iterator().next(), String.format(Locale.ROOT,
                    "%s (%s) text has %d character%s that %s lacks, drawn in %s instead: %s%s",
                    key.role().windowsName(), key.role().key(), chars.size(), chars.size() == 1 ? "" : "s",
                    key.roleFace(), key.usedFace(), String.join(", ", listed), more)));
        });
        return out;
    }
}
