package io.github.wenshu.export.docx;

import io.github.wenshu.export.ExportOptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The zip is reproducible: fixed entry order and times from the export timestamp. */
class DocxPackageTest {

    @Test
    void sameReportAndTimestampGiveTheSameBytes() throws Exception {
        byte[] a = Exports.windowsNames(FeatureReport.build()).bytes();
        byte[] b = Exports.windowsNames(FeatureReport.build()).bytes();
        assertArrayEquals(a, b);
        byte[] later = Exports.run(new DocxExporter(), FeatureReport.build(),
                Exports.options(false).withTimestamp(Exports.TIME.plusSeconds(3600))).bytes();
        assertFalse(java.util.Arrays.equals(a, later));
    }

    @Test
    void entriesComeInAFixedOrderStampedWithTheTimestampInUtc() throws Exception {
        byte[] docx = Exports.windowsNames(FeatureReport.build()).bytes();
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
                assertEquals(LocalDateTime.of(2024, 12, 19, 8, 30), e.getTimeLocal(), e.getName());
            }
        }
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                "word/document.xml", "word/styles.xml", "word/settings.xml", "word/numbering.xml", "word/footer1.xml", "word/footer2.xml",
                "word/fontTable.xml", "word/media/image1.png", "word/_rels/document.xml.rels"), names);
    }

    @Test
    void timestampsBefore1980AreClampedToTheZipEpoch() throws Exception {
        ExportOptions early = Exports.options(false).withTimestamp(Instant.EPOCH);
        byte[] docx = Exports.run(new DocxExporter(), FeatureReport.build(), early).bytes();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), zip.getNextEntry().getTimeLocal());
        }
        String core = DocxParts.text(DocxParts.read(docx), "docProps/core.xml");
        assertTrue(core.contains("1970-01-01T00:00:00Z"), core);
    }
}
