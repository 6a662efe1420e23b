package org.abhilekh.security.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrossSiteRequestFilterTest {

    @Test
    void onlyAnOriginNamingThisVeryHostIsTheSameSite() {
        assertTrue(CrossSiteRequestFilter.sameSite("http://localhost:8080", "localhost:8080"));
        assertTrue(CrossSiteRequestFilter.sameSite("https://Archive.Example.org", "archive.example.org"));
        assertFalse(CrossSiteRequestFilter.sameSite("http://localhost:8081", "localhost:8080"), "another port is another origin");
        assertFalse(CrossSiteRequestFilter.sameSite("https://evil.example", "archive.example.org"));
        assertFalse(CrossSiteRequestFilter.sameSite("https://archive.example.org.evil.example", "archive.example.org"));
        assertFalse(CrossSiteRequestFilter.sameSite("null", "archive.example.org"), "opaque origins never count");
        assertFalse(CrossSiteRequestFilter.sameSite("", "archive.example.org"));
        assertFalse(CrossSiteRequestFilter.sameSite("http://[broken", "archive.example.org"));
        assertFalse(CrossSiteRequestFilter.sameSite("http://localhost:8080", null), "no Host, no match");
    }
}
