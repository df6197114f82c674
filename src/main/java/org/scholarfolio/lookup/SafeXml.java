package org.scholarfolio.lookup;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The JDK's XML parser set up for answers from the network: a DOCTYPE is allowed (PubMed sends
 * one) but no external DTD or entity is ever fetched or read, and entity expansion is bounded.
 */
final class SafeXml {
    private SafeXml() {
    }

    /** @throws SAXException for anything that is not well-formed, or tries to expand too far */
    static Document parse(String xml) throws SAXException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    /** The child elements of {@code parent} with this local name, in order. */
    static List<Element> children(Node parent, String localName) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && localName.equals(local(e))) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Node parent, String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    /** Follows a path of local names; null when a step is missing. */
    static Element path(Node start, String... names) {
        Node at = start;
        for (String n : names) {
            at = child(at, n);
            if (at == null) {
                return null;
            }
        }
        return (Element) at;
    }

    static String text(Element e) {
        return e == null ? "" : e.getTextContent().strip();
    }

    /** The element's content as markup (for titles with {@code <i>}, {@code <sub>} or MathML). */
    static String innerMarkup(Element e) {
        if (e == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        NodeList nodes = e.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            write(nodes.item(i), b);
        }
        return b.toString();
    }

    private static void write(Node n, StringBuilder b) {
        switch (n.getNodeType()) {
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> b.append(escape(n.getNodeValue()));
            case Node.ELEMENT_NODE -> {
                Element e = (Element) n;
                b.append('<').append(e.getTagName());
                var attributes = e.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Node a = attributes.item(i);
                    b.append(' ').append(a.getNodeName()).append("=\"").append(escape(a.getNodeValue())).append('"');
                }
                b.append('>');
                NodeList nodes = e.getChildNodes();
                for (int i = 0; i < nodes.getLength(); i++) {
                    write(nodes.item(i), b);
                }
                b.append("</").append(e.getTagName()).append('>');
            }
            default -> { }
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String local(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }
}
