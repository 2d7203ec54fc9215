package io.github.wenshu.read.json;

import io.github.wenshu.model.Attachment;
import io.github.wenshu.model.Attendance;
import io.github.wenshu.model.Block;
import io.github.wenshu.model.DocumentForm;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.Report;
import io.github.wenshu.read.ReadOptions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps a located JSON tree to a {@link Report}; the format is documented in {@code docs/json-format.md}
 * and {@code schema/wenshu-report.schema.json}. Unknown fields are errors.
 *
 * <pre>{@code
 * Report r = new JsonReportMapper(options).report(new At(root, "$", "report.json"));
 * }</pre>
 */
public final class JsonReportMapper {

    static final Set<String> REPORT_FIELDS = Set.of("$schema", "metadata", "body", "attachments");
    static final Set<String> METADATA_FIELDS = new LinkedHashSet<>(List.of("form", "copyNumber", "secrecy",
            "secrecyTerm", "urgency", "issuers", "markSuffix", "docNumber", "signers", "title", "addressees",
            "attachmentNotes", "signatures", "date", "sealed", "note", "copyTo", "printer", "printDate",
            "attendance"));
    static final Set<String> ATTACHMENT_FIELDS = Set.of("number", "title", "blocks");
    static final Set<String> FORMS = new LinkedHashSet<>(List.of("file", "letter", "minutes", "plain"));

    private final JsonBlockMapper blocks;

    public JsonReportMapper(ReadOptions options) {
        this.blocks = new JsonBlockMapper(options);
    }

    public Report report(At root) {
        root.asObject("a report object such as {\"metadata\": {…}, \"body\": […]}");
        root.onlyFields(REPORT_FIELDS, "the report");
        At meta = root.opt("metadata");
        At body = root.opt("body");
        At attachments = root.opt("attachments");
        Metadata metadata = meta == null ? Metadata.EMPTY : metadata(meta);
        List<Block> bodyBlocks = body == null ? List.of() : blocks.blocks(body);
        List<Attachment> atts = new ArrayList<>();
        if (attachments != null) {
            for (At a : attachments.items("an array of attachments")) {
                atts.add(attachment(a));
            }
        }
        return new Report(metadata, bodyBlocks, atts);
    }

    private Attachment attachment(At a) {
        a.onlyFields(ATTACHMENT_FIELDS, "an attachment");
        At number = a.opt("number");
        String num = null;
        if (number != null) {
            num = number.value() instanceof JsonValue.Num n ? n.value().toPlainString()
                    : number.string("the attachment number as a string such as \"1\"");
        }
        String title = a.require("title", "the attachment's title as a string").string("a string");
        At bl = a.opt("blocks");
        return new Attachment(num, title, bl == null ? List.of() : blocks.blocks(bl));
    }

    Metadata metadata(At m) {
        m.onlyFields(METADATA_FIELDS, "metadata");
        Metadata.Builder b = Metadata.builder();
        At form = m.opt("form");
        if (form != null) {
            b.form(DocumentForm.valueOf(form.choice(FORMS, "document form").toUpperCase(Locale.ROOT)));
        }
        b.copyNumber(m.optString("copyNumber", "a string of six digits such as \"000001\""));
        b.secrecy(m.optString("secrecy", "a string such as \"机密\""));
        b.secrecyTerm(m.optString("secrecyTerm", "a string such as \"1年\""));
        b.urgency(m.optString("urgency", "a string such as \"特急\""));
        b.issuers(stringOrList(m, "issuers", "organ names"));
        b.markSuffix(m.optString("markSuffix", "a string such as \"文件\""));
        b.docNumber(m.optString("docNumber", "a string such as \"国办发〔2025〕1号\""));
        b.signers(stringOrList(m, "signers", "names"));
        At title = m.opt("title");
        if (title != null) {
            b.title(title.value() instanceof JsonValue.Arr
                    ? String.join("\n", stringOrList(m, "title", "title lines"))
                    : title.string("the title as a string (\\n for a line break) or an array of lines"));
        }
        b.addressees(m.optString("addressees", "a string such as \"各区人民政府：\""));
        b.attachmentNotes(stringOrList(m, "attachmentNotes", "attachment names"));
        b.signatures(stringOrList(m, "signatures", "organ names"));
        b.date(date(m.opt("date")));
        b.sealed(m.optBool("sealed", false));
        b.note(m.optString("note", "a string"));
        b.copyTo(stringOrList(m, "copyTo", "organ names"));
        b.printer(m.optString("printer", "a string"));
        b.printDate(date(m.opt("printDate")));
        At att = m.opt("attendance");
        if (att != null) {
            List<Attendance> list = new ArrayList<>();
            for (At a : att.items("an array of {\"label\", \"names\"} objects")) {
                a.onlyFields(Set.of("label", "names"), "an attendance line");
                list.add(new Attendance(a.require("label", "a label such as \"出席\"").string("a string"),
                        stringOrList(a, "names", "names")));
            }
            b.attendance(list);
        }
        return b.build();
    }

    private static List<String> stringOrList(At obj, String name, String what) {
        At a = obj.opt(name);
        if (a == null) {
            return List.of();
        }
        if (a.value() instanceof JsonValue.Str s) {
            return List.of(s.value());
        }
        List<String> out = new ArrayList<>();
        for (At item : a.items("an array of " + what + " (strings)")) {
            out.add(item.string("a string"));
        }
        return out;
    }

    static LocalDate date(At a) {
        if (a == null) {
            return null;
        }
        String s = a.string("a date written as YYYY-MM-DD");
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            if (s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw a.error("\"" + s + "\" is not a real date; expected a date written as YYYY-MM-DD");
            }
            throw a.error("expected a date written as YYYY-MM-DD such as \"2024-12-19\", found \"" + s + "\"");
        }
    }
}
