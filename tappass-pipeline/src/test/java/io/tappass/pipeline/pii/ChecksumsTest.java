package io.tappass.pipeline.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every validator with valid and invalid examples (public documented examples or check digits computed here). */
class ChecksumsTest {

    @Test
    void luhnAndIssuer() {
        // test PANs published by the card networks
        assertThat(Checksums.luhn("4111111111111111")).isTrue();
        assertThat(Checksums.luhn("4111111111111112")).isFalse();
        assertThat(Checksums.cardNetwork("4111111111111111")).isEqualTo("visa");
        assertThat(Checksums.cardNetwork("5555555555554444")).isEqualTo("mastercard");
        assertThat(Checksums.cardNetwork("2223003122003222")).isEqualTo("mastercard");
        assertThat(Checksums.cardNetwork("378282246310005")).isEqualTo("amex");
        assertThat(Checksums.luhn("378282246310005")).isTrue();
        assertThat(Checksums.cardNetwork("6011111111111117")).isEqualTo("discover");
        assertThat(Checksums.cardNetwork("3530111333300000")).isEqualTo("jcb");
        assertThat(Checksums.cardNetwork("30569309025904")).isEqualTo("diners");
        assertThat(Checksums.cardNetwork("9111111111111111")).isNull(); // no network issues 9...
        assertThat(Checksums.cardNetwork("37828224631000")).isNull(); // amex must have 15 digits
        assertThat(Checksums.cardNetwork("12345678901")).isNull(); // too short
    }

    @Test
    void iban() {
        assertThat(Checksums.iban("GB82WEST12345698765432")).isTrue(); // ECBS example
        assertThat(Checksums.iban("DE89370400440532013000")).isTrue();
        assertThat(Checksums.iban("NL91ABNA0417164300")).isTrue();
        assertThat(Checksums.iban("GB82WEST12345698765433")).isFalse(); // check fails
        assertThat(Checksums.iban("DE8937040044053201300")).isFalse(); // DE needs 22
        assertThat(Checksums.iban("XX82WEST12345698765432")).isFalse(); // unknown country
        assertThat(Checksums.iban("GB82WEST1234569876543!")).isFalse();
        // a computed one: BE with check digits from mod 97
        String bban = "539007547034";
        String rearranged = bban + "1114" + "00"; // B=11, E=14
        int check = 98 - new java.math.BigInteger(rearranged).mod(java.math.BigInteger.valueOf(97)).intValue();
        assertThat(Checksums.iban(String.format("BE%02d%s", check, bban))).isTrue();
        assertThat(Checksums.iban(String.format("BE%02d%s", (check + 1) % 100, bban))).isFalse();
    }

    @Test
    void usSsn() {
        assertThat(Checksums.usSsn("536228726")).isTrue();
        assertThat(Checksums.usSsn("000228726")).isFalse(); // area 000
        assertThat(Checksums.usSsn("666228726")).isFalse(); // area 666
        assertThat(Checksums.usSsn("936228726")).isFalse(); // area 9xx
        assertThat(Checksums.usSsn("536008726")).isFalse(); // group 00
        assertThat(Checksums.usSsn("536220000")).isFalse(); // serial 0000
        assertThat(Checksums.usSsn("078051120")).isFalse(); // voided Woolworth number
        assertThat(Checksums.usSsn("123456789")).isTrue(); // placeholder: structurally valid, scored low
        assertThat(Checksums.usSsn("53622872")).isFalse(); // 8 digits
    }

    @Test
    void ukNino() {
        assertThat(Checksums.ukNino("AB123456C")).isTrue();
        assertThat(Checksums.ukNino("QQ123456C")).isFalse(); // Q not allowed first
        assertThat(Checksums.ukNino("AO123456C")).isFalse(); // O not allowed second
        assertThat(Checksums.ukNino("BG123456A")).isFalse(); // unallocated prefix
        assertThat(Checksums.ukNino("AB123456E")).isFalse(); // suffix A-D only
        assertThat(Checksums.ukNino("AB12345C")).isFalse();
    }

    static String nhsWithCheck(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int c = 11 - sum % 11;
        return c == 10 ? null : nine + (c == 11 ? 0 : c);
    }

    @Test
    void ukNhs() {
        assertThat(Checksums.ukNhs("9434765919")).isTrue(); // NHS Digital's documented example
        assertThat(Checksums.ukNhs("9434765918")).isFalse();
        String computed = nhsWithCheck("401023213");
        assertThat(computed).isNotNull();
        assertThat(Checksums.ukNhs(computed)).isTrue();
        assertThat(Checksums.ukNhs("1111111111")).isFalse();
    }

    @Test
    void nlBsn() {
        assertThat(Checksums.nlBsn("111222333")).isTrue();
        assertThat(Checksums.nlBsn("123456782")).isTrue();
        assertThat(Checksums.nlBsn("123456789")).isFalse();
        assertThat(Checksums.nlBsn("12345678")).isFalse();
        assertThat(Checksums.nlBsn("000000000")).isFalse();
    }

    @Test
    void beNationalNumber() {
        String base = "850730033";
        int check = 97 - (int) (Long.parseLong(base) % 97);
        assertThat(Checksums.beNationalNumber(base + String.format("%02d", check))).isTrue();
        assertThat(Checksums.beNationalNumber(base + String.format("%02d", (check % 96) + 1))).isFalse();
        String base2000 = "010203123"; // born 2001: the check is computed over "2" + base
        int check2000 = 97 - (int) (Long.parseLong("2" + base2000) % 97);
        assertThat(Checksums.beNationalNumber(base2000 + String.format("%02d", check2000))).isTrue();
        String badMonth = "851330033";
        int c3 = 97 - (int) (Long.parseLong(badMonth) % 97);
        assertThat(Checksums.beNationalNumber(badMonth + String.format("%02d", c3))).isFalse();
    }

