package io.github.wenshu.read;

import io.github.wenshu.model.Block;
import io.github.wenshu.model.DocumentForm;
import io.github.wenshu.model.Heading;
import io.github.wenshu.model.Inline;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.PageBreak;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.model.Table;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per recognised plain-text form (docs/text-format.md), plus the false positives to avoid. */
class TextReaderFormsTest {

    static Report read(String text) {
        return new TextReader().read(text, ReadOptions.defaults().withSourceName("t.txt"));
    }

    static Heading heading(Block b) {
        return assertInstanceOf(Heading.class, b);
    }

    static String para(Block b) {
        return assertInstanceOf(Paragraph.class, b).plainText();
    }

    @Test
    void titleLinesAtTheTopJoinWithLineBreaks() {
        Report r = read("关于开展2025年法治政府建设\n重点任务督查的通知\n\n正文第一段。\n");
        assertEquals("关于开展2025年法治政府建设\n重点任务督查的通知", r.metadata().title());
        assertEquals(List.of("正文第一段。"), r.body().stream().map(TextReaderFormsTest::para).toList());
    }

    @Test
    void docNumberWithMarkAndSigner() {
        Report r = read("深圳市宝安区人民政府文件\n\n深宝府[2018]126号　　签发人：张三 李四\n\n关于……的通知\n\n正文。");
        Metadata m = r.metadata();
        assertEquals(DocumentForm.FILE, m.form());
        assertEquals(List.of("深圳市宝安区人民政府"), m.issuers());
        assertEquals("文件", m.markSuffix());
        assertEquals("深宝府〔2018〕126号", m.docNumber());
        assertEquals(List.of("张三", "李四"), m.signers());
        assertEquals("关于……的通知", m.title());
    }

    @Test
    void jointMarkLinesAboveTheDocNumber() {
        Metadata m = read("深圳市宝安区人民政府\n深圳市宝安区司法局\n文件\n宝府〔2024〕3号\n签发人：王五\n关于……的通知\n\n正文。")
                .metadata();
        assertEquals(List.of("深圳市宝安区人民政府", "深圳市宝安区司法局"), m.issuers());
        assertEquals("文件", m.markSuffix());
        assertEquals(List.of("王五"), m.signers());
    }

    @Test
    void copyNumberSecrecyAndUrgencyAtTheTop() {
        Metadata m = read("000123\n机密★1年\n特急\n某某局文件\n某发〔2024〕1号\n\n标题\n\n正文。").metadata();
        assertEquals("000123", m.copyNumber());
        assertEquals("机密", m.secrecy());
        assertEquals("1年", m.secrecyTerm());
        assertEquals("特急", m.urgency());
        assertEquals("某发〔2024〕1号", m.docNumber());
    }

    @Test
    void minutesMark() {
        Report r = read("宝安区司法局办公会议纪要\n〔2024〕5号\n\n会议研究了有关事项。\n\n出席：张三、李四、王五\n请假：赵六\n");
        assertEquals(DocumentForm.MINUTES, r.metadata().form());
        assertEquals(List.of("宝安区司法局办公会议"), r.metadata().issuers());
        assertEquals("纪要", r.metadata().markSuffix());
        assertEquals("出席", r.metadata().attendance().get(0).label());
        assertEquals(List.of("张三", "李四", "王五"), r.metadata().attendance().get(0).names());
        assertEquals(List.of("赵六"), r.metadata().attendance().get(1).names());
        assertEquals(1, r.body().size());
    }

    @Test
    void addresseeLineEndsWithColonBeforeTheBody() {
        Report r = read("关于……的通知\n\n各街道办事处，区直各单位:\n　　现将有关事项通知如下：\n一、总体要求");
        assertEquals("各街道办事处，区直各单位：", r.metadata().addressees());
        assertEquals("现将有关事项通知如下：", para(r.body().get(0)));
    }

    @Test
    void addresseeOverTwoLines() {
        Report r = read("关于……的通知\n\n各街道办事处，\n区直各单位：\n正文。");
        assertEquals("各街道办事处，区直各单位：", r.metadata().addressees());
    }

