/**
 * The PDF typesetter. {@link io.github.wenshu.export.pdf.PdfExporter} builds a per-export context, composes the
 * report page by page on the baseline grid (header, title, body, closing parts, attachments, 版记) into small
 * draw lists, and writes each finished page with OpenPDF's low-level API; fonts come from the options' font set,
 * glyph by glyph with fallback.
 *
 * <pre>{@code
 * ExportResult r = Exporters.forFormat("pdf").export(report, ExportOptions.defaults(), out);
 * }</pre>
 */
package io.github.wenshu.export.pdf;
