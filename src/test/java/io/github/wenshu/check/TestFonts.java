package io.github.wenshu.check;

import com.lowagie.text.pdf.BaseFont;
import io.github.wenshu.font.FontSet;
import io.github.wenshu.style.FontRole;

/** CJK faces for test PDFs, from the bundled fonts: 仿宋, 黑体, 楷体, and 小标宋 for marks and titles. */
final class TestFonts {
    private TestFonts() {
    }

    static BaseFont fang() {
        return FontSet.bundled().face(FontRole.FANGSONG).pdfFont();
    }

    static BaseFont hei() {
        return FontSet.bundled().face(FontRole.HEITI).pdfFont();
    }

    static BaseFont kai() {
        return FontSet.bundled().face(FontRole.KAITI).pdfFont();
    }

    static BaseFont song() {
        return FontSet.bundled().face(FontRole.XIAOBIAOSONG).pdfFont();
    }
}
