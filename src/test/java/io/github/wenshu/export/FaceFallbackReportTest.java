package io.github.wenshu.export;

import io.github.wenshu.export.docx.DocxExporter;
import io.github.wenshu.export.pdf.PdfExporter;
import io.github.wenshu.font.FaceFallbacks;
import io.github.wenshu.font.FontSet;
import io.github.wenshu.model.Heading;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.style.FontRole;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** A character a role's face lacks is drawn by the fallback face and said so, the same way in PDF and DOCX. */
class FaceFallbackReportTest {

    private static final ExportOptions OPTIONS = ExportOptions.defaults().withTimestamp(Instant.EPOCH);
    /** Rare name characters; the bundled 黑体 (FandolHei) has none of them. */
    private static final String RARE = "堃喆";

    static Report report() {
        return Report.builder().add(Heading.of(1, "一、", "关于张" + RARE + "同志的情况"))
                .add(Paragraph.of("正文没有生僻字。")).add(Heading.of(1, "二、", "再提张堃")).build();
    }

    @Test
    void rareHeitiCharactersAreReportedWithRoleAndFaceInBothFormats() throws Exception {
        var heiti = FontSet.bundled().face(FontRole.HEITI);
        for (int cp : RARE.codePoints().toArray()) {
            assumeFalse(heiti.canDisplay(cp), "the 黑体 face has " + new String(Character.toChars(cp)));
        }
        List<Warning> pdf = fallbacks(new PdfExporter());
        List<Warning> docx = fallbacks(new DocxExporter());
        assertEquals(pdf, docx);
        assertEquals(1, pdf.size(), pdf::toString);
        Warning w = pdf.get(0);
        assertEquals("body[0]", w.location());
        String fallback = FontSet.bundled().chain(FontRole.HEITI).fallback().familyName();
        assertTrue(w.message().startsWith("黑体 (heiti) text has 2 characters that " + heiti.familyName()
                + " lacks, drawn in " + fallback + " instead: 堃 (body[0]), 喆 (body[0])"), w.message());
    }

    @Test
    void noFallbackNoWarning() {
        FaceFallbacks f = new FaceFallbacks();
        f.note(FontRole.HEITI, "FandolHei", "FandolHei", '黑', "body[0]");
        f.note(FontRole.HEITI, "FandolHei", "Noto Serif CJK SC", "\u3000 \u200D", "body[1]");
        assertTrue(f.warnings().isEmpty(), f.warnings()::toString);
    }

    private static List<Warning> fallbacks(Exporter exporter) throws Exception {
        return exporter.export(report(), OPTIONS, new ByteArrayOutputStream()).warnings().stream()
                .filter(w -> w.code().equals(FaceFallbacks.CODE)).toList();
    }
}
