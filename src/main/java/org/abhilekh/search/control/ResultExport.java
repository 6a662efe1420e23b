package org.abhilekh.search.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.abhilekh.platform.control.AtomFeed;
import org.abhilekh.platform.control.Downloads;
import org.abhilekh.platform.entity.Organisation;
import org.abhilekh.search.entity.SearchHit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/** Writes search results for taking away: CSV for spreadsheets, Atom for feed readers. */
public final class ResultExport {

    private ResultExport() {
    }

    /** Items are keyed by kind and id ({@code document} 12, {@code post} 3): an id alone names no row. */
    private static final String[] HEADER = {"kind", "id", "title", "type", "date", "language", "outlet", "staff_only", "url"};
    /** RFC 4180 with every cell quoted; the header row is written plain. */
    private static final CSVFormat QUOTED = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    /**
     * One row per hit, written by Apache Commons CSV. Every cell is quoted, and a cell that a spreadsheet would
     * run as a formula (starting with = + - @ or a control character) is prefixed with an apostrophe.
     */
    public static void csv(List<SearchHit> hits, URI base, Writer out) throws IOException {
        CSVFormat.RFC4180.printRecord(out, (Object[]) HEADER);
        for (SearchHit hit : hits) {
            QUOTED.printRecord(out, Stream.of(hit.kind(), Long.toString(hit.id()), hit.title(), hit.type(),
                    hit.date() == null ? "" : hit.date().toString(), hit.language(), hit.outlet(),
                    Boolean.toString(hit.staffOnly()), base.resolve(relative(hit.url())).toString())
                    .map(Downloads::defuseFormula).toArray());
        }
        out.flush();
    }

    /** An Atom 1.0 feed of the hits, written by the platform's {@link AtomFeed}; snippets lose their marks and become plain text. */
    public static void atom(String title, URI self, URI base, List<SearchHit> hits, OutputStream out) throws IOException {
        LocalDate newest = hits.stream().map(SearchHit::date).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElse(LocalDate.of(2000, 1, 1));
        List<AtomFeed.Entry> entries = hits.stream().map(hit -> {
            String link = base.resolve(relative(hit.url())).toString();
            return new AtomFeed.Entry(link, hit.title(), new AtomFeed.Link(null, link, null), null, null, null,
                    instant(hit.date() == null ? newest : hit.date()), List.of(hit.type() == null ? "document" : hit.type()),
                    plain(hit.snippet()), null);
        }).toList();
        new AtomFeed(title, self.toString(), instant(newest), Organisation.NAME,
                List.of(new AtomFeed.Link("self", self.toString(), null)), entries)
                .write(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private static Instant instant(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /**
     * Snippets are HTML-escaped text with marks; feeds want the plain text back. Hand-written: the OWASP encoder
     * used elsewhere only encodes, and these are the few entities the snippet writer makes.
     */
    static String plain(String snippet) {
        if (snippet == null) {
            return "";
        }
        return snippet.replace("<mark>", "").replace("</mark>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#x27;", "'").replace("&#x2F;", "/").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String relative(String url) {
        return url.startsWith("/") ? url.substring(1) : url;
    }
}