    static int mod1110(String ten) {
        int product = 10;
        for (int i = 0; i < ten.length(); i++) {
            int sum = (ten.charAt(i) - '0' + product) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }
        int c = 11 - product;
        return c == 10 ? 0 : c;
    }

    @Test
    void deTaxId() {
        String ten = "8609574271";
        String id = ten + mod1110(ten);
        assertThat(Checksums.deTaxId(id)).isTrue();
        assertThat(Checksums.deTaxId(ten + (mod1110(ten) + 1) % 10)).isFalse();
        String leadingZero = "0609574271";
        assertThat(Checksums.deTaxId(leadingZero + mod1110(leadingZero))).isFalse();
        String fourTimes = "1111234567";
        assertThat(Checksums.deTaxId(fourTimes + mod1110(fourTimes))).isFalse();
    }

    @Test
    void frNir() {
        String body = "1850578006084";
        int key = 97 - (int) (Long.parseLong(body) % 97);
        assertThat(Checksums.frNir(body + String.format("%02d", key))).isTrue();
        assertThat(Checksums.frNir(body + String.format("%02d", key % 97 + 1))).isFalse();
        String corsica = "2850" + "5" + "2A" + "006084"; // department 2A
        long n = Long.parseLong("28505" + "19" + "006084");
        int k2 = 97 - (int) (n % 97);
        assertThat(Checksums.frNir(corsica + String.format("%02d", k2))).isTrue();
        assertThat(Checksums.frNir("5850578006084" + String.format("%02d", key))).isFalse(); // sex digit 5
    }

    @Test
    void esDniNie() {
        assertThat(Checksums.esDniNie("12345678Z")).isTrue();
        assertThat(Checksums.esDniNie("12345678A")).isFalse();
        assertThat(Checksums.esDniNie("X1234567L")).isTrue(); // X=0: 01234567 mod 23 = 19 -> L
        assertThat(Checksums.esDniNie("X1234567T")).isFalse();
        assertThat(Checksums.esDniNie("W1234567L")).isFalse();
    }

    @Test
    void itFiscalCode() {
        assertThat(Checksums.itFiscalCode("RSSMRA85T10A562S")).isTrue(); // Agenzia delle Entrate example
        assertThat(Checksums.itFiscalCode("RSSMRA85T10A562T")).isFalse();
        assertThat(Checksums.itFiscalCode("RSSMRA85Z10A562S")).isFalse(); // Z is not a month letter
        assertThat(Checksums.itFiscalCode("RSSMRA85T10A56")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"})
    void bitcoinBase58(String address) {
        assertThat(Checksums.btcBase58(address)).isTrue();
        char last = address.charAt(address.length() - 1);
        String broken = address.substring(0, address.length() - 1) + (last == 'y' ? 'z' : 'y');
        assertThat(Checksums.btcBase58(broken)).isFalse();
    }

    @Test
    void bitcoinBech32() {
        assertThat(Checksums.btcBech32("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")).isTrue(); // BIP-173
        assertThat(Checksums.btcBech32("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")).isTrue(); // BIP-173 vector
        assertThat(Checksums.btcBech32("bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297"))
                .isTrue(); // BIP-350
        assertThat(Checksums.btcBech32("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr")).isFalse();
        assertThat(Checksums.btcBech32("bc1Qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")).isFalse(); // mixed case
    }

    @Test
    void ethereumEip55() {
        // EIP-55 test vectors
        for (String a : new String[] {"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
            "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
            "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"}) {
            assertThat(Checksums.ethAddress(a)).as(a).isEqualTo(2);
        }
        assertThat(Checksums.ethAddress("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")).isEqualTo(1);
        assertThat(Checksums.ethAddress("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")).isZero();
        assertThat(Checksums.ethAddress("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg")).isZero();
    }

    @Test
    void keccak256() {
        assertThat(HexFormat.of().formatHex(Keccak.keccak256(new byte[0])))
                .isEqualTo("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
        assertThat(HexFormat.of().formatHex(Keccak.keccak256("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
    }

    @Test
    void networkParsers() {
        assertThat(NetParse.ipv4Prefix("192.168.0.1", 0)).isEqualTo(11);
        assertThat(NetParse.ipv4Prefix("256.1.1.1", 0)).isZero();
        assertThat(NetParse.ipv4Prefix("1.2.3", 0)).isZero();
        assertThat(NetParse.ipv6("2001:db8::1")).isPositive();
        assertThat(NetParse.ipv6("::ffff:192.0.2.1")).isPositive();
        assertThat(NetParse.ipv6("2001:0db8:85a3:0000:0000:8a2e:0370:7334")).isEqualTo(8);
        assertThat(NetParse.ipv6("1::2::3")).isZero();
        assertThat(NetParse.ipv6("12:30:45")).isZero();
        assertThat(NetParse.ipv6("2001:db8:::1")).isZero();
        assertThat(NetParse.mac("00:1A:2B:3C:4D:5E")).isTrue();
        assertThat(NetParse.mac("0012.3456.789A")).isTrue();
        assertThat(NetParse.mac("00:1A:2B-3C:4D:5E")).isFalse();
        assertThat(NetParse.mac("00:00:00:00:00:00")).isFalse();
    }
}