    @Test
    void aSentenceEndingInAColonIsNotAnAddressee() {
        Report r = read("年度报告\n\n2024年，我局扎实推进各项工作。现将有关情况报告如下：\n一、总体情况\n正文。\n二、存在问题\n各有关单位：\n");
        assertNull(r.metadata().addressees());
        assertEquals(5, r.body().size());
        assertEquals("各有关单位：", para(r.body().get(4)));
    }

    @Test
    void fourHeadingLevelsWithHalfWidthBrackets() {
        Report r = read("标题\n\n一、总体情况\n(一)主要做法\n（二）成效\n1.加强领导\n2．完善制度\n(1)建立台账\n（2）定期通报");
        List<int[]> levels = r.body().stream().map(b -> new int[]{heading(b).level()}).toList();
        assertEquals(List.of(1, 2, 2, 3, 3, 4, 4), levels.stream().map(a -> a[0]).toList());
        assertEquals(List.of("一、", "（一）", "（二）", "1.", "2．", "（1）", "（2）"),
                r.body().stream().map(b -> heading(b).number()).toList());
        assertEquals("主要做法", heading(r.body().get(1)).plainText());
    }

    @Test
    void runInHeadingSplitsAfterTheFirstSentence() {
        Heading h = heading(read("1.完善重大决策合法性审查机制。探索街道法制审核工作机制。办理2384件。").body().get(0));
        assertEquals(3, h.level());
        assertEquals("1.", h.number());
        assertEquals("完善重大决策合法性审查机制。", h.plainText());
        assertEquals("探索街道法制审核工作机制。办理2384件。", Inline.plainText(h.runIn()));
    }

    @Test
    void runInAtLevelTwoAndFourToo() {
        Report r = read("（一）重大行政决策。重点检查目录编制。\n（1）建立台账。逐项登记。");
        assertTrue(heading(r.body().get(0)).isRunIn());
        assertEquals("（1）", heading(r.body().get(1)).number());
        assertEquals("逐项登记。", Inline.plainText(heading(r.body().get(1)).runIn()));
    }

    @Test
    void aSentenceEndInsideQuotesDoesNotSplit() {
        Heading h = heading(read("2.落实“谁执法谁普法。”责任制。对全区执法单位开展评议。").body().get(0));
        assertEquals("落实“谁执法谁普法。”责任制。", h.plainText());
    }

    @Test
    void numberedLineWithALongFirstSentenceIsAParagraph() {
        String longSentence = "1." + "全".repeat(70) + "。后文。";
        assertEquals(longSentence, para(read(longSentence).body().get(0)));
    }

    @Test
    void decimalsAndYearsAreNotHeadings() {
        Report r = read("标题\n\n1.88亿元的损失已挽回。\n2024年全年办结。");
        assertEquals("1.88亿元的损失已挽回。", para(r.body().get(0)));
        assertEquals("2024年全年办结。", para(r.body().get(1)));
    }

    @Test
    void attachmentNotesSingleAndNumbered() {
        Metadata single = read("标题\n\n正文。\n\n附件：2025年工作要点\n").metadata();
        assertEquals(List.of("2025年工作要点"), single.attachmentNotes());
        Metadata numbered = read("标题\n\n正文。\n\n附件：1. 督查清单\n　　　2. 自查报告提纲\n　　　3．联系表\n").metadata();
        assertEquals(List.of("督查清单", "自查报告提纲", "联系表"), numbered.attachmentNotes());
    }

    @Test
    void numberedLinesWithoutAttachmentLineStayHeadings() {
        Report r = read("标题\n\n正文。\n1.加强领导\n2.完善制度\n");
        assertEquals(List.of(), r.metadata().attachmentNotes());
        assertEquals(3, heading(r.body().get(2)).level());
    }

    @Test
    void signaturesDateAndNote() {
        Report r = read("标题\n\n正文。\n\n深圳市宝安区人民政府\n深圳市宝安区司法局\n二〇二四年十二月十九日\n(此件公开发布)\n");
        Metadata m = r.metadata();
        assertEquals(List.of("深圳市宝安区人民政府", "深圳市宝安区司法局"), m.signatures());
        assertEquals(LocalDate.of(2024, 12, 19), m.date());
        assertEquals("此件公开发布", m.note());
        assertFalse(m.sealed());
        assertEquals(1, r.body().size());
    }

