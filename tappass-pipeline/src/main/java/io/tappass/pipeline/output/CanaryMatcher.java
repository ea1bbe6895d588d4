package io.tappass.pipeline.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a known canary token in an answer that spelled it out differently: upper case, letters separated by
 * blanks, hyphens or invisible characters, split into groups, without its prefix, or only in part. The answer's
 * letters and digits are compared, lower-cased, with everything else skipped. A leak is the whole token or its
 * 16-character body; a partial leak is the prefix with at least 8 body characters, or any 10 consecutive body
 * characters (32 letters and digits to the power 10 is far beyond coincidence). Linear in the answer's length.
 */
final class CanaryMatcher {

    /** Consecutive body characters that make a partial leak. */
    static final int PARTIAL = 10;

    /** A match: span [start, end) in the answer, and whether the whole body was found. */
    record Hit(int start, int end, boolean whole) {
    }

    private CanaryMatcher() {
    }

    static List<Hit> find(String answer, String token) {
        List<Hit> out = new ArrayList<>(0);
        if (token == null || !token.startsWith(Canary.PREFIX) || token.length() < Canary.PREFIX.length() + PARTIAL) {
            return out;
        }
        String body = token.substring(Canary.PREFIX.length()).toLowerCase(java.util.Locale.ROOT);
        String prefix = Canary.PREFIX.substring(0, Canary.PREFIX.length() - 1); // "tpc", its letters only
        StringBuilder compact = new StringBuilder(Math.min(answer.length(), 1 << 16));
        for (int i = 0; i < answer.length(); i++) {
            char c = answer.charAt(i);
            if (c < 0x80 ? (c >= '0' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z')
                    : Character.isLetterOrDigit(c)) {
                compact.append(Character.toLowerCase(c));
            }
        }
        String s = compact.toString();
        Cursor cursor = new Cursor();
        // the needles: the body, the prefix with 8 body characters, every 10-character piece of the body; the next
        // occurrence of each is searched again only once the scan has passed it, so the answer is read a bounded
        // number of times whatever the number of hits
        String[] needles = new String[2 + body.length() - PARTIAL + 1];
        needles[0] = body;
        needles[1] = prefix + body.substring(0, 8);
        for (int k = 0; k + PARTIAL <= body.length(); k++) {
            needles[2 + k] = body.substring(k, k + PARTIAL);
        }
        int[] next = new int[needles.length];
        java.util.Arrays.fill(next, -2);
        int from = 0;
        while (from < s.length()) {
            int pick = -1;
            for (int k = 0; k < needles.length; k++) {
                if (next[k] != -1 && next[k] < from) {
                    next[k] = s.indexOf(needles[k], from);
                }
                // earliest start wins; at equal starts the longer (earlier-listed) needle
                if (next[k] >= 0 && (pick < 0 || next[k] < next[pick])) {
                    pick = k;
                }
            }
            if (pick < 0) {
                break;
            }
            if (pick != 0 && next[0] >= 0 && next[0] < next[pick] + needles[pick].length()) {
                pick = 0; // the whole body overlaps this piece: report the whole
            }
            int at = next[pick];
            int len = needles[pick].length();
            boolean whole = pick == 0;
            if (whole && at >= prefix.length() && s.startsWith(prefix, at - prefix.length())) {
                at -= prefix.length();
                len += prefix.length();
            }
            int start = cursor.advance(answer, at);
            out.add(new Hit(start, cursor.advance(answer, at + len - 1) + 1, whole));
            from = at + len;
        }
        return out;
    }

    /** Maps compact indexes (increasing) to answer offsets, walking the answer once. */
    private static final class Cursor {
        int pos = -1;
        int seen = -1;

        int advance(String answer, int k) {
            while (seen < k && pos + 1 < answer.length()) {
                pos++;
                char c = answer.charAt(pos);
                if (c < 0x80 ? (c >= '0' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z')
                        : Character.isLetterOrDigit(c)) {
                    seen++;
                }
            }
            return pos;
        }
    }
}
