package org.shuzhi.document;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * How deep a Word part nests, measured with a streaming parser before POI builds it. POI builds nested
 * tables, content controls and run containers (smart tags, fields, hyperlinks) by recursion, so a crafted
 * file nesting tables 3,000 deep overflows the stack; a real report nests a table in a table at most a few
 * times and its XML a few dozen elements deep.
 */
final class XmlNesting {
    static final int MAX_TABLE_DEPTH = 32;
    static final int MAX_ELEMENT_DEPTH = 256;

    /** A factory per thread: creating readers from one factory is not documented as thread-safe. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(XmlNesting::factory);

    private XmlNesting() {}

    /** The reason {@code xml} cannot be read, or null when it nests within the bounds (or is not XML: POI says so). */
    static String tooDeep(byte[] xml) {
        try {
            XMLStreamReader r = FACTORY.get().createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                int depth = 0, tables = 0;
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        if (++depth > MAX_ELEMENT_DEPTH) {
                            return "文档结构嵌套过深（超过 " + MAX_ELEMENT_DEPTH + " 层），不是正常的 Word 文档";
                        }
                        if (isTable(r) && ++tables > MAX_TABLE_DEPTH) {
                            return "表格嵌套过深（表格套表格超过 " + MAX_TABLE_DEPTH + " 层），不是正常的述职报告";
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                        if (isTable(r)) tables--;
                    }
                }
                return null;
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            return null;
        }
    }

    private static boolean isTable(XMLStreamReader r) {
        // w:tbl, and DrawingML's a:tbl inside a drawing: either nests as deep
        return "tbl".equals(r.getLocalName());
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }
}