    @Test
    void sealMarkAfterTheSignature() {
        Metadata m = read("标题\n\n正文。\n\n深圳市宝安区司法局（盖章）\n2024年1月5日").metadata();
        assertTrue(m.sealed());
        assertEquals(List.of("深圳市宝安区司法局"), m.signatures());
        assertEquals(LocalDate.of(2024, 1, 5), m.date());
    }

    @Test
    void fullWidthDigitsInTheDate() {
        assertEquals(LocalDate.of(2024, 12, 9), read("标题\n\n正文。\n\n某局\n２０２４年１２月９日").metadata().date());
    }

    @Test
    void impossibleClosingDateIsAnErrorWithLineAndColumn() {
        ReadException e = assertThrows(ReadException.class, () -> read("标题\n\n正文。\n\n某局\n    2024年2月30日"));
        assertEquals(6, e.line());
        assertEquals(5, e.column());
        assertTrue(e.getMessage().startsWith("t.txt:6:5: '2024年2月30日' is not a real date"), e.getMessage());
    }

    @Test
    void aShortLastParagraphWithPunctuationIsNotASignature() {
        Metadata m = read("标题\n\n正文。\n特此通知。\n2024年12月19日").metadata();
        assertEquals(List.of(), m.signatures());
        assertEquals(LocalDate.of(2024, 12, 19), m.date());
    }

    @Test
    void versionBlockCopyToAndPrinter() {
        Metadata m = read("标题\n\n正文。\n\n某局\n2024年12月19日\n\n抄送：区委办，区人大办，\n　　　区政协办。\n"
                + "深圳市宝安区人民政府办公室　　　2024年12月20日印发\n").metadata();
        assertEquals(List.of("区委办", "区人大办", "区政协办"), m.copyTo());
        assertEquals("深圳市宝安区人民政府办公室", m.printer());
        assertEquals(LocalDate.of(2024, 12, 20), m.printDate());
    }

    @Test
    void attachmentSectionsWithTitleAndBlocks() {
        Report r = read("标题\n\n正文。\n\n附件：1. 清单\n2. 提纲\n\n某局\n2024年12月19日\n\n附件1\n\n清单\n\n一、任务\n内容。\n"
                + "附件2\n提纲\n\n内容二。\n\n抄送：区委办。\n某局办公室 2024年12月20日印发");
        assertEquals(2, r.attachments().size());
        assertEquals("1", r.attachments().get(0).number());
        assertEquals("清单", r.attachments().get(0).title());
        assertEquals(2, r.attachments().get(0).blocks().size());
        assertEquals("附件2", r.attachments().get(1).label());
        assertEquals(List.of(Paragraph.of("内容二。")), r.attachments().get(1).blocks());
        assertEquals(List.of("区委办"), r.metadata().copyTo());
        assertEquals(List.of("清单", "提纲"), r.metadata().attachmentNotes());
    }

    @Test
    void singleUnnumberedAttachment() {
        Report r = read("标题\n\n正文。\n\n附件：清单\n\n某局\n2024年12月19日\n\n附件\n清单\n内容。");
        assertNull(r.attachments().get(0).number());
        assertEquals("附件", r.attachments().get(0).label());
    }

    @Test
    void fullWidthPunctuationCanBeTurnedOff() {
        String text = "标题\n\n2024年,宝安区(试点)推进。\n比例1:100,数值3,000。";
        Report on = read(text);
        assertEquals("2024年，宝安区（试点）推进。", para(on.body().get(0)));
        assertEquals("比例1:100，数值3,000。", para(on.body().get(1)));
        Report off = new TextReader().read(text, ReadOptions.defaults().withFullWidthPunctuation(false));
        assertEquals("2024年,宝安区(试点)推进。", para(off.body().get(0)));
    }

