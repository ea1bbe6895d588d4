package io.tappass.pipeline.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tappass.core.governance.Classification;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PiiDetectorTest {

    private static final PiiDetector DET = PiiDetector.defaults();

    /** The reported (score >= default threshold) matches as TYPE:value. */
    static List<String> found(PiiDetector det, String text) {
        return det.scan(text).stream().filter(m -> m.score() >= PiiDetector.DEFAULT_THRESHOLD)
                .map(m -> m.type() + ":" + m.value(text)).toList();
    }

    static List<String> found(String text) {
        return found(DET, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mail me at jane.doe+work@example.co.uk please|EMAIL_ADDRESS:jane.doe+work@example.co.uk",
        "call +31 6 12345678 tomorrow|PHONE_NUMBER:+31 6 12345678",
        "US office: (415) 555-0132|PHONE_NUMBER:(415) 555-0132",
        "ring 020 7946 0958 (London)|PHONE_NUMBER:020 7946 0958",
        "Tel:0612345678|PHONE_NUMBER:0612345678",
        "call 1-800-555-0199 now|PHONE_NUMBER:1-800-555-0199",
        "UK +44 (0) 20 7946 0958|PHONE_NUMBER:+44 (0) 20 7946 0958",
        "portable 06 12 34 56 78|PHONE_NUMBER:06 12 34 56 78",
        "fax 555.234.5678|PHONE_NUMBER:555.234.5678",
        "Amex 3782 822463 10005|CREDIT_CARD:3782 822463 10005",
        "my social security number is 123-45-6789|US_SSN:123-45-6789",
        "reach me at first.last@sub.example.co.uk|EMAIL_ADDRESS:first.last@sub.example.co.uk",
        "DOB: 1990-02-01|DATE_OF_BIRTH:1990-02-01",
        "geboren am 12. März 1985 in Köln|DATE_OF_BIRTH:12. März 1985",
        "Please contact Dr. Jane Doe today|PERSON:Jane Doe",
        "Telefon: 030 1234567|PHONE_NUMBER:030 1234567",
        "téléphone 01 42 68 53 00|PHONE_NUMBER:01 42 68 53 00",
        "bel me op 06-12345678|PHONE_NUMBER:06-12345678",
        "gsm 0470 12 34 56|PHONE_NUMBER:0470 12 34 56",
        "móvil 612 345 678|PHONE_NUMBER:612 345 678",
        "cellulare 347 123 4567|PHONE_NUMBER:347 123 4567",
        "card 4111 1111 1111 1111 exp 12/29|CREDIT_CARD:4111 1111 1111 1111",
        "IBAN: GB82 WEST 1234 5698 7654 32.|IBAN_CODE:GB82 WEST 1234 5698 7654 32",
        "my SSN is 536-22-8726|US_SSN:536-22-8726",
        "NI number AB 12 34 56 C|UK_NINO:AB 12 34 56 C",
        "NHS number 943 476 5919|UK_NHS:943 476 5919",
        "mijn BSN is 111222333|NL_BSN:111222333",
        "DNI 12345678Z|ES_DNI_NIE:12345678Z",
        "codice fiscale RSSMRA85T10A562S|IT_FISCAL_CODE:RSSMRA85T10A562S",
        "server at 10.20.30.40 is down|IP_ADDRESS:10.20.30.40",
        "connection from 1.2.3.4 refused|IP_ADDRESS:1.2.3.4",
        "Name: John Smith|PERSON:John Smith",
        "name: Maria|PERSON:Maria",
        "host 2001:db8::8a2e:370:7334 answered|IP_ADDRESS:2001:db8::8a2e:370:7334",
        "MAC 00:1A:2B:3C:4D:5E|MAC_ADDRESS:00:1A:2B:3C:4D:5E",
        "send to 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed|CRYPTO:0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "born on 12/03/1985 in Rome|DATE_OF_BIRTH:12/03/1985",
        "Date of birth: 3 March 1990|DATE_OF_BIRTH:3 March 1990",
        "Please ask Mr. Johnson about it|PERSON:Johnson",
        "Yesterday Maria Gonzalez called|PERSON:Maria Gonzalez",
        "My name is Wojciech Nowak|PERSON:Wojciech Nowak",
        "hello, my name is wojciech nowak|PERSON:wojciech nowak",
        "Ich heiße Zdzisław Kowalczyk|PERSON:Zdzisław Kowalczyk",
        "ich heisse Zdzisław|PERSON:Zdzisław",
        "Bonjour, je m'appelle Wojciech|PERSON:Wojciech",
        "Hola, me llamo Wojciech|PERSON:Wojciech",
        "Ciao, mi chiamo Wojciech|PERSON:Wojciech",
        "Hola, mi nombre es Wojciech|PERSON:Wojciech",
        "mijn naam is Wojciech|PERSON:Wojciech",
        "NAME: MARIA GONZALEZ|PERSON:MARIA GONZALEZ",
        "Regards, Jan de Vries|PERSON:Jan de Vries",
        "Herr Müller kommt morgen|PERSON:Müller",
        "Email o'brien@acme-corp.com today|EMAIL_ADDRESS:o'brien@acme-corp.com",
        "user='jane.doe@example.com'|EMAIL_ADDRESS:jane.doe@example.com",
        "Frank called yesterday about the order.|PERSON:Frank",
        "Dale and Maria arrived late.|PERSON:Dale",
        "Please ask Grant about it.|PERSON:Grant",
        "Pieter van den Berg called back.|PERSON:Pieter van den Berg",
        "Maria de la Cruz signed the form.|PERSON:Maria de la Cruz",
    })
    void findsEntity(String text, String expected) {
        assertThat(found(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The meeting is on 12/03/2024 at 10:30",
        "We sold 1,234,567 units in 2023",
        "version 1.2.3 of the library",
        "Upgrade from version 1.2.3.4 to 2.0.0.1 before Friday.",
        "metadata:\n  name: nginx\n  namespace: web",
        "- name: Checkout\n  uses: actions/checkout@v4",
        "- name: Build with Maven\n  run: mvn -B verify",
        "kind: ConfigMap\nmetadata:\n  name: app-config",
        "not an email: hello@world",
        "card 4111 1111 1111 1112 is fake",
        "IBAN GB82 WEST 1234 5698 7654 33",
        "order number 536-22-8726",
        "example 123-45-6789 in the docs",
        "just some text about the United States and New York",
        "timestamp 12:30:45 in the log",
        "a hash 8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189",
        "arn:aws:kms:us-east-1:003084325827:key/84a66985",
        "bot token 4839574813:AAE4A6Rz0CSnIGzeu89",
        "C++ scope :: operator",
        "Grant the analytics role read access to the sales schema.",
        "Frank feedback is welcome.",
        "Max retries is set to 5.\nGene expression data is attached.",
        "NHS number 1419134044",
        // a UUID's first group that passes the DNI check (9743685 mod 23 is 'B'): no ES_DNI_NIE in hyphenated ids
        "request_id 9743685b-9146-4c2a-8f1e-2b7d3a9c0e11 cache miss",
        "{\"request_id\":\"9743685B-9146\"}",
    })
    void ignoresNearMisses(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void dateWithoutBirthContextIsNotADateOfBirth() {
        assertThat(found("The invoice is due 12/03/1985")).noneMatch(s -> s.startsWith("DATE_OF_BIRTH"));
    }

    @Test
    void contextRaisesAndLowersScores() {
        double bare = score("7946 0958 221", "PHONE_NUMBER");
        double withContext = score("phone: 7946 0958 221", "PHONE_NUMBER");
        assertThat(withContext).isGreaterThan(bare);
        double plain = score("SSN 536228726", "US_SSN");
        assertThat(plain).isGreaterThanOrEqualTo(0.5);
        assertThat(score("536228726", "US_SSN")).isLessThan(0.5);
        assertThat(score("order 06-12345678", "PHONE_NUMBER")).isLessThan(score("bel 06-12345678", "PHONE_NUMBER"));
    }

    private static double score(String text, String type) {
        return DET.scan(text).stream().filter(m -> m.type().equals(type)).mapToDouble(PiiMatch::score).max()
                .orElse(0.0);
    }

    @Test
    void entitiesSubsetAllowListAndCustomPatterns() {
        PiiDetector det = PiiDetector.builder().entities(List.of("EMAIL_ADDRESS"))
                .allowList(List.of("Support@Example.com"))
                .customPattern(new PiiDetector.CustomPattern("EMPLOYEE_ID", Pattern.compile("EMP-\\d{6}"),
                        Classification.RESTRICTED))
                .build();
        String text = "Write to support@example.com or bob@example.org, tel 06-12345678, badge EMP-123456";
        assertThat(found(det, text)).containsExactly("EMAIL_ADDRESS:bob@example.org", "EMPLOYEE_ID:EMP-123456");
        assertThat(det.classificationOf("EMPLOYEE_ID")).isEqualTo(Classification.RESTRICTED);
        assertThat(det.classificationOf("EMAIL_ADDRESS")).isEqualTo(Classification.CONFIDENTIAL);
        assertThat(det.classificationOf("CREDIT_CARD")).isEqualTo(Classification.RESTRICTED);
    }

    @Test
    void pluggedRecognizerWinsOverlapsByScore() {
        EntityRecognizer ner = new EntityRecognizer() {
            @Override
            public String name() {
                return "fake-ner";
            }

            @Override
            public Set<String> entities() {
                return Set.of("PERSON", "LOCATION");
            }

            @Override
            public List<PiiMatch> recognize(String text, Set<String> entities) {
                int i = text.indexOf("Zyx Qwerty");
                int j = text.indexOf("Utrecht");
                return List.of(new PiiMatch("PERSON", i, i + 10, 0.95, name()),
                        new PiiMatch("LOCATION", j, j + 7, 0.9, name()));
            }
        };
        PiiDetector det = PiiDetector.builder().recognizer(ner).build();
        assertThat(found(det, "I met Zyx Qwerty in Utrecht")).containsExactly("PERSON:Zyx Qwerty");
        PiiDetector withLocation = PiiDetector.builder().recognizer(ner)
                .entities(List.of("PERSON", "LOCATION")).build();
        assertThat(found(withLocation, "I met Zyx Qwerty in Utrecht"))
                .containsExactly("PERSON:Zyx Qwerty", "LOCATION:Utrecht");
    }

    @Test
    void equalSettingsShareTheCacheKey() {
        PiiDetector a = PiiDetector.builder().entities(List.of("EMAIL_ADDRESS")).build();
        PiiDetector b = PiiDetector.builder().entities(List.of("EMAIL_ADDRESS")).build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(PiiDetector.defaults());
    }

    @Test
    void badSettingsAreRejectedWithAClearMessage() {
        assertThatThrownBy(() -> PiiDetector.builder().languages(List.of("xx")))
                .hasMessageContaining("unsupported language \"xx\"");
        assertThatThrownBy(() -> PiiDetector.builder().contextWindow(-1)).hasMessageContaining("context_window");
    }

    @Test
    void matchesNeverOverlapAndAreSorted() {
        String text = "Jan Jansen (jan@example.nl, +31 6 12345678) paid with 4111111111111111 from NL91ABNA0417164300";
        List<PiiMatch> ms = DET.scan(text);
        for (int i = 1; i < ms.size(); i++) {
            assertThat(ms.get(i).start()).isGreaterThanOrEqualTo(ms.get(i - 1).end());
        }
        assertThat(found(text)).contains("EMAIL_ADDRESS:jan@example.nl", "PHONE_NUMBER:+31 6 12345678",
                "CREDIT_CARD:4111111111111111", "IBAN_CODE:NL91ABNA0417164300", "PERSON:Jan Jansen");
    }
}
