package io.github.wenshu.export.pdf;

import com.lowagie.text.ExceptionConverter;
import io.github.wenshu.export.ExportException;
import io.github.wenshu.font.FontFace;
import io.github.wenshu.font.FontSet;
import io.github.wenshu.style.FontRole;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a failure of OpenPDF's font subsetting (it subsets and writes the fonts when the document closes) into an
 * {@link ExportException} that names the font files and what to use instead — never an internal error. OpenPDF's
 * CFF subsetter fails on some CFF-flavoured .otf files that every other program reads; a TrueType (glyf-outline)
 * version of the same design works, and DOCX embedding needs one anyway.
 *
 * <pre>{@code
 * try { output.finishTo(out); }
 * catch (RuntimeException e) { throw FontWriteFailure.explain(e, options.fonts()).orElse(e); }
 * }</pre>
 */
final class FontWriteFailure {

    private FontWriteFailure() {
    }

    /** The export error for a failure thrown while fonts were written; empty when the failure is about else. */
    static Optional<RuntimeException> explain(RuntimeException e, FontSet fonts) {
        boolean cff = false;
        boolean font = false;
        for (Throwable t = e; t != null; t = next(t)) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String c = frame.getClassName();
                cff |= c.startsWith("com.lowagie.text.pdf.CFFFont");
                font |= c.startsWith("com.lowagie.text.pdf.TrueTypeFont") || c.equals("com.lowagie.text.pdf.FontDetails");
            }
        }
        if (!cff && !font) {
            return Optional.empty();
        }
        Set<String> suspects = new LinkedHashSet<>();
        for (FontRole role : FontRole.values()) {
            for (FontFace face : fonts.chain(role).faces()) {
                if (!cff || !face.isTrueType()) {
                    suspects.add(face.fileName() + " (" + face.familyName() + ")");
                }
            }
        }
        Throwable root = e instanceof ExceptionConverter c && c.getException() != null ? c.getException() : e;
        String what = cff ? "could not subset the CFF (PostScript-outline) font " : "could not subset the fonts ";
        String advice = cff ? "; use a TrueType (.ttf, glyf outlines) version of it instead — convert it with "
                + "fontTools (see fonts/otf2ttf.py in the Wenshu sources) or take the maker's TTF release"
                : "; try another version of the font, such as a .ttf";
        return Optional.of(new ExportException("fonts", "the PDF writer " + what + String.join(" or ", suspects)
                + " (" + root + ")" + advice, e));
    }

    /** OpenPDF wraps checked exceptions in an {@link ExceptionConverter}, which has no stack of its own. */
    private static Throwable next(Throwable t) {
        Throwable n = t instanceof ExceptionConverter c ? c.getException() : t.getCause();
        return n == t ? null : n;
    }
}
