package io.tappass.pipeline.pii;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;

/**
 * Check-digit and structure validators for the number-based PII entities. Every method takes the value with
 * separators already removed (digits / upper-case letters only) unless stated otherwise, never throws on bad input
 * and runs in time linear in its argument.
 *
 * <p>Facts used (algorithms are public standards; code written for TapPass): Luhn (ISO/IEC 7812), IBAN mod-97
 * and country lengths (ISO 13616 / SWIFT IBAN registry), US SSN allocation rules (SSA), UK NINO prefix rules
 * (HMRC NIM39110), NHS number mod 11 (NHS Data Dictionary), Dutch BSN "elfproef", Belgian national number mod 97,
 * German Steuer-IdNr (ISO 7064 MOD 11,10 and digit-repetition rule, BZSt), French NIR key (97 - n mod 97, INSEE),
 * Spanish DNI/NIE letter (n mod 23, Ministerio del Interior), Italian codice fiscale check letter (DM 12/03/1974),
 * Bitcoin Base58Check and BIP-173/BIP-350 bech32(m), Ethereum EIP-55.
 */
final class Checksums {

    private Checksums() {
    }

    // ---------------------------------------------------------------- cards

    /** Luhn check over an all-digit string. */
    static boolean luhn(CharSequence digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return digits.length() > 0 && sum % 10 == 0;
    }

    /**
     * The card network for an all-digit PAN by issuer prefix and length, or null if no known network issues such a
     * number (IIN ranges as published by the networks: Visa 4; Mastercard 51-55, 2221-2720; Amex 34/37; Diners
     * 300-305, 36, 38, 39; Discover 6011, 644-649, 65, 622126-622925; JCB 3528-3589 and legacy 1800/2131;
     * UnionPay 62; Maestro 50, 56-69; Mir 2200-2204; UATP 1 (15 digits)).
     */
    static String cardNetwork(CharSequence pan) {
        int n = pan.length();
        if (n < 12 || n > 19 || !allDigits(pan)) {
            return null;
        }
        int p1 = pan.charAt(0) - '0';
        int p2 = num(pan, 0, 2);
        int p3 = num(pan, 0, 3);
        int p4 = num(pan, 0, 4);
        int p6 = num(pan, 0, 6);
        if (p1 == 4 && (n == 13 || n == 16 || n == 19)) {
            return "visa";
        }
        if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n == 16) {
            return "mastercard";
        }
        if ((p2 == 34 || p2 == 37) && n == 15) {
            return "amex";
        }
        if (((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39) && n >= 14 && n <= 19) {
            return "diners";
        }
        if ((p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65 || (p6 >= 622126 && p6 <= 622925))
                && n >= 16 && n <= 19) {
            return "discover";
        }
        if (p4 >= 3500 && p4 <= 3599 && n >= 16 && n <= 19) { // JCB 3528-3589, widened to 35xx
            return "jcb";
        }
        if ((p4 == 1800 || p4 == 2131) && n == 15) {
            return "jcb";
        }
        if (p2 == 62 && n >= 16 && n <= 19) {
            return "unionpay";
        }
        if (p4 >= 2200 && p4 <= 2204 && n >= 16 && n <= 19) {
            return "mir";
        }
        if ((p2 == 50 || (p2 >= 56 && p2 <= 69)) && n >= 12 && n <= 19) {
            return "maestro";
        }
        if (p1 == 1 && n == 15) {
            return "uatp";
        }
        return null;
    }

    // ---------------------------------------------------------------- IBAN

    /** IBAN lengths per country (SWIFT IBAN registry). */
    static final Map<String, Integer> IBAN_LENGTHS = ibanLengths();

    private static Map<String, Integer> ibanLengths() {
        String spec = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27"
                + " DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22"
                + " IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20"
                + " MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24"
                + " SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30"
                // partner countries using French/other IBAN formats (IBAN-experimental registries)
                + " AO25 BF28 BJ28 CI28 CM27 CV25 DZ26 GA27 GQ27 GW25 IR26 KM27 MA28 MG27 ML28 MZ25 NE28 SN28 TD27"
                + " TG28 CF27 CG27 HT27 EH28"
                // territories using the French, Finnish or British format
                + " BL27 GF27 GP27 MF27 MQ27 NC27 PF27 PM27 RE27 TF27 WF27 YT27 AX18 IM22 GG22 JE22";
        Map<String, Integer> m = new java.util.HashMap<>();
        for (String s : spec.split(" ")) {
            if (!s.isEmpty()) {
                m.put(s.substring(0, 2), Integer.parseInt(s.substring(2)));
            }
        }
        return Map.copyOf(m);
    }

