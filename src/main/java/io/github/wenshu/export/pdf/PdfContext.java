package io.github.wenshu.export.pdf;

import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.layout.Align;
import io.github.wenshu.layout.Measure;
import io.github.wenshu.style.FontRole;
import io.github.wenshu.style.Style;

/**
 * The state of one export: options, page geometry, fonts, text shaping, warnings and heading counters.
 * Created per call of {@link PdfExporter#export}; never shared between threads.
 */
final class PdfContext {

    private final ExportOptions options;
    private final PageFrame frame;
    private final Warnings warnings = new Warnings();
    private final TextShaper shaper;
    private final PageNumbers pageNumbers;
    private final HeadingNumbers headingNumbers;
    private final java.util.Map<String, com.lowagie.text.Image> images = new java.util.HashMap<>();

    PdfContext(ExportOptions options, TypeFaces faces) {
        this.options = options;
        this.frame = new PageFrame(options.style());
        this.shaper = new TextShaper(faces, warnings);
        this.pageNumbers = new PageNumbers(this);
        this.headingNumbers = new HeadingNumbers(options.style());
    }

    ExportOptions options() {
        return options;
    }

    Style style() {
        return options.style();
    }

    PageFrame frame() {
        return frame;
    }

    Warnings warnings() {
        return warnings;
    }

    TextShaper shaper() {
        return shaper;
    }

    PageNumbers pageNumbers() {
        return pageNumbers;
    }

    HeadingNumbers headingNumbers() {
        return headingNumbers;
    }

    /** Pictures loaded in this export by content hash: the same picture used twice is embedded once. */
    java.util.Map<String, com.lowagie.text.Image> images() {
        return images;
    }

    /** Body text: the body face at the body size with grid tracking. */
    TextStyle bodyStyle() {
        return textStyle(style().bodyFont(), style().bodySize());
    }

    TextStyle textStyle(FontRole role, float size) {
        return TextStyle.plain(role, size, frame.tracking(size));
    }

    /** Shapes a plain string in a role at a size (grid tracking at the body size). */
    ShapedText text(String s, FontRole role, float size, String location) {
        return shaper.shape(s, textStyle(role, size), location);
    }

    /** The width of shaped text in pt. */
    static float width(ShapedText t) {
        return t.glyphs().width(0, t.size());
    }

    /** The lines of a text set in one measure. */
    static io.github.wenshu.layout.LineSet lines(ShapedText t, Measure m) {
        return io.github.wenshu.layout.LineBreaker.INSTANCE.breakLines(t.glyphs(), m);
    }

    /** A measure that starts a single line at {@code x} from the 版心's left edge. */
    Measure at(float x) {
        return new Measure(Math.max(frame.bodyWidth(), x + 2 * frame.bodyWidth()), x, x, Align.LEFT);
    }

    /** The mark colour of the style as 0xRRGGBB. */
    int markRgb() {
        return Integer.parseInt(style().markColor().substring(1), 16);
    }

    /** The body measure: the 版心 width, first line indented by {@code indentChars} grid characters. */
    Measure bodyMeasure(float indentChars, float restIndentChars, Align align) {
        float c = frame.charPitch();
        return new Measure(frame.bodyWidth(), indentChars * c, restIndentChars * c, align);
    }
}
