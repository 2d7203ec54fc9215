package io.github.wenshu.export.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Prints the lines of a PDF: page, baseline, left and right in mm, character count, text. */
public final class DumpLines {
    public static void main(String[] args) throws Exception {
        List<List<PdfLines.Line>> pages = PdfLines.read(Files.readAllBytes(Path.of(args[0])));
        for (List<PdfLines.Line> page : pages) {
            for (PdfLines.Line l : page) {
                System.out.printf("p%d y=%.2f %.2f–%.2f mm n=%d %s%n", l.page(), l.y(), l.left() / 72 * 25.4,
                        l.right() / 72 * 25.4, l.glyphs().size(), l.text());
            }
        }
    }
}
