package org.abhilekh.platform.control;

import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client behind a request, for rate limits and login throttling.
 *
 * <p>It is the connection's own address, unless that address is a configured trusted proxy
 * ({@code abhilekh.trusted-proxies}: addresses or CIDR ranges, IPv4 and IPv6, comma-separated; empty trusts
 * nobody). Then {@code X-Forwarded-For} is read from the right: each proxy appends the address it was
 * reached from, so the right-most entry that is not itself a trusted proxy is the client, and everything
 * left of it is whatever the client chose to send. An entry that is not an address stops the walk at the
 * nearest trusted hop, and a chain of trusted proxies only names its left-most one.
 *
 * <p>Addresses are answered in one canonical form (IPv6 compressed and in lower case, IPv4-mapped IPv6 as
 * IPv4), so one client never counts under two spellings.
 */
@ApplicationScoped
public class ClientAddresses {

    public static final String FORWARDED_FOR = "X-Forwarded-For";

    /** Entries looked at from the right; a longer chain is a client padding the header. */
    static final int MAX_HOPS = 20;

    private static final IPAddressStringParameters ADDRESS = strict(false);
    private static final IPAddressStringParameters RANGE = strict(true);

    @Inject
    @ConfigProperty(name = "abhilekh.trusted-proxies")
    Optional<String> configured;

    private List<IPAddress> trusted = List.of();

    /** For CDI; the trusted proxies come from the configuration. */
    protected ClientAddresses() {
    }

    /** With a list of trusted proxies in the configuration's form, for example {@code "10.0.0.0/8, ::1"}. */
    public ClientAddresses(String trustedProxies) {
        this.trusted = ranges(trustedProxies);
    }

    @PostConstruct
    void configure() {
        trusted = ranges(configured.orElse(""));
    }

    /** The trusted proxies as ranges, for the start-up log; empty when none is trusted. */
    public List<String> trustedProxies() {
        return trusted.stream().map(IPAddress::toCanonicalString).toList();
    }

    /**
     * The client's address for a connection from {@code remoteAddress} that carried these
     * {@code X-Forwarded-For} header values (in the order received; null when there are none).
     */
    public String resolve(String remoteAddress, Enumeration<String> forwardedFor) {
        IPAddress remote = parse(remoteAddress);
        if (remote == null) {
            return remoteAddress == null ? "unknown" : remoteAddress;
        }
        if (!isTrusted(remote) || forwardedFor == null) {
            return canonical(remote);
        }
        List<String> entries = new ArrayList<>();
        for (String header : Collections.list(forwardedFor)) {
            if (header != null) {
                for (String entry : header.split(",", -1)) {
                    entries.add(entry);
                }
            }
        }
        IPAddress client = remote;
        for (int i = entries.size() - 1; i >= 0 && i >= entries.size() - MAX_HOPS; i--) {
            IPAddress hop = parse(entries.get(i));
            if (hop == null) {
                break;
            }
            client = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return canonical(client);
    }

    boolean isTrusted(IPAddress address) {
        return trusted.stream().anyMatch(range -> range.getIPVersion() == address.getIPVersion() && range.contains(address));
    }

    /** One address as a header entry or the connection gives it: a bare literal, or with a port ({@code [v6]:port}, {@code v4:port}). */
    static IPAddress parse(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        if (value.length() > 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).strip();
        }
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0 || !(close == value.length() - 1 || value.charAt(close + 1) == ':')) {
                return null;
            }
            value = value.substring(1, close);
        } else if (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':')) {
            value = value.substring(0, value.indexOf(':'));
        }
        if (value.isEmpty() || value.length() > 100) {
            return null;
        }
        IPAddress address = new IPAddressString(value, ADDRESS).getAddress();
        if (address == null) {
            return null;
        }
        if (address.isIPv6() && address.toIPv6().isIPv4Mapped()) {
            return address.toIPv6().getEmbeddedIPv4Address();
        }
        return address.isIPv6() && address.toIPv6().hasZone() ? address.toIPv6().removeZone() : address;
    }

    private static String canonical(IPAddress address) {
        return address.toCanonicalString();
    }

    static List<IPAddress> ranges(String configured) {
        List<IPAddress> ranges = new ArrayList<>();
        for (String entry : configured.split("[,\\s]+")) {
            if (entry.isBlank()) {
                continue;
            }
            IPAddress range = new IPAddressString(entry.strip(), RANGE).getAddress();
            if (range == null) {
                throw new IllegalArgumentException("abhilekh.trusted-proxies: '" + entry.strip()
                        + "' is not an IP address or a CIDR range such as 10.0.0.0/8 or fd00::/8");
            }
            if (range.isIPv6() && range.toIPv6().isIPv4Mapped() && !range.isPrefixed()) {
                range = range.toIPv6().getEmbeddedIPv4Address();
            }
            ranges.add(range.isPrefixed() ? range.toPrefixBlock() : range);
        }
        return List.copyOf(ranges);
    }

    /** Literal addresses only: no host names (so no DNS), no wildcards, ranges, masks or inet_aton forms. */
    private static IPAddressStringParameters strict(boolean prefix) {
        return new IPAddressStringParameters.Builder().allowEmpty(false).allowAll(false).allowSingleSegment(false)
                .allowPrefix(prefix).allowPrefixOnly(false).allowMask(false).allowWildcardedSeparator(false)
                .setRangeOptions(RangeParameters.NO_RANGE).allow_inet_aton(false).toParams();
    }
}
