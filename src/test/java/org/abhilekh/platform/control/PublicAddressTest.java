package org.abhilekh.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicAddressTest {

    private static PublicAddress configured(String value) {
        PublicAddress address = new PublicAddress();
        address.configured = Optional.ofNullable(value);
        address.check();
        return address;
    }

    @Test
    void aConfiguredAddressWinsOverTheHostTheRequestNamedAndMayBeSharedByCaches() {
        PublicAddress address = configured("https://archive.example.org/");
        assertEquals("https://archive.example.org", address.origin("http://evil.example.net"));
        assertEquals("public, max-age=300", address.cacheControl(300));
    }

    @Test
    void withoutOneTheRequestsAddressIsUsedAndTheOutputIsPrivate() {
        PublicAddress address = configured(null);
        assertEquals("http://localhost:8080", address.origin("http://localhost:8080"));
        assertEquals("private, max-age=300", address.cacheControl(300));
        assertEquals("private, max-age=60", configured("  ").cacheControl(60), "a blank setting counts as none");
    }

    @Test
    void aMistypedAddressStopsTheStartWithAReason() {
        for (String wrong : new String[] {"archive.example.org", "ftp://archive.example.org", "https://archive.example.org/?a=1", "http://"}) {
            assertThrows(IllegalStateException.class, () -> configured(wrong), wrong);
        }
    }
}
