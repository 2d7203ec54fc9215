package io.github.wenshu.check;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The style of a face as GB/T 9704 names it, guessed from the font's name: "ABCDEF+FandolHei-Regular" → HEI,
 * "KaiTi_GB2312" → KAI, "仿宋_GB2312" → FANG, "NotoSerifCJKsc-Regular" → SONG.
 *
 * <pre>{@code
 * FontFamily.of("BCDEEE+SimHei");   // HEI
 * }</pre>
 */
enum FontFamily {
    HEI("黑体"),
    KAI("楷体"),
    FANG("仿宋"),
    SONG("宋体"),
    OTHER("other");

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private final String chinese;

    FontFamily(String chinese) {
        this.chinese = chinese;
    }

    String chinese() {
        return chinese;
    }

    static FontFamily of(String fontName) {
        String n = stripSubset(fontName).toLowerCase(Locale.ROOT).replace(" ", "");
        if (n.contains("fang") || n.contains("仿宋") || n.contains("zhuque")) {
            return FANG;
        }
        if (n.contains("kai") || n.contains("楷")) {
            return KAI;
        }
        if (n.contains("hei") || n.contains("黑") || n.contains("sans") || n.contains("gothic")) {
            return HEI;
        }
        if (n.contains("song") || n.contains("sung") || n.contains("simsun") || n.contains("宋") || n.contains("serif") || n.contains("ming")) {
            return SONG;
        }
        return OTHER;
    }

    /** The name without a subset prefix such as "ABCDEF+". */
    static String stripSubset(String fontName) {
        return fontName.matches("^[A-Z]{6}\\+.*") ? fontName.substring(7) : fontName;
    }

    /**
     * Font names written by Chinese Windows software are GBK bytes ("#BA#DA#CC#E5" is 黑体); PDF libraries hand
     * them back as Latin-1 or Windows-1252 text. Turns such a name back into Chinese; other names are unchanged.
     */
    static String decodeName(String name) {
        if (name.chars().allMatch(c -> c < 0x80)) {
            return name;
        }
        byte[] bytes = name.chars().allMatch(c -> c <= 0xFF)
                ? name.getBytes(StandardCharsets.ISO_8859_1) : name.getBytes(CP1252);
        try {
            return GBK.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return name;
        }
    }
}
