/**
 * Chinese line breaking, independent of any output format: {@link io.github.wenshu.layout.Glyphs} (measured
 * characters) broken by {@link io.github.wenshu.layout.LineBreaker} into a {@link io.github.wenshu.layout.LineSet}
 * within a {@link io.github.wenshu.layout.Measure}, honouring kinsoku ({@link io.github.wenshu.layout.BreakRules}),
 * squeezing full-width marks or pushing a character rather than breaking a rule, and justifying full lines;
 * {@link io.github.wenshu.layout.TitleSplitter} shapes long titles. Used for the PDF body and table cells.
 *
 * <pre>{@code
 * Glyphs g = new Glyphs(64);
 * "全年共办理法律援助案件13087宗。".codePoints().forEach(cp -> g.add(cp, cp < 128 ? 8 : 16, 16, -0.207f));
 * LineSet lines = LineBreaker.INSTANCE.breakLines(g, new Measure(442.2f, 31.6f, 0, Align.JUSTIFY));
 * }</pre>
 */
package io.github.wenshu.layout;
