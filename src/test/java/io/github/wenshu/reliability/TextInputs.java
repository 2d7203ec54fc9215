package io.github.wenshu.reliability;

import java.util.function.Function;

/**
 * Random plain-text reports: lines shaped like what the text reader recognises — title lines, 发文字号,
 * 主送, the four heading forms (with and without run-in text), table rows, figure lines, 附件 lines and
 * sections, 署名, dates, 附注, 抄送 and 印发, blank lines and form feeds — with random Unicode mixed in.
 *
 * <pre>{@code
 * String text = TextInputs.report(new Gen(seed));
 * }</pre>
 */
final class TextInputs {

    private TextInputs() {
    }

    static String report(Gen g) {
        StringBuilder sb = new StringBuilder();
        for (String line : g.list(0, 40, () -> line(g))) {
            sb.append(line).append(g.pick("\n", "\n", "\n", "\r\n", "\r"));
        }
        return sb.toString();
    }

    static String line(Gen g) {
        String t = Texts.any(g, 20);
        return g.weighted(
                10, (Function<Gen, String>) x -> t,
                3, (Function<Gen, String>) x -> "",
                2, (Function<Gen, String>) x -> "\f",
                2, (Function<Gen, String>) x -> "　　" + t,
                3, (Function<Gen, String>) x -> x.pick("一、", "二十、", "（一）", "(二)", "1.", "12．", "（1）", "(3)")
                        + t + (x.chance(0.4) ? "。" + Texts.any(x, 20) : ""),
                2, (Function<Gen, String>) x -> x.pick("宝司〔2024〕126号", "国办发〔2025〕1号", "〔2024〕号"),
                2, (Function<Gen, String>) x -> t + "：",
                3, (Function<Gen, String>) x -> String.join(x.pick(" | ", "|", " ｜ "),
                        x.list(1, 5, () -> Texts.any(x, 6))),
                1, (Function<Gen, String>) x -> "表" + x.between(1, 9) + " " + t,
                2, (Function<Gen, String>) x -> "![" + Texts.any(x, 5) + "](" + x.pick("images/cases-2024.png",
                        "../etc/passwd", "/etc/hostname", "http://127.0.0.1:9/a.png", "missing.png", "")
                        + ")" + (x.chance(0.3) ? "{width=" + x.between(0, 999) + "mm}" : ""),
                2, (Function<Gen, String>) x -> x.pick("附件", "附件2", "附件十", "附件：1. " + t, "　　2. " + t),
                2, (Function<Gen, String>) x -> x.pick("2024年12月19日", "二〇二四年十二月十九日", "2024年2月30日",
                        "9999年99月99日", "0年1月1日"),
                2, (Function<Gen, String>) x -> x.pick("（" + t + "）", "抄送：" + t, "印发", t + "　　2024年12月20日印发",
                        "出席：" + t, "请假：" + t),
                1, (Function<Gen, String>) x -> x.pick("密级：机密★1年", "特急", "000001", t + "文件", t + "纪要"));
    }
}