    /** {@link #IBAN_LENGTHS} by the two ASCII letters of the country code ('A'..'Z' at (a - 'A') * 26 + b - 'A'). */
    private static final byte[] IBAN_LENGTH_TABLE = ibanLengthTable();

    private static byte[] ibanLengthTable() {
        byte[] t = new byte[26 * 26];
        IBAN_LENGTHS.forEach((cc, len) -> t[(cc.charAt(0) - 'A') * 26 + cc.charAt(1) - 'A'] = (byte) (int) len);
        return t;
    }

    /**
     * The IBAN length of the country code {@code a b} (ASCII letters of either case), 0 when it is none: the same
     * as {@code IBAN_LENGTHS.get(("" + a + b).toUpperCase(Locale.ROOT))} for ASCII letters, without a string.
     */
    static int ibanLength(char a, char b) {
        int x = (a | 0x20) - 'a';
        int y = (b | 0x20) - 'a';
        if (a >= 128 || b >= 128 || x < 0 || x >= 26 || y < 0 || y >= 26) {
            return 0;
        }
        return IBAN_LENGTH_TABLE[x * 26 + y];
    }

    /** {@link #iban(String)} over the first {@code n} characters of {@code c} (the scanner's reused buffer). */
    static boolean iban(char[] c, int n) {
        if (n < 15 || n > 34) {
            return false;
        }
        if (c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' || IBAN_LENGTH_TABLE[(c[0] - 'A') * 26 + c[1] - 'A'] != n) {
            return false;
        }
        if (!Character.isDigit(c[2]) || !Character.isDigit(c[3])) {
            return false;
        }
        int rem = 0;
        for (int k = 0; k < n; k++) {
            char ch = c[(k + 4) % n];
            if (ch >= '0' && ch <= '9') {
                rem = (rem * 10 + (ch - '0')) % 97;
            } else if (ch >= 'A' && ch <= 'Z') {
                rem = (rem * 100 + (ch - 'A' + 10)) % 97;
            } else {
                return false;
            }
        }
        return rem == 1;
    }

    /** ISO 13616 mod-97 check over a compact upper-case IBAN (country length is checked too). */
    static boolean iban(String compact) {
        return iban(compact.toCharArray(), compact.length());
    }

    // ---------------------------------------------------------------- national ids

