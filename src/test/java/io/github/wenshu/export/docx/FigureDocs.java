package io.github.wenshu.export.docx;

import io.github.wenshu.model.Figure;
import io.github.wenshu.model.ImageSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Figures and their drawings in a DOCX, for the figure tests. */
final class FigureDocs {

    static final Path CHART = Path.of("examples/images/cases-2024.png");
    static final double EMU_PER_MM = 36000;

    private FigureDocs() {
    }

    static byte[] chartBytes() throws IOException {
        return Files.readAllBytes(CHART);
    }

    /** A PNG ten times as tall as wide (100 × 1000 pixels): at 96 dpi far taller than the type area. */
    static byte[] tallPng() throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(100, 1000,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static Figure chart(Double widthMm, String caption) {
        return new Figure(new ImageSource.File(CHART), caption, widthMm);
    }

    static Document dom(Map<String, byte[]> parts, String name) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get(name)));
    }

    static List<Element> elements(Document d, String ns, String local) {
        var nodes = d.getElementsByTagNameNS(ns, local);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** The {@code wp:extent} of every drawing, in mm: {width, height}. */
    static List<double[]> extentsMm(Document d) {
        return elements(d, Ns.WP, "extent").stream().map(e -> new double[] {
            Long.parseLong(e.getAttribute("cx")) / EMU_PER_MM, Long.parseLong(e.getAttribute("cy")) / EMU_PER_MM})
                .toList();
    }
}
