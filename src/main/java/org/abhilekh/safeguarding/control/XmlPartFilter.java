package org.abhilekh.safeguarding.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartDocument;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * Copies one XML part of an Office or OpenDocument package event by event with the JDK's StAX, leaving out some
 * elements (with everything inside them), giving some attributes a fixed value, and noticing others. Everything else
 * (namespace declarations, prefixes, whitespace, order) passes through as it was, so the part means the same to the
 * application that reads it. DTDs and external entities are not processed.
 *
 * @param dropped elements taken out with their content, each found one named in the result
 * @param replaced attributes whose value is replaced by the given one (Word's own anonymised author is
 *        {@code Author})
 * @param noticed elements that stay but are worth reporting, mapped to the note to report
 */
record XmlPartFilter(Set<QName> dropped, Map<QName, String> replaced, Map<QName, String> noticed) {

    /** What one pass found, and the filtered part when anything was dropped or replaced. */
    record Outcome(byte[] filtered, List<String> removed, Set<String> notes) {

        boolean changed() {
            return !removed.isEmpty();
        }
    }

    Outcome filter(InputStream part) throws IOException {
        XMLInputFactory inputs = XMLInputFactory.newFactory();
        inputs.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        inputs.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLEventFactory events = XMLEventFactory.newFactory();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> removed = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        try {
            XMLEventReader reader = inputs.createXMLEventReader(part);
            XMLEventWriter writer = XMLOutputFactory.newFactory().createXMLEventWriter(out, "UTF-8");
            int skipping = 0;
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                if (skipping > 0) {
                    skipping += event.isStartElement() ? 1 : event.isEndElement() ? -1 : 0;
                    continue;
                }
                if (event.isStartDocument()) {
                    StartDocument start = (StartDocument) event;
                    event = start.standaloneSet()
                            ? events.createStartDocument("UTF-8", start.getVersion(), start.isStandalone())
                            : events.createStartDocument("UTF-8", start.getVersion());
                } else if (event.isStartElement()) {
                    StartElement element = event.asStartElement();
                    QName name = element.getName();
                    if (dropped.contains(name)) {
                        removed.add(qualified(name));
                        skipping = 1;
                        continue;
                    }
                    if (noticed.containsKey(name)) {
                        notes.add(noticed.get(name));
                    }
                    event = replaceAttributes(element, events, removed);
                }
                writer.add(event);
            }
            writer.flush();
            writer.close();
            reader.close();
        } catch (XMLStreamException e) {
            throw new IOException("Unreadable XML part: " + e.getMessage(), e);
        }
        return new Outcome(removed.isEmpty() ? null : out.toByteArray(), removed, notes);
    }

    private StartElement replaceAttributes(StartElement element, XMLEventFactory events, List<String> removed) {
        if (replaced.isEmpty()) {
            return element;
        }
        List<Attribute> attributes = new ArrayList<>();
        boolean changed = false;
        for (Iterator<Attribute> it = element.getAttributes(); it.hasNext();) {
            Attribute attribute = it.next();
            String value = replaced.get(attribute.getName());
            if (value != null && !value.equals(attribute.getValue())) {
                removed.add(qualified(attribute.getName()) + " of " + qualified(element.getName()));
                attributes.add(events.createAttribute(attribute.getName(), value));
                changed = true;
            } else {
                attributes.add(attribute);
            }
        }
        if (!changed) {
            return element;
        }
        QName name = element.getName();
        return events.createStartElement(name.getPrefix(), name.getNamespaceURI(), name.getLocalPart(),
                attributes.iterator(), element.getNamespaces(), element.getNamespaceContext());
    }

    private static String qualified(QName name) {
        return name.getPrefix().isEmpty() ? name.getLocalPart() : name.getPrefix() + ":" + name.getLocalPart();
    }
}
