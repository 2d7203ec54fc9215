package io.github.wenshu.export.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfIndirectObject;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfWriter;

import java.io.IOException;
import java.io.OutputStream;

/**
 * OpenPDF's writer with Wenshu's own TrueType embedding ({@link EmbeddedFonts}): each page dictionary gets
 * the subset fonts its text used, and the fonts are written with the other shared objects at close.
 *
 * <pre>{@code
 * FontPdfWriter writer = FontPdfWriter.create(document, out);
 * document.open();
 * }</pre>
 */
final class FontPdfWriter extends PdfWriter {

    private final EmbeddedFonts fonts = new EmbeddedFonts(this);

    private FontPdfWriter(PdfDocument pdf, OutputStream out) {
        super(pdf, out);
    }

    /** As {@link PdfWriter#getInstance(Document, OutputStream)}, with this writer. */
    static FontPdfWriter create(Document document, OutputStream out) {
        PdfDocument pdf = new PdfDocument();
        pdf.setTextRenderingOptions(document.getTextRenderingOptions());
        document.addDocListener(pdf);
        FontPdfWriter writer = new FontPdfWriter(pdf, out);
        pdf.addWriter(writer);
        return writer;
    }

    EmbeddedFonts fonts() {
        return fonts;
    }

    /** Whether OpenPDF embeds fonts of its own (faces drawn through {@link Face#baseFont()}). */
    boolean hasOpenPdfFonts() {
        return !documentFonts.isEmpty();
    }

    @Override
    public PdfIndirectObject addToBody(PdfObject object, PdfIndirectReference ref) throws IOException {
        if (object instanceof PdfDictionary d && PdfName.PAGE.equals(d.get(PdfName.TYPE))) {
            fonts.addToPage(d);
        }
        return super.addToBody(object, ref);
    }

    @Override
    protected void addSharedObjectsToBody() throws IOException {
        try {
            super.addSharedObjectsToBody();
        } catch (RuntimeException e) {
            throw FontWriteFailure.during(e);
        }
        fonts.writeAll();
    }
}
