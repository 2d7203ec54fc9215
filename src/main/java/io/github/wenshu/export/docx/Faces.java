package io.github.wenshu.export.docx;

import io.github.wenshu.style.FontRole;

import java.util.Set;

/**
 * The font families a DOCX names for each role, how text is split between a role's face and the fallback
 * face, and — when fonts are embedded — the TrueType subset of a family.
 *
 * <pre>{@code
 * Faces faces = new WindowsFaces();
 * faces.family(FontRole.HEITI);                               // "黑体"
 * faces.split(FontRole.FANGSONG, "张三堃", (family, piece) -> …); // one piece, no fallback
 * }</pre>
 */
interface Faces {

    /** The family written into {@code w:rFonts} for text of a role. */
    String family(FontRole role);

    /** Hands each piece of {@code text} with the family that draws it, in order. */
    void split(FontRole role, String text, PieceSink sink);

    /** How wide each character of a role is at {@code sizePt}, for breaking titles as the PDF does. */
    default TitleLines.Advance advance(FontRole role, float sizePt) {
        return TitleLines.approximate(sizePt);
    }

    /** Whether {@link #subset} gives bytes to embed. */
    boolean embeds();

    /**
     * A glyf-outline TrueType font of {@code family} holding at least {@code codePoints}, in a new array that the
     * caller may change, and the family it is embedded as.
     *
     * @throws IllegalStateException when {@link #embeds()} is false
     */
    Subset subset(String family, Set<Integer> codePoints);

    /**
     * An embedded subset: the family the document names it by — {@code family} itself, or a name of its own (see
     * {@link FontSetFaces#subset}) — and its TrueType bytes.
     */
    record Subset(String family, byte[] ttf) {
    }

    /** Receives the pieces of a split text; {@code missing} when no face of the chain has their glyphs. */
    @FunctionalInterface
    interface PieceSink {
        void piece(String family, String text, boolean missing);
    }
}
