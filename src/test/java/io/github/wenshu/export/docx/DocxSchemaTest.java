package io.github.wenshu.export.docx;

import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.openxmlformats.schemas.xpackage.x2006.relationships.RelationshipsDocument;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every XML part validates against the ECMA-376 schemas of poi-ooxml-full. [Content_Types].xml and
 * docProps/core.xml have no XmlBeans types there; POI's package reader checks them when it opens the file
 * (see {@link DocxReadBackTest}).
 */
public class DocxSchemaTest {

    @Test
    void everyPartOfTheFeatureReportValidates() throws Exception {
        assertValid(DocxParts.read(Exports.windowsNames(FeatureReport.build()).bytes()));
    }

    @Test
    void everyPartOfTheExampleValidatesWithEmbeddedFonts() throws Exception {
        assumeTrue(SampleReport.available() && Exports.bundledFonts(), "example or bundled fonts missing");
        Map<String, byte[]> parts = DocxParts.read(Exports.embedded(SampleReport.load()).bytes());
        assertTrue(parts.keySet().stream().anyMatch(n -> n.endsWith(".odttf")), "a font is embedded");
        assertValid(parts);
    }

    @Test
    void theValidatorRejectsPropertiesOutOfSchemaOrder() throws Exception {
        String bad = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:pPr><w:jc w:val=\"center\"/><w:pStyle w:val=\"Normal\"/></w:pPr></w:p>"
                + "</w:body></w:document>";
        assertTrue(!parse("word/document.xml", bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)).validate());
    }

    public static void assertValid(Map<String, byte[]> parts) throws Exception {
        int checked = 0;
        for (Map.Entry<String, byte[]> e : parts.entrySet()) {
            String name = e.getKey();
            XmlObject doc = parse(name, e.getValue());
            if (doc == null) {
                continue;
            }
            List<XmlError> errors = new ArrayList<>();
            boolean ok = doc.validate(new XmlOptions().setErrorListener(errors));
            assertTrue(ok && errors.isEmpty(), name + ": " + errors);
            checked++;
        }
        assertEquals(parts.keySet().stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels"))
                .filter(n -> !n.equals("[Content_Types].xml") && !n.equals("docProps/core.xml")).count(), checked);
    }

    private static XmlObject parse(String name, byte[] bytes) throws Exception {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        if (name.endsWith(".rels")) {
            return RelationshipsDocument.Factory.parse(in);
        }
        return switch (name) {
            case "word/document.xml" -> DocumentDocument.Factory.parse(in);
            case "word/styles.xml" -> StylesDocument.Factory.parse(in);
            case "word/settings.xml" -> SettingsDocument.Factory.parse(in);
            case "word/numbering.xml" -> org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument
                    .Factory.parse(in);
            case "word/fontTable.xml" -> FontsDocument.Factory.parse(in);
            case "docProps/app.xml" -> PropertiesDocument.Factory.parse(in);
            default -> name.startsWith("word/footer") ? FtrDocument.Factory.parse(in) : null;
        };
    }
}
