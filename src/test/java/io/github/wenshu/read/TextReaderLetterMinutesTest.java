package io.github.wenshu.read;

import io.github.wenshu.model.DocumentForm;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** 信函格式, 纪要 issue numbers and wrapped 附件说明 names in plain text (docs/text-format.md). */
class TextReaderLetterMinutesTest {

    static Report read(String text) {
        return new TextReader().read(text, ReadOptions.defaults().withSourceName("t.txt"));
    }

    @Test
    void letterheadAboveALetterNumberIsTheLetterForm() {
        Metadata m = read("深圳市宝安区司法局\n深宝司办函〔2024〕5号\n\n关于商请提供有关材料的函\n\n区财政局：\n\n正文。\n")
                .metadata();
        assertEquals(DocumentForm.LETTER, m.form());
        assertEquals(List.of("深圳市宝安区司法局"), m.issuers());
        assertNull(m.markSuffix());
        assertEquals("深宝司办函〔2024〕5号", m.docNumber());
        assertEquals("关于商请提供有关材料的函", m.title());
        assertEquals("区财政局：", m.addressees());
    }

    @Test
    void aLetterNumberUnderAFileMarkStaysAFile() {
        Metadata m = read("深圳市宝安区司法局文件\n深宝司函〔2024〕5号\n\n关于……的函\n\n正文。\n").metadata();
        assertEquals(DocumentForm.FILE, m.form());
        assertEquals("文件", m.markSuffix());
    }

    @Test
    void anOrdinaryNumberUnderAnOrganNameStaysAFile() {
        Metadata m = read("深圳市宝安区司法局\n深宝司发〔2024〕5号\n\n关于……的通知\n\n正文。\n").metadata();
        assertEquals(DocumentForm.FILE, m.form());
    }

    @Test
    void aLetterNumberWithoutALetterheadIsNotALetter() {
        Metadata m = read("深宝司办函〔2024〕5号\n\n关于……的函\n\n正文。\n").metadata();
        assertEquals(DocumentForm.PLAIN, m.form());
        assertEquals("深宝司办函〔2024〕5号", m.docNumber());
    }

    @Test
    void issueNumberUnderAMinutesMark() {
        Metadata m = read("宝安区司法局办公会议纪要\n第5期\n\n关于……的会议纪要\n\n正文。\n").metadata();
        assertEquals(DocumentForm.MINUTES, m.form());
        assertEquals(List.of("宝安区司法局办公会议"), m.issuers());
        assertEquals("纪要", m.markSuffix());
        assertEquals("第5期", m.docNumber());
        assertEquals("关于……的会议纪要", m.title());
    }

    @Test
    void issueNumberWithYearAndFullWidthDigits() {
        Metadata m = read("宝安区司法局办公会议纪要\n\n〔２０２４〕第１２期\n\n关于……的会议纪要\n\n正文。\n").metadata();
        assertEquals("〔2024〕第12期", m.docNumber());
    }

    @Test
    void anIssueLineWithoutAMinutesMarkIsText() {
        Report r = read("关于……的报告\n\n第5期\n\n正文。\n");
        assertNull(r.metadata().docNumber());
    }

    @Test
    void attachmentNameWrappedOntoAnUnnumberedLine() {
        Metadata m = read("关于……的通知\n\n正文。\n\n附件：1. 2025年法治政府建设重点任务督查清单（含各街道\n"
                + "　　　　分解表）\n　　　2. 自查报告提纲\n\n深圳市宝安区司法局\n2024年12月20日\n").metadata();
        assertEquals(List.of("2025年法治政府建设重点任务督查清单（含各街道分解表）", "自查报告提纲"),
                m.attachmentNotes());
    }

    @Test
    void singleAttachmentNameWrapped() {
        Metadata m = read("关于……的通知\n\n正文。\n\n附件：2025年法治政府建设重点任务督查清单（含各\n街道分解表）\n\n"
                + "深圳市宝安区司法局\n2024年12月20日\n").metadata();
        assertEquals(List.of("2025年法治政府建设重点任务督查清单（含各街道分解表）"), m.attachmentNotes());
    }

    @Test
    void aSentenceAfterAnAttachmentLineIsNoContinuation() {
        Report r = read("关于……的通知\n\n附件：见下表\n现将有关情况报告如下。\n\n深圳市宝安区司法局\n2024年12月20日\n");
        assertEquals(List.of(), r.metadata().attachmentNotes());
        assertEquals(2, r.body().size());
    }
}
