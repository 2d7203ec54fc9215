package io.github.wenshu.export.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;

/**
 * Writes a page's draw list into the PDF page being built: text lines, rules, and outline entries nested
 * by heading level.
 */
final class PagePainter {

    private final PdfWriter writer;
    private final TextPainter text;
    private final PdfOutline[] outlineParents = new PdfOutline[8];

    PagePainter(PdfWriter writer, EmbeddedFonts fonts) {
        this.writer = writer;
        this.text = new TextPainter(writer, fonts);
    }

    void paint(Page page) {
        PdfContentByte cb = writer.getDirectContent();
        text.startPage();
        paint(cb, page.ops());
    }

    private void paint(PdfContentByte cb, java.util.List<DrawOp> ops) {
        for (DrawOp op : ops) {
            if (op instanceof DrawOp.Text t) {
                text.paint(cb, t);
            } else if (op instanceof DrawOp.Rule r) {
                rule(cb, r);
                text.startPage();
            } else if (op instanceof DrawOp.Outline o) {
                outline(o);
            } else if (op instanceof DrawOp.Picture p) {
                cb.addImage(p.image(), p.width(), 0, 0, p.height(), p.x(), p.y());
                text.startPage();
            } else if (op instanceof DrawOp.Turned t) {
                cb.saveState();
                cb.concatCTM(0, 1, -1, 0, t.x(), t.y());
                text.startPage();
                text.turned(t.x(), t.y());
                paint(cb, t.ops());
                text.upright();
                cb.restoreState();
                text.startPage();
            }
        }
    }

    private static void rule(PdfContentByte cb, DrawOp.Rule r) {
        cb.saveState();
        cb.setLineWidth(r.width());
        cb.setColorStroke(new Color(r.rgb()));
        cb.moveTo(r.x1(), r.y1());
        cb.lineTo(r.x2(), r.y2());
        cb.stroke();
        cb.restoreState();
    }

    private void outline(DrawOp.Outline o) {
        int level = Math.max(1, Math.min(o.level(), outlineParents.length - 1));
        PdfOutline parent = writer.getRootOutline();
        for (int l = level - 1; l >= 1; l--) {
            if (outlineParents[l] != null) {
                parent = outlineParents[l];
                break;
            }
        }
        PdfOutline entry = new PdfOutline(parent, new PdfDestination(PdfDestination.XYZ, -1, o.top(), 0),
                o.title(), level == 1);
        outlineParents[level] = entry;
        for (int deeper = level + 1; deeper < outlineParents.length; deeper++) {
            outlineParents[deeper] = null;
        }
    }
}
