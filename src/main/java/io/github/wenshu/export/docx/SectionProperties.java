package io.github.wenshu.export.docx;

/**
 * The body's {@code w:sectPr}: A4 with the GB/T 9704 margins (inside = binding edge when mirrored), the odd
 * and even footers, and the line grid LibreOffice honours ({@code docGrid type="lines"}). A 版记 that does not
 * share the body's last page gets a section of its own that starts on an even page.
 *
 * <pre>{@code
 * SectionProperties.write(x, ctx.geometry, "rIdFooterOdd", "rIdFooterEven");
 * SectionProperties.imprint(x, ctx.geometry, ctx.evenPageLeft(), "rIdFooterNone", "rIdFooterNone");
 * }</pre>
 */
final class SectionProperties {

    private SectionProperties() {
    }

    static void write(Xml x, Geometry g, String oddFooterId, String evenFooterId) {
        write(x, g, g.marginInside(), g.marginOutside(), oddFooterId, evenFooterId, null, null);
    }

    /**
     * The 版记's section: on the next even page, with the footers given, and no line grid. Both margins are the
     * even page's left margin ({@code evenLeft}): Word mirrors the section's margins on its even page, while
     * LibreOffice gives an even-page section a page style for left pages only and does not mirror it, so only
     * equal margins put the page number where both the body's even pages have it. The section holds nothing that
     * the wider type area could move.
     */
    static void imprint(Xml x, Geometry g, int evenLeft, String oddFooterId, String evenFooterId) {
        write(x, g, evenLeft, evenLeft, oddFooterId, evenFooterId, "evenPage", null);
    }

    /** The body's section with page 1's own footer ({@code titlePg}) when {@code firstFooterId} is given. */
    static void withFirstPage(Xml x, Geometry g, String oddFooterId, String evenFooterId, String firstFooterId) {
        write(x, g, g.marginInside(), g.marginOutside(), oddFooterId, evenFooterId, null, firstFooterId);
    }

    private static void write(Xml x, Geometry g, int left, int right, String oddFooterId, String evenFooterId,
                              String type, String firstFooterId) {
        x.start("sectPr");
        x.start("footerReference").attr("type", "default").plainAttr("r:id", oddFooterId).end();
        x.start("footerReference").attr("type", "even").plainAttr("r:id", evenFooterId).end();
        if (firstFooterId != null) {
            x.start("footerReference").attr("type", "first").plainAttr("r:id", firstFooterId).end();
        }
        if (type != null) {
            x.empty("type", "val", type);
        }
        x.empty("pgSz", "w", Integer.toString(g.pageWidth()), "h", Integer.toString(g.pageHeight()));
        x.start("pgMar").attr("top", g.marginTop()).attr("right", right)
                .attr("bottom", g.marginBottom()).attr("left", left)
                .attr("header", 851).attr("footer", g.footerDistance()).attr("gutter", 0).end();
        x.empty("cols", "space", "425");
        if (firstFooterId != null) {
            x.empty("titlePg");
        }
        if (type == null) {
            x.empty("docGrid", "type", "lines", "linePitch", Integer.toString(g.linePitch()));
        }
        x.end();
    }
}
