package io.github.wenshu.bench;

import com.lowagie.text.pdf.BaseFont;
import org.xhtmlrenderer.pdf.ITextRenderer;

import java.io.ByteArrayOutputStream;

/**
 * Flying Saucer rendering the workload's XHTML + CSS page, the 仿宋 face registered under the family name
 * the CSS asks for. A new renderer per document, as its documentation shows (renderers are not reusable).
 */
final class FlyingSaucer implements Contender<Workload> {

    private final BenchFont font;

    FlyingSaucer(BenchFont font) {
        this.font = font;
    }

    @Override
    public String name() {
        return "flying-saucer";
    }

    @Override
    public byte[] produce(Workload w) throws Exception {
        ITextRenderer renderer = new ITextRenderer();
        renderer.getFontResolver().addFont(font.path().toString(), font.family(), BaseFont.IDENTITY_H, true, null);
        renderer.setDocumentFromString(w.xhtml());
        renderer.layout();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        renderer.createPDF(out);
        return out.toByteArray();
    }
}
