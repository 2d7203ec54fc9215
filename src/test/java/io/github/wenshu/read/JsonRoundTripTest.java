package io.github.wenshu.read;

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
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every part of the model survives model → JSON → model, including defaults that the writer leaves out. */
class JsonRoundTripTest {

    private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();

    static Report everything() {
        Metadata m = Metadata.builder().form(DocumentForm.MINUTES).copyNumber("000123").secrecy("机密")
                .secrecyTerm("1年").urgency("特急").issuers("深圳市宝安区人民政府", "深圳市宝安区司法局")
                .markSuffix("纪要").docNumber("〔2024〕5号").signers("张三", "李四").title("第一行\n第二行")
                .addressees("各单位：").attachmentNotes("清单", "提纲").signatures("甲局", "乙局")
                .date(LocalDate.of(2024, 12, 19)).sealed(true).note("此件公开发布").copyTo("区委办", "区人大办")
                .printer("区政府办公室").printDate(LocalDate.of(2024, 12, 20))
                .attend("出席", "张三", "李四").attend("请假", "王五").build();
        Table table = new Table("表1", List.of(new Table.Column(Table.Width.mm(30), Table.Align.RIGHT),
                new Table.Column(Table.Width.relative(2), Table.Align.DECIMAL), new Table.Column(null, null)),
                List.of(new Table.Row(List.of(Table.Cell.of("A").span(2, 1),
                                new Table.Cell(List.of(), 1, 2, Table.Align.CENTER, Table.VAlign.BOTTOM))),
                        Table.Row.of("1", "2.5")), 1, true);
        return Report.builder().metadata(m)
                .add(new Heading(1, null, List.of(Inline.plain("自动编号")), List.of()))
                .add(new Heading(3, "1．", List.of(Inline.plain("加强领导。")),
                        List.of(Inline.of("粗", InlineStyle.BOLD), Inline.plain("正文"))))
                .add(new Paragraph(List.of(Inline.plain(""))))
                .add(new Paragraph(List.of()))
                .add(new Paragraph(List.of(new Inline("x", Set.of(InlineStyle.ITALIC, InlineStyle.UNDERLINE,
                        InlineStyle.SUPERSCRIPT, InlineStyle.SUBSCRIPT), "https://example.org/a?b=1"))))
                .add(new ListBlock(true, List.of(ListBlock.ListItem.of("一"),
                        new ListBlock.ListItem(List.of(Inline.plain("二")), List.of(ListBlock.of(false, "甲", "乙"))))))
                .add(table)
                .add(new Figure(new ImageSource.File(EXAMPLES.resolve("images/cases-2024.png")), "图1", 120.5))
                .add(new Figure(new ImageSource.Data(pngBytes(), "dot.png"), null, null))
                .add(PageBreak.INSTANCE)
                .attach(new Attachment(null, "唯一附件", List.of(Paragraph.of("内容"))))
                .attach(new Attachment("2", "", List.of()))
                .build();
    }

    static byte[] pngBytes() {
        return java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR42mM4wMAARAwQ"
                + "CgAYDgMBjBPGuAAAAABJRU5ErkJggg==");
    }

    @Test
    void everyPartSurvivesTheRoundTrip() {
        Report r = everything();
        String json = JsonWriter.relativeTo(EXAMPLES).write(r);
        Report back = new JsonReader().read(json, ReadOptions.forFile(EXAMPLES.resolve("x.json")).withRestrictPaths(true));
        assertEquals(r, back);
    }

    @Test
    void compactAndLaidOutFormsReadTheSame() {
        Report r = everything();
        JsonWriter w = JsonWriter.relativeTo(EXAMPLES);
        ReadOptions o = ReadOptions.forFile(EXAMPLES.resolve("x.json"));
        assertEquals(new JsonReader().read(w.writeCompact(r), o), new JsonReader().read(w.write(r), o));
    }

    @Test
    void figurePathsAreWrittenRelativeToTheTargetFolder() {
        String json = JsonWriter.relativeTo(EXAMPLES).write(everything());
        assertEquals(true, json.contains("\"path\": \"images/cases-2024.png\""), json);
    }
}
