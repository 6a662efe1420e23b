package org.abhilekh.platform.control;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.impl.Atom10Generator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * One Atom 1.0 writer for every feed the site serves (the blog's and any search's), built on ROME's Atom
 * model and generator, so element order, namespaces, dates and escaping are the library's. Text is stripped of
 * the control characters XML cannot carry before it reaches the document.
 *
 * @param title   the feed's title
 * @param id      the feed's permanent id (its own address)
 * @param updated when the feed last changed
 * @param author  the feed's author, or null when every entry names its own
 * @param links   the feed's links (self, alternate)
 * @param entries the entries, newest first
 */
public record AtomFeed(String title, String id, Instant updated, String author, List<Link> links, List<Entry> entries) {

    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    /** A link; {@code rel} and {@code type} may be null (Atom's default relation is "alternate"). */
    public record Link(String rel, String href, String type) {
    }

    /**
     * One entry. {@code author}, {@code language}, {@code published}, {@code summary} and {@code contentHtml} may be
     * null and are then left out; {@code summary} is plain text, {@code contentHtml} is HTML carried as text.
     */
    public record Entry(String id, String title, Link link, String author, String language, Instant published,
                        Instant updated, List<String> categories, String summary, String contentHtml) {
    }

    /** The feed as a string, with its XML declaration. */
    public String write() {
        StringWriter out = new StringWriter();
        try {
            write(out);
        } catch (IOException e) {
            throw new IllegalStateException("Writing XML to a string cannot fail", e);
        }
        return out.toString();
    }

    /** Writes the feed, with its UTF-8 XML declaration, and flushes the writer. */
    public void write(Writer out) throws IOException {
        Document document;
        try {
            document = new Atom10Generator().generate(model());
        } catch (FeedException e) {
            throw new IOException("Cannot write the feed", e);
        }
        Namespace atom = document.getRootElement().getNamespace();
        List<Element> written = document.getRootElement().getChildren("entry", atom);
        for (int i = 0; i < written.size(); i++) {
            String language = entries.get(i).language();
            if (language != null && !language.isBlank()) {
                written.get(i).setAttribute("lang", language, Namespace.XML_NAMESPACE);
            }
        }
        new XMLOutputter(Format.getRawFormat().setEncoding("UTF-8")).output(document, out);
        out.flush();
    }

    private Feed model() {
        Feed feed = new Feed("atom_1.0");
        feed.setEncoding("UTF-8");
        feed.setTitle(clean(title));
        feed.setId(id);
        feed.setUpdated(Date.from(updated));
        if (author != null) {
            feed.setAuthors(List.of(person(author)));
        }
        List<com.rometools.rome.feed.atom.Link> alternate = new ArrayList<>();
        List<com.rometools.rome.feed.atom.Link> other = new ArrayList<>();
        for (Link link : links) {
            (link.rel() == null || "alternate".equals(link.rel()) ? alternate : other).add(link(link));
        }
        feed.setAlternateLinks(alternate);
        feed.setOtherLinks(other);
        feed.setEntries(entries.stream().map(AtomFeed::entry).toList());
        return feed;
    }

    private static com.rometools.rome.feed.atom.Entry entry(Entry entry) {
        com.rometools.rome.feed.atom.Entry written = new com.rometools.rome.feed.atom.Entry();
        written.setTitle(clean(entry.title()));
        written.setId(entry.id());
        written.setAlternateLinks(List.of(link(entry.link())));
        if (entry.published() != null) {
            written.setPublished(Date.from(entry.published()));
        }
        written.setUpdated(Date.from(entry.updated()));
        if (entry.author() != null) {
            written.setAuthors(List.of(person(entry.author())));
        }
        written.setCategories(entry.categories().stream().map(term -> {
            Category category = new Category();
            category.setTerm(clean(term));
            return category;
        }).toList());
        if (entry.summary() != null) {
            written.setSummary(content(Content.TEXT, entry.summary()));
        }
        if (entry.contentHtml() != null) {
            written.setContents(List.of(content(Content.HTML, entry.contentHtml())));
        }
        return written;
    }

    private static com.rometools.rome.feed.atom.Link link(Link link) {
        com.rometools.rome.feed.atom.Link written = new com.rometools.rome.feed.atom.Link();
        written.setRel(link.rel());
        written.setType(link.type());
        written.setHref(link.href());
        return written;
    }

    private static SyndPerson person(String name) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(clean(name));
        return person;
    }

    private static Content content(String type, String value) {
        Content content = new Content();
        content.setType(type);
        content.setValue(clean(value));
        return content;
    }

    private static String clean(String text) {
        return text == null ? "" : NOT_XML.matcher(text).replaceAll("");
    }
}
