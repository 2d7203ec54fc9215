package io.github.wenshu.check;

/**
 * §5.2.4 text is black unless stated otherwise. The red 发文机关标志 (§7.2.4) on the first page is expected;
 * other coloured text is reported as a warning, once per page.
 */
final class ColourCheck implements Check {
    @Override
    public void run(CheckContext ctx, Findings out) {
        for (PageGeometry g : ctx.pages()) {
            for (TextLine l : g.content()) {
                out.checked(Rule.TEXT_COLOUR);
                if (g.page().number() == 1 && l.isRed()) {
                    continue;
                }
                Glyph coloured = l.visible().stream().filter(gl -> !Colours.isBlack(gl.rgb())).findFirst().orElse(null);
                if (coloured != null) {
                    out.warn(Rule.TEXT_COLOUR, g.page().number(), "\"" + Excerpt.of(l) + "\" in "
                            + Colours.hex(coloured.rgb()), "black");
                    break;
                }
            }
        }
        out.notApplicable(Rule.TEXT_COLOUR, "no text");
    }
}