    /**
     * US SSN structure: area not 000, 666 or 900-999; group not 00; serial not 0000; and not one of the numbers
     * the SSA voided after public misuse (078-05-1120, 219-09-9999). The placeholder 123-45-6789 passes here and
     * gets a low score from the detector (it needs context).
     */
    static boolean usSsn(CharSequence d) {
        if (d.length() != 9 || !allDigits(d)) {
            return false;
        }
        int area = num(d, 0, 3);
        int group = num(d, 3, 5);
        int serial = num(d, 5, 9);
        if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) {
            return false;
        }
        if ((area == 78 && group == 5 && serial == 1120) || (area == 219 && group == 9 && serial == 9999)) {
            return false;
        }
        return !sameDigit(d);
    }

    /** UK National Insurance number (compact, upper case, with suffix letter A-D). */
    static boolean ukNino(String s) {
        if (s.length() != 9) {
            return false;
        }
        char a = s.charAt(0);
        char b = s.charAt(1);
        if (!isUpper(a) || !isUpper(b) || "DFIQUV".indexOf(a) >= 0 || "DFIOQUV".indexOf(b) >= 0) {
            return false;
        }
        String prefix = s.substring(0, 2);
        if (prefix.equals("BG") || prefix.equals("GB") || prefix.equals("NK") || prefix.equals("KN")
                || prefix.equals("TN") || prefix.equals("NT") || prefix.equals("ZZ")) {
            return false;
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        char suffix = s.charAt(8);
        return suffix >= 'A' && suffix <= 'D';
    }

    /** NHS number: 10 digits, mod 11 with weights 10..2; a remainder giving check 10 is invalid. */
    static boolean ukNhs(CharSequence d) {
        if (d.length() != 10 || !allDigits(d) || sameDigit(d)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (d.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == d.charAt(9) - '0';
    }

    /** Dutch BSN: 9 digits (8 are left-padded), 11-proof with weights 9..2 and -1. */
    static boolean nlBsn(CharSequence d) {
        int len = d.length();
        if ((len != 9 && len != 8) || !allDigits(d) || sameDigit(d)) {
            return false;
        }
        int pad = 9 - len; // an 8-digit BSN is read with a leading 0
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int digit = i < pad ? 0 : d.charAt(i - pad) - '0';
            sum += digit * (9 - i);
        }
        sum -= d.charAt(len - 1) - '0';
        return sum % 11 == 0 && sum > 0;
    }

    /**
     * Belgian national register number: YYMMDD SSS CC where CC = 97 - (YYMMDDSSS mod 97), or with a "2" prefixed
     * for people born from 2000. Month may be 0 (unknown) or +20/+40 (bis numbers).
     */
    static boolean beNationalNumber(CharSequence d) {
        if (d.length() != 11 || !allDigits(d) || sameDigit(d)) {
            return false;
        }
        int month = num(d, 2, 4) % 20;
        int day = num(d, 4, 6);
        if (month > 12 || day > 31) {
            return false;
        }
        long base = 0;
        for (int i = 0; i < 9; i++) {
            base = base * 10 + (d.charAt(i) - '0');
        }
        int check = num(d, 9, 11);
        return 97 - (int) (base % 97) == check || 97 - (int) ((2_000_000_000L + base) % 97) == check;
    }

    /**
     * German tax identification number (Steuer-IdNr): 11 digits, no leading 0; no digit more than three times among
     * the first ten (the issuing rule is stricter: exactly one digit repeated, but published test numbers such as
     * 12345678903 ignore it, so it is not enforced); check digit by ISO 7064 MOD 11,10.
     */
    static boolean deTaxId(CharSequence d) {
        if (d.length() != 11 || !allDigits(d) || d.charAt(0) == '0') {
            return false;
        }
        long counts = 0; // four bits per digit value (a count is at most 10)
        for (int i = 0; i < 10; i++) {
            counts += 1L << (4 * (d.charAt(i) - '0'));
        }
        for (int k = 0; k < 10; k++) {
            if (((counts >>> (4 * k)) & 15) > 3) {
                return false;
            }
        }
        for (int i = 0; i + 2 < 10; i++) {
            if (d.charAt(i) == d.charAt(i + 1) && d.charAt(i) == d.charAt(i + 2)) {
                return false;
            }
        }
        int product = 10;
        for (int i = 0; i < 10; i++) {
            int sum = (d.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (sum * 2) % 11;
        }
        int check = 11 - product;
        if (check == 10) {
            check = 0;
        }
        return check == d.charAt(10) - '0';
    }

    /**
     * French social security number (NIR): 15 characters, sex 1/2 (3,4,7,8 for provisional numbers), year, month
     * 01-12 or 20-42/50-99 (unknown), department (2A/2B for Corsica), commune, order, and key = 97 - (n mod 97).
     */
    static boolean frNir(CharSequence cs) {
        if (cs.length() != 15) {
            return false;
        }
        if (allDigits(cs)) {
            int month = num(cs, 3, 5);
            if ("123478".indexOf(cs.charAt(0)) < 0 || month == 0 || (month > 12 && month < 20)
                    || (month > 42 && month < 50)) {
                return false;
            }
            long n = 0;
            for (int i = 0; i < 13; i++) {
                n = n * 10 + (cs.charAt(i) - '0');
            }
            return 97 - (int) (n % 97) == num(cs, 13, 15);
        }
        String s = cs.toString().toUpperCase(Locale.ROOT);
        char sex = s.charAt(0);
        if ("123478".indexOf(sex) < 0) {
            return false;
        }
        String body = s.substring(0, 13);
        if (body.charAt(5) == '2' && (body.charAt(6) == 'A' || body.charAt(6) == 'B')) {
            // Corsica: for the key, department 2A reads as 19 and 2B as 18 (INSEE)
            body = body.substring(0, 5) + (body.charAt(6) == 'A' ? "19" : "18") + body.substring(7);
            s = body + s.substring(13);
        }
        if (!allDigits(s)) {
            return false;
        }
        int month = Integer.parseInt(s.substring(3, 5));
        if (month == 0 || (month > 12 && month < 20) || (month > 42 && month < 50)) {
            return false;
        }
        long n = Long.parseLong(s.substring(0, 13));
        return 97 - (int) (n % 97) == Integer.parseInt(s.substring(13));
    }

    private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    /** Spanish DNI (7-8 digits + letter) or NIE (X/Y/Z + 7 digits + letter); compact and upper case. */
    static boolean esDniNie(String s) {
        int n = s.length();
        if (n < 8 || n > 9) {
            return false;
        }
        char letter = s.charAt(n - 1);
        if (!isUpper(letter)) {
            return false;
        }
        String num = s.substring(0, n - 1);
        char first = num.charAt(0);
        if (first == 'X' || first == 'Y' || first == 'Z') {
            if (num.length() != 8) {
                return false;
            }
            num = (char) ('0' + (first - 'X')) + num.substring(1);
        }
        if (!allDigits(num)) {
            return false;
        }
        long v = Long.parseLong(num);
        return v > 0 && DNI_LETTERS.charAt((int) (v % 23)) == letter;
    }

    private static final int[] CF_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
        10, 22, 25, 24, 23};

    /** Italian codice fiscale (16 chars, upper case) including omocodia substitutions and the check letter. */
    static boolean itFiscalCode(String s) {
        if (s.length() != 16) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (!isUpper(s.charAt(i))) {
                return false;
            }
        }
        // positions 6,7 year; 9,10 day; 12,13,14 town code digits - digits or omocodia letters
        int[] numericPos = {6, 7, 9, 10, 12, 13, 14};
        for (int p : numericPos) {
            char c = s.charAt(p);
            if (!Character.isDigit(c) && "LMNPQRSTUV".indexOf(c) < 0) {
                return false;
            }
        }
        if ("ABCDEHLMPRST".indexOf(s.charAt(8)) < 0 || !isUpper(s.charAt(11)) || !isUpper(s.charAt(15))) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = s.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A';
            if (i % 2 == 0) { // odd position (1-based)
                sum += CF_ODD[v];
            } else {
                sum += v;
            }
        }
        return (char) ('A' + sum % 26) == s.charAt(15);
    }

    // ---------------------------------------------------------------- crypto

    /** Bitcoin legacy address (Base58Check, version 0x00 or 0x05, 25 bytes, double SHA-256 checksum). */
    static boolean btcBase58(String s) {
        if (s.length() < 26 || s.length() > 35 || (s.charAt(0) != '1' && s.charAt(0) != '3')) {
            return false;
        }
        byte[] payload = io.tappass.pipeline.internal.Base58Check.decode(s, 0, s.length());
        return payload != null && payload.length == 21 && (payload[0] == 0x00 || payload[0] == 0x05);
    }

    private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    /** Bitcoin segwit address (bech32 for v0, bech32m for v1+), hrp {@code bc} or {@code tb}; case-consistent. */
    static boolean btcBech32(String s) {
        if (s.length() < 14 || s.length() > 90) {
            return false;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (!s.equals(lower) && !s.equals(s.toUpperCase(Locale.ROOT))) {
            return false;
        }
        int sep = lower.lastIndexOf('1');
        if (sep < 1 || sep + 7 > lower.length()) {
            return false;
        }
        String hrp = lower.substring(0, sep);
        if (!hrp.equals("bc") && !hrp.equals("tb")) {
            return false;
        }
        int[] data = new int[lower.length() - sep - 1];
        for (int i = 0; i < data.length; i++) {
            int d = BECH32.indexOf(lower.charAt(sep + 1 + i));
            if (d < 0) {
                return false;
            }
            data[i] = d;
        }
        int chk = 1;
        for (int i = 0; i < hrp.length(); i++) {
            chk = polymod(chk, hrp.charAt(i) >> 5);
        }
        chk = polymod(chk, 0);
        for (int i = 0; i < hrp.length(); i++) {
            chk = polymod(chk, hrp.charAt(i) & 31);
        }
        for (int d : data) {
            chk = polymod(chk, d);
        }
        int version = data[0];
        if (version == 0) {
            return chk == 1 && (data.length - 7 == 32 || data.length - 7 == 52);
        }
        return version <= 16 && chk == 0x2bc830a3;
    }

    private static int polymod(int chk, int value) {
        int top = chk >>> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ value;
        int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
        for (int i = 0; i < 5; i++) {
            if (((top >> i) & 1) != 0) {
                chk ^= gen[i];
            }
        }
        return chk;
    }

    /**
     * Ethereum address checksum (EIP-55) for {@code 0x} + 40 hex. Returns 2 when the mixed-case checksum is valid,
     * 1 when the address is all lower or all upper case (no checksum to verify), 0 when invalid.
     */
    static int ethAddress(String s) {
        if (s.length() != 42 || s.charAt(0) != '0' || (s.charAt(1) != 'x' && s.charAt(1) != 'X')) {
            return 0;
        }
        String hex = s.substring(2);
        boolean hasLower = false;
        boolean hasUpper = false;
        for (int i = 0; i < 40; i++) {
            char c = hex.charAt(i);
            if (c >= 'a' && c <= 'f') {
                hasLower = true;
            } else if (c >= 'A' && c <= 'F') {
                hasUpper = true;
            } else if (c < '0' || c > '9') {
                return 0;
            }
        }
        if (!(hasLower && hasUpper)) {
            return 1;
        }
        byte[] hash = Keccak.keccak256(hex.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 40; i++) {
            char c = hex.charAt(i);
            if (Character.isLetter(c)) {
                int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
                boolean upper = c <= 'F';
                if ((nibble >= 8) != upper) {
                    return 0;
                }
            }
        }
        return 2;
    }

    // ---------------------------------------------------------------- helpers

    static byte[] sha256(byte[] in) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(in);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** The decimal value of the digits s[from, to) (callers ensure they are digits). */
    static int num(CharSequence s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    static boolean allDigits(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return s.length() > 0;
    }

    static boolean sameDigit(CharSequence s) {
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) != s.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
