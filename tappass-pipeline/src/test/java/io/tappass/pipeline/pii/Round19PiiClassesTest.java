package io.tappass.pipeline.pii;

import static io.tappass.pipeline.pii.PiiBlindSetTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The classes tuned on PII round 19 in the thirty-fifth session (own names, own wording, in the six languages where
 * the class exists), each with look-alikes that must stay clean. No value, name or firm of the set is used here.
 */
class Round19PiiClassesTest {

    @Test
    void theHolderNamedAfterInTheNameOf() {
        assertThat(found("overboeking van 120,00 EUR naar NL91ABNA0417164300 t.n.v. T. Brinkhorst, kenmerk 4471"))
                .contains("PERSON:T. Brinkhorst");
        assertThat(found("Graag overmaken ten name van Ortwin Kleefstra, onder vermelding van het dossier."))
                .contains("PERSON:Ortwin Kleefstra");
        assertThat(found("La fianza se ingresa en la cuenta a nombre de Ovidio Carrasquer Lluch, gracias."))
                .contains("PERSON:Ovidio Carrasquer Lluch");
        assertThat(found("Le chèque doit être établi au nom de Perrine Vasseurot avant vendredi."))
                .contains("PERSON:Perrine Vasseurot");
        assertThat(found("Il bonifico va sul conto intestato a Oreste Fumagalli Brivio."))
                .contains("PERSON:Oreste Fumagalli Brivio");
        assertThat(found("Die Reservierung läuft auf den Namen Ortwin Kleefstra, zwei Nächte."))
                .contains("PERSON:Ortwin Kleefstra");
        assertThat(found("The table is booked in the name of Ortwin Kleefstra for eight."))
                .contains("PERSON:Ortwin Kleefstra");
        // look-alikes: the same phrases before a firm, an article or a lower-case noun
        assertThat(found("La cuenta está a nombre de la empresa, no a nombre de ningún socio.")).isEmpty();
        assertThat(found("Au nom de la loi, je vous arrête.")).isEmpty();
        assertThat(found("In the name of efficiency we merged the two queues.")).isEmpty();
        assertThat(found("Il conto è intestato a una società di Milano.")).isEmpty();
        assertThat(found("Graag overmaken t.n.v. de penningmeester van de vereniging.")).isEmpty();
    }

    @Test
    void aLandlordOrTenantNounBeforeAName() {
        assertThat(found("is this IBAN right? it's my landlord Orrin Maskelyne's account")).contains(
                "PERSON:Orrin Maskelyne");
        assertThat(found("mijn huisbaas Ortwin Kleefstra wil de borg pas in juni terugstorten"))
                .contains("PERSON:Ortwin Kleefstra");
        assertThat(found("mein Vermieter Ortwin Kleefstra hat die Nebenkosten erhöht"))
                .contains("PERSON:Ortwin Kleefstra");
        assertThat(found("mon propriétaire Perrine Vasseurot ne répond plus")).contains("PERSON:Perrine Vasseurot");
        assertThat(found("mi casero Ovidio Carrasquer no me devuelve la fianza"))
                .contains("PERSON:Ovidio Carrasquer");
        assertThat(found("il locatore Oreste Fumagalli chiede due mensilità")).contains("PERSON:Oreste Fumagalli");
        // a Dutch family name ending in "-dijk" is no dike or street
        assertThat(found("the tenant Orrin Groenendijk moved out")).contains("PERSON:Orrin Groenendijk");
        // look-alikes: the same nouns without a person
        assertThat(found("my landlord said the heating will be fixed on Monday")).isEmpty();
        assertThat(found("mijn huisbaas zegt dat de verwarming maandag wordt gemaakt")).isEmpty();
        assertThat(found("der Vermieter muss die Kaution zurückzahlen")).isEmpty();
        assertThat(found("my landlord Airbnb keeps the deposit")).isEmpty();
    }

    @Test
    void aKeywordArgumentHoldingAName() {
        assertThat(found("assure = Assure(nom='Perrine Vasseurot', code_postal='69003')"))
                .contains("PERSON:Perrine Vasseurot");
        assertThat(found("p = Persona(nombre='Ovidio Carrasquer', ciudad='Huesca')"))
                .contains("PERSON:Ovidio Carrasquer");
        assertThat(found("m = Record(name='Orrin Maskelyne', ssn='219-09-9999')")).contains("PERSON:Orrin Maskelyne");
        assertThat(found("c = Customer(name='Orrin Maskelyne', tier=2)")).contains("PERSON:Orrin Maskelyne");
        // look-alikes: a bare name of a thing in code
        assertThat(found("cfg = Config(name='config', retries=3)")).isEmpty();
        assertThat(found("win = Window(name='Main Window', width=640)")).isEmpty();
        assertThat(found("t = Team(name='Blue Falcons', size=4)")).isEmpty();
    }

