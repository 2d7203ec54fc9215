package io.github.wenshu.export.docx;

/**
 * {@code word/settings.xml}: font embedding flags, mirrored margins, separate odd and even footers, and
 * uncompressed full-width punctuation (one character cell each, as the grid needs).
 *
 * <pre>{@code
 * pkg.wordPart("word/settings.xml", x -> new SettingsPart(ctx).write(x));
 * }</pre>
 */
final class SettingsPart {

    private final DocxContext ctx;

    SettingsPart(DocxContext ctx) {
        this.ctx = ctx;
    }

    void write(Xml x) {
        x.root("settings", "r", Ns.R);
        x.empty("zoom", "percent", "100");
        if (ctx.faces.embeds()) {
            x.empty("embedTrueTypeFonts").empty("saveSubsetFonts");
        }
        if (ctx.style.mirrorMargins()) {
            x.empty("mirrorMargins");
        }
        x.empty("defaultTabStop", "val", Integer.toString(ctx.geometry.chars(2)));
        x.empty("evenAndOddHeaders");
        x.empty("characterSpacingControl", "val", "doNotCompress");
        x.start("compat").empty("spaceForUL").empty("balanceSingleByteDoubleByteWidth")
                .empty("doNotLeaveBackslashAlone").empty("ulTrailSpace").empty("doNotExpandShiftReturn")
                .empty("adjustLineHeightInTable").empty("useFELayout").end();
        x.empty("themeFontLang", "val", "en-US", "eastAsia", "zh-CN");
        x.end();
    }
}
