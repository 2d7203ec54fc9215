package io.github.wenshu.export.docx;

import io.github.wenshu.font.FontSet;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.style.FontRole;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each embedded subset of a bundled face has a family name of its own, the face's family and a checksum of its
 * characters, in the font table, in every {@code w:rFonts} of every part and in the subset's name table; the same
 * characters give the same name, other characters another. A face the user supplies keeps its name.
 */
class DocxSubsetNamesTest {

    private static final Pattern FONT = Pattern.compile("<w:font w:name=\"([^\"]+)\">(.*?)</w:font>");
    private static final Pattern RFONTS = Pattern.compile("<w:rFonts w:ascii=\"([^\"]+)\" w:hAnsi=\"([^\"]+)\""
            + " w:eastAsia=\"([^\"]+)\" w:cs=\"([^\"]+)\"");
    private static final Pattern EMBED = Pattern.compile("r:id=\"([^\"]+)\" w:fontKey=\"([^\"]+)\"");

    @Test
    void everyPartNamesTheSubsetsByTheirOwnNamesAndTheSubsetsSayTheSame() throws Exception {
        assumeTrue(Exports.bundledFonts(), "bundled fonts missing");
        Map<String, byte[]> parts = DocxParts.read(Exports.embedded(FeatureReport.build()).bytes());
        Map<String, String> families = fontTable(parts);
        assertTrue(families.keySet().stream().anyMatch(f -> f.matches("FandolFang [0-9A-F]{8}")), "" + families);
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            if (part.getKey().endsWith(".xml") && !part.getKey().endsWith("fontTable.xml")) {
                Matcher m = RFONTS.matcher(DocxParts.text(parts, part.getKey()));
                while (m.find()) {
                    for (int g = 1; g <= 4; g++) {
                        assertTrue(families.containsKey(m.group(g)), part.getKey() + " names " + m.group(g)
                                + ", not in the font table " + families.keySet());
                    }
                }
            }
        }
        String rels = DocxParts.text(parts, "word/_rels/fontTable.xml.rels");
        for (Map.Entry<String, String> f : families.entrySet()) {
            Matcher e = EMBED.matcher(f.getValue());
            if (!e.find()) {
                continue;
            }
            Matcher target = Pattern.compile("Id=\"" + e.group(1) + "\"[^>]*Target=\"([^\"]+)\"|Target=\"([^\"]+)\""
                    + "[^>]*Id=\"" + e.group(1) + "\"").matcher(rels);
            assertTrue(target.find(), rels);
            String part = "word/" + (target.group(1) != null ? target.group(1) : target.group(2));
            byte[] ttf = FontObfuscation.deobfuscate(parts.get(part), e.group(2));
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
            NamingTable names = font.getNaming();
            assertEquals(f.getKey(), names.getFontFamily(), part);
            assertEquals(f.getKey().replace(" ", ""), names.getPostScriptName(), part);
            assertEquals("Regular", names.getFontSubFamily(), part);
            font.close();
        }
    }

    @Test
    void theSameCharactersGiveTheSameNameAndOthersAnother() throws Exception {
        assumeTrue(Exports.bundledFonts(), "bundled fonts missing");
        String a = fangsong(Report.builder().add(Paragraph.of("各单位要切实提高思想认识。")).build());
        String again = fangsong(Report.builder().add(Paragraph.of("各单位要切实提高思想认识。")).build());
        String other = fangsong(Report.builder().add(Paragraph.of("各单位要压实安全生产责任。")).build());
        assertEquals(a, again);
        assertNotEquals(a, other);
    }

    @Test
    void textThatSpellsAnRFontsElementIsLeftAsItIs() throws Exception {
        assumeTrue(Exports.bundledFonts(), "bundled fonts missing");
        String literal = "<w:rFonts w:ascii=\"FandolFang\" w:hAnsi=\"FandolFang\" w:eastAsia=\"FandolFang\""
                + " w:cs=\"FandolFang\"/> 各单位";
        Map<String, byte[]> parts = DocxParts.read(Exports.embedded(Report.builder()
                .add(Paragraph.of(literal)).build()).bytes());
        String body = DocxParts.text(parts, "word/document.xml");
        assertTrue(body.contains(literal.replace("<", "&lt;").replace(">", "&gt;"))
                || body.contains(literal.replace("<", "&lt;")), body);
    }

    @Test
    void aFaceTheUserSuppliesKeepsItsName() throws Exception {
        assumeTrue(Exports.bundledFonts() && Files.isRegularFile(Path.of("fonts/FandolKai-Regular.ttf")),
                "bundled fonts missing");
        FontSet fonts = FontSet.bundled().with(FontRole.FANGSONG, Path.of("fonts/FandolKai-Regular.ttf"));
        Report report = Report.builder().add(Paragraph.of("各单位要切实提高思想认识。")).build();
        Map<String, byte[]> parts = DocxParts.read(Exports.run(new DocxExporter(), report,
                Exports.options(true).withFonts(fonts)).bytes());
        List<String> names = new ArrayList<>(fontTable(parts).keySet());
        assertTrue(names.contains("FandolKai"), "the user's face under its own family: " + names);
    }

    /** The name FandolFang is embedded under in the report's DOCX. */
    private static String fangsong(Report report) throws Exception {
        Map<String, String> families = fontTable(DocxParts.read(Exports.embedded(report).bytes()));
        return families.keySet().stream().filter(f -> f.startsWith("FandolFang")).findFirst().orElseThrow();
    }

    /** The font table's families, each with its element's content. */
    private static Map<String, String> fontTable(Map<String, byte[]> parts) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = FONT.matcher(DocxParts.text(parts, "word/fontTable.xml"));
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }
}
