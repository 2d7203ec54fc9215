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

    /** Body text: the body face at the body size with grid tracking. */
    TextStyle bodyStyle() {
        return textStyle(style().bodyFont(), style().bodySize());
    }

    TextStyle textStyle(FontRole role, float size) {
        return TextStyle.plain(role, size, frame.tracking(size));
    }

    /** The body measure: the 版心 width, first line indented by {@code indentChars} grid characters. */
    Measure bodyMeasure(float indentChars, float restIndentChars, Align align) {
        float c = frame.charPitch();
        return new Measure(frame.bodyWidth(), indentChars * c, restIndentChars * c, align);
    }
}
