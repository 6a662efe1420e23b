package org.abhilekh.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A fact the application remembers about itself, such as when the seed archive was imported. */
@Entity
@Table(name = "app_setting")
public class Setting {

    @Id
    @Column(name = "setting_name")
    private String name;

    @Column(name = "setting_value", nullable = false, length = 2000)
    private String value;

    protected Setting() {
    }

    public Setting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }
}
