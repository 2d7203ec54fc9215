package io.github.wenshu.export;

import io.github.wenshu.model.Attachment;
import io.github.wenshu.model.Block;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.read.Readers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code examples/notice.json} cut or lengthened so that its body ends where each {@link ImprintPlacement} is
 * chosen: on an even page with room for the 版记 (and with just room), on an odd page, on a full even page. Shared
 * by the PDF and DOCX tests.
 */
public final class ImprintReports {

    private ImprintReports() {
    }

    public static Report notice() throws IOException {
        return Readers.read(Path.of("examples/notice.json"));
    }

    /** The notice without its second attachment: the body ends on page 3. */
    public static Report endingOnAnOddPage() throws IOException {
        Report n = notice();
        return new Report(n.metadata().toBuilder().attachmentNotes(n.metadata().attachmentNotes().get(0)).build(),
                n.body(), n.attachments().subList(0, 1));
    }

    /** The notice with 13 more lines in its second attachment: page 4 keeps the two free lines the 版记 needs. */
    public static Report endingOnAnEvenPageWithJustRoom() throws IOException {
        return withMoreLines(13);
    }

    /** The notice with 14 more lines in its second attachment: page 4 keeps one free line, the 版记 needs two. */
    public static Report endingOnAFullEvenPage() throws IOException {
        return withMoreLines(14);
    }

    private static Report withMoreLines(int lines) throws IOException {
        Report n = notice();
        Attachment last = n.attachments().get(1);
        List<Block> blocks = new ArrayList<>(last.blocks());
        for (int i = 1; i <= lines; i++) {
            blocks.add(Paragraph.of("第" + i + "条补充说明。"));
        }
        return new Report(n.metadata(), n.body(),
                List.of(n.attachments().get(0), new Attachment(last.number(), last.title(), blocks)));
    }
}
