package io.tappass.pipeline.pii;

import static io.tappass.pipeline.pii.PiiBlindSetTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The name lists as extended in the thirty-sixth session ({@code first-names.txt}, {@code surnames.txt}): a person
 * named with no cue beside the name, in running text of several languages, is found when the given name or the
 * family name is known only through the new entries (the sentences report nothing, or a wrong span, with the lists
 * of the session before); look-alikes (capitalised common words, places, brands, products, sentence starts) report nothing.
 */
class NameLexiconsTest {

    /** The one PERSON match of {@code text}, as "start-end:text". */
    private static List<String> persons(String text) {
        return PiiDetector.defaults().scan(text).stream()
                .filter(m -> m.type().equals("PERSON") && m.score() >= PiiDetector.DEFAULT_THRESHOLD)
                .map(m -> m.start() + "-" + m.end() + ":" + text.substring(m.start(), m.end()))
                .toList();
    }

    private static String span(String text, String name) {
        int s = text.indexOf(name);
        return s + "-" + (s + name.length()) + ":" + name;
    }

    private static void onlyPerson(String text, String name) {
        assertThat(persons(text)).as(text).containsExactly(span(text, name));
    }

    @Test
    void monsieurBeforeAGivenAndAFamilyNameWithoutACue() {
        // with more given names known as family names too, "M. Pierre" read as an initial and a surname cut the name
        onlyPerson("M. Pierre Durand conteste un prélèvement de 89,90 € sur sa carte.", "Pierre Durand");
        onlyPerson("M. Julien Moreau a rappelé ce matin.", "Julien Moreau");
        onlyPerson("Bonjour, M. Julien Moreau a appelé.", "Julien Moreau");
        // an initial before a family name stays an initial and a name
        onlyPerson("Signed by M. Okonkwo on behalf of the board.", "M. Okonkwo");
    }

    @Test
    void newGivenAndFamilyNamesInRunningText() {
        onlyPerson("Yesterday Oluwatosin Adebanjo sent the signed lease back to the agency.", "Oluwatosin Adebanjo");
        onlyPerson("Gijsbert Hoogendoorn belt morgen terug over de offerte voor het dak.", "Gijsbert Hoogendoorn");
        onlyPerson("Laut Korbinian Baumgartner fehlt auf dem Formular noch die Unterschrift.", "Korbinian Baumgartner");
        onlyPerson("Selon Gonzague Delorme, le devis de la toiture arrive demain.", "Gonzague Delorme");
        onlyPerson("Según Baltasar Echeverría, la reunión se aplaza al jueves.", "Baltasar Echeverría");
        onlyPerson("Secondo Tancredi Zanon, la consegna slitta a lunedì.", "Tancredi Zanon");
        onlyPerson("Segundo Heitor Magalhães, o contrato vence em maio.", "Heitor Magalhães");
        onlyPerson("Gestern hat Oğuzhan Bozkurt die Schlüssel im Büro abgegeben.", "Oğuzhan Bozkurt");
        onlyPerson("Laut Masahiro Kinoshita fehlt für die Reisekosten noch ein Beleg.", "Masahiro Kinoshita");
        onlyPerson("In de vergadering vroeg Bartłomiej Kasprzak naar de planning.", "Bartłomiej Kasprzak");
        onlyPerson("Selon Ingegerd Ljung, la réunion du conseil est reportée.", "Ingegerd Ljung");
        onlyPerson("Lo scorso anno Themistoklis Papazoglou ha aperto la filiale di Bari.", "Themistoklis Papazoglou");
        onlyPerson("Saranya Lakshmanan paid the deposit twice, the landlord says.", "Saranya Lakshmanan");
    }

    @Test
    void aNewFamilyNameSupportsAnUnknownGivenName() {
        // neither given name is in the lists: the family name alone makes the pair a person
        onlyPerson("Ce matin Zéphyrine Vasseur a rappelé pour le devis.", "Zéphyrine Vasseur");
        onlyPerson("Last week Yerlan Khosravi moved to the Rotterdam office.", "Yerlan Khosravi");
        onlyPerson("El contrato de alquiler lo firmó Quiteria Amponsah la semana pasada.", "Quiteria Amponsah");
    }

    @Test
    void lookAlikesStayClean() {
        // places, dishes, brands and products whose words are names elsewhere (left out of the lists or caught by
        // the brand, product and street words)
        assertThat(found("New York, Los Angeles and Chicago saw the biggest growth in Q2.")).isEmpty();
        assertThat(found("Sunday menu: Eggs Benedict, Beef Wellington and Eton Mess.")).isEmpty();
        assertThat(found("Bürostuhl \"Konrad\" in Anthrazit 349 EUR, Lieferung ab KW 18.")).isEmpty();
        assertThat(found("Il tavolino Matilde in noce costa 240 euro, consegna in 4 settimane.")).isEmpty();
        assertThat(found("Wolters Kluwer published the new edition of the tax handbook.")).isEmpty();
        assertThat(found("Our pension fund moved part of its bonds to T. Rowe Price last year.")).isEmpty();
        assertThat(found("Turn left at Leokadia Trail and park behind the school.")).isEmpty();
        // capitalised common words and places at a sentence start or in a heading
        assertThat(found("Domingo cerramos a las dos; Nieves en la sierra desde el jueves.")).isEmpty();
        assertThat(found("Vivo en Rosario desde 2019 y trabajo en Guadalupe.")).isEmpty();
        assertThat(found("Danish pastries and Tudor houses are on the tour.")).isEmpty();
        assertThat(found("Alexa and Siri both misheard the command.")).isEmpty();
        assertThat(found("Trinidad and Tobago won the match.")).isEmpty();
        assertThat(found("The vending machine sells Fanta again.")).isEmpty();
        assertThat(found("Amber Alert issued for the county; Hope Street is closed.")).isEmpty();
    }
}
