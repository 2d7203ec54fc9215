package io.github.wenshu.export.pdf;

import io.github.wenshu.export.ExportException;
import io.github.wenshu.font.FontFace;
import io.github.wenshu.font.FontSet;
import io.github.wenshu.style.FontRole;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a failure of OpenPDF's own font embedding into an {@link ExportException} that names the font files and
 * what to use instead — never an internal error. Wenshu embeds TrueType faces itself; OpenPDF embeds the others
 * (CFF-flavoured .otf) when the document closes, and its CFF subsetter fails on some files that other programs
 * read. A TrueType (glyf-outline) version of the same design works, and DOCX embedding needs one anyway.
 *
 * <pre>{@code
 * try { super.addSharedObjectsToBody(); } catch (RuntimeException e) { throw FontWriteFailure.during(e); }
 * ...
 * catch (RuntimeException e) { throw FontWriteFailure.explain(e, options.fonts()).orElse(e); }
 * }</pre>
 */
final class FontWriteFailure {

    private FontWriteFailure() {
    }

    /** Marks a failure thrown while OpenPDF wrote its fonts (and the other shared objects after them). */
    static RuntimeException during(RuntimeException e) {
        return new Marked(e);
    }

    /** The export error for a failure marked by {@link #during}; empty for any other failure. */
    static Optional<RuntimeException> explain(RuntimeException e, FontSet fonts) {
        Throwable t = e;
        while (t != null && !(t instanceof Marked)) {
            t = t.getCause() == t ? null : t.getCause();
        }
        if (t == null) {
            return Optional.empty();
        }
        Throwable root = t.getCause();
        Set<String> suspects = new LinkedHashSet<>();
        for (FontRole role : FontRole.values()) {
            for (FontFace face : fonts.chain(role).faces()) {
                if (!face.isTrueType()) {
                    suspects.add(face.fileName() + " (" + face.familyName() + ")");
                }
            }
        }
        String which = suspects.isEmpty() ? "its fonts" : "the CFF (PostScript-outline) font "
                + String.join(" or ", suspects);
        return Optional.of(new ExportException("fonts", "the PDF writer could not subset " + which + " ("
                + root + "); use a TrueType (.ttf, glyf outlines) version of it instead — convert it with fontTools "
                + "(see fonts/otf2ttf.py in the Wenshu sources) or take the maker's TTF release", e));
    }

    private static final class Marked extends RuntimeException {
        Marked(RuntimeException cause) {
            super(cause);
        }
    }
}
