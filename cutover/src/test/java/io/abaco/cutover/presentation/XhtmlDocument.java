package io.abaco.cutover.presentation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The report page parsed with the JDK's XML parser (the renderer emits XHTML-compatible markup), queried by XPath. */
final class XhtmlDocument {
    private final Document document;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    private XhtmlDocument(Document document) {
        this.document = document;
    }

    static XhtmlDocument parse(String html) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return new XhtmlDocument(factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("the report is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    List<Element> all(String expression) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) elements.add((Element) nodes.item(i));
            return elements;
        } catch (Exception e) {
            throw new AssertionError("bad XPath " + expression, e);
        }
    }

    Element one(String expression) {
        List<Element> found = all(expression);
        if (found.size() != 1) throw new AssertionError(expression + " matched " + found.size() + " elements");
        return found.get(0);
    }

    String text(String expression) {
        return one(expression).getTextContent();
    }

    static List<String> texts(List<Element> elements) {
        return elements.stream().map(Element::getTextContent).toList();
    }
}
