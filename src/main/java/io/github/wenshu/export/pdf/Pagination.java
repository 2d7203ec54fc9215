package io.github.wenshu.export.pdf;

import io.github.wenshu.export.ImprintPlacement;

/**
 * How the PDF typesetter breaks a report into pages: their number, where the 版记 went, and how many grid lines
 * the body left free on its last page (the room a {@link ImprintPlacement#SAME_PAGE} 版记 had). Other formats that
 * leave the breaking to a word processor use it to choose what they write.
 *
 * <pre>{@code
 * Pagination p = new PdfExporter().paginate(report, ExportOptions.defaults());
 * System.out.println(p.pages() + " pages, 版记 " + p.imprint() + ", " + p.freeLines() + " lines free");
 * }</pre>
 */
public record Pagination(int pages, ImprintPlacement imprint, int freeLines) {
}
