package io.github.wenshu.export.docx;

/**
 * Writers for the run and paragraph property elements, in the order the ECMA-376 schema requires.
 *
 * <pre>{@code
 * Props.fonts(x, "仿宋_GB2312");   // <w:rFonts w:ascii=… w:hAnsi=… w:eastAsia=… w:cs=…/>
 * }</pre>
 */
final class Props {

    private Props() {
    }

    /** Sets all four font slots, so digits and Latin letters stay in the same face as the hanzi. */
    static void fonts(Xml x, String family) {
        x.empty("rFonts", "ascii", family, "hAnsi", family, "eastAsia", family, "cs", family);
    }

    static void size(Xml x, float pt) {
        String hp = Integer.toString(Geometry.halfPoints(pt));
        x.empty("sz", "val", hp).empty("szCs", "val", hp);
    }

    /** Exact line spacing in twips, no space before or after. */
    static void exactLine(Xml x, int twips, int after) {
        x.start("spacing").attr("before", 0).attr("after", after).attr("line", twips)
                .attr("lineRule", "exact").end();
    }

    static void indent(Xml x, int left, int right, int firstLine) {
        x.start("ind").attr("left", left).attr("right", right).attr("firstLine", firstLine).end();
    }
}
