package io.github.wenshu.export.pdf;

import io.github.wenshu.export.ExportException;
import io.github.wenshu.export.FigureFit;
import io.github.wenshu.export.ImageInfo;
import io.github.wenshu.layout.Align;
import io.github.wenshu.model.Figure;
import io.github.wenshu.model.ImageSource;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Sets a figure: the picture (PNG or JPEG) centred from a grid line, at the requested width or its natural
 * size (at the resolution {@link ImageInfo} reads, 96 dpi when the file does not say), capped at the 版心 and at
 * a page height less the caption ({@link FigureFit}, as in the DOCX), keeping
 * its aspect ratio; the caption centred below on the grid, kept on the same page. Pictures are cached per
 * export by content hash, so one used twice is embedded once. A picture that cannot be read is an
 * {@link ExportException} naming the block.
 *
 * <pre>{@code
 * new FigureComposer(ctx, pages, body).compose(figure, "body[6]");
 * }</pre>
 */
final class FigureComposer {

    private final PdfContext ctx;
    private final PageComposer pages;
    private final BodyComposer body;

    FigureComposer(PdfContext ctx, PageComposer pages, BodyComposer body) {
        this.ctx = ctx;
        this.pages = pages;
        this.body = body;
    }

    void compose(Figure figure, String location) {
        PageFrame frame = ctx.frame();
        com.lowagie.text.Image image = load(figure.image(), location);
        ShapedText caption = figure.caption() == null || figure.caption().isBlank() ? null
                : ctx.shaper().shape(figure.caption(), ctx.bodyStyle(), location + ".caption");
        var captionLines = caption == null ? null : PdfContext.lines(caption, ctx.bodyMeasure(0, 0, Align.CENTER));
        int captionRows = captionLines == null ? 0 : captionLines.count();
        float dpi = image.getDpiX();
        FigureFit fit = FigureFit.of(FigureFit.naturalPt(image.getWidth(), dpi),
                FigureFit.naturalPt(image.getHeight(), dpi), figure.widthMm(), frame.bodyWidth(),
                (frame.rows() - captionRows) * frame.pitch());
        float width = fit.widthPt();
        float height = fit.heightPt();
        if (fit.scaledDown()) {
            ctx.warnings().add("figure-scaled-down", location, String.format(
                    "the figure is set %.0f mm wide, not %.0f mm: it must fit the type area", width / 72 * 25.4,
                    figure.widthMm()));
        }
        int imageRows = (int) Math.ceil(height / frame.pitch() - 0.01f);
        pages.keepTogether(imageRows + captionRows);
        float top = pages.top();
        float x = frame.bodyLeft(pages.page().number()) + (frame.bodyWidth() - width) / 2;
        pages.add(new DrawOp.Picture(image, x, top - height, width, height));
        pages.moveBelow(top - height);
        if (caption != null) {
            pages.placeAll(caption, captionLines, ctx.style().bodySize());
        }
    }

    private com.lowagie.text.Image load(ImageSource source, String location) {
        byte[] bytes;
        try {
            bytes = source instanceof ImageSource.File f ? Files.readAllBytes(f.path())
                    : ((ImageSource.Data) source).bytes();
        } catch (IOException e) {
            throw new ExportException(location, "cannot read the figure's picture " + source.describe() + ": " + e, e);
        }
        String key = sha256(bytes);
        com.lowagie.text.Image cached = ctx.images().get(key);
        if (cached != null) {
            return cached;
        }
        try {
            com.lowagie.text.Image image = com.lowagie.text.Image.getInstance(bytes);
            if (!(image.getWidth() > 0) || !(image.getHeight() > 0)) {
                throw new IOException("it has no size");
            }
            if (image.getDpiX() == 0) {
                int dpi = headerDpi(bytes);
                image.setDpi(dpi, dpi);
            }
            ctx.images().put(key, image);
            return image;
        } catch (IOException | RuntimeException e) {
            throw new ExportException(location, "the figure's picture " + source.describe()
                    + " is not a readable PNG or JPEG image (" + e.getMessage() + ")", e);
        }
    }

    /** OpenPDF reads PNGs through ImageIO, which drops their resolution; the header still has it. */
    private static int headerDpi(byte[] bytes) {
        try {
            return Math.round(ImageInfo.read(bytes).dpi());
        } catch (IOException e) {
            return 0;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