    @Test
    void layoutIsNotTextAndNoLineIsDropped() {
        Report r = read("标题\n\n\u3000\u3000第一段。\n  \u00A0第二段。\n\n\n\t第三段\n奇怪的一行：\n");
        assertEquals(List.of("第一段。", "第二段。", "第三段", "奇怪的一行："),
                r.body().stream().map(TextReaderFormsTest::para).toList());
    }

    @Test
    void formFeedIsAPageBreak() {
        Report r = read("标题\n\n第一页。\n\f第二页。");
        assertInstanceOf(PageBreak.class, r.body().get(1));
        assertEquals("第二页。", para(r.body().get(2)));
    }

    @Test
    void figureLineResolvesAgainstTheInputFolder() {
        ReadOptions o = ReadOptions.forFile(Path.of("examples/x.txt")).withRestrictPaths(true);
        Report r = new TextReader().read("标题\n\n![图1 案件数量](images/cases-2024.png){width=120mm}", o);
        io.github.wenshu.model.Figure f = assertInstanceOf(io.github.wenshu.model.Figure.class, r.body().get(0));
        assertEquals("图1 案件数量", f.caption());
        assertEquals(120.0, f.widthMm());
        ReadException e = assertThrows(ReadException.class,
                () -> new TextReader().read("标题\n\n![图](../pom.xml)", o));
        assertTrue(e.getMessage().startsWith("examples/x.txt:3:6: figure: image path '../pom.xml' leaves"),
                e.getMessage());
    }

    @Test
    void gb18030InputIsDecoded() throws Exception {
        byte[] gbk = "标题\n\n正文，内容。".getBytes("GB18030");
        Report r = new TextReader().read(new java.io.ByteArrayInputStream(gbk), ReadOptions.defaults());
        assertEquals("正文，内容。", para(r.body().get(0)));
    }

    @Test
    void pipeRowsWithSeparatorMergesAndCaptionBecomeATable() {
        Report r = read("标题\n\n表1 收到和处理政府信息公开申请情况\n项目 | 申请人情况 | <\n^ | 自然人 | 法人或其他组织\n"
                + "---|---:|---:\n本年新收申请 | 56 | 12\n上年结转 | 3 | 0\n后文。");
        Table t = assertInstanceOf(Table.class, r.body().get(0));
        assertEquals("表1 收到和处理政府信息公开申请情况", t.caption());
        assertEquals(2, t.headerRows());
        assertEquals(3, t.columnCount());
        Table.Cell item = t.rows().get(0).cells().get(0);
        assertEquals("项目", item.plainText());
        assertEquals(2, item.rowSpan());
        assertEquals(2, t.rows().get(0).cells().get(1).colSpan());
        assertEquals(List.of("自然人", "法人或其他组织"),
                t.rows().get(1).cells().stream().map(Table.Cell::plainText).toList());
        assertEquals(List.of(Table.Align.DEFAULT, Table.Align.RIGHT, Table.Align.RIGHT),
                t.columns().stream().map(Table.Column::align).toList());
        assertEquals(java.util.Optional.empty(), TableShape.problem(t));
        assertEquals("后文。", para(r.body().get(1)));
    }

    @Test
    void tableWithoutSeparatorHasNoHeaderAndShortRowsArePadded() {
        Table t = assertInstanceOf(Table.class, read("|a|b|c|\n|d|e|\n").body().get(0));
        assertEquals(0, t.headerRows());
        assertEquals(List.of("d", "e", ""), t.rows().get(1).cells().stream().map(Table.Cell::plainText).toList());
    }

    @Test
    void aSingleLineWithABarIsAParagraph() {
        assertEquals("甲 | 乙", para(read("标题\n\n甲 | 乙\n").body().get(0)));
    }

    @Test
    void mergesThatAreNotRectanglesAreErrors() {
        ReadException e = assertThrows(ReadException.class, () -> read("标题\n\nA | B\n^ | <\n"));
        assertEquals("t.txt:3:1: table: the cells merged into \"A\" with '<' and '^' do not form a rectangle",
                e.getMessage());
        assertThrows(ReadException.class, () -> read("标题\n\n< | B\nC | D\n"));
    }
}
