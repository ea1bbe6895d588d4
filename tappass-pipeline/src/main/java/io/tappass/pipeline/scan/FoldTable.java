package io.tappass.pipeline.scan;

import java.util.Locale;

/**
 * Precomputed folding of non-ASCII code points to lower-case ASCII-ish text: NFKD with combining marks dropped,
 * plus Cyrillic/Greek/enclosed-letter confusables. Built once at class initialisation (about 14 000 code points).
 */
final class FoldTable {

    private static final int[][] RANGES = {
        {0x80, 0x2FFF}, {0xFB00, 0xFB4F}, {0xFF00, 0xFFEF}, {0x1D400, 0x1D7FF}, {0x1F100, 0x1F1FF}
    };
    private static final String[][] TABLES = new String[RANGES.length][];
    private static final boolean[][] CONFUSABLE = new boolean[RANGES.length][];
    private static final String KEEP = new String("keep");

    // Look-alikes of Latin letters (visual confusables; Unicode TR39 lists these among many others).
    private static final String CONFUSABLES =
        // Cyrillic capitals and small letters
        "АaВbЕeКkМmНhОoРpСcТtУyХxЅsІiЈjЁeЇiҮyԚqԜwӀl"
        + "аaвbеeкkмmнhоoрpсcтtуyхxѕsіiјjёeїiүyԛqԝwӏlһhԁdьbпnгrѵvҽeҡk"
        // Greek capitals and small letters
        + "ΑaΒbΕeΖzΗhΙiΚkΜmΝnΟoΡpΤtΥyΧxϹcϺm"
        + "αaβbγyεeζzηnιiκkνvοoρpτtυuχxωwϲcϳjμuσoςc"
        // Latin look-alikes outside ASCII
        + "ıiȷjɡgɑaꞵbɩiʟlɴnʀrʏyꜱsᴀaʙbᴄcᴅdᴇeꜰfɢgʜhɪiᴊjᴋkᴍmɴnᴏoᴘpʀrᴛtᴜuᴠvᴡwʏyᴢz"
        // Typographic quotes and dashes
        + "\u2018'\u2019'\u201A'\u201B'\u2032'\u201C\"\u201D\"\u201E\"\u2033\"\u2010-\u2011-\u2012-\u2013-\u2014-\u2015-\u2212-";

    static {
        java.util.Map<Integer, Character> conf = new java.util.HashMap<>();
        for (int i = 0; i < CONFUSABLES.length(); i += 2) {
            conf.put((int) CONFUSABLES.charAt(i), CONFUSABLES.charAt(i + 1));
        }
        for (int r = 0; r < RANGES.length; r++) {
            int lo = RANGES[r][0];
            int hi = RANGES[r][1];
            String[] t = new String[hi - lo + 1];
            boolean[] c = new boolean[hi - lo + 1];
            for (int cp = lo; cp <= hi; cp++) {
                String f = compute(cp, conf);
                t[cp - lo] = f;
                c[cp - lo] = f != null && f != KEEP && isConfusableSource(cp);
            }
            TABLES[r] = t;
            CONFUSABLE[r] = c;
        }
    }

    private FoldTable() {
    }

    private static boolean isConfusableSource(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.CYRILLIC || s == Character.UnicodeScript.GREEK
                || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x1D400 && cp <= 0x1D7FF)
                || (cp >= 0x1F100 && cp <= 0x1F1FF) || (cp >= 0x2460 && cp <= 0x24FF);
    }

    private static String compute(int cp, java.util.Map<Integer, Character> conf) {
        if (!Character.isDefined(cp)) {
            return KEEP;
        }
        Character direct = conf.get(cp);
        if (direct != null) {
            return String.valueOf(direct);
        }
        // Negative circled / negative squared / regional-indicator letters have no decomposition.
        if (cp >= 0x1F150 && cp <= 0x1F169) {
            return String.valueOf((char) ('a' + cp - 0x1F150));
        }
        if (cp >= 0x1F170 && cp <= 0x1F189) {
            return String.valueOf((char) ('a' + cp - 0x1F170));
        }
        if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
            return String.valueOf((char) ('a' + cp - 0x1F1E6));
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return "";
        }
        String d = java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); ) {
            int c = d.codePointAt(i);
            i += Character.charCount(c);
            int t = Character.getType(c);
            if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK) {
                continue;
            }
            Character cc = conf.get(c);
            if (cc != null) {
                sb.append(cc.charValue());
            } else {
                sb.appendCodePoint(Character.toLowerCase(c));
            }
        }
        String s = sb.toString();
        String plainLower = new String(Character.toChars(Character.toLowerCase(cp)));
        if (s.equals(plainLower)) {
            return KEEP;
        }
        // Typographic quotes and dashes to ASCII.
        return s.toLowerCase(Locale.ROOT);
    }

    /** The folded form of {@code cp}, or null when the code point is kept as is (lower-cased). */
    static String fold(int cp) {
        for (int r = 0; r < RANGES.length; r++) {
            if (cp >= RANGES[r][0] && cp <= RANGES[r][1]) {
                String s = TABLES[r][cp - RANGES[r][0]];
                if (s == KEEP) {
                    return null;
                }
                return s;
            }
            if (cp < RANGES[r][0]) {
                break;
            }
        }
        return null;
    }

    /** Whether {@code cp} was folded from a look-alike script. */
    static boolean isConfusable(int cp) {
        for (int r = 0; r < RANGES.length; r++) {
            if (cp >= RANGES[r][0] && cp <= RANGES[r][1]) {
                return CONFUSABLE[r][cp - RANGES[r][0]];
            }
        }
        return false;
    }
}
