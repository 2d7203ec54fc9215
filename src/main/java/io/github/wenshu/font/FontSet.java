package io.github.wenshu.font;

import io.github.wenshu.style.FontRole;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The faces behind the font roles of a style. Immutable and thread-safe; each face is parsed on first use, once,
 * and shared by every export that uses this set.
 *
 * <pre>{@code
 * FontSet fonts = FontSet.bundled()
 *     .with(FontRole.FANGSONG, Path.of("/usr/share/fonts/FangSong_GB2312.ttf"))
 *     .with(FontRole.XIAOBIAOSONG, Path.of("/fonts/fzxbs.ttc,0"));
 * FontChain body = fonts.chain(FontRole.FANGSONG);   // the user's 仿宋, then the bundled fallback
 * }</pre>
 */
public final class FontSet {
    private static final Pattern COLLECTION_FACE = Pattern.compile("(?i)(.+\\.(?:ttc|otc)),(\\d+)");

    private final Map<FontRole, FontFace> faces;

    private FontSet(Map<FontRole, FontFace> faces) {
        this.faces = faces;
    }

    /** The bundled fonts (see fonts/README.md); nothing is read until a face is first used. */
    public static FontSet bundled() {
        return BundledFonts.SET;
    }

    static FontSet of(Map<FontRole, FontFace> faces) {
        EnumMap<FontRole, FontFace> copy = new EnumMap<>(FontRole.class);
        copy.putAll(faces);
        for (FontRole role : FontRole.values()) {
            if (!copy.containsKey(role)) {
                throw new IllegalArgumentException("no face for font role " + role.key());
            }
        }
        return new FontSet(copy);
    }

    /**
     * This set with the role drawn by a font file: TTF, OTF, or a face of a TTC given as "file.ttc,N" (N from 0).
     *
     * @throws IllegalArgumentException if the file is missing, unreadable or not a font
     */
    public FontSet with(FontRole role, Path file) {
        Objects.requireNonNull(file, "file");
        Matcher m = COLLECTION_FACE.matcher(file.toString());
        if (!Files.exists(file) && m.matches()) {
            return with(role, Path.of(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return with(role, file, -1);
    }

    /** This set with the role drawn by face {@code faceIndex} (from 0) of a font collection; -1 for a single font. */
    public FontSet with(FontRole role, Path file, int faceIndex) {
        Objects.requireNonNull(role, "role");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("font file for role " + role.key() + " not found: " + file);
        }
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read font file for role " + role.key() + ": " + file
                    + " (" + e.getMessage() + ")", e);
        }
        return with(role, data, file.toString(), faceIndex);
    }

    /** This set with the role drawn by a font held in memory; {@code name} names it in messages. */
    public FontSet with(FontRole role, byte[] data, String name) {
        return with(role, data, name, -1);
    }

    /** This set with the role drawn by face {@code faceIndex} of a font held in memory (-1: single font). */
    public FontSet with(FontRole role, byte[] data, String name, int faceIndex) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(name, "name");
        int index = faceIndex < 0 && FontData.isCollection(data) ? 0 : faceIndex;
        String problem = FontData.problem(data, Math.max(index, 0));
        if (problem != null) {
            throw new IllegalArgumentException("font file for role " + role.key() + " is not usable: " + name
                    + ": " + problem);
        }
        byte[] copy = data.clone();
        FontFace face;
        try {
            face = new FontFace(name, index, null, () -> copy).load();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("font file for role " + role.key() + " is not usable: "
                    + e.getMessage(), e);
        }
        EnumMap<FontRole, FontFace> next = new EnumMap<>(faces);
        next.put(role, face);
        return new FontSet(next);
    }

    /**
     * This set with an override written "role=path" as on the command line, e.g.
     * {@code "fangsong=/fonts/FangSong_GB2312.ttf"} or {@code "xiaobiaosong=/fonts/x.ttc,1"}.
     *
     * @throws IllegalArgumentException for an unknown role, a missing equals sign, or a bad file
     */
    public FontSet with(String roleEqualsPath) {
        int eq = roleEqualsPath.indexOf('=');
        if (eq <= 0 || eq == roleEqualsPath.length() - 1) {
            throw new IllegalArgumentException("font override must look like ROLE=FILE, e.g. fangsong=/fonts/fs.ttf, not: "
                    + roleEqualsPath);
        }
        String key = roleEqualsPath.substring(0, eq);
        FontRole role = FontRole.parse(key).orElseThrow(() -> new IllegalArgumentException(
                "unknown font role '" + key.trim() + "'; the roles are " + Arrays.stream(FontRole.values())
                        .map(FontRole::key).collect(Collectors.joining(", "))));
        return with(role, Path.of(roleEqualsPath.substring(eq + 1).trim()));
    }

    /** The face of a role. */
    public FontFace face(FontRole role) {
        return faces.get(Objects.requireNonNull(role, "role"));
    }

    /** Every role with its face; roles may share a face (the bundled SONGTI is the FALLBACK face). */
    public Map<FontRole, FontFace> faces() {
        return Collections.unmodifiableMap(faces);
    }

    /** The role's face, then the {@link FontRole#FALLBACK} face (once, if they are the same). */
    public FontChain chain(FontRole role) {
        FontFace own = face(role);
        FontFace fallback = faces.get(FontRole.FALLBACK);
        return new FontChain(own == fallback ? List.of(own) : List.of(own, fallback));
    }

    @Override
    public String toString() {
        return "FontSet" + faces;
    }
}
