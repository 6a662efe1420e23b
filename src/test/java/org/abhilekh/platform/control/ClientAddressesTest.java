package org.abhilekh.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses behindProxies = new ClientAddresses("10.0.0.0/8, 192.168.1.5,fd00::/8 ::1");

    @Test
    void withoutTrustedProxiesTheConnectionIsTheClientWhateverItForwards() {
        ClientAddresses trustingNobody = new ClientAddresses("");
        assertEquals("10.1.2.3", trustingNobody.resolve("10.1.2.3", headers("203.0.113.7")));
        assertEquals("::1", trustingNobody.resolve("0:0:0:0:0:0:0:1", headers("203.0.113.7")));
        assertEquals(List.of(), trustingNobody.trustedProxies());
    }

    @Test
    void anUntrustedConnectionIsTheClientEvenWhenItSendsForwardedFor() {
        assertEquals("198.51.100.9", behindProxies.resolve("198.51.100.9", headers("203.0.113.7")));
        assertEquals("2001:db8::9", behindProxies.resolve("2001:DB8:0:0:0:0:0:9", headers("203.0.113.7")));
    }

    @Test
    void aTrustedProxyPassesOnTheAddressItWasReachedFrom() {
        assertEquals("203.0.113.7", behindProxies.resolve("10.20.30.40", headers("203.0.113.7")));
        assertEquals("203.0.113.7", behindProxies.resolve("192.168.1.5", headers(" 203.0.113.7 ")));
        assertEquals("2001:db8::7", behindProxies.resolve("::1", headers("2001:db8:0::7")));
        assertEquals("2001:db8::7", behindProxies.resolve("fd12:3456::1", headers("2001:db8::7")), "an IPv6 range");
    }

    @Test
    void withoutAForwardedForHeaderATrustedProxyIsItselfTheClient() {
        assertEquals("10.0.0.2", behindProxies.resolve("10.0.0.2", null));
        assertEquals("10.0.0.2", behindProxies.resolve("10.0.0.2", Collections.emptyEnumeration()));
    }

    @Test
    void cidrRangesMatchOnlyTheirOwnAddresses() {
        assertEquals("11.0.0.1", behindProxies.resolve("11.0.0.1", headers("203.0.113.7")), "just outside 10.0.0.0/8");
        assertEquals("192.168.1.6", behindProxies.resolve("192.168.1.6", headers("203.0.113.7")), "a single address is no range");
        assertEquals("fe00::1", behindProxies.resolve("fe00::1", headers("203.0.113.7")), "just outside fd00::/8");
        ClientAddresses sloppy = new ClientAddresses("10.9.8.7/16");
        assertEquals(List.of("10.9.0.0/16"), sloppy.trustedProxies(), "host bits in a range are ignored");
        assertEquals("203.0.113.7", sloppy.resolve("10.9.200.1", headers("203.0.113.7")));
    }

    @Test
    void aForgedEntryPrependedByTheClientIsIgnored() {
        assertEquals("203.0.113.7", behindProxies.resolve("10.0.0.1", headers("1.2.3.4, 203.0.113.7")));
        assertEquals("203.0.113.7", behindProxies.resolve("10.0.0.1", headers("1.2.3.4", "203.0.113.7")), "across repeated headers");
        assertEquals("203.0.113.7", behindProxies.resolve("10.0.0.1", headers("10.0.0.99, 203.0.113.7")),
                "even when the forgery names a trusted proxy");
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedToTheFirstUntrustedHop() {
        assertEquals("203.0.113.7", behindProxies.resolve("10.0.0.1", headers("1.2.3.4, 203.0.113.7, 192.168.1.5, 10.0.0.2")));
        assertEquals("10.0.0.3", behindProxies.resolve("10.0.0.1", headers("10.0.0.3, 10.0.0.2")), "only proxies: the left-most");
    }

    @Test
    void portsBracketsAndQuotesAreUnderstood() {
        assertEquals("203.0.113.7", behindProxies.resolve("10.0.0.1", headers("203.0.113.7:51234")));
        assertEquals("2001:db8::7", behindProxies.resolve("10.0.0.1", headers("[2001:db8::7]:443")));
        assertEquals("2001:db8::7", behindProxies.resolve("10.0.0.1", headers("[2001:db8::7]")));
        assertEquals("2001:db8::7", behindProxies.resolve("10.0.0.1", headers("\"[2001:db8::7]:443\"")));
    }

    @Test
    void oneClientHasOneSpelling() {
        assertEquals("203.0.113.7", behindProxies.resolve("10.0.0.1", headers("::ffff:203.0.113.7")), "IPv4-mapped IPv6");
        assertEquals("203.0.113.7", behindProxies.resolve("::ffff:203.0.113.7", null));
        assertEquals("2001:db8::7", behindProxies.resolve("10.0.0.1", headers("2001:0DB8:0000:0000:0000:0000:0000:0007")));
        assertEquals("10.0.0.1", new ClientAddresses("::ffff:10.0.0.1").resolve("::ffff:10.0.0.1", null));
        assertEquals("203.0.113.7", new ClientAddresses("::ffff:10.0.0.1").resolve("10.0.0.1", headers("203.0.113.7")),
                "a mapped proxy address trusts its IPv4 form");
    }

    @Test
    void garbageStopsTheWalkAtTheNearestTrustedHop() {
        assertEquals("10.0.0.1", behindProxies.resolve("10.0.0.1", headers("unknown")));
        assertEquals("10.0.0.1", behindProxies.resolve("10.0.0.1", headers("")));
        assertEquals("10.0.0.1", behindProxies.resolve("10.0.0.1", headers(",")));
        assertEquals("10.0.0.1", behindProxies.resolve("10.0.0.1", headers("203.0.113.7, evil.example.org")), "a host name is not resolved");
        assertEquals("10.0.0.2", behindProxies.resolve("10.0.0.1", headers("203.0.113.7, _hidden, 10.0.0.2")));
        for (String junk : List.of("1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.4/8", "*", "1.2.3.4-9", "0x7f.1", "::1::2",
                "[::1", "[::1]x", "1.2.3.4:80:90", "a".repeat(500), "\u0000", "2001:db8::1%eth0/64")) {
            assertEquals("10.0.0.1", behindProxies.resolve("10.0.0.1", headers(junk)), junk);
        }
        assertEquals("203.0.113.7", behindProxies.resolve("10.0.0.1", headers("garbage, 203.0.113.7")), "garbage left of the client does not matter");
    }

    @Test
    void aLongPaddedChainIsNotWalkedToItsEnd() {
        StringBuilder chain = new StringBuilder("203.0.113.7");
        for (int i = 0; i < ClientAddresses.MAX_HOPS + 5; i++) {
            chain.append(", 10.0.0.").append(i + 2);
        }
        String client = behindProxies.resolve("10.0.0.1", headers(chain.toString()));
        assertTrue(client.startsWith("10.0.0."), client);
    }

    @Test
    void anUnparsableConnectionAddressIsKeptAsItIs() {
        assertEquals("unknown", behindProxies.resolve(null, null));
        assertEquals("local", behindProxies.resolve("local", headers("203.0.113.7")));
    }

    @Test
    void aMisspelledTrustedProxyStopsTheConfiguration() {
        for (String wrong : List.of("10.0.0.0/33", "proxy.example.org", "10.0.0.*", "1.2.3.4-5", "fd00::/129", "10.0.0")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(wrong), wrong);
            assertTrue(refused.getMessage().startsWith("abhilekh.trusted-proxies: '" + wrong + "' is not an IP address"), refused.getMessage());
        }
    }

    private static Enumeration<String> headers(String... values) {
        return Collections.enumeration(List.of(values));
    }
}
