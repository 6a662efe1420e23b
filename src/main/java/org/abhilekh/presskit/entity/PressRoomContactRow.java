package org.abhilekh.presskit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One media contact of the press room as stored; {@link MediaContact} is what the rest of the application reads. */
@Entity
@Table(name = "press_room_contact")
@NamedQuery(name = PressRoomContactRow.ALL, query = "select c from PressRoomContactRow c order by c.position, c.id")
public class PressRoomContactRow {

    public static final String ALL = "PressRoomContactRow.all";

    @Id
    @SequenceGenerator(name = "press_room_contact_seq", sequenceName = "press_room_contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "press_room_contact_seq")
    private Long id;

    @Column(name = "contact_position", nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "role_en", nullable = false, length = 200)
    private String roleEn;

    @Column(name = "role_hi", length = 200)
    private String roleHi;

    @Column(length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    protected PressRoomContactRow() {
    }

    public PressRoomContactRow(int position, MediaContact contact) {
        this.position = position;
        this.name = contact.name();
        this.roleEn = contact.role().en();
        this.roleHi = contact.role().hi();
        this.email = contact.email();
        this.phone = contact.phone();
    }

    public MediaContact contact() {
        return new MediaContact(name, new Bilingual(roleEn, roleHi), email, phone);
    }
}
