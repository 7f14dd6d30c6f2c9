package io.brandbridge.defaults.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Tells addresses on the public internet from the ones an outbound call must never reach: loopback,
 * private and shared ranges, link-local (with the cloud metadata address 169.254.169.254), multicast,
 * broadcast, documentation and reserved ranges, and IPv6 forms that carry an IPv4 address inside.
 */
final class PublicAddresses {

    private PublicAddresses() {
    }

    static boolean isPublic(InetAddress address) {
        if (address instanceof Inet4Address v4) {
            return isPublicV4(v4.getAddress());
        }
        if (address instanceof Inet6Address v6) {
            return isPublicV6(v6.getAddress());
        }
        return false;
    }

    private static boolean isPublicV4(byte[] a) {
        int b0 = a[0] & 0xFF;
        int b1 = a[1] & 0xFF;
        int b2 = a[2] & 0xFF;
        return !(b0 == 0                                   // 0.0.0.0/8 "this network"
                || b0 == 10                                // 10/8 private
                || b0 == 100 && (b1 & 0xC0) == 64          // 100.64/10 carrier-grade NAT
                || b0 == 127                               // loopback
                || b0 == 169 && b1 == 254                  // link-local, cloud metadata
                || b0 == 172 && (b1 & 0xF0) == 16          // 172.16/12 private
                || b0 == 192 && b1 == 0 && (b2 == 0 || b2 == 2)     // IETF assignments, TEST-NET-1
                || b0 == 192 && b1 == 88 && b2 == 99       // 6to4 relay anycast
                || b0 == 192 && b1 == 168                  // 192.168/16 private
                || b0 == 198 && (b1 & 0xFE) == 18          // 198.18/15 benchmarking
                || b0 == 198 && b1 == 51 && b2 == 100      // TEST-NET-2
                || b0 == 203 && b1 == 0 && b2 == 113       // TEST-NET-3
                || b0 >= 224);                             // multicast, reserved, broadcast
    }

    /** Only global unicast 2000::/3 is public, less the ranges that tunnel or document. */
    private static boolean isPublicV6(byte[] a) {
        int w0 = ((a[0] & 0xFF) << 8) | (a[1] & 0xFF);
        int w1 = ((a[2] & 0xFF) << 8) | (a[3] & 0xFF);
        if ((w0 & 0xE000) != 0x2000) {
            // Loopback, unspecified, IPv4-compatible and -mapped, NAT64, ULA fc00::/7, link-local fe80::/10, multicast.
            return false;
        }
        return !(w0 == 0x2001 && w1 < 0x0200               // 2001::/23 IETF assignments, Teredo
                || w0 == 0x2001 && w1 == 0x0db8            // documentation
                || w0 == 0x2002);                          // 6to4 carries an IPv4 address
    }
}
