package io.tappass.pipeline.pii;

/**
 * Allocation-free parsers for IP and MAC addresses (RFC 791 dotted quad, RFC 4291 text form, IEEE 802 MAC). Each
 * parser reads the range [from, to) of a string in place (the one-argument forms read the whole string).
 */
final class NetParse {

    private NetParse() {
    }

    /** The length of a dotted-quad IPv4 address at {@code from}, or 0. */
    static int ipv4Prefix(String s, int from) {
        return ipv4Prefix(s, from, s.length());
    }

    /** The length of a dotted-quad IPv4 address at {@code from} within [from, to), or 0. */
    static int ipv4Prefix(String s, int from, int to) {
        int p = from;
        for (int octet = 0; octet < 4; octet++) {
            if (octet > 0) {
                if (p >= to || s.charAt(p) != '.') {
                    return 0;
                }
                p++;
            }
            int q = p;
            int v = 0;
            while (q < to && q - p < 4 && PiiDetector.isDigit(s.charAt(q))) {
                v = v * 10 + (s.charAt(q) - '0');
                q++;
            }
            if (q == p || q - p > 3 || v > 255) {
                return 0;
            }
            p = q;
        }
        if (p < to && (PiiDetector.isDigit(s.charAt(p)) || (s.charAt(p) == '.' && p + 1 < to
                && PiiDetector.isDigit(s.charAt(p + 1))))) {
            return 0;
        }
        return p - from;
    }

    /** The length of a "/n" prefix-length suffix (n <= max) at the start of s when s is exactly that, else -1. */
    static int prefixLength(String s, int max) {
        return prefixLength(s, 0, s.length(), max);
    }

    /** The length of a "/n" prefix-length suffix (n <= max) when [from, to) is exactly that, else -1. */
    static int prefixLength(String s, int from, int to, int max) {
        int len = to - from;
        if (len < 2 || len > 4 || s.charAt(from) != '/') {
            return -1;
        }
        int v = 0;
        for (int i = from + 1; i < to; i++) {
            char c = s.charAt(i);
            if (!PiiDetector.isDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v <= max ? len : -1;
    }

    static boolean allOctetsSingleDigit(String ip) {
        return allOctetsSingleDigit(ip, 0, ip.length());
    }

    /** Whether no octet of the dotted quad [from, to) has two characters. */
    static boolean allOctetsSingleDigit(String s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (s.charAt(i) != '.' && s.charAt(i - 1) != '.') {
                return false; // two characters of one octet
            }
        }
        return true;
    }

    /** The number of explicit groups of a valid IPv6 address (1..8), or 0 if invalid. */
    static int ipv6(String s) {
        return ipv6(s, 0, s.length());
    }

    /** The index of the first "::" in [from, to), or -1. */
    private static int doubleColon(String s, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (s.charAt(i) == ':' && s.charAt(i + 1) == ':') {
                return i;
            }
        }
        return -1;
    }

    /** The number of explicit groups of [from, to) as a valid IPv6 address (1..8), or 0 if invalid. */
    static int ipv6(String s, int from, int to) {
        if (to - from < 2 || to - from > 45) {
            return 0;
        }
        int dbl = doubleColon(s, from, to);
        if (dbl >= 0 && doubleColon(s, dbl + 1, to) >= 0) {
            return 0;
        }
        int groups = 0;
        int i = from;
        int n = to;
        if (dbl == from) {
            i = from + 2;
        } else if (s.charAt(from) == ':') {
            return 0;
        }
        while (i < n) {
            int q = i;
            while (q < n && PiiDetector.isHex(s.charAt(q)) && q - i < 5) {
                q++;
            }
            if (q < n && s.charAt(q) == '.') {
                // embedded IPv4 at the end
                int v4 = ipv4Prefix(s, i, n);
                if (v4 == 0 || i + v4 != n) {
                    return 0;
                }
                groups += 2;
                i = n;
                break;
            }
            if (q == i || q - i > 4) {
                return 0;
            }
            groups++;
            i = q;
            if (i == n) {
                break;
            }
            if (s.charAt(i) != ':') {
                return 0;
            }
            i++;
            if (i < n && s.charAt(i) == ':') {
                i++;
            } else if (i == n) {
                return 0;
            }
        }
        if (dbl >= 0 ? groups > 7 : groups != 8) {
            return 0;
        }
        return dbl >= 0 && groups == 0 ? 1 : groups;
    }

    /** A MAC address: six hex pairs separated by one consistent ':' or '-', or Cisco's xxxx.xxxx.xxxx. */
    static boolean mac(String s) {
        return mac(s, 0, s.length());
    }

    /** Whether [from, to) is a MAC address (see {@link #mac(String)}). */
    static boolean mac(String s, int from, int to) {
        int len = to - from;
        boolean zeros = true;
        boolean ones = true;
        if (len == 17) {
            char sep = s.charAt(from + 2);
            if (sep != ':' && sep != '-') {
                return false;
            }
            for (int i = 0; i < 17; i++) {
                char c = s.charAt(from + i);
                if (i % 3 == 2) {
                    if (c != sep) {
                        return false;
                    }
                } else if (!PiiDetector.isHex(c)) {
                    return false;
                } else {
                    zeros &= c == '0';
                    ones &= c == 'f' || c == 'F';
                }
            }
        } else if (len == 14 && s.charAt(from + 4) == '.' && s.charAt(from + 9) == '.') {
            for (int i = 0; i < 14; i++) {
                if (i == 4 || i == 9) {
                    continue;
                }
                char c = s.charAt(from + i);
                if (!PiiDetector.isHex(c)) {
                    return false;
                }
                zeros &= c == '0';
                ones &= c == 'f' || c == 'F';
            }
        } else {
            return false;
        }
        return !zeros && !ones; // not 00:00:00:00:00:00 nor FF:FF:FF:FF:FF:FF
    }
}
