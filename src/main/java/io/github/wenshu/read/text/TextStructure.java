package io.github.wenshu.read.text;

import io.github.wenshu.model.Attachment;
import io.github.wenshu.model.Attendance;
import io.github.wenshu.model.Block;
import io.github.wenshu.model.DocumentForm;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.Report;
import io.github.wenshu.read.ReadOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits plain text into the parts of an official document — header, body, closing, attachments and
 * 版记 — and builds the {@link Report}. The conventions are documented in {@code docs/text-format.md}.
 *
 * <pre>{@code
 * Report r = TextStructure.read(text, ReadOptions.defaults());
 * }</pre>
 */
public final class TextStructure {

    private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?$");
    private static final Pattern ATTENDANCE = Pattern.compile("^(出席|请假|列席|缺席)[：:]\\s*(.+)$");

    private TextStructure() {
    }

    public static Report read(String text, ReadOptions options) {
        List<TextLine> lines = TextLines.split(text, options.fullWidthPunctuation());
        Metadata.Builder meta = Metadata.builder();
        int bodyStart = new HeaderParser(lines, meta).parse();
        List<Integer> starts = new ArrayList<>();
        for (int j = bodyStart; j < lines.size(); j++) {
            if (ATTACHMENT.matcher(lines.get(j).text()).matches()) {
                starts.add(j);
            }
        }
        ClosingParser closing = new ClosingParser(lines, meta, options.sourceName());
        int mainEnd = starts.isEmpty() ? lines.size() : starts.get(0);
        int lastEnd = lines.size();
        if (!starts.isEmpty()) {
            lastEnd = closing.versionBlock(starts.get(starts.size() - 1), lines.size());
        }
        Metadata sofar = meta.build();
        if (!sofar.hasVersionBlock()) {
            mainEnd = closing.versionBlock(bodyStart, mainEnd);
        }
        int bodyEnd = closing.closing(bodyStart, mainEnd);
        if (meta.build().form() == DocumentForm.MINUTES) {
            bodyEnd = attendance(lines, bodyStart, bodyEnd, meta);
        }
        BodyParser body = new BodyParser(lines, options);
        Report.Builder report = Report.builder().addAll(body.blocks(bodyStart, bodyEnd));
        for (int k = 0; k < starts.size(); k++) {
            int s = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1) : lastEnd;
            Matcher m = ATTACHMENT.matcher(lines.get(s).text());
            m.matches();
            String number = m.group(1) == null ? null : TextDates.asciiDigits(m.group(1));
            int t = s + 1;
            while (t < end && lines.get(t).isBlank()) {
                t++;
            }
            String title = t < end && !lines.get(t).pageBreak() ? lines.get(t).text() : "";
            List<Block> blocks = body.blocks(t < end ? t + 1 : end, end);
            report.attach(new Attachment(number, title, blocks));
        }
        return report.metadata(meta.build()).build();
    }

    private static int attendance(List<TextLine> lines, int from, int to, Metadata.Builder meta) {
        List<Attendance> found = new ArrayList<>();
        int j = to - 1;
        int end = to;
        for (; j >= from; j--) {
            if (lines.get(j).isBlank()) {
                continue;
            }
            Matcher m = ATTENDANCE.matcher(lines.get(j).text());
            if (!m.matches()) {
                break;
            }
            found.add(0, new Attendance(m.group(1), ClosingParser.organs(m.group(2))));
            end = j;
        }
        if (!found.isEmpty()) {
            meta.attendance(found);
        }
        return end;
    }
}
