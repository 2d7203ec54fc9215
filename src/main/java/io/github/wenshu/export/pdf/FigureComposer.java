package io.github.wenshu.export.pdf;

import com.lowagie.text.Image;
import io.github.wenshu.export.ExportException;
import io.github.wenshu.layout.Align;
import io.github.wenshu.model.Figure;
import io.github.wenshu.model.ImageSource;
import io.github.wenshu.style.Units;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * Sets a figure: the picture (PNG or JPEG) at the requested width or its natural size, never wider than the
 * 版心, keeping its aspect ratio, centred from the top of the next grid line; the caption centred on the grid
 * line below, kept on the same page. A picture used twice is embedded once.
 */
final class FigureComposer {

    private final PdfContext ctx;
    private final PageComposer pages;
    private final BodyComposer body;
    private final Map<Object, Image> loaded = new HashMap<>();

    FigureComposer(PdfContext ctx, PageComposer pages, BodyComposer body) {
        this.ctx = ctx;
        this.pages = pages;
        this.body = body;
    }

    void figure(Figure figure, String location) {
        Image image = load(figure.image(), location);
        PageFrame frame = ctx.frame();
        float width = figure.widthMm() != null ? Units.mmToPt(figure.widthMm()) : image.getPlainWidth();
        width = Math.min(width, frame.bodyWidth());
        float height = width * image.getPlainHeight() / Math.max(1f, image.getPlainWidth());
        float maxHeight = (frame.rows() - 2) * frame.pitch();
        if (height > maxHeight) {
            width *= maxHeight / height;
            height = maxHeight;
        }
        int rows = (int) Math.ceil(height / frame.pitch() - 0.01);
        boolean caption = figure.caption() != null && !figure.caption().isBlank();
        pages.keepTogether(rows + (caption ? 1 : 0));
        if (pages.rowsLeft() <= 0) {
            pages.newPage();
        }
        float top = frame.rowTop(pages.row());
        pages.picture(image, (frame.bodyWidth() - width) / 2, top - height, width, height);
        pages.moveTo(pages.row() + rows);
        if (caption) {
            body.lines(ctx.shaper().shape(figure.caption(), ctx.bodyStyle(), location + ".caption"),
                    ctx.bodyMeasure(0, 0, Align.CENTER));
        }
    }

    private Image load(ImageSource source, String location) {
        Object key = source instanceof ImageSource.File f ? f.path().toAbsolutePath().normalize() : source;
        Image cached = loaded.get(key);
        if (cached != null) {
            return cached;
        }
        byte[] bytes;
        if (source instanceof ImageSource.File f) {
            try {
                bytes = Files.readAllBytes(f.path());
            } catch (IOException e) {
                throw new ExportException(location, "cannot read the image " + source.describe() + ": " + e, e);
            }
        } else {
            bytes = ((ImageSource.Data) source).bytes();
        }
        Image image;
        try {
            image = Image.getInstance(bytes);
        } catch (Exception e) {
            throw new ExportException(location, "the image " + source.describe() + " is not a PNG or JPEG file", e);
        }
        loaded.put(key, image);
        return image;
    }
}
