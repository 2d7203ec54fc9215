/**
 * The report model: an immutable tree of {@link io.github.wenshu.model.Report}, its
 * {@link io.github.wenshu.model.Metadata} (the GB/T 9704 parts), body {@link io.github.wenshu.model.Block}s and
 * {@link io.github.wenshu.model.Inline} runs. Depends on nothing else in Wenshu.
 *
 * <pre>{@code
 * Report r = Report.builder().add(Paragraph.of("正文")).build();
 * }</pre>
 */
package io.github.wenshu.model;
