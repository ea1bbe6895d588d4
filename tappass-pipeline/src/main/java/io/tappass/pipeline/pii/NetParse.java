package io.tappass.pipeline.pii;

/** Allocation-light parsers for IP and MAC addresses (RFC 791 dotted quad, RFC 4291 text form, IEEE 802 MAC). */
final class NetParse {

    private NetParse() {
    }

    /** The length of a dotted-quad IPv4 address at {@code from}, or 0. */
    static int ipv4Prefix(String s, int from) {
        int p = from;
        for (int octet = 0; octet < 4; octet++) {
            if (octet > 0) {
                if (p >= s.length() || s.charAt(p) != '.') {
                    return 0;
                }
                p++;
            }
            int q = p;
            int v = 0;
            while (q < s.length() && q - p < 4 && PiiDetector.isDigit(s.charAt(q))) {
                v = v * 10 + (s.charAt(q) - '0');
                q++;
            }
            if (q == p || q - p > 3 || v > 255) {
                return 0;
            }
            p = q;
        }
        if (p < s.length() && (PiiDetector.isDigit(s.charAt(p)) || (s.charAt(p) == '.' && p + 1 < s.length()
                && PiiDetector.isDigit(s.charAt(p + 1))))) {
            return 0;
        }
        return p - from;
    }

    /** The length of a "/n" prefix-length suffix (n <= max) at the start of s when s is exactly that, else -1. */
    static int prefixLength(String s, int max) {
        if (s.length() < 2 || s.length() > 4 || s.charAt(0) != '/') {
            return -1;
        }
        int v = 0;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!PiiDetector.isDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v <= max ? s.length() : -1;
    }

    static boolean allOctetsSingleDigit(String ip) {
        for (int i = 1; i < ip.length(); i++) {
            if (ip.charAt(i) != '.' && ip.charAt(i - 1) != '.') {
                return false; // two characters of one octet
            }
        }
        return true;
    }

    /** The number of explicit groups of a valid IPv6 address (1..8), or 0 if invalid. */
    static int ipv6(String s) {
        if (s.length() < 2 || s.length() > 45) {
            return 0;
        }
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
            return 0;
        }
        int groups = 0;
        int i = 0;
        int n = s.length();
        if (s.startsWith("::")) {
            i = 2;
        } else if (s.charAt(0) == ':') {
            return 0;
        }
        while (i < n) {
            int q = i;
            while (q < n && PiiDetector.isHex(s.charAt(q)) && q - i < 5) {
                q++;
            }
            if (q < n && s.charAt(q) == '.') {
                // embedded IPv4 at the end
                int v4 = ipv4Prefix(s, i);
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
        String hex;
        if (s.length() == 17) {
            char sep = s.charAt(2);
            if (sep != ':' && sep != '-') {
                return false;
            }
            StringBuilder h = new StringBuilder(12);
            for (int i = 0; i < 17; i++) {
                char c = s.charAt(i);
                if (i % 3 == 2) {
                    if (c != sep) {
                        return false;
                    }
                } else if (!PiiDetector.isHex(c)) {
                    return false;
                } else {
                    h.append(c);
                }
            }
            hex = h.toString();
        } else if (s.length() == 14 && s.charAt(4) == '.' && s.charAt(9) == '.') {
            hex = s.substring(0, 4) + s.substring(5, 9) + s.substring(10);
            for (int i = 0; i < 12; i++) {
                if (!PiiDetector.isHex(hex.charAt(i))) {
                    return false;
                }
            }
        } else {
            return false;
        }
        String up = hex.toUpperCase(java.util.Locale.ROOT);
        return !up.equals("000000000000") && !up.equals("FFFFFFFFFFFF");
    }
}
