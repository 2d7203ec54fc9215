package io.github.wenshu.read;

import io.github.wenshu.model.Attachment;
import io.github.wenshu.model.Attendance;
import io.github.wenshu.model.Block;
import io.github.wenshu.model.Figure;
import io.github.wenshu.model.Heading;
import io.github.wenshu.model.Inline;
import io.github.wenshu.model.ListBlock;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.model.Table;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * No line is ever dropped: for texts made of the example lines in random order, the words of every input line
 * (its Chinese characters and letters, leaving out numbering, punctuation and the labels 附件/抄送/印发) are found,
 * in one piece, somewhere in the report — in a metadata field, a block, a table row or an attachment.
 */
class NothingLostTest {

    @Test
    void shuffledExampleLinesAllSurvive() throws IOException {
        List<String> pool = new ArrayList<>(Files.readAllLines(Path.of("examples/notice.txt")));
        pool.addAll(Files.readAllLines(Path.of("examples/baoan-2024-report.txt")));
        Random random = new Random(20241219);
        for (int round = 0; round < 400; round++) {
            Collections.shuffle(pool, random);
            List<String> lines = pool.subList(0, 1 + random.nextInt(25));
            String text = String.join("\n", lines);
            Report report;
            try {
                report = new TextReader().read(text, ReadOptions.defaults());
            } catch (ReadException e) {
                continue;
            }
            String all = words(everything(report));
            for (String line : lines) {
                String w = words(line);
                if (!all.contains(w)) {
                    fail("lost \"" + line + "\" reading:\n" + text);
                }
            }
        }
    }

    @Test
    void theExamplesLoseNothing() throws IOException {
        for (String name : List.of("notice.txt", "baoan-2024-report.txt")) {
            Report r = Readers.read(Path.of("examples", name));
            String all = words(everything(r));
            for (String line : Files.readAllLines(Path.of("examples", name))) {
                assertTrue(all.contains(words(line)), name + ": " + line);
            }
        }
    }

    static String words(String s) {
        return s.replaceAll("附件|抄送|印发|盖章|印章|签发人|[年月日]", "")
                .replaceAll("[^\\p{IsHan}\\p{IsLatin}]", "");
    }

    static String everything(Report r) {
        StringBuilder sb = new StringBuilder();
        Metadata m = r.metadata();
        for (Object o : List.of(String.valueOf(m.copyNumber()), String.valueOf(m.secrecy()),
                String.valueOf(m.secrecyTerm()), String.valueOf(m.urgency()), m.issuers(),
                String.valueOf(m.markSuffix()), String.valueOf(m.docNumber()), m.signers(), String.valueOf(m.title()),
                String.valueOf(m.addressees()), m.attachmentNotes(), m.signatures(), String.valueOf(m.note()),
                m.copyTo(), String.valueOf(m.printer()))) {
            sb.append(o instanceof List<?> l ? String.join("", l.stream().map(String::valueOf).toList()) : o).append('\n');
        }
        for (Attendance a : m.attendance()) {
            sb.append(a.label()).append(String.join("", a.names())).append('\n');
        }
        blocks(r.body(), sb);
        for (Attachment a : r.attachments()) {
            sb.append(a.title()).append('\n');
            blocks(a.blocks(), sb);
        }
        return sb.toString();
    }

    private static void blocks(List<Block> blocks, StringBuilder sb) {
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                sb.append(h.number()).append(h.plainText()).append(Inline.plainText(h.runIn()));
            } else if (b instanceof Paragraph p) {
                sb.append(p.plainText());
            } else if (b instanceof Table t) {
                sb.append(t.caption()).append('\n');
                for (Table.Row row : t.rows()) {
                    row.cells().forEach(c -> sb.append(c.plainText()));
                    sb.append('\n');
                }
            } else if (b instanceof ListBlock l) {
                l.items().forEach(i -> sb.append(Inline.plainText(i.text())).append('\n'));
            } else if (b instanceof Figure f) {
                sb.append(f.caption());
            }
            sb.append('\n');
        }
    }
}
