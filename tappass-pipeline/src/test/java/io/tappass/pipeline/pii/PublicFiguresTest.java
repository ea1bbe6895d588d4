package io.tappass.pipeline.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * {@code detect_pii} leaves public figures, fictional characters, street and building names and car models out of
 * PERSON, but keeps a famous name when the text is a record about a private person, and keeps ordinary private
 * names. Cases in English, Dutch, German, French, Spanish and Italian, written for this test.
 */
class PublicFiguresTest {

    private static final PiiDetector DETECTOR = PiiDetector.defaults();

    private static List<String> persons(PiiDetector detector, String text) {
        return detector.scan(text).stream()
                .filter(m -> m.type().equals("PERSON") && m.score() >= PiiDetector.DEFAULT_THRESHOLD)
                .map(m -> m.value(text)).toList();
    }

    private static List<String> persons(String text) {
        return persons(DETECTOR, text);
    }

    @Test
    void theListIsLoadedAndLarge() {
        assertThat(PublicFigures.size()).isGreaterThan(3000);
        assertThat(PublicFigures.isEntry("victor hugo")).isTrue();
        assertThat(PublicFigures.isEntry("JOHAN CRUYFF")).isTrue();
        assertThat(PublicFigures.isEntry("Leonardo da Vinci")).isTrue();
        assertThat(PublicFigures.isEntry("Cervantes")).isTrue();
        assertThat(PublicFigures.isEntry("Emile Zola")).isTrue(); // accents ignored
        assertThat(PublicFigures.isEntry("Konrad Adenauer")).isTrue();
        // one word only when distinctive, never an ordinary given name or surname
        assertThat(PublicFigures.isEntry("Charles")).isFalse();
        assertThat(PublicFigures.isEntry("Emma")).isFalse();
        assertThat(PublicFigures.isEntry("Schumacher")).isFalse();
        assertThat(PublicFigures.isEntry("Ford")).isFalse();
    }

    /** General-knowledge questions about public figures and characters: no PERSON. */
    @ParameterizedTest
    @ValueSource(strings = {
        // en
        "Why did Victor Hugo go into exile on Guernsey?",
        "Marie Curie won two Nobel prizes, in physics and in chemistry.",
        "Who was Ada Lovelace and why is she called the first programmer?",
        "In Great Expectations, why does Miss Havisham stop all the clocks?",
        "Explain how Abraham Lincoln won the election of 1860.",
        "Was Sherlock Holmes based on a real doctor?",
        // nl
        "Wie was Johan Cruijff en waarom is hij zo belangrijk voor Ajax?",
        "Waarom schreef Multatuli de Max Havelaar, en wie was Batavus Droogstoppel?",
        "Wat schilderde Vincent van Gogh in Arles?",
        "Waarom wordt Willem van Oranje de Vader des Vaderlands genoemd?",
        // de
        "Wann hat Angela Merkel ihre letzte Regierungserklärung gehalten?",
        "Welche Rolle spielte Konrad Adenauer bei der Westbindung?",
        "Warum schrieb Johann Wolfgang von Goethe den Faust in zwei Teilen?",
        // fr
        "Pourquoi Madame Bovary s'ennuie-t-elle autant à Yonville ?",
        "Quelle était la position de Simone Veil sur la loi de 1975 ?",
        "Comment Jean Valjean échappe-t-il à l'inspecteur Javert ?",
        // es
        "¿Qué cuadros pintó Velázquez para Felipe IV y dónde se pueden ver hoy?",
        "¿Por qué Don Quijote ataca los molinos de viento?",
        "¿Cuándo escribió Gabriel García Márquez Cien años de soledad?",
        // it
        "Perché Leonardo da Vinci lasciò Milano nel 1499?",
        "Che ruolo ha avuto Sergio Mattarella nella nascita del governo Draghi?",
        "Nei Promessi Sposi, perché Don Rodrigo vuole impedire il matrimonio?",
    })
    void publicFiguresInQuestionsAreNotReported(String text) {
        assertThat(persons(text)).as(text).isEmpty();
    }

