package io.github.wenshu.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Measures a report against {@link Limits}: blocks, list nesting, text lengths, table sizes and image sizes
 * (bytes, and pixels read from the header). The walk uses its own stack, so even a report nested
 * 100,000 lists deep is measured — and refused — without a {@link StackOverflowError}.
 *
 * <pre>{@code
 * ReportLimits.firstViolation(report, Limits.defaults())
 *     .ifPresent(v -> { throw new ExportException(v.location(), v.message()); });
 * }</pre>
 */
public final class ReportLimits {

    /** Where a report exceeds a limit ("body[3].rows", "metadata.title") and by what. */
    public record Violation(String location, String message) {
    }

    private record Pending(Block block, String location, int depth) {
    }

    private static final int IMAGE_HEAD = 256 * 1024;

    private ReportLimits() {
    }

    public static Optional<Violation> firstViolation(Report report, Limits limits) {
        try {
            new Walk(limits).report(report);
            return Optional.empty();
        } catch (Found f) {
            return Optional.of(f.violation);
        }
    }

    private static final class Found extends RuntimeException {
        final Violation violation;

        Found(String location, String message) {
            super(null, null, false, false);
            this.violation = new Violation(location, message);
        }
    }

    private static final class Walk {
        private final Limits limits;
        private final Deque<Pending> stack = new ArrayDeque<>();
        private long blocks;

        Walk(Limits limits) {
            this.limits = limits;
        }

        void report(Report report) {
            Metadata m = report.metadata();
            text(m.title(), "metadata.title");
            text(m.addressees(), "metadata.addressees");
            text(m.note(), "metadata.note");
            text(m.docNumber(), "metadata.docNumber");
            texts(m.issuers(), "metadata.issuers");
            texts(m.signatures(), "metadata.signatures");
            texts(m.attachmentNotes(), "metadata.attachmentNotes");
            texts(m.copyTo(), "metadata.copyTo");
            blocks(report.body(), "body", 0);
            for (int a = 0; a < report.attachments().size(); a++) {
                Attachment att = report.attachments().get(a);
                text(att.title(), "attachments[" + a + "].title");
                blocks(att.blocks(), "attachments[" + a + "].blocks", 0);
            }
        }

        private void blocks(List<Block> list, String where, int depth) {
            for (int i = list.size() - 1; i >= 0; i--) {
                stack.push(new Pending(list.get(i), where + "[" + i + "]", depth));
            }
            while (!stack.isEmpty()) {
                Pending p = stack.pop();
                if (++blocks > limits.maxBlocks()) {
                    throw new Found(p.location(), "the report has more than " + limits.maxBlocks() + " blocks");
                }
                block(p.block(), p.location(), p.depth());
            }
        }

        private void block(Block block, String loc, int depth) {
            if (block instanceof Heading h) {
                inlines(h.text(), loc);
                inlines(h.runIn(), loc + ".runIn");
            } else if (block instanceof Paragraph p) {
                inlines(p.text(), loc);
            } else if (block instanceof ListBlock l) {
                list(l, loc, depth + 1);
            } else if (block instanceof Table t) {
                table(t, loc);
            } else if (block instanceof Figure f) {
                text(f.caption(), loc + ".caption");
                image(f.image(), loc);
            }
        }

        private void list(ListBlock l, String loc, int depth) {
            if (depth > limits.maxNestingDepth()) {
                throw new Found(loc, "lists nest more than " + limits.maxNestingDepth() + " levels deep");
            }
            for (int i = l.items().size() - 1; i >= 0; i--) {
                ListBlock.ListItem item = l.items().get(i);
                String itemLoc = loc + ".items[" + i + "]";
                for (int c = item.children().size() - 1; c >= 0; c--) {
                    stack.push(new Pending(item.children().get(c), itemLoc + ".children[" + c + "]", depth));
                }
                inlines(item.text(), itemLoc);
            }
        }

        private void table(Table t, String loc) {
            text(t.caption(), loc + ".caption");
            if (t.rows().size() > limits.maxTableRows()) {
                throw new Found(loc + ".rows", "the table has " + t.rows().size() + " rows, more than the limit of "
                        + limits.maxTableRows());
            }
            long cells = 0;
            for (int r = 0; r < t.rows().size(); r++) {
                Table.Row row = t.rows().get(r);
                long width = 0;
                for (int c = 0; c < row.cells().size(); c++) {
                    Table.Cell cell = row.cells().get(c);
                    width += cell.colSpan();
                    if (width > limits.maxTableColumns() || cell.rowSpan() > limits.maxTableRows()) {
                        throw new Found(loc + ".rows[" + r + "].cells[" + c + "]", "the table is wider than "
                                + limits.maxTableColumns() + " columns or a cell spans more than "
                                + limits.maxTableRows() + " rows");
                    }
                    inlines(cell.text(), loc + ".rows[" + r + "].cells[" + c + "]");
                }
                cells += row.cells().size();
                if (cells > limits.maxTableCells()) {
                    throw new Found(loc + ".rows[" + r + "]", "the table has more than " + limits.maxTableCells()
                            + " cells");
                }
            }
            if (t.columns().size() > limits.maxTableColumns()) {
                throw new Found(loc + ".columns", "the table declares " + t.columns().size()
                        + " columns, more than the limit of " + limits.maxTableColumns());
            }
        }

        private void image(ImageSource source, String loc) {
            byte[] head;
            long size;
            if (source instanceof ImageSource.Data d) {
                head = d.bytes();
                size = head.length;
            } else {
                ImageSource.File f = (ImageSource.File) source;
                try (InputStream in = Files.newInputStream(f.path())) {
                    size = Files.size(f.path());
                    head = in.readNBytes(IMAGE_HEAD);
                } catch (IOException e) {
                    return; // nothing to measure; the exporter that draws the picture reports the missing file
                }
            }
            if (size > limits.maxImageBytes()) {
                throw new Found(loc, "image " + source.describe() + " is " + size + " bytes, more than the limit of "
                        + limits.maxImageBytes() + " bytes");
            }
            ImageHeader.size(head, head.length).ifPresent(s -> {
                if (s.pixels() > limits.maxImagePixels()) {
                    throw new Found(loc, "image " + source.describe() + " is " + s.width() + " × " + s.height()
                            + " pixels, more than the limit of " + limits.maxImagePixels() + " pixels");
                }
            });
        }

        private void inlines(List<Inline> runs, String loc) {
            for (Inline run : runs) {
                text(run.text(), loc);
                text(run.link(), loc + ".link");
            }
        }

        private void texts(List<String> list, String loc) {
            for (int i = 0; i < list.size(); i++) {
                text(list.get(i), loc + "[" + i + "]");
            }
        }

        private void text(String s, String loc) {
            if (s != null && s.length() > limits.maxTextLength()) {
                throw new Found(loc, "a text of " + s.length() + " characters is longer than the limit of "
                        + limits.maxTextLength());
            }
        }
    }
}
