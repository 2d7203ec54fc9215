package io.github.wenshu.export.docx;

/**
 * Writes one picture as an inline DrawingML object ({@code w:drawing/wp:inline/a:graphic/pic:pic}), sized
 * in EMU, with the caption as its alternative text. An SVG picture is referenced through Word 2016's
 * {@code asvg:svgBlip} extension, with {@code fallback} as the {@code a:blip} older readers show.
 *
 * <pre>{@code
 * InlineDrawing.write(x, 7, "图1 案件数量", media, null, widthEmu, heightEmu);
 * }</pre>
 */
final class InlineDrawing {

    /** English Metric Units per point. */
    static final long EMU_PER_PT = 12700;
    private static final String PICTURE_URI = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    private static final String SVG_EXT_URI = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

    private InlineDrawing() {
    }

    /**
     * @param svg      the SVG picture, or null; then {@code bitmap} is the picture itself
     * @param bitmap   the PNG or JPEG shown (for an SVG: its fallback)
     */
    static void write(Xml x, int id, String description, MediaParts.Media bitmap, MediaParts.Media svg,
                      long cx, long cy) {
        String name = "Picture " + id;
        x.start("drawing");
        x.start("wp", "inline", Ns.WP).plainAttr("distT", "0").plainAttr("distB", "0")
                .plainAttr("distL", "0").plainAttr("distR", "0");
        extent(x, "wp", Ns.WP, "extent", cx, cy);
        x.start("wp", "effectExtent", Ns.WP).plainAttr("l", "0").plainAttr("t", "0").plainAttr("r", "0")
                .plainAttr("b", "0").end();
        x.start("wp", "docPr", Ns.WP).plainAttr("id", Integer.toString(id)).plainAttr("name", name)
                .plainAttr("descr", description).end();
        x.start("wp", "cNvGraphicFramePr", Ns.WP).start("a", "graphicFrameLocks", Ns.A)
                .plainAttr("noChangeAspect", "1").end().end();
        x.start("a", "graphic", Ns.A).start("a", "graphicData", Ns.A).plainAttr("uri", PICTURE_URI);
        picture(x, id, name, description, bitmap, svg, cx, cy);
        x.end().end();
        x.end();
        x.end();
    }

    private static void picture(Xml x, int id, String name, String description, MediaParts.Media bitmap,
                                MediaParts.Media svg, long cx, long cy) {
        x.start("pic", "pic", Ns.PIC);
        x.start("pic", "nvPicPr", Ns.PIC).start("pic", "cNvPr", Ns.PIC).plainAttr("id", Integer.toString(id))
                .plainAttr("name", name).plainAttr("descr", description).end()
                .start("pic", "cNvPicPr", Ns.PIC).start("a", "picLocks", Ns.A).plainAttr("noChangeAspect", "1")
                .plainAttr("noChangeArrowheads", "1").end().end().end();
        x.start("pic", "blipFill", Ns.PIC).start("a", "blip", Ns.A).plainAttr("r:embed", bitmap.relId());
        if (svg != null) {
            x.start("a", "extLst", Ns.A).start("a", "ext", Ns.A).plainAttr("uri", SVG_EXT_URI)
                    .start("asvg", "svgBlip", Ns.ASVG).plainAttr("r:embed", svg.relId()).end().end().end();
        }
        x.end();
        x.start("a", "stretch", Ns.A).start("a", "fillRect", Ns.A).end().end().end();
        x.start("pic", "spPr", Ns.PIC).plainAttr("bwMode", "auto").start("a", "xfrm", Ns.A)
                .start("a", "off", Ns.A).plainAttr("x", "0").plainAttr("y", "0").end();
        extent(x, "a", Ns.A, "ext", cx, cy);
        x.end().start("a", "prstGeom", Ns.A).plainAttr("prst", "rect").start("a", "avLst", Ns.A).end().end();
        x.end();
        x.end();
    }

    private static void extent(Xml x, String prefix, String ns, String local, long cx, long cy) {
        x.start(prefix, local, ns).plainAttr("cx", Long.toString(cx)).plainAttr("cy", Long.toString(cy)).end();
    }
}
