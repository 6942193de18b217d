package org.copydesk.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The SSRF guard: only http and https URLs, and (unless private addresses are allowed) only hosts whose every
 * address is public: no loopback, any-local, link-local, site-local (10/8, 172.16/12, 192.168/16), unique-local
 * IPv6 (fc00::/7), carrier-grade NAT (100.64/10) or multicast address. The host is resolved here and again by the
 * HTTP client, so a DNS answer that changes in between (rebinding) is not caught.
 */
public final class AddressGuard {
    private final boolean allowPrivate;

    AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    void check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(uri + ": refused: only http and https URLs are fetched", false);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchException(uri + ": refused: no host", false);
        }
        if (uri.getUserInfo() != null) {
            throw new FetchException(uri + ": refused: URLs with user information are not fetched", false);
        }
        if (allowPrivate) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new FetchException(uri + ": unknown host " + host, true);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new FetchException(uri + ": refused: " + host + " resolves to the non-public address "
                        + address.getHostAddress() + " (allow_private_addresses is false)", false);
            }
        }
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return false; // fc00::/7 unique local
            }
            boolean v4Mapped = true;
            for (int i = 0; i < 10; i++) {
                v4Mapped &= b[i] == 0;
            }
            if (v4Mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return true;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0 && !(first == 100 && second >= 64 && second < 128) && first < 224;
    }
}
