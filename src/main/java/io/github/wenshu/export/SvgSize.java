package io.github.wenshu.export;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size of an SVG picture from its root element: {@code width}/{@code height} in absolute units
 * (px, pt, mm, cm, in, pc), else the {@code viewBox} read as CSS pixels. DTDs and external entities are
 * not read.
 *
 * <pre>{@code
 * SvgSize.read("<svg width='120mm' height='60mm'/>".getBytes());   // svg 453 × 227 px at 96 dpi
 * }</pre>
 */
final class SvgSize {

    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*([a-z%]*)\\s*");
    private static final double PX_PER_INCH = 96;

    private SvgSize() {
    }

    static ImageInfo read(byte[] bytes) throws IOException {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (r.hasNext() && r.next() != XMLStreamReader.START_ELEMENT) {
                // skip the prolog
            }
            if (!r.isStartElement() || !r.getLocalName().equals("svg")) {
                throw new IOException("the SVG has no <svg> root element");
            }
            double[] box = viewBox(r.getAttributeValue(null, "viewBox"));
            double width = px(r.getAttributeValue(null, "width"));
            double height = px(r.getAttributeValue(null, "height"));
            if (box != null) {
                if (width <= 0 && height > 0) {
                    width = height * box[0] / box[1];
                } else if (height <= 0 && width > 0) {
                    height = width * box[1] / box[0];
                } else if (width <= 0) {
                    width = box[0];
                    height = box[1];
                }
            }
            if (!(width > 0) || !(height > 0)) {
                throw new IOException("the SVG gives neither a width and height nor a viewBox");
            }
            return new ImageInfo("svg", (int) Math.round(width), (int) Math.round(height), (float) PX_PER_INCH);
        } catch (XMLStreamException e) {
            throw new IOException("the SVG is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** A length in CSS pixels, or 0 when absent or relative. */
    private static double px(String value) {
        if (value == null) {
            return 0;
        }
        Matcher m = LENGTH.matcher(value.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return 0;
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "", "px" -> v;
            case "pt" -> v * PX_PER_INCH / 72;
            case "pc" -> v * PX_PER_INCH / 6;
            case "mm" -> v * PX_PER_INCH / 25.4;
            case "cm" -> v * PX_PER_INCH / 2.54;
            case "in" -> v * PX_PER_INCH;
            default -> 0;
        };
    }

    private static double[] viewBox(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.trim().split("[\\s,]+");
        if (parts.length != 4) {
            return null;
        }
        try {
            double w = Double.parseDouble(parts[2]);
            double h = Double.parseDouble(parts[3]);
            return w > 0 && h > 0 ? new double[] {w, h} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
