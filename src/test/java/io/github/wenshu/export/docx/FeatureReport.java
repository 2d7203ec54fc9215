package io.github.wenshu.export.docx;

import io.github.wenshu.model.Attachment;
import io.github.wenshu.model.DocumentForm;
import io.github.wenshu.model.Figure;
import io.github.wenshu.model.Heading;
import io.github.wenshu.model.ImageSource;
import io.github.wenshu.model.Inline;
import io.github.wenshu.model.InlineStyle;
import io.github.wenshu.model.ListBlock;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.PageBreak;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.model.Table;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A small report that uses every block, inline style and official part the DOCX writer knows. */
final class FeatureReport {

    private FeatureReport() {
    }

    static Report build() {
        Table table = Table.builder().caption("表1 收到申请情况")
                .header("项目", "数量", "备注")
                .row(new Table.Row(List.of(Table.Cell.of("自然人").span(1, 2), Table.Cell.of("56"),
                        Table.Cell.of("当面"))))
                .row("12", "网络")
                .row(new Table.Row(List.of(Table.Cell.of("合计").span(2, 1), Table.Cell.of("68"))))
                .build();
        return Report.builder()
                .metadata(Metadata.builder().form(DocumentForm.FILE).issuers("深圳市宝安区司法局").markSuffix("文件")
                        .docNumber("深宝司〔2024〕12号").title("关于法治政府建设\n情况的报告")
                        .addressees("区委、区政府：").attachmentNotes("工作要点", "统计表")
                        .signatures("深圳市宝安区司法局").date(LocalDate.of(2024, 12, 19)).note("联系人：张三堃")
                        .copyTo("区委办", "区政府办").printer("深圳市宝安区司法局办公室")
                        .printDate(LocalDate.of(2024, 12, 20)).build())
                .add(Paragraph.of("现将有关情况报告如下："))
                .add(Heading.of(1, null, "总体情况"))
                .add(Heading.of(2, null, "主要举措"))
                .add(new Heading(3, null, List.of(Inline.plain("完善审查机制。")),
                        List.of(Inline.plain("探索街道合法性审查。"))))
                .add(Heading.of(4, null, "具体做法"))
                .add(new Paragraph(List.of(Inline.plain("共办理"), Inline.of("2384", InlineStyle.BOLD),
                        Inline.plain("件，"), Inline.of("同比", InlineStyle.ITALIC),
                        Inline.of("增长", InlineStyle.UNDERLINE), Inline.plain("m"),
                        Inline.of("2", InlineStyle.SUPERSCRIPT), Inline.plain("H"),
                        Inline.of("2", InlineStyle.SUBSCRIPT), Inline.plain("O，详见"),
                        Inline.link("网站", "https://www.baoan.gov.cn/?a=1&b=<2>"), Inline.plain("。"))))
                .add(new ListBlock(true, List.of(
                        new ListBlock.ListItem(List.of(Inline.plain("召开专题会议")),
                                List.of(ListBlock.of(false, "会前调研", "会后通报"))),
                        ListBlock.ListItem.of("印发工作方案"))))
                .add(table)
                .add(new Figure(new ImageSource.File(Path.of("examples/images/cases-2024.png")), "图1 案件数量", null))
                .add(PageBreak.INSTANCE)
                .add(Heading.of(1, "三、", "下一步安排"))
                .add(Heading.of(1, null, "其他"))
                .add(Paragraph.of("制表符\t和换行\n之后。"))
                .attach(new Attachment("1", "2025年工作要点", List.of(Heading.of(1, null, "目标"),
                        Paragraph.of("附件正文。"))))
                .build();
    }
}
