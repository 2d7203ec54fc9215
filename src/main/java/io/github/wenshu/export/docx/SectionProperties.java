package io.github.wenshu.export.docx;

/**
 * The body's {@code w:sectPr}: A4 with the GB/T 9704 margins (inside = binding edge when mirrored), the odd
 * and even footers, and the line grid LibreOffice honours ({@code docGrid type="lines"}).
 *
 * <pre>{@code
 * SectionProperties.write(x, ctx.geometry, "rIdFooterOdd", "rIdFooterEven");
 * }</pre>
 */
final class SectionProperties {

    private SectionProperties() {
    }

    static void write(Xml x, Geometry g, String oddFooterId, String evenFooterId) {
        x.start("sectPr");
        x.start("footerReference").attr("type", "default").plainAttr("r:id", oddFooterId).end();
        x.start("footerReference").attr("type", "even").plainAttr("r:id", evenFooterId).end();
        x.empty("pgSz", "w", Integer.toString(g.pageWidth()), "h", Integer.toString(g.pageHeight()));
        x.start("pgMar").attr("top", g.marginTop()).attr("right", g.marginOutside())
                .attr("bottom", g.marginBottom()).attr("left", g.marginInside())
                .attr("header", 851).attr("footer", g.footerDistance()).attr("gutter", 0).end();
        x.empty("cols", "space", "425");
        x.empty("docGrid", "type", "lines", "linePitch", Integer.toString(g.linePitch()));
        x.end();
    }
}
