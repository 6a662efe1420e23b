package org.abhilekh.presskit.entity;

import java.util.List;

/**
 * The press room's words as editors keep them: the paragraph about the organisation, the note for a child in danger
 * and the media contacts in order. {@code version} is what an edit must be based on.
 */
public record PressRoomContent(long version, Bilingual about, Bilingual helpline, List<MediaContact> contacts) {

    public PressRoomContent {
        contacts = List.copyOf(contacts);
    }
}
