package io.github.wenshu.export.docx;

import io.github.wenshu.export.ExportException;
import io.github.wenshu.export.FigureFit;
import io.github.wenshu.export.ImageInfo;
import io.github.wenshu.model.Figure;
import io.github.wenshu.model.ImageSource;
import io.github.wenshu.style.Units;

import java.io.IOException;
import java.nio.file.Files;

/**
 * Writes a {@link Figure}: the picture inline in a centred paragraph of its own, at the size the PDF sets it
 * ({@link FigureFit}), then the caption below in the Caption style. The picture's paragraph keeps with the
 * caption and has automatic line spacing, so the exact grid spacing does not clip it; it still snaps to the
 * grid, taking whole lines, so the body grid resumes after the caption. A picture that cannot be read is an
 * {@link ExportException} naming the block.
 *
 * <pre>{@code
 * new FigureWriter(ctx, paragraphs, runs).write(x, figure, "body[6]");
 * }</pre>
 */
final class FigureWriter {

    /** Run size of the picture's paragraph (half-points): a small descent under the picture. */
    private static final String TINY = "2";
    private static final float MARK_DESCENT_PT = 1;

    private final DocxContext ctx;
    private final ParagraphStarter paragraphs;
    private final RunWriter runs;

    FigureWriter(DocxContext ctx, ParagraphStarter paragraphs, RunWriter runs) {
        this.ctx = ctx;
        this.paragraphs = paragraphs;
        this.runs = runs;
    }

    void write(Xml x, Figure figure, String loc) {
        byte[] bytes = bytes(figure.image(), loc);
        ImageInfo info;
        try {
            info = ImageInfo.read(bytes);
        } catch (IOException | RuntimeException e) {
            throw new ExportException(loc, "the figure's picture " + figure.image().describe()
                    + " is not a readable PNG, JPEG or SVG image (" + e.getMessage() + ")", e);
        }
        String caption = figure.caption() == null || figure.caption().isBlank() ? null : figure.caption();
        int captionRows = caption == null ? 0 : CaptionRows.count(caption, ctx.style.charsPerLine());
        FigureFit fit = FigureFit.of(FigureFit.naturalPt(info.width(), info.dpi()),
                FigureFit.naturalPt(info.height(), info.dpi()), figure.widthMm(),
                Units.mmToPt(ctx.style.bodyWidthMm()), maxHeight(captionRows));
        if (fit.scaledDown()) {
            ctx.warn("figure-scaled-down", loc, String.format("the figure is set %.0f mm wide, not %.0f mm: it "
                    + "must fit the type area", fit.widthPt() / 72 * 25.4, figure.widthMm()));
        }
        MediaParts.Media bitmap;
        MediaParts.Media svg = null;
        if (info.format().equals("svg")) {
            svg = ctx.media.add(bytes, "svg");
            bitmap = ctx.media.add(SvgFallback.placeholder(info.width(), info.height()), "png");
            ctx.warn("figure-svg-fallback", loc, "the SVG picture " + figure.image().describe() + " shows in Word"
                    + " 2016 and later only; LibreOffice and older Word show a grey placeholder box of its size,"
                    + " since Wenshu cannot draw SVG as a bitmap (convert it to PNG for those readers)");
        } else {
            bitmap = ctx.media.add(bytes, info.format());
        }
        openPicture(x, caption != null);
        InlineDrawing.write(x, ctx.media.nextDrawingId(), caption != null ? caption : figure.image().describe(),
                bitmap, svg, Math.round(fit.widthPt() * InlineDrawing.EMU_PER_PT),
                Math.round(fit.heightPt() * InlineDrawing.EMU_PER_PT));
        x.end().end();
        if (caption != null) {
            paragraphs.open(x, StyleIds.CAPTION, px -> px.empty("keepNext", "val", "0"));
            runs.plain(x, caption, RunWriter.RunFormat.in(ctx.style.bodyFont(), ctx), loc + ".caption");
            x.end();
        }
    }

    /**
     * The height the page leaves for the picture: the lines the caption does not take, at the DOCX grid's
     * pitch (whole twips, a little under the PDF's), less the tiny paragraph mark's descent under the picture,
     * so that a picture capped to it and its caption still share one page.
     */
    private float maxHeight(int captionRows) {
        float pitch = ctx.geometry.linePitch() / 20f;
        return (ctx.style.linesPerPage() - captionRows) * pitch - MARK_DESCENT_PT;
    }

    /** Opens the picture's paragraph and its run, ready for the drawing. */
    private void openPicture(Xml x, boolean keepNext) {
        x.start("p").start("pPr").empty("pStyle", "val", StyleIds.NORMAL);
        if (keepNext) {
            x.empty("keepNext");
        }
        if (paragraphs.takePageBreak()) {
            x.empty("pageBreakBefore");
        }
        x.start("spacing").attr("before", 0).attr("after", 0).attr("line", 240).attr("lineRule", "auto").end();
        Props.indent(x, 0, 0, 0);
        x.empty("jc", "val", "center");
        x.start("rPr").empty("sz", "val", TINY).empty("szCs", "val", TINY).end();
        x.end();
        x.start("r").start("rPr").empty("noProof").empty("sz", "val", TINY).empty("szCs", "val", TINY).end();
    }

    private static byte[] bytes(ImageSource source, String loc) {
        try {
            return source instanceof ImageSource.File f ? Files.readAllBytes(f.path())
                    : ((ImageSource.Data) source).bytes();
        } catch (IOException e) {
            throw new ExportException(loc, "cannot read the figure's picture " + source.describe() + ": " + e, e);
        }
    }
}
