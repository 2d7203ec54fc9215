package io.github.wenshu.read;

import io.github.wenshu.style.FontRole;
import io.github.wenshu.style.OfficialStyle;
import io.github.wenshu.style.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Partial style files override the GB/T 9704 default; errors say where and what. */
class StyleReaderTest {

    private static StyleReader.StyleFile read(String json) {
        return StyleReader.read(json, "s.json", Path.of("."));
    }

    private static String error(String json) {
        return assertThrows(ReadException.class, () -> read(json)).getMessage();
    }

    @Test
    void wideTablesTurnUnlessTheStyleSaysNo() {
        assertEquals(true, OfficialStyle.gbt9704().rotateWideTables());
        assertEquals(false, read("{\"rotateWideTables\": false}").style().rotateWideTables());
    }

    @Test
    void anEmptyFileIsTheOfficialStyle() {
        assertEquals(OfficialStyle.gbt9704(), read("{}").style());
    }

    @Test
    void givenFieldsOverrideOthersStay() {
        Style s = read("{\"bodySize\": 15, \"markColor\": \"#E60012\", \"headingBold\": [true, false, false, false],"
                + " \"headingFonts\": [\"heiti\", \"kaiti\", \"fangsong\", \"songti\"]}").style();
        Style expected = new Style(210, 297, 37, 28, 156, 225, true, 22, 28, 15, 22, 14, 14, 14,
                FontRole.FANGSONG, FontRole.XIAOBIAOSONG,
                List.of(FontRole.HEITI, FontRole.KAITI, FontRole.FANGSONG, FontRole.SONGTI),
                List.of(true, false, false, false), OfficialStyle.gbt9704().headingNumbering(),
                FontRole.XIAOBIAOSONG, FontRole.HEITI, FontRole.KAITI, FontRole.SONGTI, FontRole.HEITI,
                FontRole.FANGSONG, "#E60012", 35, 30, 7, 2);
        assertEquals(expected, s);
    }

    @Test
    void fontFilesResolveAgainstTheStyleFolder(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("fonts"));
        Files.write(dir.resolve("fonts/fs.ttf"), new byte[]{0, 1, 0, 0});
        Path style = dir.resolve("style.json");
        Files.writeString(style, "{\"fonts\": {\"fangsong\": \"fonts/fs.ttf\"}}");
        assertEquals(Map.of(FontRole.FANGSONG, dir.resolve("fonts/fs.ttf")), StyleReader.read(style).fonts());
    }

    @Test
    void errorsNameTheFieldWithLineAndColumn() {
        assertEquals("s.json:2:3: $.bodySise: unknown field 'bodySise' in a style (did you mean 'bodySize'?); "
                        + "expected one of: $schema, bodyFont, bodyHeightMm, bodySize, bodyWidthMm, charsPerLine, "
                        + "firstLineIndentChars, fonts, headingBold, headingFonts, headingNumbering, labelFont, "
                        + "letterMarkTopMm, linesPerPage, marginBindingMm, marginTopMm, markColor, markFont, markTopMm, "
                        + "mirrorMargins, pageHeightMm, pageNumberDashBelowMm, pageNumberFont, pageNumberSize, "
                        + "pageWidthMm, rotateWideTables, signerFont, tableFont, tableHeaderFont, tableSize, titleFont, titleSize, "
                        + "versionBlockSize",
                error("{\n  \"bodySise\": 15\n}"));
        assertEquals("s.json:1:14: $.bodySize: expected a number like 16.0, found the string \"big\"",
                error("{\"bodySize\": \"big\"}"));
        assertEquals("s.json:1:18: $.linesPerPage: expected a whole number like 22, found the number 22.5",
                error("{\"linesPerPage\": 22.5}"));
        assertEquals("s.json:1:15: $.markColor: the style is not valid: markColor must be #RRGGBB, was red",
                error("{\"markColor\": \"red\"}"));
        assertEquals("s.json:1:14: $.bodyFont: unknown font role 'fangsng' (did you mean 'fangsong'?); expected "
                + "one of: fangsong, heiti, kaiti, xiaobiaosong, songti, fallback", error("{\"bodyFont\": \"fangsng\"}"));
        assertEquals("s.json:1:24: $.fonts.fangsong: font file not found: nope.ttf",
                error("{\"fonts\": {\"fangsong\": \"nope.ttf\"}}"));
        assertEquals("s.json:1:1: $: the style is not valid: the type area does not fit on the page",
                error("{\"pageWidthMm\": 100}"));
    }
}