    @Test
    void anOwnerColumnOfAnInventory() {
        assertThat(found("inv;modell;besitzer\nIT-0091;Latitude 5440;Ortwin Kleefstra"))
                .contains("PERSON:Ortwin Kleefstra");
        assertThat(found("asset,model,eigenaar\nLT-12,EliteBook,Ortwin Kleefstra")).contains("PERSON:Ortwin Kleefstra");
        assertThat(found("id;modèle;propriétaire\nPC-4;ThinkPad;Perrine Vasseurot"))
                .contains("PERSON:Perrine Vasseurot");
        assertThat(found("id,modelo,propietario\n7,Yoga,Ovidio Carrasquer")).contains("PERSON:Ovidio Carrasquer");
        // look-alike: a department in the owner column
        assertThat(found("inv;modell;besitzer\nIT-0091;Latitude 5440;IT-Abteilung")).isEmpty();
    }

    @Test
    void aContactLabelInsideALineAndNumberedPersonFields() {
        assertThat(found("Ticket #88 : l'imprimante ne répond plus. Contact : Perrine Vasseurot, poste 31."))
                .contains("PERSON:Perrine Vasseurot");
        assertThat(found("Störung im Lager. Kontakt: Ortwin Kleefstra, Durchwahl 12.")).contains("PERSON:Ortwin Kleefstra");
        assertThat(found("Avería en el almacén. Contacto: Ovidio Carrasquer, ext. 4.")).contains(
                "PERSON:Ovidio Carrasquer");
        assertThat(found("Party list\nGuest 1: Orrin Maskelyne - vegan\nGuest 2: Ortwin Kleefstra - none"))
                .contains("PERSON:Orrin Maskelyne", "PERSON:Ortwin Kleefstra");
        assertThat(found("Enfant 2 : Perrine Vasseurot, 7 ans")).contains("PERSON:Perrine Vasseurot");
        assertThat(found("Kind 1: Ortwin Kleefstra")).contains("PERSON:Ortwin Kleefstra");
        // look-alikes: a contact that is a desk, numbered things
        assertThat(found("Ticket #12. Contact: Helpdesk")).isEmpty();
        assertThat(found("Step 3: Install Python")).isEmpty();
    }

    @Test
    void aFormsFieldLabelIsNoChatSpeaker() {
        assertThat(found("Verwijzing\nPatiënt: dhr. Ortwin Kleefstra, geb. 04-05-1961\nReden: pijn op de borst bij inspanning.\n"
                + "Met vriendelijke groet, huisarts"))
                .contains("PERSON:Ortwin Kleefstra").doesNotContain("PERSON:Reden");
        assertThat(found("Antrag\nAntragsteller: Ortwin Kleefstra, Ulm\nKind: Perrine Kleefstra, geboren am 01.02.2019"))
                .contains("PERSON:Ortwin Kleefstra").doesNotContain("PERSON:Antragsteller");
        assertThat(found("Paciente: Ovidio Carrasquer\nDiagnóstico: fractura de radio distal\nTratamiento: yeso"))
                .contains("PERSON:Ovidio Carrasquer").doesNotContain("PERSON:Diagnóstico", "PERSON:Tratamiento");
        // a transcript of named speakers stays one
        assertThat(found("Tuyet: did you get the invoice?\nRavindra: not yet, checking\nTuyet: ok thanks"))
                .contains("PERSON:Tuyet", "PERSON:Ravindra");
    }

    @Test
    void aTextualDateBeforeTheBirthVerb() {
        assertThat(found("Unser Sohn ist am 3. März 2018 geboren, braucht er schon einen Pass?"))
                .contains("DATE_OF_BIRTH:3. März 2018");
        assertThat(found("Onze dochter is op 9 juli 2019 geboren in Zwolle.")).contains("DATE_OF_BIRTH:9 juli 2019");
        assertThat(found("mi hija nació el 12 de abril de 2016 en Zaragoza"))
                .contains("DATE_OF_BIRTH:12 de abril de 2016");
        assertThat(found("mio figlio nacque il 5 maggio 2015")).contains("DATE_OF_BIRTH:5 maggio 2015");
        // look-alikes: a year alone, a date that is no birth
        assertThat(found("Im Jahr 2016 geboren, also schulpflichtig")).isEmpty();
        assertThat(found("Am 3. März 2018 wurde der Vertrag unterschrieben.")).isEmpty();
        // not covered: "la empresa nació en 2016 y cerró el 12 de abril de 2020" reports the closing date, as any
        // birth word's 45-character window after it does ("born in 1990, moved on 12 March 2005")
    }
}
