package io.github.wenshu.style;

import java.util.List;

/**
 * The GB/T 9704-2012 style: A4, 版心 156 × 225 mm at 37 mm from the top and 28 mm from the binding edge,
 * 22 lines of 28 characters in 三号仿宋, headings 一、黑体 / （一）楷体 / 1. 仿宋 / （1）仿宋.
 *
 * <pre>{@code
 * Style style = OfficialStyle.gbt9704();
 * }</pre>
 */
public final class OfficialStyle {

    /** CMYK 0/80/80/0 (GB/T 9704 §6.2 red ink) as RGB. */
    public static final String OFFICIAL_RED = "#FF3333";

    private static final Style GBT9704 = new Style(
            210, 297,
            37, 28, 156, 225,
            true,
            22, 28,
            16, 22, 14, 14, 14,
            FontRole.FANGSONG, FontRole.XIAOBIAOSONG,
            List.of(FontRole.HEITI, FontRole.KAITI, FontRole.FANGSONG, FontRole.FANGSONG),
            List.of(false, false, false, false),
            List.of("{cn}、", "（{cn}）", "{n}.", "（{n}）"),
            FontRole.XIAOBIAOSONG, FontRole.HEITI, FontRole.KAITI, FontRole.SONGTI,
            FontRole.HEITI, FontRole.FANGSONG,
            OFFICIAL_RED, 35, 30, 7,
            2);

    private OfficialStyle() {
    }

    public static Style gbt9704() {
        return GBT9704;
    }
}