    /** The same famous names in a record about a private person stay PII. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Ticket 4411: customer Michael Jordan called about his refund, phone +44 20 7946 0958.",
        "Please update the address of Victor Hugo, victor.hugo@gmail.com, he moved last week.",
        "Name: Marie Curie, DOB 12/03/1987, insured since 2019.",
        "Klant Johan Cruijff belde vandaag, terugbellen op 06 12345678.",
        "Kunde: Angela Merkel, geboren am 14.02.1979, Vertrag Nr. 88213",
        "Le client Jean Valjean, joignable au 06 12 34 56 78, conteste la facture.",
        "Cliente: Pablo Picasso, correo pablo.picasso@hotmail.es, pedido 7712.",
        "Il signor Leonardo da Vinci, nato il 15/04/1990, chiede il rimborso.",
    })
    void aFamousNameInARecordIsStillReported(String text) {
        assertThat(persons(text)).as(text).isNotEmpty();
    }

    /** Streets, squares and buildings named after people: address parts, not persons. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Our office moved to 12 rue Victor Hugo, second floor.",
        "The meeting is in the bâtiment Jean Jaurès, room 204.",
        "Wir sind umgezogen in die Konrad-Adenauer-Straße 5 in Bonn.",
        "Het pakket ligt bij het afhaalpunt op het Johan Cruijffplein.",
        "De wedstrijd is in de Johan Cruijff Arena om 20 uur.",
        "Ci vediamo in Via Giuseppe Garibaldi davanti al bar.",
        "La tienda está en la Calle de Cervantes, junto a la plaza.",
        "Vivo en la Avenida Simón Bolívar desde hace años.",
        "Rendez-vous avenue du Général Leclerc devant la pharmacie.",
        "Meet me at the Martin Luther King Jr Park entrance after lunch.",
    })
    void streetAndBuildingNamesAreNotReported(String text) {
        assertThat(persons(text)).as(text).isEmpty();
    }

    @Test
    void carModelsNamedAfterPeopleAreNotReported() {
        assertThat(persons("My dad still drives his Ford Mustang from 1968.")).isEmpty();
        assertThat(persons("We rented a Lincoln Continental for the wedding.")).isEmpty();
        assertThat(persons("A bottle of Jack Daniel's and two glasses, please.")).isEmpty();
    }

    /** Ordinary private names, in every language, are still reported (regression guard). */
    @ParameterizedTest
    @ValueSource(strings = {
        "Please send the contract to Sarah Whitfield before Friday.",
        "Mijn buurvrouw Annelies de Groot heeft de sleutel.",
        "Frau Katharina Oberhuber hat den Antrag gestern unterschrieben.",
        "Je m'appelle Camille Lefebvre et j'ai une question sur ma facture.",
        "Me llamo Lucía Fernández y quiero cambiar mi tarifa.",
        "Mi chiamo Giulia Bernardi e vorrei disdire l'abbonamento.",
        "The school Anna Kowalski attends is closed on Monday.",
        "I sent the invoice via Mr. Daniel Okafor yesterday.",
        "Il corso di Maria Bianchi inizia lunedì.",
        "Je travaille à la place de Marie Dubois cette semaine.",
    })
    void privateNamesAreStillReported(String text) {
        assertThat(persons(text)).as(text).isNotEmpty()
                .isEqualTo(persons(PiiDetector.builder().publicFigures(false).build(), text));
    }

    @Test
    void anIntroductionOrAGreetingMakesAFamousNameAPerson() {
        assertThat(persons("Hi, my name is Michael Jordan and I cannot log in.")).isNotEmpty();
        assertThat(persons("Dear Victor Hugo, your parcel is waiting at the desk.")).containsExactly("Victor Hugo");
        assertThat(persons("Liebe Angela Merkel, vielen Dank für Ihre Bestellung.")).containsExactly("Angela Merkel");
    }

    @Test
    void aSurnameEndingLikeAStreetIsStillAName() {
        assertThat(persons("Ik heb het doorgestuurd naar Pieter Vanderlaan van de inkoop.")).isNotEmpty();
    }

    @Test
    void theFilterCanBeTurnedOff() {
        PiiDetector off = PiiDetector.builder().publicFigures(false).build();
        String text = "Why did Victor Hugo go into exile on Guernsey?";
        assertThat(persons(off, text)).containsExactly("Victor Hugo");
        assertThat(persons(text)).isEmpty();
        assertThat(off).isNotEqualTo(DETECTOR);
    }
}
