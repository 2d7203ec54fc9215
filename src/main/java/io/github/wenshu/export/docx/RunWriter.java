package io.github.wenshu.export.docx;

import io.github.wenshu.model.Inline;
import io.github.wenshu.model.InlineStyle;
import io.github.wenshu.style.FontRole;

import java.util.List;

/**
 * Writes inline runs: emphasis as direct run formatting, links as {@code w:hyperlink}, tabs and line breaks
 * as their elements, and each piece in the family that draws it — a character the role's face lacks goes into
 * a run of the fallback family. Runs in the paragraph style's own family carry no {@code w:rFonts}.
 *
 * <pre>{@code
 * new RunWriter(ctx).write(x, paragraph.text(), RunFormat.in(FontRole.FANGSONG, ctx), "body[3]");
 * }</pre>
 */
final class RunWriter {

    private final DocxContext ctx;

    RunWriter(DocxContext ctx) {
        this.ctx = ctx;
    }

    /**
     * How runs of one stretch of a paragraph look: the role of their text, the family the paragraph style
     * already sets, a character style, and whether the style's bold must be switched off.
     */
    record RunFormat(FontRole role, String styleFamily, String charStyle, boolean boldOff) {
        static RunFormat in(FontRole role, DocxContext ctx) {
            return new RunFormat(role, ctx.family(role), null, false);
        }

        /** The same text role inside a paragraph whose style sets {@code family}. */
        RunFormat withStyleFamily(String family) {
            return new RunFormat(role, family, charStyle, boldOff);
        }
    }

    void write(Xml x, List<Inline> inlines, RunFormat format, String location) {
        for (Inline inline : inlines) {
            checkCharacters(inline.text(), location);
            if (inline.link() != null) {
                x.start("hyperlink").plainAttr("r:id", ctx.hyperlink(inline.link()));
                runs(x, inline, format, true, location);
                x.end();
            } else {
                runs(x, inline, format, false, location);
            }
        }
    }

    /** Writes plain text in the given format. */
    void plain(Xml x, String text, RunFormat format, String location) {
        checkCharacters(text, location);
        runs(x, Inline.plain(text), format, false, location);
    }

    private void runs(Xml x, Inline inline, RunFormat f, boolean link, String location) {
        String text = inline.text().replace("\r\n", "\n").replace('\r', '\n');
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean control = i < text.length() && isBreak(text.charAt(i));
            if (i == text.length() || control) {
                if (i > start) {
                    drawn(x, inline, f, link, text.substring(start, i), location);
                }
                if (control) {
                    x.start("r");
                    runProps(x, inline, f, f.styleFamily(), link);
                    content(x, text.substring(i, i + 1));
                    x.end();
                }
                start = i + 1;
            }
        }
    }

    private static boolean isBreak(char c) {
        return c == '\t' || c == '\n' || c == '\r';
    }

    /** Text without tabs or breaks, in runs of the families that draw it. */
    private void drawn(Xml x, Inline inline, RunFormat f, boolean link, String text, String location) {
        ctx.faces.split(f.role(), text, (family, piece, missing) -> {
            if (missing) {
                ctx.warn("missing-glyph", location, "no font has a glyph for \"" + piece
                        + "\"; kept in the text, it shows only where the reader's machine has a font for it");
            } else {
                ctx.fallbacks.note(f.role(), ctx.faces.family(f.role()), family, piece, location);
            }
            ctx.fonts.draw(family, piece);
            x.start("r");
            runProps(x, inline, f, family, link);
            content(x, piece);
            x.end();
        });
    }

    private void runProps(Xml x, Inline inline, RunFormat f, String family, boolean link) {
        boolean otherFamily = !family.equals(f.styleFamily());
        String charStyle = link ? StyleIds.HYPERLINK : f.charStyle();
        if (inline.styles().isEmpty() && !otherFamily && charStyle == null && !f.boldOff()) {
            return;
        }
        x.start("rPr");
        if (charStyle != null) {
            x.empty("rStyle", "val", charStyle);
        }
        if (otherFamily) {
            ctx.fonts.declare(family);
            Props.fonts(x, family);
        }
        if (inline.has(InlineStyle.BOLD)) {
            x.empty("b").empty("bCs");
        } else if (f.boldOff()) {
            x.empty("b", "val", "0").empty("bCs", "val", "0");
        }
        if (inline.has(InlineStyle.ITALIC)) {
            x.empty("i").empty("iCs");
        }
        if (inline.has(InlineStyle.UNDERLINE)) {
            x.empty("u", "val", "single");
        }
        if (inline.has(InlineStyle.SUPERSCRIPT)) {
            x.empty("vertAlign", "val", "superscript");
        } else if (inline.has(InlineStyle.SUBSCRIPT)) {
            x.empty("vertAlign", "val", "subscript");
        }
        x.end();
    }

    /** Text with {@code \t} as {@code w:tab} and {@code \n} as {@code w:br}. */
    static void content(Xml x, String text) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                textElement(x, text, start, i);
                if (c == '\t') {
                    x.empty("tab");
                } else {
                    x.empty("br");
                }
                start = i + 1;
            }
        }
        textElement(x, text, start, text.length());
    }

    private static void textElement(Xml x, String text, int from, int to) {
        if (to > from) {
            x.start("t");
            if (text.charAt(from) == ' ' || text.charAt(to - 1) == ' ') {
                x.plainAttr("xml:space", "preserve");
            }
            x.text(text.substring(from, to)).end();
        }
    }

    private void checkCharacters(String text, String location) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean lone = Character.isSurrogate(text.charAt(i)) && Character.charCount(cp) == 1;
            if (!Xml.isXmlChar(cp) || lone) {
                ctx.warn("invalid-character", location, String.format(
                        "U+%04X cannot be stored in a DOCX and was replaced by U+FFFD", cp));
            }
            i += Character.charCount(cp);
        }
    }
}
