package io.github.wenshu.check;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Prints the lines and rules the checker reads from a PDF, in mm: {@code LayoutDump FILE.pdf [PAGE]}. */
final class LayoutDump {
    public static void main(String[] args) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Path.of(args[0]).toFile())) {
            CheckContext ctx = new CheckContext(PdfLayoutReader.read(doc));
            System.out.printf("body size %.1f pt, mirrored %s%n", ctx.bodySize(), ctx.mirrored());
            for (PageGeometry g : ctx.pages()) {
                if (args.length > 1 && g.page().number() != Integer.parseInt(args[1])) {
                    continue;
                }
                System.out.printf("page %d: edges %.2f–%.2f mm, %d full lines%n", g.page().number(),
                        Gbt9704.mm(g.left()), Gbt9704.mm(g.right()), g.fullLines().size());
                for (TextLine l : g.page().lines()) {
                    System.out.printf("  base %7.2f  x %6.2f–%6.2f  %5.1fpt %-28s %s%n", Gbt9704.mm(l.baseline()),
                            Gbt9704.mm(l.left()), Gbt9704.mm(l.right()), l.size(), l.font(), Excerpt.of(l));
                }
                for (Shape s : g.page().shapes()) {
                    System.out.printf("  rule y %7.2f x %6.2f–%6.2f t %.2fpt %s%n", Gbt9704.mm(s.y()),
                            Gbt9704.mm(s.left()), Gbt9704.mm(s.right()), s.thickness(), Colours.hex(s.rgb()));
                }
            }
        }
    }
}
