package io.github.wenshu.check;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * §5.2.2 body text in 仿宋, and §7.3.3 headings by numbering form: a body-size line indented two 字 that starts
 * with 一、 wants 黑体, （一） 楷体, 1. or （1） 仿宋. The face is read from font names (see {@link FontFamily}); a
 * name that tells nothing gives a warning, not an error.
 */
final class FontFaceCheck implements Check {
    private static final String CN = "[一二三四五六七八九十百零〇]+";
    private static final List<Pattern> LEVELS = List.of(
            Pattern.compile("^" + CN + "、.*"),
            Pattern.compile("^[（(]" + CN + "[）)].*"),
            Pattern.compile("^\\d{1,3}[.．](?!\\d).*"),
            Pattern.compile("^[（(]\\d{1,3}[）)].*"));
    private static final List<FontFamily> EXPECTED = List.of(FontFamily.HEI, FontFamily.KAI, FontFamily.FANG,
            FontFamily.FANG);
    private static final int HEAD_GLYPHS = 8;

    @Override
    public void run(CheckContext ctx, Findings out) {
        checkBody(ctx, out);
        java.util.Set<String> unknownFonts = new java.util.HashSet<>();
        for (PageGeometry g : ctx.pages()) {
            for (TextLine l : g.content()) {
                boolean indented = ctx.areaLefts(g).stream()
                        .anyMatch(left -> Math.abs((l.left() - left) / ctx.charPt() - 2) <= 0.6);
                if (ctx.isBody(l) && indented) {
                    checkHeading(g.page().number(), l, unknownFonts, out);
                }
            }
        }
        out.notApplicable(Rule.HEADING_FONT, "no heading numbered 一、 （一） 1. or （1）");
    }

    private void checkBody(CheckContext ctx, Findings out) {
        Map<FontFamily, Integer> counts = new EnumMap<>(FontFamily.class);
        String example = "";
        for (PageGeometry g : ctx.pages()) {
            for (TextLine l : g.content()) {
                if (!ctx.isBody(l)) {
                    continue;
                }
                for (Glyph gl : l.visible()) {
                    if (gl.isHanzi()) {
                        counts.merge(FontFamily.of(gl.font()), 1, Integer::sum);
                        example = example.isEmpty() ? gl.font() : example;
                    }
                }
            }
        }
        if (counts.isEmpty()) {
            out.notApplicable(Rule.BODY_FONT, "no hanzi in body-size text");
            return;
        }
        out.checked(Rule.BODY_FONT);
        FontFamily most = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        if (most == FontFamily.OTHER) {
            out.warn(Rule.BODY_FONT, 0, "body font \"" + example + "\" (face not recognisable from its name)",
                    "仿宋 (FangSong, 仿宋_GB2312, FandolFang …)");
        } else if (most != FontFamily.FANG) {
            out.error(Rule.BODY_FONT, 0, "most body hanzi in " + most.chinese(), "仿宋");
        }
    }

    private void checkHeading(int page, TextLine line, java.util.Set<String> unknownFonts, Findings out) {
        String text = line.compact();
        for (int level = 0; level < LEVELS.size(); level++) {
            if (!LEVELS.get(level).matcher(text).matches()) {
                continue;
            }
            out.checked(Rule.HEADING_FONT);
            List<Glyph> head = line.visible().subList(0, Math.min(HEAD_GLYPHS, line.visible().size()));
            String font = TextLine.mode(head.stream().filter(Glyph::isHanzi).map(Glyph::font).toList(),
                    line.font());
            FontFamily family = FontFamily.of(font);
            FontFamily expected = EXPECTED.get(level);
            String what = "level-" + (level + 1) + " heading \"" + Excerpt.of(line) + "\" in " + font;
            if (family == FontFamily.OTHER) {
                if (unknownFonts.add(font)) {
                    out.warn(Rule.HEADING_FONT, page, what + " (face not recognisable; further headings in this font not listed)", expected.chinese());
                }
            } else if (family != expected) {
                out.error(Rule.HEADING_FONT, page, what + " (" + family.chinese() + ")", expected.chinese());
            }
            return;
        }
    }
}
