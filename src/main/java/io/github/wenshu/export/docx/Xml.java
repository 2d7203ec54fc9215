package io.github.wenshu.export.docx;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A small streaming XML writer over StAX: it escapes every text and attribute value, and turns characters
 * that XML 1.0 cannot carry into U+FFFD (callers check {@link #isXmlChar} first to warn about them).
 * Elements without a prefix argument are in the WordprocessingML namespace ({@code w:}).
 *
 * <pre>{@code
 * Xml x = Xml.open(out, "w", Ns.W);
 * x.start("p").start("r").start("t").attr("xml:space", "preserve").text("正文").end().end().end();
 * x.close();
 * }</pre>
 */
final class Xml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final XMLStreamWriter out;
    private final Writer chars;
    private final String defaultPrefix;
    private final String defaultNs;
    private long elements;

    private Xml(XMLStreamWriter out, Writer chars, String defaultPrefix, String defaultNs) {
        this.out = out;
        this.chars = chars;
        this.defaultPrefix = defaultPrefix;
        this.defaultNs = defaultNs;
    }

    /** Starts a UTF-8 standalone document whose unprefixed elements are in {@code ns} with {@code prefix}. */
    static Xml open(OutputStream stream, String prefix, String ns) {
        try {
            Writer chars = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            XMLStreamWriter w;
            synchronized (FACTORY) {
                w = FACTORY.createXMLStreamWriter(chars);
            }
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            return new Xml(w, chars, prefix, ns);
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    /** Opens the root element and declares the default namespace and {@code extra} prefix/namespace pairs. */
    Xml root(String local, String... extraPrefixAndNs) {
        try {
            if (defaultPrefix.isEmpty()) {
                out.writeStartElement(local);
                out.writeDefaultNamespace(defaultNs);
            } else {
                out.writeStartElement(defaultPrefix, local, defaultNs);
                out.writeNamespace(defaultPrefix, defaultNs);
            }
            for (int i = 0; i < extraPrefixAndNs.length; i += 2) {
                out.writeNamespace(extraPrefixAndNs[i], extraPrefixAndNs[i + 1]);
            }
            return this;
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    Xml start(String local) {
        elements++;
        try {
            if (defaultPrefix.isEmpty()) {
                out.writeStartElement(local);
            } else {
                out.writeStartElement(defaultPrefix, local, defaultNs);
            }
            return this;
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    Xml start(String prefix, String local, String ns) {
        elements++;
        try {
            out.writeStartElement(prefix, local, ns);
            return this;
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    /** An attribute of the current element in the default namespace, e.g. {@code w:val}. */
    Xml attr(String local, String value) {
        try {
            if (defaultPrefix.isEmpty() || local.indexOf(':') >= 0) {
                writePrefixed(local, value);
            } else {
                out.writeAttribute(defaultPrefix, defaultNs, local, clean(value));
            }
            return this;
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    Xml attr(String local, int value) {
        return attr(local, Integer.toString(value));
    }

    /** An attribute without namespace ({@code Id}, {@code Target}) or with a known prefix ({@code r:id}). */
    Xml plainAttr(String name, String value) {
        try {
            writePrefixed(name, value);
            return this;
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    private void writePrefixed(String name, String value) throws XMLStreamException {
        int colon = name.indexOf(':');
        if (colon < 0) {
            out.writeAttribute(name, clean(value));
            return;
        }
        String prefix = name.substring(0, colon);
        String ns = switch (prefix) {
            case "r" -> Ns.R;
            case "xml" -> "http://www.w3.org/XML/1998/namespace";
            case "xsi" -> Ns.XSI;
            case "w" -> Ns.W;
            default -> throw new IllegalArgumentException("unknown attribute prefix " + prefix);
        };
        out.writeAttribute(prefix, ns, name.substring(colon + 1), clean(value));
    }

    /** An empty element with attributes given as name/value pairs: {@code empty("jc", "val", "center")}. */
    Xml empty(String local, String... attrs) {
        elements++;
        try {
            if (defaultPrefix.isEmpty()) {
                out.writeEmptyElement(local);
            } else {
                out.writeEmptyElement(defaultPrefix, local, defaultNs);
            }
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
        for (int i = 0; i < attrs.length; i += 2) {
            attr(attrs[i], attrs[i + 1]);
        }
        return this;
    }

    /** How many elements have been started so far: unchanged between two calls when nothing was written. */
    long elements() {
        return elements;
    }

    Xml text(String text) {
        try {
            out.writeCharacters(clean(text));
            return this;
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    /** {@code <local>text</local>} in the default namespace. */
    Xml element(String local, String text) {
        return start(local).text(text).end();
    }

    Xml end() {
        try {
            out.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw wrap(e);
        }
    }

    /** Ends the document and flushes; the underlying stream stays open. */
    void close() {
        try {
            out.writeEndDocument();
            out.flush();
            out.close();
            chars.flush();
        } catch (XMLStreamException e) {
            throw wrap(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether XML 1.0 can carry the code point. */
    static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    static String clean(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean lone = Character.isSurrogate(s.charAt(i)) && Character.charCount(cp) == 1;
            if (!isXmlChar(cp) || lone) {
                return replaceBad(s);
            }
            i += Character.charCount(cp);
        }
        return s;
    }

    private static String replaceBad(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean lone = Character.isSurrogate(s.charAt(i)) && Character.charCount(cp) == 1;
            sb.appendCodePoint(!isXmlChar(cp) || lone ? 0xFFFD : cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static RuntimeException wrap(XMLStreamException e) {
        if (e.getCause() instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new IllegalStateException("XML writer failed: " + e.getMessage(), e);
    }
}
