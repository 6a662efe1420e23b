package org.abhilekh.safeguarding.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PNG text chunks as Tika's image parser reports them: one metadata value per chunk, written
 * {@code keyword=Author, value=Ravi} (tEXt) or {@code keyword=XML:com.adobe.xmp, ..., text=<?xpacket...}
 * (iTXt). Also reads the GPS position out of an XMP packet among them, which Tika does not report as a
 * field of its own.
 */
final class PngTextEntries {

    /** One text chunk: its keyword and its text. */
    record Entry(String keyword, String value) {
    }

    private static final Pattern KEYWORD = Pattern.compile("^keyword=([^,]*),");
    private static final Pattern VALUE = Pattern.compile(",\\s*(?:value|text)=(.*?)(?:,\\s*(?:encoding|language|compression|languageTag|translatedKeyword)=.*)?$",
            Pattern.DOTALL);
    private static final Pattern XMP_GPS = Pattern.compile(
            "exif:GPS(Latitude|Longitude)\\s*(?:=\\s*[\"']([^\"']+)[\"']|>\\s*([^<]+)<)");

    private static final Pattern XMP_CREATOR = Pattern.compile(
            "<dc:creator>\\s*<rdf:(?:Seq|Bag)>(.*?)</rdf:(?:Seq|Bag)>", Pattern.DOTALL);
    private static final Pattern XMP_ITEM = Pattern.compile("<rdf:li[^>]*>([^<]+)</rdf:li>");

    private PngTextEntries() {
    }

    static List<Entry> parse(String chunk) {
        Matcher keyword = KEYWORD.matcher(chunk);
        if (!keyword.find()) {
            return List.of();
        }
        Matcher value = VALUE.matcher(chunk.substring(keyword.end() - 1));
        return value.find() ? List.of(new Entry(keyword.group(1).strip(), value.group(1).strip())) : List.of();
    }

    /** "Latitude 23,20.646N", "Longitude 85,18.576E" from an XMP packet; empty when it has no position. */
    static List<String> xmpPosition(String xmp) {
        List<String> position = new ArrayList<>();
        Matcher matcher = XMP_GPS.matcher(xmp);
        while (matcher.find()) {
            String value = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            position.add(matcher.group(1) + " " + value.strip());
        }
        return position;
    }

    /** The creators (dc:creator) named in an XMP packet. */
    static List<String> xmpCreators(String xmp) {
        List<String> creators = new ArrayList<>();
        Matcher list = XMP_CREATOR.matcher(xmp);
        while (list.find()) {
            Matcher item = XMP_ITEM.matcher(list.group(1));
            while (item.find()) {
                creators.add(item.group(1).strip());
            }
        }
        return creators;
    }
}
