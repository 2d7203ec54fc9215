package io.github.wenshu.export.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * The OpenPDF document being written: opened with the document information (title, author, subject,
 * keywords, dates from the export timestamp), language zh-CN and "show the title" for viewers; takes
 * pages one by one; on close makes the bytes reproducible ({@link Reproducible}) and copies them out.
 * The objects written at close (fonts, outline, catalog) go into object streams with a cross-reference
 * stream, unless OpenPDF embeds fonts itself (their subset prefixes are then rewritten, which needs them
 * uncompressed).
 */
final class PdfOutput {

    static final String PRODUCER = "Wenshu (OpenPDF)";

    private final Buffer buffer = new Buffer();
    private final Document document;
    private final FontPdfWriter writer;
    private final PagePainter painter;
    private int pages;

    PdfOutput(PdfContext ctx, DocumentInfo info) {
        PageFrame frame = ctx.frame();
        document = new Document(new Rectangle(frame.pageWidth(), frame.pageHeight()), 0, 0, 0, 0);
        writer = FontPdfWriter.create(document, buffer);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
        document.open();
        PdfDictionary dict = writer.getInfo();
        putText(dict, PdfName.TITLE, info.title());
        putText(dict, PdfName.AUTHOR, info.author());
        putText(dict, PdfName.SUBJECT, info.subject());
        putText(dict, PdfName.KEYWORDS, info.keywords());
        putText(dict, PdfName.CREATOR, "Wenshu");
        dict.put(PdfName.PRODUCER, new PdfString(PRODUCER));
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(ctx.options().timestamp().toEpochMilli());
        dict.put(PdfName.CREATIONDATE, new PdfDate(when));
        dict.put(PdfName.MODDATE, new PdfDate(when));
        painter = new PagePainter(writer, writer.fonts());
    }

    private static void putText(PdfDictionary dict, PdfName key, String value) {
        if (value != null && !value.isBlank()) {
            dict.put(key, new PdfString(value, PdfString.TEXT_UNICODE));
        }
    }

    void write(Page page) {
        if (pages > 0) {
            document.newPage();
        }
        painter.paint(page);
        writer.setPageEmpty(false);
        pages++;
    }

    int pages() {
        return pages;
    }

    /** Closes the document and writes the finished, reproducible bytes to {@code out}. */
    void finishTo(OutputStream out) throws IOException {
        int fontsFrom = buffer.size();
        if (!writer.hasOpenPdfFonts()) {
            writer.setFullCompression();
        }
        document.close();
        Reproducible.fix(buffer.bytes(), buffer.size(), writer.hasOpenPdfFonts() ? fontsFrom : -1);
        out.write(buffer.bytes(), 0, buffer.size());
    }

    /** The document in memory, fixed in place without a copy. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(1 << 16);
        }

        byte[] bytes() {
            return buf;
        }
    }
}
