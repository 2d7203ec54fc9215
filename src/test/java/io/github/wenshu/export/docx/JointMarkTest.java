package io.github.wenshu.export.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wenshu.model.DocumentForm;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Joint issuance (GB/T 9704 §7.2.4): the organs stacked, "文件" once, beside them at a tab stop, lowered half a line. */
class JointMarkTest {

    @Test
    void theSuffixStandsOnceBesideTheStackedOrgans() throws Exception {
        Report r = Report.builder().metadata(Metadata.builder().form(DocumentForm.FILE)
                        .issuers(java.util.List.of("深圳市宝安区司法局", "深圳市宝安区财政局")).markSuffix("文件").build())
                .add(Paragraph.of("正文。")).build();
        String doc = DocxParts.text(DocxParts.read(Exports.windowsNames(r).bytes()), "word/document.xml");
        Matcher m = Pattern.compile("<w:p><w:pPr><w:pStyle w:val=\"OfficialMark\"/>.*?</w:p>").matcher(doc);
        assertTrue(m.find());
        String first = m.group();
        assertTrue(m.find());
        String second = m.group();
        assertTrue(first.contains("深圳市宝安区司法局") && second.contains("深圳市宝安区财政局"), first + second);
        assertEquals(1, doc.split("文件", -1).length - 1, "the suffix once");
        assertTrue(first.contains("<w:tab/>") && first.contains("文件") && first.contains("<w:position w:val=\"-"),
                "suffix after a tab on the first line, lowered: " + first);
        assertTrue(first.contains("<w:jc w:val=\"left\"/>") && first.contains("<w:tab w:val=\"left\""), first);
    }
}
