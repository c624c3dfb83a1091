package dev.medlint.core.report;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** What the XML formats share: the JDK's StAX writer, and text cleaned of what XML 1.0 cannot hold. */
final class Xml {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private Xml() {
    }

    /** Writes a document with StAX and returns it; the body writes the elements. */
    static String document(Body body) {
        StringWriter s = new StringWriter();
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(s);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML: " + e.getMessage(), e);
        }
        return s.append('\n').toString();
    }

    interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    /**
     * The text without the characters XML 1.0 forbids (control characters other than tab and line breaks,
     * unpaired surrogates, U+FFFE and U+FFFF), which StAX would otherwise write into a file no parser reads.
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (ok) {
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }

    static void attribute(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
        w.writeAttribute(name, clean(String.valueOf(value)));
    }
}
