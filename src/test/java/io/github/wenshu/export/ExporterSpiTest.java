package io.github.wenshu.export;

import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import org.example.wenshu.ProbeExporter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An exporter the core does not know, registered only in the test class path's META-INF/services. */
class ExporterSpiTest {

    @Test
    void findsAThirdPartyExporterByName() throws Exception {
        Exporter probe = Exporters.forFormat("probe");
        assertInstanceOf(ProbeExporter.class, probe);
        assertEquals("probe", probe.fileExtension());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = probe.export(Report.builder().add(Paragraph.of("第一段")).add(Paragraph.of("WARN 小心"))
                .build(), ExportOptions.defaults(), out);
        assertEquals("第一段\nWARN 小心\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(2, result.pages());
        assertEquals(new Warning("probe-warning", "body[1]", "小心"), result.warnings().get(0));
    }

    @Test
    void formatNamesAreCaseInsensitiveAndListed() {
        assertInstanceOf(ProbeExporter.class, Exporters.forFormat(" PROBE "));
        assertTrue(Exporters.formats().contains("probe"));
        assertTrue(Exporters.formats().contains("shout"));
        assertEquals(Exporters.formats().stream().sorted().toList(), Exporters.formats());
    }

    @Test
    void unknownFormatNamesTheAvailableOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Exporters.forFormat("odt"));
        assertTrue(e.getMessage().contains("'odt'"), e.getMessage());
        assertTrue(e.getMessage().contains("probe"), e.getMessage());
    }
}
