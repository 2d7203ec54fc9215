package io.github.wenshu.read;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each malformed input gives the message documented in docs/json-format.md: where, what, and a suggestion. */
class JsonReaderErrorsTest {

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("misspelt metadata field", """
                        {
                          "metadata": {
                            "title": "关于开展督查的通知",
                            "adressees": "各区人民政府："
                          }
                        }""",
                        "r.json:4:5: $.metadata.adressees: unknown field 'adressees' in metadata (did you mean "
                                + "'addressees'?); expected one of: addressees, attachmentNotes, attendance, copyNumber, "
                                + "copyTo, date, docNumber, form, issuers, markSuffix, note, printDate, printer, sealed, "
                                + "secrecy, secrecyTerm, signatures, signers, title, urgency"),
                Arguments.of("misspelt block type", """
                        {"body": [
                          {"type": "paragraf", "text": "正文"}
                        ]}""",
                        "r.json:2:12: $.body[0].type: unknown block type 'paragraf' (did you mean 'paragraph'?); "
                                + "expected one of: heading, paragraph, list, table, figure, pageBreak"),
                Arguments.of("heading level out of range", """
                        {"body": [
                          {"type": "paragraph", "text": "正文"},
                          {"type": "heading",
                           "level": 7, "text": "总体情况"}
                        ]}""",
                        "r.json:4:13: $.body[1].level: expected a heading level from 1 to 4 (1 一、 2 （一） 3 1. 4 （1）), "
                                + "found the number 7"),
                Arguments.of("date in Chinese form", """
                        {"metadata": {"date": "2024年12月19日"}}""",
                        "r.json:1:23: $.metadata.date: expected a date written as YYYY-MM-DD such as \"2024-12-19\", "
                                + "found \"2024年12月19日\""),
                Arguments.of("impossible date", """
                        {"metadata": {"printDate": "2024-02-30"}}""",
                        "r.json:1:28: $.metadata.printDate: \"2024-02-30\" is not a real date; expected a date written "
                                + "as YYYY-MM-DD"),
                Arguments.of("text of the wrong type", """
                        {"body": [{"type": "paragraph", "text": 42}]}""",
                        "r.json:1:41: $.body[0].text: expected text: a string, or an array of strings and runs such "
                                + "as {\"text\": \"…\", \"bold\": true}, found the number 42"),
                Arguments.of("column span wider than the table", """
                        {"body": [{"type": "table", "rows": [
                          ["项目", {"text": "数量", "colSpan": 2}],
                          ["自然人", "56"]
                        ]}]}""",
                        "r.json:3:3: $.body[0].rows[1]: bad table spans: row 2 covers 2 column(s) counting spans, "
                                + "but the table is 3 columns wide"),
                Arguments.of("row span past the last row", """
                        {"body": [{"type": "table", "rows": [
                          [{"text": "办理结果", "rowSpan": 3}, "予以公开"],
                          ["部分公开"]
                        ]}]}""",
                        "r.json:2:4: $.body[0].rows[0][0]: bad table spans: rowSpan 3 runs past the last row "
                                + "(2 row(s) left including this one)"),
                Arguments.of("block without a type", """
                        {"body": [{"text": "正文"}]}""",
                        "r.json:1:11: $.body[0]: missing field 'type'; expected a block type: one of heading, "
                                + "paragraph, list, table, figure, pageBreak"),
                Arguments.of("trailing comma", """
                        {"body": [
                          {"type": "paragraph", "text": "正文",}
                        ]}""",
                        "r.json:2:38: $.body[0].text: invalid JSON syntax: Unexpected character ('}'): was expecting "
                                + "double-quote to start field name"),
                Arguments.of("misspelt run style", """
                        {"body": [{"type": "paragraph", "text": [{"text": "2384", "bolt": true}]}]}""",
                        "r.json:1:59: $.body[0].text[0].bolt: unknown field 'bolt' in a text run (did you mean "
                                + "'bold'?); expected one of: bold, italic, link, subscript, superscript, text, underline"),
                Arguments.of("image path leaving the input folder", """
                        {"body": [{"type": "figure", "path": "../secret.png", "caption": "图1"}]}""",
                        "r.json:1:38: $.body[0].path: figure: image path '../secret.png' leaves the input's folder "
                                + Path.of("examples").toAbsolutePath() + " (paths are restricted)"),
                Arguments.of("a list instead of the report object", "[1, 2]",
                        "r.json:1:1: $: expected a report object such as {\"metadata\": {…}, \"body\": […]}, "
                                + "found an array"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedInputNamesPathLineAndColumn(String name, String json, String message) {
        ReadOptions options = ReadOptions.defaults().withSourceName("r.json")
                .withBaseDirectory(Path.of("examples").toAbsolutePath()).withRestrictPaths(true);
        ReadException e = assertThrows(ReadException.class, () -> new JsonReader().read(json, options));
        assertEquals(message, e.getMessage());
    }
}
