package io.tappass.pipeline.pii;

import io.tappass.pipeline.internal.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which PERSON candidates of {@code detect_pii} are not personal data: public figures and fictional characters
 * named in general-knowledge text, names that are part of an address or a building, and car models named after a
 * person. Used once per PERSON match after overlap resolution ({@link PiiDetector#resolve}), never in the scanners'
 * per-character loops.
 *
 * <p>A PERSON match is dropped when
 * <ol>
 *   <li>its text, extended by at most a few words on either side of it in the text, is an entry of
 *       {@code public-figures.txt} (case, accents, hyphens, dots and repeated spaces ignored; "Leonardo da" in
 *       "Leonardo da Vinci", "Darcy" in "Mr. Darcy"), or holds an entry of two or more words whose other words are
 *       lower case or no known names ("Willem van Oranje de Vader", "Wolfgang von Goethe den Faust" after "Johann"),
 *       or is a given name before a regnal number ("Felipe IV"), <b>unless</b> the text marks it as
 *       a record about a private person: contact or identity data reported within {@value #RECORD_REACH} characters
 *       (an e-mail address, phone number, IBAN, card, national id or date of birth), a record field before it
 *       ("Name:", "Patient:", "Kunde =", {@code "nom": "..."}), an introduction ("my name is", "je m'appelle") or a
 *       greeting that addresses the reader ("Dear Aletta Jacobs,", "Liebe Angela Merkel");</li>
 *   <li>it follows a street, place or building word ("rue Victor Hugo", "Via Giuseppe Garibaldi", "Calle de
 *       Cervantes", "bâtiment Jean Jaurès", "Avenue du Général Leclerc") or is followed by one ("Konrad-Adenauer-
 *       Straße", "Johan Cruijff Arena", "Victor Hugo Street", "Goethestraße"), in English, Dutch, German, French,
 *       Spanish or Italian: such a name is an address part, whatever the list says;</li>
 *   <li>it is a car make named after a person followed by one of its model names ("Ford Mustang",
 *       "Lincoln Continental").</li>
 * </ol>
 */
final class PublicFigures {

    /** How far (characters, either side) contact or identity data makes a public figure's name a record. */
    static final int RECORD_REACH = 500;

    /** The entries of public-figures.txt as {@link #key}s. */
    private static final Set<String> ENTRIES;
    /**
     * Every run of consecutive words of an entry ("leonardo da", "da vinci", "vinci", ...): a name that is none of
     * them is part of no entry, which one lookup tells for almost every private name.
     */
    private static final Set<String> PARTS;

    static {
        Set<String> entries = new HashSet<>();
        Set<String> parts = new HashSet<>();
        for (String line : Lexicon.resourceLines("public-figures.txt",
                ": detect_pii needs its list of public figures to tell them from private persons")) {
            String k = key(line);
            if (k.isEmpty()) {
                continue;
            }
            entries.add(k);
            if (k.endsWith(" s")) { // "Jack Daniel's" is also written "Jack Daniel"
                entries.add(k.substring(0, k.length() - 2));
            }
        }
        for (String k : entries) {
            String[] w = k.split(" ");
            for (int i = 0; i < w.length; i++) {
                StringBuilder sb = new StringBuilder();
                for (int j = i; j < w.length; j++) {
                    if (j > i) {
                        sb.append(' ');
                    }
                    sb.append(w[j]);
                    parts.add(sb.toString());
                }
            }
        }
        ENTRIES = Set.copyOf(entries);
        PARTS = Set.copyOf(parts);
    }

    private PublicFigures() {
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** The number of entries (tests). */
    static int size() {
        return ENTRIES.size();
    }

    /** Whether {@code name} is an entry of the list (tests and callers that hold a whole name). */
    static boolean isEntry(String name) {
        return ENTRIES.contains(key(name));
    }

    /**
     * Whether the PERSON match [s, e) of {@code text} is not personal data (see the class comment); {@code matches}
     * are the resolved matches of the text, sorted by start (for the record check).
     */
    static boolean notPersonal(String text, int s, int e, List<PiiMatch> matches) {
        List<Word> inside = words(text, s, e);
        if (inside.isEmpty()) {
            return false;
        }
        if (addressPart(text, s, e, inside) || carModel(inside)) {
            return true;
        }
        return publicFigure(text, s, e, inside) && !record(text, s, e, matches);
    }

    // ------------------------------------------------------------------------------------------- the list

    /** A word of the text: its span and its {@link #key}. */
    record Word(int start, int end, String key, boolean upper) {
    }

    private static boolean publicFigure(String text, int s, int e, List<Word> inside) {
        int n = inside.size();
        if (grows(text, join(inside, 0, n), inside.get(0).start(), inside.get(n - 1).end(), true, true)) {
            return true;
        }
        if (n == 1 && monarch(text, inside.get(0))) {
            return true;
        }
        // a name of two or more words inside a longer run whose other words are no names: "Wolfgang von Goethe den
        // Faust" (Johann before it), "Gabriel García Márquez Cien"
        for (int a = 0; n >= 3 && a < n && a < 8; a++) {
            for (int b = a + 1; b <= n && b - a <= 8; b++) {
                if (a == 0 && b == n) {
                    break;
                }
                String k = join(inside, a, b);
                if (!PARTS.contains(k)) {
                    break;
                }
                if (b - a >= 2 || a == 0 || b == n) {
                    boolean entry = b - a >= 2 && ENTRIES.contains(k)
                            || grows(text, k, inside.get(a).start(), inside.get(b - 1).end(), a == 0, b == n);
                    if (entry && othersNoNames(text, inside, a, b)) {
                        return true;
                    }
                }
            }
        }
        return titled(inside) && publicFigure(text, s, e, inside.subList(1, n));
    }

    /** The keys of words [a, b) joined by spaces. */
    private static String join(List<Word> words, int a, int b) {
        StringBuilder sb = new StringBuilder(48);
        for (int i = a; i < b; i++) {
            append(sb, words.get(i));
        }
        return sb.toString();
    }

    /**
     * Whether the name {@code core} (text [from, to)) is an entry of two or more words, or becomes one when grown
     * word by word to the left (if {@code left}) and then to the right (if {@code right}) while it stays part of an
     * entry ("da" -> "leonardo da" -> "leonardo da vinci"). A single-word core is an entry by itself.
     */
    private static boolean grows(String text, String core, int from, int to, boolean left, boolean right) {
        if (!PARTS.contains(core)) {
            return false;
        }
        String grown = core;
        int f = from;
        for (int i = 0; i <= MAX_REACH; i++) {
            if (ENTRIES.contains(grown) && (i > 0 || grown.indexOf(' ') > 0 || left && right)
                    || right && rightward(text, grown, to)) {
                return true;
            }
            List<Word> l = left && i < MAX_REACH ? wordsBefore(text, f, 1) : List.of();
            if (l.isEmpty()) {
                return false;
            }
            String g = l.get(0).key() + " " + grown;
            if (!PARTS.contains(g)) {
                return false;
            }
            grown = g;
            f = l.get(0).start();
        }
        return false;
    }

    /** Whether the words of {@code inside} outside [a, b) are lower case or no known names. */
    private static boolean othersNoNames(String text, List<Word> inside, int a, int b) {
        for (int i = 0; i < inside.size(); i++) {
            if (i >= a && i < b) {
                continue;
            }
            Word w = inside.get(i);
            if (w.upper() && (Lexicon.isFirstName(text, w.start(), w.end()) || Lexicon.isSurname(text, w.start(),
                    w.end()))) {
                return false;
            }
        }
        return true;
    }

    /** Roman numerals after a ruler's or a pope's name. */
    private static final Set<String> REGNAL = set("ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi",
            "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii");

    /** A single given name followed by a regnal number: "Felipe IV", "Ludwig II", "Pius XII". */
    private static boolean monarch(String text, Word name) {
        List<Word> r = wordsAfter(text, name.end(), 1);
        return !r.isEmpty() && r.get(0).upper() && REGNAL.contains(r.get(0).key())
                && text.charAt(name.end()) == ' ' && text.substring(r.get(0).start(), r.get(0).end()).equals(
                        text.substring(r.get(0).start(), r.get(0).end()).toUpperCase(Locale.ROOT));
    }

    /** How many words a name is grown by on either side to find the entry it is part of. */
    private static final int MAX_REACH = 4;

    /** Whether {@code name} grown by words after {@code end} is an entry, staying part of one on the way. */
    private static boolean rightward(String text, String name, int end) {
        String grown = name;
        int to = end;
        for (int j = 0; j < MAX_REACH; j++) {
            List<Word> r = wordsAfter(text, to, 1);
            if (r.isEmpty()) {
                return false;
            }
            grown = grown + " " + r.get(0).key();
            if (ENTRIES.contains(grown)) {
                return true;
            }
            if (!PARTS.contains(grown)) {
                return false;
            }
            to = r.get(0).end();
        }
        return false;
    }

    /** Whether the first of several words is a title ("Dr. Albert Einstein", "Sir Isaac Newton"). */
    private static boolean titled(List<Word> inside) {
        return inside.size() > 1 && TITLES.contains(inside.get(0).key());
    }

    private static void append(StringBuilder sb, Word w) {
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(w.key());
    }

    // ------------------------------------------------------------------------------------------- record

    /** Types whose value near a name makes it a record about a person. */
    private static final Set<String> RECORD_TYPES = set("EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE",
            "CREDIT_CARD", "DATE_OF_BIRTH", "US_SSN", "UK_NINO", "UK_NHS", "NL_BSN", "BE_NATIONAL_NUMBER",
            "DE_TAX_ID", "FR_NIR", "ES_DNI_NIE", "IT_FISCAL_CODE");

    /** Whether the text marks the name at [s, e) as a record about a private person. */
    static boolean record(String text, int s, int e, List<PiiMatch> matches) {
        // the matches are sorted by start and do not overlap: skip to the first that may end within reach
        int lo = 0;
        int hi = matches.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (matches.get(mid).start() < s - RECORD_REACH - 256) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = Math.max(0, lo - 1), n = matches.size(); i < n; i++) {
            PiiMatch m = matches.get(i);
            if (m.start() > e + RECORD_REACH) {
                break;
            }
            if (m.end() >= s - RECORD_REACH && m.score() >= PiiDetector.DEFAULT_THRESHOLD
                    && RECORD_TYPES.contains(m.type())) {
                return true;
            }
        }
        return fieldLabel(text, s) || introduced(text, s) || greeted(text, s);
    }

    /** Greetings that address the reader by name: a letter or a message to a person ("Dear Aletta Jacobs,"). */
    private static final Set<String> GREETINGS = set("dear", "hi", "hello", "hey", "beste", "lieve", "hallo", "hoi",
            "liebe", "lieber", "geehrte", "geehrter", "cher", "chère", "chere", "bonjour", "salut", "querido",
            "querida", "estimado", "estimada", "hola", "caro", "cara", "gentile", "gentilissimo", "gentilissima",
            "ciao", "salve", "buongiorno");

    /** Whether a greeting stands right before the name (titles between are allowed: "Dear Mr. Darcy"). */
    private static boolean greeted(String text, int s) {
        int from = s;
        for (int i = 0; i < 3; i++) {
            List<Word> b = wordsBefore(text, from, 1);
            if (b.isEmpty()) {
                return false;
            }
            if (GREETINGS.contains(b.get(0).key())) {
                return true;
            }
            if (!TITLES.contains(b.get(0).key())) {
                return false;
            }
            from = b.get(0).start();
        }
        return false;
    }

    /** Field names that hold a person's name ("Name:", "Patient:", "Kunde =", "\"nom\": \""). */
    private static final Set<String> NAME_FIELDS = set("name", "names", "naam", "nom", "nombre", "nome",
            "fullname", "full_name", "full name", "firstname", "first_name", "first name", "lastname", "last_name",
            "last name", "surname", "given", "given_name", "family", "family_name", "vorname", "nachname",
            "voornaam", "achternaam", "prénom", "prenom", "apellido", "apellidos", "cognome", "patient", "patiënt",
            "patientin", "paziente", "paciente", "pt", "kunde", "kundin", "customer", "client", "cliente", "klant",
            "klantnaam", "kundenname", "contact", "contactpersoon", "ansprechpartner", "contacto", "contatto",
            "user", "username", "employee", "mitarbeiter", "werknemer", "medewerker", "empleado", "dipendente",
            "employé", "employe", "salarié", "salarie", "passenger", "passagier", "pasajero", "passeggero",
            "guest", "gast", "huésped", "huesped", "ospite", "applicant", "candidate", "kandidaat", "bewerber",
            "candidat", "candidato", "tenant", "huurder", "mieter", "locataire", "inquilino", "member", "lid",
            "mitglied", "membre", "socio", "titular", "holder", "cardholder", "rekeninghouder", "kontoinhaber",
            "titulaire", "intestatario", "owner", "eigenaar", "inhaber", "propriétaire", "proprietaire",
            "propietario", "proprietario", "recipient", "ontvanger", "empfänger", "empfanger", "destinataire",
            "destinatario", "sender", "afzender", "absender", "expéditeur", "expediteur", "remitente", "mittente",
            "student", "leerling", "schüler", "schuler", "élève", "eleve", "alumno", "studente", "from", "to", "cc",
            "attn", "van", "aan", "von", "an", "de", "à", "para", "da", "a", "dhr", "mevr", "signed", "signature",
            "firma", "unterschrift", "handtekening", "assuré", "assure", "versicherter", "verzekerde", "asegurado",
            "assicurato", "beneficiary", "begunstigde", "begünstigter", "bénéficiaire", "beneficiario");

    /**
     * Whether a record field's name stands right before the name on its line: the field word, then ':' or '=' (or a
     * tab), with quotes and spaces around ("Name: ", "nom=", "\"patient\": \"", "Kunde\t").
     */
    private static boolean fieldLabel(String text, int s) {
        int p = s;
        int lineStart = Math.max(0, s - 80);
        while (p > lineStart && " \"'".indexOf(text.charAt(p - 1)) >= 0) {
            p--;
        }
        if (p == lineStart || ":=\t".indexOf(text.charAt(p - 1)) < 0) {
            return false;
        }
        p--;
        while (p > lineStart && " \"'".indexOf(text.charAt(p - 1)) >= 0) {
            p--;
        }
        int we = p;
        while (p > lineStart && (Character.isLetter(text.charAt(p - 1)) || text.charAt(p - 1) == '_'
                || text.charAt(p - 1) == ' ' && we - p < 12 && p - 1 > lineStart
                && Character.isLetter(text.charAt(p - 2)))) {
            p--;
        }
        String label = text.substring(p, we).trim().toLowerCase(Locale.ROOT);
        int sp = label.lastIndexOf(' ');
        return NAME_FIELDS.contains(label) || sp > 0 && NAME_FIELDS.contains(label.substring(sp + 1));
    }

    /** Introductions before a name: the speaker names themself. */
    private static final String[] INTRODUCTIONS = {"my name is", "my name's", "i am called", "call me", "mein name ist",
        "ich heiße", "ich heisse", "mijn naam is", "ik heet", "je m'appelle", "je m’appelle", "mon nom est",
        "me llamo", "mi nombre es", "mi chiamo", "il mio nome è", "il mio nome e"};

    private static boolean introduced(String text, int s) {
        int p = s;
        while (p > 0 && text.charAt(p - 1) == ' ') {
            p--;
        }
        String before = text.substring(Math.max(0, p - 20), p).toLowerCase(Locale.ROOT);
        for (String i : INTRODUCTIONS) {
            if (before.endsWith(i)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------- addresses

    /** Street words before a name; particles and titles may stand between ("Calle de Cervantes"). */
    private static final Set<String> STREETS_BEFORE = set("rue", "av", "avenue", "bd", "boulevard", "blvd",
            "place", "pl", "quai", "allée", "allee", "impasse", "chemin", "cours", "square", "passage", "route",
            "esplanade", "parvis", "via", "viale", "v.le", "piazza", "p.zza", "piazzale", "corso", "c.so", "largo",
            "vicolo", "lungomare", "lungotevere", "calle", "c/", "avenida", "avda", "plaza", "pza", "paseo", "ronda",
            "carrera", "camino", "glorieta", "travesía", "travesia", "carretera", "rambla");

    /** Building and place words before a name, with only titles between ("Hospital Doctor Peset"). */
    private static final Set<String> BUILDINGS_BEFORE = set("bâtiment", "batiment", "bât", "bat", "immeuble",
            "résidence", "residence", "lycée", "lycee", "collège", "college", "école", "ecole", "université",
            "universite", "hôpital", "hopital", "clinique", "gare", "aéroport", "aeroport", "stade", "musée", "musee",
            "pont", "parc", "théâtre", "theatre", "salle", "amphi", "amphithéâtre", "centre", "institut", "fondation",
            "métro", "metro", "station", "ponte", "stazione", "aeroporto", "ospedale", "policlinico", "scuola",
            "liceo", "istituto", "università", "universita", "palazzo", "teatro", "museo", "stadio", "parco",
            "galleria", "fondazione", "colegio", "instituto", "ies", "cp", "ceip", "hospital", "estación", "estacion",
            "aeropuerto", "estadio", "universidad", "edificio", "parque", "puente", "polideportivo", "biblioteca",
            "bibliothèque", "fundación", "fundacion", "museum", "stichting", "stiftung", "gymnasium", "mount", "mt",
            "fort", "lake", "cape", "uss", "hms", "basisschool");

    /**
     * Street and building words that are also English words before a relative clause ("the station Anna took"):
     * they count in lower case only when written with an accent or another letter English lacks.
     */
    private static final Set<String> ENGLISH_TOO = set("college", "theatre", "station", "hospital", "museum",
            "centre", "mount", "fort", "lake", "cape", "metro", "residence", "passage", "route", "square", "place",
            "salle", "gymnasium", "institut", "parc", "pont", "largo", "ronda", "camino", "cours", "via");

    /** Street, place and building words after a name ("Victor Hugo Street", "Johan Cruijff Arena"). */
    private static final Set<String> PLACES_AFTER = set("street", "st", "road", "rd", "avenue", "ave",
            "boulevard", "blvd", "square", "building", "school", "hospital", "station", "airport", "bridge",
            "college", "university", "institute", "centre", "center", "museum", "theatre", "theater", "library",
            "stadium", "arena", "memorial", "prize", "award", "foundation", "highway", "parkway", "tunnel", "terminal",
            "plaza", "drive", "straat", "laan", "plein", "weg", "gracht", "kade", "singel", "dreef", "brug",
            "ziekenhuis", "lyceum", "stadion", "instituut", "stichting", "prijs", "schouwburg", "kazerne", "straße",
            "strasse", "str", "platz", "allee", "gasse", "damm", "ufer", "brücke", "brucke", "bahnhof", "flughafen",
            "halle", "gymnasium", "schule", "realschule", "grundschule", "gesamtschule", "universität",
            "universitat", "institut", "stiftung", "preis", "klinik", "klinikum", "krankenhaus", "kolleg", "zentrum",
            "turm", "haus", "kaserne", "ring");

    /** Street words glued to a name's last word ("Goethestraße", "Johan Cruijffplein", "Beethovenstraat"). */
    private static final String[] GLUED_STREETS = {"straat", "laan", "plein", "gracht", "kade", "singel", "dreef",
        "straße", "strasse", "platz", "allee", "gasse", "damm", "brücke", "bahnhof", "schule", "gymnasium"};

    /** Words that may stand between a street word and a name: particles ("de", "du") and titles ("Général"). */
    private static final Set<String> STREET_PARTICLES = set("de", "del", "la", "du", "des",
            "della", "dello", "degli", "dei", "van", "von", "der", "den", "le", "el", "lo", "al", "los", "las");

    /** Titles before a name in street and building names, and before a public figure ("Sir Isaac Newton"). */
    private static final Set<String> TITLES = set("general", "général", "generale", "maréchal", "marechal",
            "mariscal", "maresciallo", "president", "président", "presidente", "doctor", "docteur", "dottor",
            "dottore", "doktor", "dr", "prof", "professor", "professeur", "professore", "sr", "don", "dom", "doña",
            "dona", "donna", "reina", "rey", "roi", "reine", "re", "regina", "king", "queen", "prince", "princess",
            "prins", "prinses", "principe", "príncipe", "princesa", "principessa", "koning", "koningin", "könig",
            "konig", "königin", "kaiser", "keizer", "papa", "pape", "pope", "paus", "papst", "père", "pere", "padre",
            "fray", "frère", "frere", "abbé", "abbe", "cardinal", "cardenal", "cardinale", "kardinaal", "mgr",
            "monseigneur", "capitaine", "capitán", "capitan", "capitano", "kapitein", "captain", "almirante",
            "ammiraglio", "amiral", "admiral", "commandant", "comandante", "colonel", "coronel", "colonnello",
            "infante", "infanta", "conde", "comte", "conte", "graf", "duque", "duc", "duca", "marqués", "marques",
            "marquis", "marchese", "pintor", "poeta", "escultor", "músico", "musico", "maestro", "compositor",
            "pittore", "scultore", "peintre", "poète", "poete", "sculpteur", "ingeniero", "ingegnere", "ingénieur",
            "ingenieur", "obispo", "vescovo", "évêque", "eveque", "arzobispo", "beato", "beata", "sor", "san",
            "santa", "santo", "saint", "sainte", "sint", "sankt", "st", "ste", "sta", "sto", "s", "sir", "lord", "lady",
            "dame", "mr", "mrs", "ms", "miss", "mister", "madame", "mme", "monsieur", "mademoiselle", "herr", "frau",
            "señor", "senor", "señora", "senora", "signor", "signore", "signora", "meneer", "mevrouw", "heer",
            "emperor", "empress", "tsar", "czar", "sultan", "pharaoh", "farao", "saint-");

    /** Whether the name at [s, e) is part of an address or a building's name. */
    private static boolean addressPart(String text, int s, int e, List<Word> inside) {
        Word first = inside.get(0);
        if (inside.size() > 1 && first.upper() && (STREETS_BEFORE.contains(first.key())
                || BUILDINGS_BEFORE.contains(first.key())) && !Lexicon.isFirstName(text, first.start(), first.end())) {
            return true; // the run took the street word in: "Rue Victor Hugo", "Piazza Garibaldi"
        }
        Word last = inside.get(inside.size() - 1);
        String lk = last.key();
        if (!lk.startsWith("van") && !lk.startsWith("ver") && !lk.startsWith("ter") && !lk.startsWith("ten")
                && !lk.startsWith("der") && !lk.startsWith("den")) { // "Vanderlaan", "Terlaan" are surnames
            for (String g : GLUED_STREETS) {
                if (lk.length() >= g.length() + 4 && lk.endsWith(g)) {
                    return true; // "Goethestraße", "Johan Cruijffplein"
                }
            }
        }
        List<Word> after = wordsAfter(text, last.end(), 1);
        if (!after.isEmpty() && PLACES_AFTER.contains(after.get(0).key())
                && (after.get(0).upper() || text.charAt(last.end()) == '-')) {
            return true; // "Victor Hugo Street", "Konrad-Adenauer-Straße", "Johan Cruijff Arena"
        }
        // the words before, nearest first: "rue Victor Hugo", "Calle de Cervantes", "Avenue du Général Leclerc"
        boolean particles = false;
        int from = first.start();
        for (int i = 0; i < 4; i++) {
            List<Word> b = wordsBefore(text, from, 1);
            if (b.isEmpty()) {
                return false;
            }
            Word w = b.get(0);
            String k = w.key();
            boolean street = STREETS_BEFORE.contains(k);
            if (street || BUILDINGS_BEFORE.contains(k)) {
                if (ENGLISH_TOO.contains(k) && !w.upper() && plain(text, w)) {
                    return street && !particles && italianVia(text, w);
                }
                return street ? !placeInstead(text, w, particles) : !particles;
            }
            if (STREET_PARTICLES.contains(k) || k.startsWith("d") && text.charAt(w.end() - 1) == '\'') {
                particles = true;
            } else if (!TITLES.contains(k)) {
                return false;
            }
            from = w.start();
        }
        return false;
    }

    /** Whether the word is written in ASCII letters only (so it may be English). */
    private static boolean plain(String text, Word w) {
        for (int i = w.start(); i < w.end(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** "in via Roma", "12 via Garibaldi", "abito in via Giuseppe Verdi" (not "sent via Anna"). */
    private static boolean italianVia(String text, Word via) {
        if (!via.key().equals("via")) {
            return false;
        }
        int p = via.start();
        while (p > 0 && text.charAt(p - 1) == ' ') {
            p--;
        }
        if (p == 0 || Character.isDigit(text.charAt(p - 1)) || ",;:\n(".indexOf(text.charAt(p - 1)) >= 0) {
            return true;
        }
        List<Word> prev = wordsBefore(text, via.start(), 1);
        return !prev.isEmpty() && ITALIAN_PREPOSITIONS.contains(prev.get(0).key());
    }

    /** "à la place de Marie", "en lieu et place de Paul": the French "instead of", not a square. */
    private static boolean placeInstead(String text, Word place, boolean particles) {
        if (!particles || !place.key().equals("place")) {
            return false;
        }
        List<Word> prev = wordsBefore(text, place.start(), 1);
        return !prev.isEmpty() && BEFORE_PLACE_INSTEAD.contains(prev.get(0).key());
    }

    /** The words before "place" in the French "instead of" ("à la place de", "en lieu et place de"). */
    private static final Set<String> BEFORE_PLACE_INSTEAD = set("la", "en", "et", "a", "sa", "ma", "ta");

    private static final Set<String> ITALIAN_PREPOSITIONS = set("in", "a", "da", "di", "della", "nella",
            "sulla", "per", "dalla", "alla", "e", "la", "una", "abito", "abita", "sede", "sito", "situato");

    // ------------------------------------------------------------------------------------------- cars

    /** Car makes named after a person. */
    private static final Set<String> CAR_MAKES = set("ford", "porsche", "ferrari", "lamborghini", "tesla",
            "lincoln", "chevrolet", "austin", "morris", "mercedes", "citroen", "dodge", "chrysler");

    /** Model names of those makes that are no names ("Ford Mustang", "Lincoln Continental", "Morris Minor"). */
    private static final Set<String> CAR_MODELS = set("mustang", "fiesta", "focus", "transit", "ka", "kuga", "puma",
            "ranger", "escort", "mondeo", "galaxy", "model", "continental", "navigator", "camaro", "corvette",
            "impala", "cayenne", "carrera", "macan", "taycan", "boxster", "testarossa", "countach", "aventador",
            "huracan", "picasso", "minor", "healey", "sprinter", "seven", "mini", "cybertruck", "explorer", "bronco",
            "capri", "sierra", "granada", "taunus", "thunderbird", "cortina", "anglia", "zephyr", "cobra", "gt",
            "roadster", "spider", "enzo", "ds", "traction", "ram", "viper", "charger", "challenger", "durango",
            "voyager", "benz", "amg", "sls", "suv");

    private static boolean carModel(List<Word> inside) {
        if (inside.size() < 2 || !CAR_MAKES.contains(inside.get(0).key())) {
            return false;
        }
        String k = inside.get(1).key();
        return CAR_MODELS.contains(k) || k.chars().anyMatch(Character::isDigit);
    }

    // ------------------------------------------------------------------------------------------- words

    /** The words within [s, e). */
    static List<Word> words(String text, int s, int e) {
        List<Word> out = new ArrayList<>(4);
        int p = s;
        while (p < e) {
            while (p < e && !wordChar(text.charAt(p))) {
                p++;
            }
            int ws = p;
            while (p < e && wordChar(text.charAt(p))) {
                p++;
            }
            if (p > ws) {
                Word w = word(text, ws, p);
                if (w != null) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** Up to {@code max} words right before {@code from}, nearest first, on the same line, no punctuation between. */
    static List<Word> wordsBefore(String text, int from, int max) {
        List<Word> out = new ArrayList<>(max);
        int p = from;
        while (out.size() < max) {
            int q = p;
            while (q > 0 && (text.charAt(q - 1) == ' ' || text.charAt(q - 1) == '-' || text.charAt(q - 1) == '.'
                    || text.charAt(q - 1) == '\u00a0') && p - q < 3) {
                q--;
            }
            if (q == p && p != from || q == 0 || !wordChar(text.charAt(q - 1))) {
                break;
            }
            int we = q;
            while (q > 0 && wordChar(text.charAt(q - 1))) {
                q--;
            }
            Word w = word(text, q, we);
            if (w == null || sentenceEnd(text, we, w)) {
                break;
            }
            out.add(w);
            p = q;
        }
        return out;
    }

    /** Up to {@code max} words right after {@code from}, on the same line, with no punctuation between. */
    static List<Word> wordsAfter(String text, int from, int max) {
        List<Word> out = new ArrayList<>(max);
        int p = from;
        int n = text.length();
        Word prev = null;
        while (out.size() < max) {
            if (prev != null && sentenceEnd(text, p, prev)) {
                break;
            }
            int q = p;
            while (q < n && (text.charAt(q) == ' ' || text.charAt(q) == '-' || text.charAt(q) == '.'
                    || text.charAt(q) == '\u00a0') && q - p < 3) {
                q++;
            }
            if (q == n || !wordChar(text.charAt(q))) {
                break;
            }
            int ws = q;
            while (q < n && wordChar(text.charAt(q))) {
                q++;
            }
            Word w = word(text, ws, q);
            if (w == null) {
                break;
            }
            out.add(w);
            prev = w;
            if (w.key().endsWith(" s") || q < n && text.charAt(q) == '\'') {
                break; // a possessive ends a name
            }
            p = q;
        }
        return out;
    }

    /** Whether a '.' right after the word at [.., end) ends a sentence (not an initial or an abbreviation). */
    private static boolean sentenceEnd(String text, int end, Word w) {
        if (end >= text.length() || text.charAt(end) != '.') {
            return false;
        }
        if (end + 1 < text.length() && Character.isLetter(text.charAt(end + 1))) {
            return false; // "J.R.R."
        }
        return w.key().length() > 1 && !TITLES.contains(w.key()) && !w.key().equals("jr");
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '/';
    }

    /** The word at [s, e) with its key; null for a word with no letter. */
    private static Word word(String text, int s, int e) {
        String k = key(text.substring(s, e));
        if (k.isEmpty()) {
            return null;
        }
        int f = s;
        while (f < e && !Character.isLetterOrDigit(text.charAt(f))) {
            f++;
        }
        return new Word(s, e, k, f < e && Character.isUpperCase(text.charAt(f)));
    }

    /**
     * The lookup form of a name: lower case, accents removed, apostrophes dropped ("O'Higgins" = "ohiggins"), hyphens
     * and dots as spaces, a possessive "'s" split off as the word "s", spaces collapsed.
     */
    static String key(String name) {
        String f = Texts.asciiPrefix(name) == name.length() ? name : Lexicon.fold(name.toLowerCase(Locale.ROOT));
        StringBuilder sb = new StringBuilder(f.length());
        boolean space = true;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '\u2019') {
                c = '\'';
            } else if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c == '\'' && i + 1 < f.length() && f.charAt(i + 1) == 's' && i > 0
                    && (i + 2 == f.length() || !Character.isLetter(f.charAt(i + 2)))) {
                c = ' ';
            } else if (c == '\'') {
                continue;
            }
            if (c == '-' || c == '.' || Character.isWhitespace(c) || c == '\u00a0') {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
            } else {
                sb.append(c);
                space = false;
            }
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == ' ') {
            sb.setLength(len - 1);
        }
        return sb.toString();
    }
}
