package org.abhilekh.presskit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The press room's texts, one row: the paragraph about the organisation and the note for a child in danger, in
 * English and Hindi. {@code version} grows with every save (contacts included), so an editor who saves what they
 * read before a colleague's save is told, rather than undoing it.
 */
@Entity
@Table(name = "press_room_text")
public class PressRoomText {

    /** The one row. */
    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "about_en", nullable = false, length = 4000)
    private String aboutEn;

    @Column(name = "about_hi", length = 4000)
    private String aboutHi;

    @Column(name = "helpline_en", nullable = false, length = 1000)
    private String helplineEn;

    @Column(name = "helpline_hi", length = 1000)
    private String helplineHi;

    @Column(nullable = false)
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    protected PressRoomText() {
    }

    /** Takes the new texts and moves to the next version. */
    public void replace(Bilingual about, Bilingual helpline, String actor) {
        this.aboutEn = about.en();
        this.aboutHi = about.hi();
        this.helplineEn = helpline.en();
        this.helplineHi = helpline.hi();
        this.version++;
        this.updatedAt = Instant.now();
        this.updatedBy = actor;
    }

    public Bilingual getAbout() {
        return new Bilingual(aboutEn, aboutHi);
    }

    public Bilingual getHelpline() {
        return new Bilingual(helplineEn, helplineHi);
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
