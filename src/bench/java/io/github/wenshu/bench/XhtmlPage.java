package io.github.wenshu.bench;

import java.util.List;

/**
 * The XHTML + CSS page Flying Saucer gets: A4 with the GB/T 9704 text block (37 mm top, 28 mm left,
 * 156 × 225 mm), 16 pt text on 22 lines per page, two-character first-line indent, headings in the text size,
 * a 22 pt centred title, tables with ruled cells and a repeated header.
 */
final class XhtmlPage {

    static final String CSS = """
            @page { size: 210mm 297mm; margin: 37mm 26mm 35mm 28mm; }
            body { font-family: '%s'; font-size: 16pt; line-height: 10.227mm; margin: 0; }
            h1 { font-size: 22pt; font-weight: normal; text-align: center; margin: 0 0 10.227mm 0; }
            h2, h3, h4, h5 { font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }
            p { margin: 0; text-indent: 2em; text-align: justify; }
            table { border-collapse: collapse; width: 100%%; -fs-table-paginate: paginate; }
            caption { text-align: center; }
            td, th { border: 0.5pt solid black; font-size: 14pt; line-height: 1.3; padding: 1mm; font-weight: normal; }
            """;

    private XhtmlPage() {
    }

    static String of(List<PlainBlock> blocks, String fontFamily) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">")
                .append("<head><meta charset=\"UTF-8\"/><style>").append(String.format(CSS, fontFamily))
                .append("</style></head><body>\n");
        for (PlainBlock b : blocks) {
            if (b instanceof PlainBlock.Title t) {
                element(html, "h1", t.text());
            } else if (b instanceof PlainBlock.Heading h) {
                element(html, "h" + (h.level() + 1), h.text());
            } else if (b instanceof PlainBlock.Para p) {
                element(html, "p", p.text());
            } else if (b instanceof PlainBlock.Grid g) {
                table(html, g);
            }
        }
        return html.append("</body></html>\n").toString();
    }

    private static void table(StringBuilder html, PlainBlock.Grid g) {
        html.append("<table>");
        if (g.caption() != null) {
            element(html, "caption", g.caption());
        }
        for (int r = 0; r < g.rows().size(); r++) {
            boolean header = r < g.headerRows();
            if (r == 0 && header) {
                html.append("<thead>");
            }
            if (r == g.headerRows()) {
                html.append(r > 0 ? "</thead>" : "").append("<tbody>");
            }
            html.append("<tr>");
            for (String cell : g.rows().get(r)) {
                element(html, header ? "th" : "td", cell);
            }
            html.append("</tr>\n");
        }
        html.append(g.headerRows() >= g.rows().size() ? "</thead>" : "</tbody>").append("</table>\n");
    }

    private static void element(StringBuilder html, String tag, String text) {
        html.append('<').append(tag).append('>');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                default -> html.append(c);
            }
        }
        html.append("</").append(tag).append(">\n");
    }
}
