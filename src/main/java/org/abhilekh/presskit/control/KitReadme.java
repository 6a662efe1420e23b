package org.abhilekh.presskit.control;

import java.time.Instant;
import java.util.List;
import org.abhilekh.platform.entity.Organisation;
import org.abhilekh.presskit.entity.KitEntry;
import org.abhilekh.presskit.entity.MediaContact;
import org.abhilekh.presskit.entity.PressRoomContent;

/**
 * The README.txt that travels inside every kit: what the kit is, and for each file its title, date,
 * source, credit, licence and a line to cite it with, so a journalist with only the ZIP can still
 * credit everything correctly. It ends with the press room's paragraph about the organisation and its media contacts,
 * as editors keep them, so the ZIP says whom to ask.
 */
public final class KitReadme {

    private KitReadme() {
    }

    /**
     * @param entryNames the name of each entry's file inside the ZIP, in the same order as {@code entries}
     * @param siteUrl    the site's address without a trailing slash, for stable links
     */
    public static String render(String title, String summary, String kitUrl, List<KitEntry> entries,
                                List<String> entryNames, String siteUrl, Instant generated, PressRoomContent pressRoom) {
        StringBuilder text = new StringBuilder();
        text.append(title).append('\n').append("=".repeat(Math.min(title.length(), 72))).append("\n\n");
        if (summary != null && !summary.isBlank()) {
            text.append(summary.strip()).append("\n\n");
        }
        text.append("Press kit of the ").append(Organisation.NAME).append(" (झारखंड बाल अधिकार मंच).\n");
        text.append("Kit page: ").append(kitUrl).append('\n');
        text.append("Generated: ").append(generated).append("\n\n");
        text.append("Cite this kit:\n  ").append(Citation.line(title, "press kit", null, kitUrl)).append("\n\n");
        text.append("Contents (").append(entries.size()).append(entries.size() == 1 ? " file" : " files").append(")\n");
        text.append("--------\n");
        for (int i = 0; i < entries.size(); i++) {
            KitEntry entry = entries.get(i);
            String url = stableUrl(entry, kitUrl, siteUrl);
            text.append('\n').append(entryNames.get(i)).append('\n');
            field(text, "Title", entry.title());
            field(text, "Date", entry.date() == null ? null : entry.date().toString());
            field(text, "Source", entry.source());
            field(text, "Caption", entry.caption());
            field(text, "Credit", entry.credit());
            field(text, "Licence", entry.licence());
            field(text, "Link", url);
            field(text, "Cite as", Citation.line(entry.title(), entry.source(), entry.date(), url));
        }
        aboutUs(text, pressRoom);
        return text.toString();
    }

    /** The press room's paragraph about the organisation (English, then Hindi when written) and its media contacts. */
    private static void aboutUs(StringBuilder text, PressRoomContent pressRoom) {
        String heading = "About the " + Organisation.NAME;
        text.append('\n').append(heading).append('\n').append("-".repeat(heading.length())).append("\n\n");
        text.append(pressRoom.about().en().strip()).append('\n');
        if (pressRoom.about().hi() != null && !pressRoom.about().hi().isBlank()) {
            text.append('\n').append(pressRoom.about().hi().strip()).append('\n');
        }
        if (pressRoom.contacts().isEmpty()) {
            return;
        }
        text.append("\nMedia contacts\n--------------\n");
        for (MediaContact contact : pressRoom.contacts()) {
            String role = contact.role().en() + (contact.role().hi() == null || contact.role().hi().isBlank() ? "" : " / " + contact.role().hi());
            String reach = java.util.stream.Stream.of(contact.email(), contact.phone()).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.joining(", "));
            text.append("  ").append(oneLine(contact.name())).append(", ").append(oneLine(role)).append(": ").append(reach).append('\n');
        }
    }

    private static String oneLine(String value) {
        return value.strip().replace('\n', ' ').replace('\r', ' ');
    }

    /** An archive document's own page, or the kit page for a kit-only file. */
    public static String stableUrl(KitEntry entry, String kitUrl, String siteUrl) {
        return entry.documentId() == null ? kitUrl : siteUrl + "/archive/document.xhtml?id=" + entry.documentId();
    }

    private static void field(StringBuilder text, String name, String value) {
        if (value != null && !value.isBlank()) {
            text.append("  ").append(name).append(": ").append(value.strip().replace('\n', ' ')).append('\n');
        }
    }
}
