package org.abhilekh.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LocalPathTest {

    @Test
    void keepsPathsOnThisSite() {
        assertEquals("/search/?q=%E0%A4%AC&f=type:photo", LocalPath.orHome("/search/?q=%E0%A4%AC&f=type:photo"));
        assertEquals("/archive/document.xhtml?id=7", LocalPath.orHome("/archive/document.xhtml?id=7"));
    }

    @Test
    void sendsEverythingElseHome() {
        for (String hostile : new String[] {null, "", "https://evil.example/", "//evil.example/", "/\\evil.example",
                "javascript:alert(1)", "/search/\r\nSet-Cookie: x=1", "/" + "a".repeat(2001)}) {
            assertEquals("/search/", LocalPath.orHome(hostile), String.valueOf(hostile));
        }
    }
}
