package io.tappass.pipeline.pii;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists of the built-in recognizers: context words per entity and language, negative context, titles,
 * first names, and words that are capitalised but are not names. All lower case. Written for TapPass.
 */
final class Lexicon {

    /** Languages with context words. */
    static final Set<String> LANGUAGES = Set.of("en", "nl", "de", "fr", "es", "it");

    private static final Map<PiiEntity, String> CONTEXT = new EnumMap<>(PiiEntity.class);

    static {
        CONTEXT.put(PiiEntity.EMAIL_ADDRESS, "en:email,e-mail,mail,contact|nl:mailadres,e-mailadres|de:e-mail-adresse"
                + "|fr:courriel,adresse e-mail|es:correo|it:posta");
        CONTEXT.put(PiiEntity.PHONE_NUMBER, "en:phone,telephone,tel,mobile,cell,call,fax,number,whatsapp,sms,text me,"
                + "reach me,contact,dial,ring,answering,reach,reached,office,home,work,landline,registered|nl:telefoon,mobiel,nummer,bel,gsm|de:telefon,handy,rufnummer,nummer,anruf,"
                + "mobil|fr:téléphone,telephone,portable,numéro,numero,appeler,appelez|es:teléfono,telefono,móvil,movil,"
                + "número,numero,llamar,llama|it:telefono,cellulare,numero,chiamare,chiama"
                // contact abbreviations (twenty-sixth session: "tél. 03 ...", "recapito 091 ...")
                + "|fr:tél|it:recapito,cell"
                // calling back and phone-number compounds (twenty-fourth session: "Rückrufnummer:", "kan je me
                // terugbellen op ...")
                + "|en:callback,call-back|nl:bellen,terugbellen,terugbelnummer,telefoonnummer,mobielnummer,"
                + "gsm-nummer|de:anrufen,zurückrufen,zuruckrufen,rückruf,ruckruf,rückrufnummer,ruckrufnummer,"
                + "telefonnummer,handynummer,mobilnummer,festnetz,festnetznummer,durchwahl|fr:rappeler,rappelez,"
                + "rappelle,joindre,joignable|es:llámame,llamame,llamada,llámenos,llamenos|it:chiamami,richiamare,"
                + "richiamami,richiamarmi");
        CONTEXT.put(PiiEntity.CREDIT_CARD, "en:card,credit,debit,visa,mastercard,amex,payment,pan,cc|nl:kaart,creditcard,"
                + "betaalkaart|de:karte,kreditkarte|fr:carte,bancaire|es:tarjeta|it:carta"
                // the compounds of "card number" (twenty-fifth session: "Kaartnummer: ...")
                + "|nl:kaartnummer,creditcardnummer,betaalkaartnummer|de:kartennummer,kreditkartennummer");
        CONTEXT.put(PiiEntity.IBAN_CODE, "en:iban,account,bank,transfer,wire|nl:rekening,rekeningnummer|de:konto,"
                + "bankverbindung|fr:compte,virement|es:cuenta|it:conto,bonifico");
        CONTEXT.put(PiiEntity.US_SSN, "en:ssn,social security,social sec,ss#,ss number,taxpayer");
        CONTEXT.put(PiiEntity.UK_NINO, "en:national insurance,nino,ni number,ni no"
                // thirty-fourth session: a number named by the office that issues or keeps it ("the number on my
                // HMRC letter", "die Nummer vom BZSt-Brief", "mijn nummer bij de Belastingdienst", "ma carte Ameli")
                + "|en:hmrc,dwp");
        CONTEXT.put(PiiEntity.UK_NHS, "en:nhs,health service,patient,hospital,gp");
        CONTEXT.put(PiiEntity.NL_BSN, "nl:bsn,burgerservicenummer,sofinummer,sofi|en:citizen service number,bsn"
                + "|nl:belastingdienst,digid");
        CONTEXT.put(PiiEntity.BE_NATIONAL_NUMBER, "nl:rijksregisternummer,rijksregister,rijksregisternr,insz,rrn|"
                + "fr:registre national,"
                + "numéro national,numero national|en:national number,national register|de:nationalregisternummer"
                + "|nl:ziekenfonds,mutualiteit|fr:mutualité,mutualite");
        CONTEXT.put(PiiEntity.DE_TAX_ID, "de:steuer-id,steuerid,steueridentifikationsnummer,identifikationsnummer,"
                + "idnr,steuernummer,steuer|en:tax id,tax identification,tin"
                + "|de:bzst,bundeszentralamt");
        CONTEXT.put(PiiEntity.FR_NIR, "fr:sécurité sociale,securite sociale,sécu,secu,nir,insee,carte vitale,ss|"
                + "fr:ameli,cpam,urssaf,assurance maladie|"
                + "en:social security"
                // thirty-third session: the number named by the social-security words of the other five languages
                // (a French client's number in a German, Dutch, Italian or Spanish letter)
                + "|en:social insurance|de:sozialversicherungsnummer,sozialversicherung,sozialversicherungs,"
                + "sv-nummer,svnr|nl:sociale zekerheid,socialezekerheidsnummer,sociale-zekerheidsnummer|it:previdenza sociale,"
                + "sicurezza sociale,previdenziale|es:seguridad social");
        CONTEXT.put(PiiEntity.ES_DNI_NIE, "es:dni,nie,nif,documento,identidad,extranjero|en:id,identity");
        CONTEXT.put(PiiEntity.IT_FISCAL_CODE, "it:codice fiscale,cf,tessera sanitaria|en:fiscal code,tax code");
        CONTEXT.put(PiiEntity.IP_ADDRESS, "en:ip,ipv4,ipv6,address,host,server,client,from,src,dst,source,"
                + "destination,unspecified,loopback,localhost,gateway,subnet,route,peer");
        CONTEXT.put(PiiEntity.MAC_ADDRESS, "en:mac,hardware,ethernet,wifi,device,physical");
        CONTEXT.put(PiiEntity.CRYPTO, "en:wallet,bitcoin,btc,eth,ethereum,address,crypto,send,usdt");
        CONTEXT.put(PiiEntity.DATE_OF_BIRTH, "en:born,birth,dob,d.o.b,birthday,birthdate|nl:geboren,geboortedatum,"
                + "geb.|de:geboren,geburtsdatum,geb.,geburtstag|fr:né le,née le,naissance|es:nacido,nacida,"
                + "nacimiento|it:nato,nata,nascita");
        CONTEXT.put(PiiEntity.PERSON, "en:name,dear,regards,signed,called,named|nl:naam,heet|de:name,heiße,heisse|"
                + "fr:nom,appelle|es:nombre,llamo|it:nome,chiamo");
    }

    /**
     * Known first names that are also common English words (verbs, adjectives, nouns): at a sentence start before a
     * lower-case word they are read as words ("Grant the role access", "Max retries", "Gene expression").
     */
    static final WordSet WORD_NAMES = set("grant", "frank", "jack", "ray", "gene", "dean", "penny", "mason", "max",
        "angel", "earl", "wade", "lance", "victor", "pearl", "iris", "lily", "holly", "ivy", "crystal", "dale");

    /** Words near a number that make it unlikely to be personal data. */
    static final String[] NEGATIVE = {"license", "licence", "passport", "policy", "member", "zip", "postcode",
        "postal", "street", "st", "ave", "avenue", "road", "rd", "suite", "apt", "box", "order", "invoice", "ticket", "ref", "reference", "tracking", "isbn", "version",
        "serial", "model", "sku", "part no", "item", "page", "total", "amount", "price", "eur", "usd", "$", "€",
        "factuur", "bestelling", "rechnung", "bestellung", "commande", "facture", "pedido", "factura", "ordine",
        "fattura"};

    /**
     * Labels of other identifiers, near a number that is shaped like a phone number: "NHS number 943 476 5918" is a
     * (mistyped) NHS number, not a phone number. Added to {@link #NEGATIVE} for phone candidates only; single words
     * (a phrase would make every window test phrases at more first letters: measured 5 % slower).
     */
    static final String[] NOT_PHONE = {"nhs", "ssn", "bsn", "burgerservicenummer", "sofinummer", "nino",
        "rijksregisternummer", "insz", "steuer-id", "steuerid", "steueridentifikationsnummer", "iban", "acct", "nir",
        "fiscale", "dni", "nie", "article", "articles", "artikel", "articolo", "artículo", "articulo", "référence",
        "reference", "referentie", "referencia", "riferimento", "lot", "lotto", "lote", "batch", "charge", "sku",
        // files, cases and shipments (round-14 tuning: "numéro de dossier", "número de seguimiento", "numero della
        // pratica", "Aktenzeichen", "zaaknummer", "Sendungsnummer")
        "dossier", "dossiernummer", "zaaknummer", "expediente", "pratica", "seguimiento", "aktenzeichen",
        "vorgangsnummer", "sendungsnummer", "suivi", "tracciamento", "spedizione", "envío", "envio",
        // the registers of offices (thirty-fourth session: "Protocollo n. ...", "número de registro", "Geschäftszeichen")
        "protocollo", "protocolo", "protokollnummer", "registro", "geschäftszeichen", "geschaftszeichen"};

    /** Words introducing a date of birth. */
    static final WordSet DOB = new WordSet(java.util.Arrays.asList("born", "birth", "dob", "d.o.b", "birthday",
        "birthdate", "geburtstag", "geboortedag", "geboren", "geboortedatum", "geburtsdatum", "geb.", "né", "née", "naissance", "nacido", "nacida",
        "nacimiento", "nato", "nata", "nascita",
        // the past tense of the verb (thirty-fifth session: "mi hijo nació el 7 de octubre de 2017", "nacque il ...")
        "nació", "nacio", "nacque",
        // snake_case keys of JSON, CSV and logs (sixteenth session: "data_nascita": "1983-03-17")
        "date_of_birth", "birth_date", "dateofbirth", "data_nascita", "data_di_nascita", "date_naissance",
        "date_de_naissance", "fecha_nacimiento", "fecha_de_nacimiento", "geburts_datum", "geboorte_datum",
        // the same keys in camelCase, as XML elements and JSON keys write them ("<dataNascita>", "fechaNacimiento",
        // "dateNaissance"; lookups ignore case: twenty-fourth session)
        "datanascita", "datadinascita", "datenaissance", "datedenaissance", "fechanacimiento", "fechadenacimiento",
        "birthday_date", "geboortedatum",
        // abbreviations on forms, with their full stop ("F. nac.:", "data di nasc.", "date de naiss."; round-11
        // tuning; "NAC" without one is a drug)
        "nac.", "nasc.", "naiss.",
        // the chat forms of "birthday" ("my bday is 24th March 1999"; round-12 tuning)
        "bday", "b-day", "bdate",
        // the birthday nouns of the other five languages and their plurals, which head a list of birthdays
        // (thirty-fourth session: "m'n verjaardag is ...", "il mio compleanno è il ...", "Geburtstage: ..."); "cumple"
        // and "anniversaire" are read by PersonHeuristics.birthWordEnd only as the birthday (BIRTH_NOUNS_GUARDED)
        "verjaardag", "verjaardagen", "compleanno", "compleanni", "cumpleaños", "cumpleanos", "cumple", "anniversaire",
        "anniversaires", "geburtstage", "birthdays", "geburtsdaten", "geboortedata",
        // the French form's abbreviation of "date de naissance" ("DDN : ...", "ddn 03.12.2003")
        "ddn"));

    /**
     * Plural birth words that head a list of several people's birthdays ("Geburtstage: Jana 03.04.1990, Timo
     * 17.01.1993", "birthdays - Ana (1991-02-03); Ben (1988-07-30)"): every date of the list is a date of birth, not
     * only the first one (thirty-fourth session).
     */
    static final WordSet BIRTH_LISTS = set("birthdays", "geburtstage", "verjaardagen", "compleanni", "anniversaires",
        "cumpleaños", "cumpleanos", "geburtsdaten", "geboortedata");

    /** Honorific titles (lower case, without the trailing dot). */
    static final WordSet TITLES = set("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "dame",
        "lord", "lady", "herr", "herrn", "frau", "dhr", "mevr", "mevrouw", "meneer", "mw", "m", "mme", "mlle", "monsieur",
        "madame", "sr", "sra", "srta", "señor", "senor", "señora", "senora", "don", "doña", "dona", "sig", "sig.ra",
        "signor", "signora", "dott", "dottssa", "ing", "avv",
        // professional titles written before the family name (thirty-second session: "rag. ...", "geom. ...",
        // "arch. ...", "Lic. ...", "Mag. ...")
        "rag", "geom", "arch", "lic", "licda", "ldo", "lda", "mag");

    /**
     * Nouns of address after a title, in the six languages ("Herr Kollege Dr. ...", "Frau Professorin", "Monsieur
     * le Maire", "Madame la Juge", "Signor Sindaco", "Señor Alcalde", "geachte heer Burgemeester"): never the
     * name, which may follow them (twenty-fifth session). Nouns that are frequent family names (Richter, Koch,
     * Freund, Bruder, Pastor) are left out.
     */
    static final WordSet ADDRESS_NOUNS = set("kollege", "kollegin", "doktor", "professor", "professorin", "pfarrer",
        "pfarrerin", "direktor", "direktorin", "präsident", "präsidentin", "minister", "ministerin",
        "bürgermeister", "bürgermeisterin", "botschafter", "botschafterin", "abgeordneter", "abgeordnete",
        "rechtsanwalt", "rechtsanwältin", "notar", "notarin", "kommissar", "kommissarin", "oberarzt", "oberärztin",
        "chefarzt", "chefärztin", "dekan", "dekanin", "colleague", "collega", "dottore", "dottoressa",
        "professore", "professoressa", "avvocato", "ingegnere", "direttore", "direttrice", "presidente", "sindaco",
        "ministro", "ministra", "maître", "maitre", "docteur", "professeur", "directeur", "président",
        "présidente", "ministre", "maire", "juge", "bâtonnier", "confrère", "confrere", "consœur", "consoeur",
        "collègue", "collegue", "doctor", "doctora", "profesor", "profesora", "director", "directora",
        "licenciado", "licenciada", "abogado", "abogada", "alcalde", "alcaldesa", "juez", "jueza", "compañero",
        "compañera", "dokter", "burgemeester", "wethouder", "voorzitter", "notaris", "advocaat", "pastoor",
        "dominee", "commissaris", "procureur", "procuratore", "fiscal");

    /** Words after which a capitalised word is a place, not a person ("St. John Street", "San Michele"). */
    static final WordSet PLACES_BEFORE = set("st", "san", "santa", "santo", "saint", "sankt", "via", "rue", "ul",
        "calle", "avenida", "piazza", "fort", "port", "lake", "mount", "cape", "of",
        // venues named after people, the venue word first ("aéroport Charles de Gaulle", "estadio Santiago
        // Bernabéu", "lycée Victor Hugo", "ospedale ...", "Aeroporto Leonardo da Vinci")
        "aéroport", "aeroport", "aeroporto", "aeropuerto", "airport", "flughafen", "luchthaven", "stade", "stadio",
        "estadio", "stadion", "lycée", "lycee", "collège", "college", "école", "ecole", "liceo", "scuola", "colegio",
        "instituto", "istituto", "institut", "instituut", "escuela", "gymnasium", "hôpital", "hopital", "ospedale",
        "hospital", "ziekenhuis", "klinik", "kliniek", "clinique", "clinica", "clínica", "musée", "musee", "museo",
        "museum", "teatro", "théâtre", "theatre", "theater", "gare", "stazione", "estación", "estacion", "bahnhof",
        // stops of a metro, tram or bus named after people (round-12 tuning: "station Charles de Gaulle")
        "station", "metro", "métro", "metrostation", "halte", "arrêt", "arret", "fermata", "parada", "haltestelle",
        "viale", "corso", "avenue", "boulevard", "allée", "allee", "quai", "plaza", "largo", "lungomare", "parque",
        "parco", "parc", "premio", "prix", "fondation", "fondazione", "fundación", "fundacion", "stichting",
        "stiftung", "universidad", "università", "universita", "université", "universite", "universiteit",
        "universität", "ponte", "pont", "puente", "cinema", "cinéma", "cine", "basilica", "basilique", "iglesia",
        "chiesa", "église", "eglise", "kerk", "kirche", "palazzo", "palacio", "palais", "hôtel", "albergo",
        "ristorante", "restaurante", "pizzeria", "trattoria", "salle", "zaal", "auditorium", "biblioteca",
        // rooms and halls named after people, the room word first (round-14 tuning: "aula Enrico Fermi", "sala
        // Ramón y Cajal", "auditorio ...", "Saal ...")
        "sala", "aula", "auditorio", "auditori", "saal", "salón", "salon",
        "bibliothèque", "bibliotheque", "bibliotheek", "bibliothek", "piscina", "plein");
    /**
     * Shops and eateries named after their owner or a place, the shop word first ("Bakkerij Jansen", "Bar Luigi",
     * "Tabac de la Gare", "Metzgerei Huber"): a surname inside a business name is no person (twenty-fourth session);
     * profession nouns ("bakker Jansen", "the baker Jones") name a person and are left out. Part of
     * {@link #PLACE_PREFIX}; one of five letters or more inside a capitalised run makes the rest of the run the
     * shop's name ("Speisekarte Gasthaus Zum Hirschen", twenty-fifth session).
     */
    static final WordSet SHOPS = set("ristorante", "restaurante", "pizzeria", "trattoria", "albergo", "bar", "tabac", "brasserie", "bistro", "bistrot", "boulangerie", "pâtisserie", "patisserie", "boucherie",
        "charcuterie", "épicerie", "epicerie", "fromagerie", "librairie", "pharmacie", "crêperie", "creperie",
        "auberge", "bakkerij", "slagerij", "kapsalon", "drogisterij", "boekhandel", "eetcafé", "eetcafe",
        "cafetaria", "snackbar", "lunchroom", "autobedrijf", "bäckerei", "backerei", "baeckerei", "metzgerei",
        "fleischerei", "konditorei", "gasthaus", "gasthof", "wirtshaus", "autohaus", "buchhandlung", "weingut",
        "brauerei", "cafetería", "cafeteria", "panadería", "panaderia", "carnicería", "carniceria", "pastelería",
        "pasteleria", "librería", "peluquería", "peluqueria", "ferretería", "ferreteria", "taberna", "mesón",
        "meson", "caffè", "caffe", "panetteria", "panificio", "macelleria", "pasticceria", "gelateria", "osteria",
        "enoteca", "tabaccheria", "ferramenta", "locanda", "pub", "bakery", "deli", "diner", "tavern",
        // lodging and eating places in most of the languages (twenty-sixth session: "Grand Hotel Victoria",
        // "Café de Flore")
        "hotel", "motel", "hostel", "restaurant", "café", "cafe");
    /** Words after which a capitalised word is a place or a shop, not a person: {@link #PLACES_BEFORE} and {@link #SHOPS}. */
    static final WordSet PLACE_PREFIX = union(PLACES_BEFORE, SHOPS);
    /**
     * Nouns of products and of their kinds, in the seven languages ("lamp", "Stuhl", "tazzine", "model", "editie",
     * "collezione"): a single capitalised word right after one names the product ("Floor lamp Jasper", "Model
     * Aria"), and a run starting with a capitalised one is a product name ("Tazzine Leonardo"), not a person
     * (twenty-fourth session). Role nouns that are also things ("chair") are left out.
     */
    static final WordSet PRODUCT_NOUNS = set("model", "models", "modell", "modelle", "modèle", "modele", "modelo",
        "modello", "edition", "editie", "édition", "edicion", "edición", "edizione", "series", "serie", "série",
        "collection", "collectie", "kollektion", "collezione", "colección", "coleccion", "variant", "variante",
        "lamp", "lampe", "lampada", "lámpara", "lampara", "leuchte", "armchair", "fauteuil", "sessel", "sillón",
        "sillon", "poltrona", "sofa", "sofá", "canapé", "canape", "divano", "couch", "stoel", "stuhl",
        "chaise", "silla", "sedia", "table", "tafel", "tisch", "tavolo", "desk", "bureau", "schreibtisch",
        // thirty-sixth session: office chairs and low tables, whose model names are given names the larger name
        // list now knows ("Bürostuhl \"Konrad\"", "tavolino Matilde")
        "bürostuhl", "burostuhl", "buerostuhl", "drehstuhl", "bureaustoel", "couchtisch", "salontafel", "tavolino",
        "tavolini",
        "scrivania", "escritorio", "bed", "bett", "letto", "cama", "mattress", "matras", "matratze", "matelas",
        "materasso", "colchón", "colchon", "rug", "vloerkleed", "teppich", "tapis", "tappeto", "alfombra", "shelf",
        "bookshelf", "bookcase", "boekenkast", "kast", "regal", "étagère", "etagere", "estantería", "libreria",
        "mug", "beker", "tasse", "taza", "tazza", "tazze", "tazzina", "tazzine", "vase", "vaas", "vaso",
        "kettle", "waterkoker", "teapot", "theepot", "amplifier", "amp", "versterker", "verstärker",
        "amplificateur", "amplificador", "amplificatore", "headphones", "koptelefoon", "kopfhörer", "casque",
        "auriculares", "cuffie", "boots", "laarzen", "stiefel", "bottes", "botas", "stivali", "guitar", "gitaar",
        "gitarre", "guitare", "guitarra", "chitarra", "mixer", "bag", "tas", "tasche", "sac", "borsa", "bolso", "backpack",
        "rugzak", "rucksack", "zaino", "mochila", "jacket", "jas", "jacke", "veste", "giacca", "chaqueta", "dress",
        "jurk", "kleid", "vestito", "vestido", "sneaker", "sneakers", "candle", "kaars", "kerze", "bougie",
        "candela", "pillow", "cushion", "kussen", "kissen", "coussin", "cuscino", "cojín", "cojin",
        "blanket", "decke", "plaid", "coperta", "manta", "cabinet", "dresser", "wardrobe", "kledingkast",
        "kleiderschrank", "armoire", "armadio", "armario", "stool", "hocker", "tabouret", "sgabello",
        "taburete", "mirror", "spiegel", "miroir", "specchio", "espejo", "hanglamp", "lampadaire", "vloerlamp",
        "stehlampe", "sideboard", "dressoir", "anrichte", "credenza", "madia", "aparador", "bahut", "enfilade",
        "nightstand", "nachtkastje", "nachttisch", "comodino", "mesita", "chevet", "kommode", "cómoda", "commode",
        "cassettiera", "ladekast", "ottoman", "pouf", "poef",
        // things other than products that carry a given name, in the six languages (twenty-fifth session): storms
        // and weather systems ("Storm Agnes", "Sturmtief Xaver", "la borrasca Filomena"), vessels ("the yacht
        // Marie", "het schip Willem"), dishes named after people on menus ("tosti Hans", "pizza Margherita",
        // "croque Madame") and car makes before a model that is a given name ("Renault Zoé", "Skoda Octavia";
        // makes that are family or given names, Ford, Porsche, Ferrari, Honda, Kia, Mercedes, and makes that are
        // words, Seat, Smart, Mini, are left out)
        "storm", "hurricane", "typhoon", "cyclone", "orkaan", "sturm", "orkan", "sturmtief", "orkantief", "tief",
        "tempête", "tempete", "ouragan", "borrasca", "tormenta", "huracán", "huracan", "ciclón", "ciclon",
        "tempesta", "uragano", "ciclone", "tifone", "boat", "ship", "yacht", "vessel", "narrowboat", "cruiser",
        "dinghy", "barge", "sailboat", "catamaran", "trawler", "canoe", "kayak", "boot", "schip", "jacht",
        "zeilboot", "sloep", "woonboot", "schiff", "segelboot", "segelyacht", "motorboot", "kutter", "bateau",
        "navire", "voilier", "péniche", "peniche", "chalutier", "barco", "buque", "velero", "yate", "lancha",
        "nave", "veliero", "motonave", "traghetto", "gommone", "tosti", "broodje", "uitsmijter", "croque",
        "panino", "piadina", "bocadillo", "montadito", "pizza", "burger", "sandwich", "salade", "salad",
        "ensalada", "insalata", "salat", "toast", "toastie", "bagel", "omelette", "tortilla", "tarta",
        "torta", "torte", "taart", "tarte", "galette", "crêpe", "crepe", "soup", "soep", "suppe", "soupe", "sopa",
        "zuppa", "schnitzel", "bowl", "renault", "peugeot", "citroën", "citroen", "opel", "volkswagen", "vw",
        "skoda", "škoda", "hyundai", "toyota", "nissan", "fiat", "dacia", "volvo", "mazda", "subaru", "mitsubishi",
        "lancia", "audi", "bmw", "cupra", "lexus", "jeep", "chevrolet", "alfa");
    /**
     * Words after a run, or ending it, that make it a shop, brand, venue or breed named after a person ("the Tommy
     * Hilfiger store", "Hugo Boss Filiale", "Robert Koch-Institut", "a Jack Russell terrier").
     */
    static final WordSet VENUES_AFTER = set("store", "stores", "shop", "shops", "outlet", "outlets", "boutique",
        "boutiques", "supermarket", "supermarkets", "supermarkt", "supermarché", "supermarche", "supermercado",
        "supermercato", "filiaal", "filiale", "filialen", "winkel", "winkels", "laden", "magasin", "magasins",
        "tienda", "tiendas", "negozio", "negozi", "flagship", "franchise", "app", "restaurant", "restaurants",
        "café", "cafe", "hotel", "airport", "flughafen", "stadium", "stadion", "station", "bahnhof", "institute",
        "institut", "instituut", "museum", "foundation", "stichting", "stiftung", "hospital", "klinik", "clinic",
        "ziekenhuis", "klinikum", "gymnasium", "academy", "award", "awards", "prize", "preis", "prijs", "trophy",
        "lecture", "centre", "center", "zentrum", "centrum", "school", "schule", "university", "universität",
        "universiteit", "college", "house", "huis", "terrier", "spaniel", "retriever", "collection", "fragrance",
        "perfume", "parfum", "jeans", "brand", "label", "outlet-center", "gallery", "galerie", "line",
        // round-11 tuning: arenas and wings of buildings named after people ("Johan Cruijff ArenA", "Victoria
        // Wing"), Italian food makers after their founder ("... Pastificio")
        "arena", "wing", "pavilion", "paviljoen", "pavillon", "pabellón", "padiglione", "pastificio", "panificio",
        "caseificio", "salumificio", "oleificio", "biscottificio");

    /**
     * Brands, houses and firms named after their founders whose full name in writing names the firm, not the person
     * (fashion, cosmetics, retail, finance, drinks of the six languages' markets; from general knowledge). Names that
     * are also everyday person names ("Paul Smith", "Ted Baker", "Tom Ford", "John Lewis") are left out. Lower case;
     * a phrase is matched ignoring case at a capitalised word with its words separated by one space.
     */
    static final String[] EPONYMOUS_BRANDS = {"hugo boss", "louis vuitton", "yves saint laurent", "yves saint-laurent",
        "yves rocher", "massimo dutti", "morgan stanley", "goldman sachs", "charles schwab", "merrill lynch",
        "lehman brothers", "calvin klein", "ralph lauren", "tommy hilfiger", "giorgio armani", "emporio armani",
        "christian dior", "christian louboutin", "jean paul gaultier", "pierre cardin", "nina ricci", "paco rabanne",
        "sonia rykiel", "guy laroche", "salvatore ferragamo", "ermenegildo zegna", "roberto cavalli",
        "laura biagiotti", "brunello cucinelli", "carolina herrera", "estée lauder", "estee lauder",
        "elizabeth arden", "helena rubinstein", "michael kors", "marc jacobs", "kate spade", "vera wang",
        "jimmy choo", "jil sander", "tom tailor", "marc o'polo", "bruno banani", "otto kern", "dr. martens",
        "dr martens", "dr. oetker", "jack daniel's", "johnnie walker", "walt disney", "albert heijn", "douwe egberts",
        "franck provost", "jacques dessange", "marie blachère", "tim hortons", "victoria's secret", "ben sherman",
        "fred perry", "levi strauss", "rolls-royce", "aston martin", "alfa romeo", "harley-davidson", "john deere",
        "mercedes-benz", "wells fargo", "raymond james", "max mara", "dolce & gabbana", "dolce&gabbana",
        // thirty-third session: firms named after a pair of founders, joined by "&" ("Ben & Jerry's")
        "ben & jerry's", "ben & jerry’s", "abercrombie & fitch", "barnes & noble", "moët & chandon",
        "moet & chandon", "van cleef & arpels", "crabtree & evelyn", "simon & schuster",
        // thirty-fourth session: shop chains, salons and houses of the six markets named after their founder
        // (a supermarket beside another one), from general knowledge; the tuned set's own chain is not in the list
        "henk ten hoor", "jean louis david", "camille albane", "eric kayser",
        "guy degrenne", "adolfo domínguez", "adolfo dominguez", "purificación garcía", "purificacion garcia",
        "pedro del hierro", "roberto verino", "agatha ruiz de la prada", "giovanni rana", "luisa spagnoli",
        "elena mirò", "elena miro", "carlo pazolini", "peek & cloppenburg", "roger & gallet", "marks & spencer",
        // thirty-sixth session: a publisher named after founders whose names the larger name lists now know
        // ("Wolters" is a family name)
        "wolters kluwer"};
    /** The first words of {@link #EPONYMOUS_BRANDS}, for a cheap first test. */
    static final WordSet BRAND_FIRST = firstWords(EPONYMOUS_BRANDS);

    private static WordSet firstWords(String[] phrases) {
        List<String> out = new ArrayList<>();
        for (String p : phrases) {
            int sp = p.indexOf(' ');
            String w = sp < 0 ? p : p.substring(0, sp);
            int dot = w.indexOf('.');
            int hy = w.indexOf('-');
            int amp = w.indexOf('&');
            int cut = w.length();
            for (int c : new int[] {dot, hy, amp}) {
                if (c > 0 && c < cut) {
                    cut = c;
                }
            }
            out.add(w.substring(0, cut));
            out.add(w); // "mercedes-benz" as one word
        }
        return new WordSet(out);
    }

    /** Words after which a capitalised run names a thing, not a person ("the White Stripes"). */
    static final WordSet ARTICLES = set("the", "a", "an", "this", "that", "our", "their", "its", "de", "het", "der",
        "die", "das", "le", "la", "les", "el", "los", "las", "il", "lo", "gli");

    /** Definite articles of nl/de/fr/es/it that name a shop or brand before a person-shaped name ("bij de Albert Heijn"). */
    static final WordSet NAME_ARTICLES = set("het", "der", "die", "das", "den", "dem", "le", "la", "les", "el",
        "los", "las", "il", "lo", "gli");
    /**
     * Dutch prepositions before the article "de" ("bij de Albert Heijn"); "de" alone is also the Romance "of"
     * ("la casa de María García").
     */
    static final WordSet DUTCH_PREPOSITIONS = set("bij", "naar", "in", "uit", "voor", "tegenover", "achter", "op",
        "langs", "vanaf", "via", "om");

    static final String[] NAME_INTRO = {"my name is ", "name is ", "name: ", "named ", "called ", "dear ",
        "named him ", "named her ", "called him ", "called her ", "nicknamed ",
        "regards, ", "regards ", "signed, ", "signed ", "sincerely, ", "sincerely ", "mijn naam is ", "ik heet ",
        "ich heiße ", "ich heisse ", "mein name ist ", "je m'appelle ", "mon nom est ", "me llamo ",
        "mi nombre es ", "mi chiamo ", "il mio nome è "};

    /** Weaker introductions: they support a multi-word name or a known first name, not a single unknown word. */
    static final String[] WEAK_INTRO = {"i'm ", "i am ", "this is ", "hi ", "hello ", "thanks, ", "thank you, ",
        "contact ", "ask ", "follow up with ", "says ", "said ", "by ", "with ", "ik ben ", "ich bin ", "je suis ",
        "soy ", "sono ",
        // a caller or writer naming themselves (twenty-fifth session: "Hi, it's Bill Hunter.", "hier ist ...")
        "it's ", "it is ", "c'est ", "hier ist ", "hier spricht ", "u spreekt met ", "le habla ", "parla "};

    /**
     * Sectors and trades that end a business name, in the six languages ("Brightwell Logistics", "Jansen Bouw",
     * "Ferraro Costruzioni", "Dubois Nettoyage"): never part of a person's name (twenty-fifth session). Part of
     * {@link #NOT_NAMES}.
     */
    static final WordSet INDUSTRY = set("logistics", "logistik", "logistique", "logística", "logistica",
        "logistiek", "medical", "pharma", "pharmaceuticals", "healthcare", "transport", "transports", "transporte", "trasporti", "spedition", "freight", "construction",
        "constructions", "bau", "bouw", "costruzioni", "construcciones", "engineering", "ingeniería", "ingenieria",
        "ingénierie", "ingenierie", "manufacturing", "trading", "import", "export", "retail", "realty",
        "properties", "property", "homes", "immobilien", "vastgoed", "makelaardij", "inmobiliaria", "immobiliare",
        "immobilier", "interiors", "design", "print", "printing", "druck", "drukkerij", "imprimerie", "tipografia",
        "imprenta", "catering", "cleaning", "reinigung", "schoonmaak", "nettoyage", "limpiezas", "pulizie",
        "electrical", "elektrotechnik", "plumbing", "roofing", "builders", "automotive", "consultancy", "beratung",
        "advies", "conseil", "consultoría", "consultoria", "consulenza", "accountants", "steuerberatung",
        "electronics", "elektronik", "telecom", "haustechnik", "installaties", "installations", "instalaciones",
        "impianti");
    /**
     * Partners and heirs after "&", "and", "und", "en", "et", "y" or "e" that make the run before them a firm
     * ("Bianchi & Associati", "Dupont et Fils", "Müller und Söhne", "Jansen en Zonen", "Pérez y Asociados"),
     * capitalised.
     */
    static final WordSet FIRM_PARTNERS = set("associati", "associates", "associés", "associes", "asociados",
        "partner", "partners", "partenaires", "vennoten", "fils", "söhne", "soehne", "sohn", "zonen", "zn", "hijos",
        "hermanos", "figli", "fratelli", "frères", "freres", "sons", "brothers", "bros", "co", "cie", "cía", "cia",
        "compagnie", "company", "kollegen", "soci", "socios");
    /** The words joining a firm's founder and its partners ({@link #FIRM_PARTNERS}). */
    static final WordSet FIRM_JOINERS = set("&", "and", "und", "en", "et", "y", "e");
    /**
     * Trades and offices that head a business name, capitalised ("Studio Tecnico Bianchi", "Kanzlei Hoffmann",
     * "Électricité Dupont", "Talleres Gómez", "Garage Peeters", "Carrozzeria Rossi"; Dutch and German compounds
     * ending in -bedrijf, -kantoor, -betrieb, -kanzlei, -werkstatt count too): the name after one is the firm's.
     */
    static final WordSet FIRMS = set("studio", "kanzlei", "bufete", "despacho", "gestoría", "gestoria", "asesoría",
        "asesoria", "cabinet", "électricité", "electricite", "plomberie", "menuiserie", "maçonnerie", "maconnerie",
        "carrosserie", "garage", "taller", "talleres", "transportes", "construcciones", "reformas", "officina",
        "carrozzeria", "autofficina", "impresa", "schreinerei", "tischlerei", "zimmerei", "elektro", "spedition",
        "notariat", "étude", "agence", "agencia", "agenzia", "atelier", "werkstatt", "installateur", "entreprise",
        "empresa", "azienda", "onderneming");

    /** Capitalised words that are not names (sentence starters, days, months, places, organisation words). */
    static final WordSet NOT_NAMES = union(INDUSTRY, set("the", "a", "an", "i", "this", "that", "these", "those", "it", "he",
        // words of form labels that start a capitalised run ("Número de Seguro Social:", "Numéro de
        // Sécurité Sociale", twenty-fourth session)
        "número", "numero", "numéro", "nummer", "seguro", "seguridad", "sécurité", "securite", "sicurezza",
        "social", "sociale",
        "she", "we", "they", "you", "my", "your", "our", "their", "his", "her", "its", "what", "why", "how", "when",
        "where", "who", "which", "if", "and", "or", "but", "so", "not", "no", "yes", "please", "thanks", "thank",
        "hi", "hello", "dear", "name", "namen", "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "court",
        "apt", "suite", "city", "county", "state", "university", "college", "school", "hospital", "bank", "inc",
        "banco", "banca", "banque", "caixa", "sparkasse",
        "ltd", "llc", "gmbh", "corp", "company", "group", "north", "south", "east", "west", "new", "san", "los",
        "las", "de", "der", "van", "von", "le", "la", "el", "di", "da", "du", "del", "god", "jesus", "christ",
        "english", "american", "british", "german", "french", "dutch", "spanish", "italian", "europe", "america",
        "africa", "asia", "user", "agent", "customer", "assistant", "system", "account", "phone", "email", "address",
        "card", "number", "ok", "okay", "hey", "ps", "re", "fw", "fwd", "subject", "from", "to", "cc", "date", "im",
        "ive", "dont", "can", "could", "would", "should", "will", "shall", "is", "are", "was", "were", "be", "been",
        "do", "does", "did", "have", "has", "had", "also", "then", "there", "here", "in", "on", "at", "for", "of",
        "with", "about", "after", "before", "as", "all", "any", "some", "every", "each", "one", "two", "three",
        "first", "last", "next", "new", "old", "good", "great", "best", "hotel", "airport", "station", "park",
        "river", "lake", "mount", "island", "republic", "kingdom", "united", "states", "union", "national", "federal",
        "department", "ministry", "office", "service", "services", "team", "support", "project", "version", "api",
        "json", "http", "https", "www", "com", "org", "net", "io", "ai", "ceo", "cto", "cfo", "vp", "hr", "it",
        "pm", "am", "utc", "gmt", "usa", "uk", "eu", "un", "nato", "covid", "ps", "note", "warning", "error",
        "true", "false", "null", "none", "yes", "order", "invoice", "dept", "billing", "shipping", "personal", "info",
        "information", "details", "unlike", "maybe", "why", "have", "follow", "tribute", "directed", "welcome",
        // street and place words
        "way", "creek", "bypass", "flat", "flats", "cliff", "cliffs", "extension", "extensions", "rapid", "rapids",
        "green", "square", "place", "plaza", "terrace", "crescent", "close", "grove", "gardens", "heights", "hill",
        "hills", "view", "valley", "ridge", "point", "port", "harbor", "harbour", "crossing", "junction", "loop",
        "trail", "parkway", "highway", "boulevard", "blvd", "row", "walk", "mews", "circle", "cove", "estate",
        "estates", "falls", "ferry", "field", "fields", "fork", "forks", "glen", "haven", "landing", "manor",
        "meadow", "meadows", "mill", "mills", "mission", "motorway", "orchard", "pass", "path", "pike", "pines",
        "plains", "ranch", "shore", "shores", "spring", "springs", "stream", "summit", "tunnel", "turnpike",
        "vista", "ville", "wells", "utca", "ul", "straat", "strasse", "straße", "weg", "laan", "plein", "gracht",
        "rue", "avenue", "calle", "via", "viale", "piazza", "piazzetta", "largo", "rua", "praça", "tér", "út",
        // organisation words
        "plc", "holdings", "partners", "associates", "sons", "bros", "co", "corporation", "foundation",
        "institute", "agency", "systems", "solutions", "technologies", "investments", "insurance", "consulting",
        "media", "labs", "studio", "studios", "airlines", "bank", "capital", "ventures", "international",
        "global", "software", "data", "cloud", "health", "care", "pharma", "energy", "motors", "foods",
        // words of titles, events, organisations and regions
        "southern", "northern", "eastern", "western", "central", "upper", "lower", "greater", "orchestra", "club",
        "act", "day", "weekly", "daily", "times", "news", "magazine", "journal", "review", "tales", "stories",
        "band", "records", "music", "festival", "awards", "cup", "league", "museum", "library", "church",
        "cathedral", "theatre", "theater", "center", "centre", "council", "committee", "association", "society",
        "party", "army", "navy", "force", "power", "finance", "life", "love", "me", "him", "us", "them", "royal",
        "prince", "princess", "king", "queen", "president", "senator", "governor", "minister", "pope",
        // products, companies and roles that are capitalised like names
        "chatgpt", "gpt", "claude", "gemini", "copilot", "openai", "google", "microsoft", "apple", "amazon",
        "samsung", "meta", "facebook", "twitter", "linkedin", "youtube", "iphone", "ipad", "android", "windows",
        "linux", "python", "java", "javascript", "excel", "word", "powerpoint", "developer", "consultant",
        "creator", "helper", "coach", "advisor", "adviser", "guide", "teacher", "generator", "engine", "doctor",
        "manager", "engineer", "designer", "writer", "editor", "expert", "specialist", "analyst", "officer",
        "director", "tutor", "trainer", "planner", "critic", "reviewer", "translator", "interpreter", "composer",
        "artist", "instructor", "counselor", "therapist", "lawyer", "assistant", "app", "tool", "bot", "ai",
        "mode", "test", "model", "edition", "series", "pro", "plus", "mini", "ultra", "lite", "beta", "alpha",
        "anything", "everything", "nothing", "something", "now", "developer", "jailbreak", "prompt", "chat",
        // place-name starters
        "saint", "santa", "santo", "sankt", "fort", "port", "mount", "lake", "cape", "isle", "glen",
        // function words, greetings and sign-offs of the other five languages, capitalised at a sentence or line
        // start ("Sie", "Zwischen", "Hallo", "Groetjes"): a greeting or sign-off is a cue for the name after it,
        // never part of the name
        "guten", "sie", "ihr", "ihre", "ihren", "ihrem", "ihnen", "ich", "wir", "du", "er", "uns", "bitte", "danke",
        "zwischen", "laut", "gemäß", "und", "oder", "aber", "mit", "für", "bei", "nach", "aus", "vom", "zum", "zur",
        "im", "um", "auf", "unter", "über", "sehr", "geehrte", "geehrter", "liebe", "lieber", "hallo", "moin",
        "servus", "viele", "grüße", "grüsse", "grüßen", "gruß", "gruss", "freundlichen", "herzliche", "herzlichen",
        "anbei", "hier", "heute", "morgen", "gestern", "deutsche", "deutschen", "deutscher",
        // possessive determiners of the five other languages, capitalised at a sentence start ("Meine Kreditkarte
        // ...", "Mijn Philips-lamp ...", "Notre agence ..."; round-11 tuning; "Mia", "Ma", "Su", "Tu" and "Ton" are
        // names and are left out)
        "mein", "meine", "meinen", "meinem", "meiner", "meines", "dein", "deine", "deinen", "unser", "unsere",
        "unseren", "mijn", "jouw", "ons", "mon", "mes", "notre", "votre", "nos", "vos", "mis", "nuestro",
        "nuestra", "vuestro", "vuestra", "mio", "miei", "nostro", "nostra", "vostro", "vostra",
        "het", "een", "ik", "wij", "jij", "hij", "zij", "uw", "onze", "volgens", "tussen", "bij", "voor", "naar",
        "beste", "geachte", "hoi", "dag", "groetjes", "groeten", "groet", "graag", "bedankt", "dank", "hierbij",
        "les", "une", "des", "je", "nous", "vous", "il", "elle", "ils", "elles", "entre", "selon", "pour", "avec",
        "chez", "sur", "dans", "bonjour", "bonsoir", "salut", "coucou", "merci", "cher", "chère", "chere",
        "cordialement", "bises", "bisous", "amitiés", "amicalement",
        "una", "yo", "usted", "ustedes", "según", "segun", "para", "con", "hola", "gracias", "querido", "querida",
        "estimado", "estimada", "estimados", "atentamente", "saludos", "saludo", "buenos", "buenas", "abrazo",
        "gli", "io", "noi", "voi", "loro", "tra", "fra", "secondo", "per", "ciao", "grazie", "caro", "cara",
        "gentilissimo", "gentilissima", "buongiorno", "buonasera", "salve", "saluti", "cordiali",
        "distinti", "world", "everyone", "everybody", "folks", "guys", "honey", "darling", "sweetie", "sweetheart",
        "babe", "buddy", "mate", "pal", "dude", "bro", "friends", "morning", "afternoon", "evening", "regards",
        "cheers", "sincerely", "kind", "warm", "yours",
        // question words of the five other languages, capitalised at a sentence start ("Wer den Server ...", "Wie
        // heeft ...", "Quién ..."; twenty-fifth session; "Wen" and "Chi" are given names and are left out)
        "wer", "wem", "wessen", "wie", "wo", "wann", "warum", "weshalb", "wieso", "welche", "welcher", "welches",
        "woher", "wohin", "wat", "waar", "wanneer", "waarom", "welke", "hoe", "hoeveel", "qui", "quoi", "où", "quand",
        "comment", "pourquoi", "quel", "quelle", "quels", "quelles", "combien", "quién", "quien", "qué", "que",
        "dónde", "donde", "cuándo", "cuando", "cómo", "como", "cuál", "cual", "cuánto", "cuanto", "dove", "quando",
        "come", "perché", "perche", "quale", "quali", "quanto"));

    /**
     * Words of job titles in signatures ("Senior Counsel", "Deputy Director") and of document titles heading a form
     * ("Antrag Kontoeröffnung", "Formulaire d'adhésion"), in the six languages: a run of unknown capitalised words
     * holding one is a title, not a person. Only that weakest guess is vetoed ("Richiesta di Pasquale Iannone:" is
     * decided as before).
     */
    static final WordSet TITLE_WORDS = set("senior", "deputy", "chief", "principal", "associate", "counsel",
        "paralegal", "secretary", "coordinator", "administrator", "architect", "intern", "trainee", "accountant",
        "recruiter", "referent", "referentin", "sachbearbeiter", "sachbearbeiterin", "directeur", "directrice",
        "responsable", "gerente", "directora", "direttore", "direttrice", "responsabile", "adviseur", "teamleider",
        "projectleider", "assessment", "checklist", "questionnaire", "antrag", "formular", "formulaire", "formulario", "formulier", "modulo", "aanvraag",
        "solicitud", "richiesta", "demande", "application", "anmeldung", "inscription", "inschrijving", "iscrizione",
        "inscripción", "inscripcion");

    /**
     * Cities and countries (the six languages' spellings; ones that are also given names, such as Florence, Sydney,
     * Victoria or Austin, are left out): they never start a name and a capitalised run with one is not a person
     * ("Correos de Sevilla"), but a known first name may be followed by one ("Marta Palermo").
     */
    static final WordSet PLACES = set("berlin", "münchen", "munchen", "munich", "hamburg", "köln", "koln", "cologne", "frankfurt", "stuttgart",
        "düsseldorf", "dusseldorf", "dortmund", "essen", "leipzig", "dresden", "hannover", "nürnberg", "bremen",
        "ulm", "bonn", "wien", "vienna", "zürich", "zurich", "genf", "geneva", "genève", "basel", "bern",
        "amsterdam", "rotterdam", "utrecht", "eindhoven", "groningen", "zwolle", "haag", "leiden", "delft",
        "tilburg", "breda", "maastricht", "antwerpen", "antwerp", "anvers", "gent", "ghent", "gand", "brussel",
        "bruxelles", "brussels", "leuven", "brugge", "bruges", "liège", "liege", "namur", "charleroi", "paris",
        "lyon", "marseille", "toulouse", "nantes", "strasbourg", "bordeaux", "lille", "rennes", "montpellier",
        "grenoble", "madrid", "barcelona", "valencia", "sevilla", "seville", "zaragoza", "málaga", "malaga",
        "bilbao", "granada", "roma", "rome", "milano", "milan", "napoli", "naples", "torino", "turin", "firenze",
        "venezia", "venice", "bologna", "genova", "genoa", "palermo", "verona", "london", "manchester",
        "birmingham", "liverpool", "leeds", "glasgow", "edinburgh", "bristol", "cardiff", "dublin", "belfast",
        "chicago", "boston", "seattle", "denver", "houston", "atlanta", "miami", "toronto", "vancouver",
        "montreal", "melbourne", "tokyo", "beijing", "shanghai", "mumbai", "delhi", "bangalore", "lagos",
        "nairobi", "johannesburg", "cairo", "dubai", "istanbul", "ankara", "warsaw", "warszawa", "kraków", "krakow",
        "prague", "praha", "budapest", "lisbon", "lisboa", "porto", "athens", "moscow", "kyiv", "kiev", "stockholm",
        "oslo", "copenhagen", "helsinki", "germany", "deutschland", "france", "frankreich", "belgium", "belgië",
        "belgique", "netherlands", "nederland", "niederlande", "spain", "spanien", "españa", "espana", "espagne",
        "italy", "italia", "italien", "italie", "portugal", "switzerland", "schweiz", "suisse", "austria",
        "österreich", "poland", "polen", "china", "japan", "india", "nigeria", "canada", "mexico", "brazil",
        "brasil", "australia", "ireland", "scotland", "wales", "england", "turkey", "egypt", "morocco", "maroc",
        "europa");

    /**
     * Words that introduce a person's name when they stand right before it, by kind (see
     * {@code PersonHeuristics.cueBefore}): field labels before a colon ("Nachname: Benali", "Beneficiary:"),
     * greetings at a line start ("Hoi Joost,"), sign-offs before a signature ("Groetjes,\nWout"), kinship words
     * ("my daughter Aaliyah") and lower-case forms of address ("mevrouw Kowalska", "geachte heer"). Lower case.
     */
    static final WordSet PERSON_LABELS = set("surname", "lastname", "firstname", "fullname", "givenname",
        "forename", "nachname", "vorname", "familienname", "kundenname", "rufname", "geburtsname", "naam",
        "klantnaam", "achternaam", "voornaam", "roepnaam", "volledige", "nom", "prénom", "prenom", "nombre",
        "apellido", "apellidos", "nome", "cognome", "nominativo", "nominatif", "beneficiary", "holder", "titular", "titulaire",
        "intestatario", "kontoinhaber", "inhaber", "inhaberin", "begünstigter", "begunstigde", "bénéficiaire",
        "beneficiaire", "beneficiario", "payee", "passenger", "passagier", "pasajero", "passeggero", "employee",
        "werknemer", "empleado", "dipendente", "salarié", "salarie", "applicant", "aanvrager", "antragsteller",
        "solicitante", "richiedente", "demandeur", "tenant", "huurder", "mieter", "mieterin", "locataire",
        "inquilino", "conduttore", "landlord", "verhuurder", "vermieter", "bailleur", "arrendador", "locatore",
        "signatory", "witness", "getuige", "zeuge", "témoin", "temoin", "testigo", "testimone", "insured",
        "versicherter", "verzekerde", "assuré", "assure", "asegurado", "assicurato", "claimant", "policyholder",
        "borrower", "guarantor", "souscripteur", "emprunteur", "darlehensnehmer", "kreditnehmer", "mutuatario",
        "prestatario", "kredietnemer", "aanvrager", "verzekeringnemer", "versicherungsnehmer", "contraente",
        "tomador", "garant", "bürge", "fiador", "garante", "ansprechpartner", "vornamen", "voornamen", "prénoms",
        "prenoms", "nombres", "forenames",
        "referente", "interlocuteur", "attn", "recipient", "empfänger");
    static final WordSet GREETINGS = set("hi", "hello", "hey", "dear", "hallo", "hoi", "beste", "geachte", "liebe",
        "lieber", "moin", "servus", "bonjour", "bonsoir", "salut", "coucou", "cher", "chère", "chere", "ciao", "caro",
        "cara", "gentile", "gentilissimo", "gentilissima", "buongiorno", "buonasera", "salve", "hola", "querido",
        "querida", "estimado", "estimada", "dag", "goedemorgen", "goedemiddag", "morning", "afternoon", "evening");
    static final WordSet SIGN_OFFS = set("regards", "cheers", "thanks", "sincerely", "best", "faithfully", "truly",
        "yours", "wishes", "warmly", "groet", "groeten", "groetjes", "mvg", "gruß", "gruss", "grüße", "grüsse",
        "grüßen", "grussen", "lg", "vg", "mfg", "cordialement", "salutations", "amitiés", "amities", "bises", "bisous",
        "amicalement", "saluti", "cordiali", "abbraccio", "presto", "saludos", "saludo", "atentamente", "abrazo",
        "besos", "cordialmente", "danke", "merci", "grazie", "gracias", "bedankt");
    /** Sign-offs that need no comma or line break before the name ("Gruß Torsten", "Cheers Lucas"). */
    static final WordSet SIGN_OFFS_SPACED = set("gruß", "gruss", "groetjes", "groeten", "cheers", "thanks", "danke",
        "merci", "grazie", "gracias", "bises", "saluti", "saludos", "regards");
    static final WordSet KINSHIP = set("daughter", "son", "wife", "husband", "brother", "sister", "mother",
        "kid", "child", "baby", "granddaughter", "stepmother", "stepfather", "spouse",
        "father", "mom", "mum", "dad", "grandmother", "grandfather", "grandma", "grandpa", "grandson",
        "uncle", "aunt", "cousin", "nephew", "niece", "fiancé", "fiancée", "fiance", "fiancee",
        "boyfriend", "girlfriend", "friend", "colleague", "coworker", "neighbour", "neighbor", "roommate",
        "flatmate", "stepson", "stepdaughter", "tochter", "sohn", "bruder", "schwester", "mutter", "vater",
        "kollege", "kollegin", "freund", "freundin", "nachbar", "nachbarin", "cousine", "dochter", "zoon", "broer",
        "zus", "moeder", "vader", "collega", "vriend", "vriendin", "buurman", "buurvrouw", "fille", "fils", "femme",
        "mari", "frère", "frere", "sœur", "soeur", "mère", "mere", "père", "pere", "collègue", "collegue", "ami",
        "amie", "voisin", "voisine", "hija", "hijo", "esposa", "esposo", "marido", "hermano", "hermana", "madre",
        "padre", "compañero", "compañera", "amigo", "amiga", "vecino", "vecina", "figlia", "figlio", "moglie",
        "marito", "fratello", "sorella", "amico", "amica", "vicino", "vicina",
        // the wider family and partners in the six languages (twenty-fifth session: "la tía Pilar", "mijn oma
        // Riek", "meine Ehefrau ...", "ma tante Odile", "la nonna Pina")
        "aunt", "grandchild", "fiancée", "tía", "tia", "tío", "tio", "abuela", "abuelo", "mamá", "papá",
        "sobrina", "sobrino", "nieta", "nieto", "suegra", "suegro", "cuñada", "cuñado", "novia", "novio", "pareja",
        "nonna", "nonno", "zia", "zio", "mamma", "papà", "cugina", "cugino", "suocera", "suocero", "cognata",
        "cognato", "fidanzata", "fidanzato", "compagna", "compagno", "tante", "oncle", "mamie", "papi", "épouse",
        "epouse", "époux", "epoux", "compagne", "compagnon", "copine", "copain", "oma", "opa", "onkel", "neffe",
        "nichte", "enkel", "enkelin", "ehefrau", "ehemann", "partnerin", "lebensgefährte", "lebensgefährtin",
        "oom", "neef", "echtgenote", "echtgenoot", "schoonmoeder", "schoonvader", "kleindochter", "kleinzoon");
    /** Forms of address written in lower case inside a sentence ("bedankt mevrouw Kowalska"). */
    static final WordSet LOWER_TITLES = set("heer", "meneer", "mevrouw", "mevr", "dhr", "juffrouw", "herr", "herrn",
        "frau", "madame", "monsieur", "mademoiselle", "señor", "senor", "señora", "senora", "señorita", "senorita",
        "signor", "signore", "signora", "signorina", "sig", "sir", "madam", "mister", "mr", "mrs", "ms", "dr");
    /** Words that make a following "name" label a person's name ("last_name:", "Full name:"). */
    static final WordSet NAME_QUALIFIERS = set("last", "first", "given", "family", "full", "middle", "sur", "maiden",
        "customer", "client", "holder", "contact", "employee", "patient", "legal", "birth");
    /** E-mail header fields before a sender or recipient at a line start ("From: ", "Van: ", "Cc: "). */
    static final WordSet EMAIL_HEADERS = set("from", "to", "cc", "bcc", "van", "aan", "von", "para", "sender",
        "absender", "afzender", "expéditeur", "expediteur", "remitente", "mittente", "destinatario", "destinataire");
    /**
     * Last parts of record keys and column names that hold a person ("patient", "assignee", "customer",
     * "requested_by" ends in "by"): a capitalised value under one is a name (see {@code StructuredFields}).
     */
    static final WordSet PERSON_ROLES = set("patient", "assignee", "reporter", "author", "customer", "client",
        "employee", "owner", "contact", "requester", "requestor", "approver", "reviewer", "manager", "guest",
        "passenger", "sender", "recipient", "signer", "consultant", "physician", "doctor", "driver", "member",
        "student", "candidate", "beneficiary", "holder", "payee", "cardholder", "accountholder", "kunde", "kundin",
        "mitarbeiter", "patientin", "ansprechpartner", "cliente", "paciente", "paziente", "klant", "medewerker",
        "patiënt", "auteur", "autor", "autore", "empleado", "dipendente", "salarie", "salarié", "titular",
        // the owner of a device or a thing in an inventory's column (thirty-fifth session: "geraet;mac;besitzer")
        "besitzer", "besitzerin", "eigenaar", "eigenares", "propriétaire", "proprietaire", "proprietario",
        "proprietaria", "propietario", "propietaria", "titolare");
    /** Words that make a following "name" key a person's name, besides {@link #NAME_QUALIFIERS}. */
    static final WordSet NAME_KEY_QUALIFIERS = set("user", "display", "account", "real", "person", "owner", "sender",
        "recipient", "contact", "member", "guest", "passenger", "author", "assignee", "reporter", "requester",
        "cardholder", "primary", "emergency", "spouse", "parent", "father", "mother", "student", "doctor", "kunden",
        "klant", "cliente", "paciente");
    /** Key words of a bare "name" for a thing, never a person's name field. */
    static final WordSet NAME_WORDS = set("name", "names", "naam", "nom", "nombre", "nome");
    /** Column names of contact data: a bare "name" column beside one is a person's name ("Name,Email,Phone"). */
    static final WordSet CONTACT_COLUMNS = set("email", "mail", "e", "phone", "mobile", "tel", "telephone", "telefon",
        "telefono", "teléfono", "téléphone", "telephone", "handy", "correo", "address", "adresse", "dob", "birthday",
        "geburtsdatum", "iban", "ssn", "cell");
    /** Column names of product data: a bare "name" column beside one names a thing ("sku,name,price"). */
    static final WordSet THING_COLUMNS = set("sku", "price", "product", "item", "version", "qty", "quantity", "cost",
        "stock", "model", "brand", "category", "size", "color", "colour", "unit", "units", "weight", "ean", "upc",
        "isbn", "vendor", "supplier", "amount", "currency", "release", "license", "licence", "repo", "url");
    /**
     * Keys and column names whose values are things, never people ("description": "Aurora Desk Lamp",
     * "company": "Lumen Mail"): a capitalised value there is not a name.
     */
    static final WordSet THING_KEYS = set("description", "desc", "product", "produkt", "produit", "producto",
        "prodotto", "item", "sku", "model", "brand", "category", "artikel", "article", "articolo", "articulo",
        "beschreibung", "omschrijving", "descripción", "descripcion", "descrizione", "company", "organisation",
        "organization", "org", "department", "dept", "city", "country", "project", "venue", "location", "region",
        "vendor", "supplier", "store", "shop", "firma", "bedrijf", "empresa", "azienda", "société", "societe",
        "stadt", "ville", "ciudad", "città", "citta", "plaats", "woonplaats", "ort", "land", "pays", "pais", "país",
        "paese", "team", "group", "squad", "unit", "service", "app", "application", "repo", "repository",
        "channel", "workspace", "tool", "package", "library", "module", "server", "host", "cluster", "database");
    /** Speaker labels of chat roles ("Agent:", "Kundenservice:", "Conseiller :"); never a person's name. */
    static final WordSet CHAT_ROLES = set("agent", "support", "assistant", "bot", "chatbot", "customer", "user",
        "system", "operator", "advisor", "adviser", "representative", "rep", "staff", "host", "moderator",
        "interviewer", "interviewee", "caller", "helpdesk", "ai", "human", "me", "guest", "visitor", "client",
        "kunde", "kundin", "kundenservice", "berater", "beraterin", "mitarbeiter", "mitarbeiterin", "conseiller",
        "conseillère", "conseillere", "cliente", "agente", "operatore", "operador", "operadora", "medewerker",
        "klant", "klantenservice", "servicedesk", "gebruiker", "utilisateur", "usuario", "utente", "assistent",
        "assistente", "asistente", "model", "gpt", "claude", "llm");
    /**
     * The heads of job titles and offices that a particle and a capitalised field follow ("Responsable de Protección
     * de Datos", "Directrice des Ressources Humaines", "Head of Data Privacy", "Leiterin der Finanzabteilung"): a run
     * starting with one is a title, not a name (thirty-second session).
     */
    static final WordSet JOB_HEADS = set("responsable", "responsabile", "director", "directora", "directeur",
        "directrice", "direttore", "direttrice", "directeur-général", "jefe", "jefa", "chef", "cheffe", "head",
        "leiter", "leiterin", "hoofd", "delegado", "delegada", "délégué", "déléguée", "delegue", "deleguee",
        "delegato", "delegata", "gerente", "coordinador", "coordinadora", "coordinateur", "coordinatrice",
        "coordinatore", "secretario", "secretaria", "secrétaire", "secretaire", "segretario", "segretaria",
        "técnico", "técnica", "tecnico", "tecnica", "ingeniero", "ingeniera", "ingénieur", "ingenieur",
        "ingegnere", "subdirector", "subdirectora", "consejero", "consejera", "conseiller", "conseillère",
        "consigliere", "vicepresidente", "vice-président", "officer", "manager", "chief", "dean", "profesor",
        "profesora", "professeur", "professeure", "beauftragter", "beauftragte", "referent", "referentin",
        "sachbearbeiter", "sachbearbeiterin", "medewerker", "adviseur", "analista", "analyste", "assistant",
        "assistante", "asistente", "assistente", "agente", "agent", "encargado", "encargada", "auxiliar",
        "administrativo", "administrativa", "commercial", "comercial", "ministro", "ministre", "minister");

    /** Headings and field labels written at a line start before a colon ("Summary:", "Question:", "Status:"). */
    static final WordSet FIELD_LABELS = set("summary", "status", "note", "notes", "question", "answer", "step",
        "input", "output", "example", "pros", "cons", "verdict", "warning", "error", "info", "action", "result",
        "reason", "title", "agenda", "location", "subject", "date", "time", "priority", "severity", "component",
        "description", "comment", "response", "prompt", "context", "task", "goal", "solution", "problem", "hint",
        "tip", "source", "reference", "update", "fix", "cause", "impact", "details", "objective", "outcome", "option",
        "options", "instruction", "instructions", "rule", "rules", "owner", "team", "q", "a", "betreff", "objet",
        "asunto", "oggetto", "onderwerp", "statut", "estado", "stato", "service", "abteilung", "frage", "antwort",
        "vraag", "antwoord", "domanda", "risposta", "pregunta", "respuesta", "réponse", "reponse", "user", "query",
        "request", "expected", "actual", "steps", "version", "type", "category", "tags", "labels", "assignee",
        "reporter", "environment", "resolution", "text", "message", "body", "content", "translation", "original",
        // form fields of invoices, tickets and records in the six languages (round 6)
        "issue", "amount", "total", "due", "address", "datum", "fecha", "data", "betrag", "bedrag", "montant",
        "importe", "importo", "totaal", "gesamt", "summe", "beschreibung", "omschrijving", "descripción",
        "descripcion", "descrizione", "problema", "problème", "probleme", "incidencia", "anliegen", "melding",
        "motivo", "motif", "grund", "bemerkung", "opmerking", "remarque", "observaciones", "osservazioni", "nota",
        "adresse", "adres", "dirección", "direccion", "indirizzo", "échéance", "echeance", "vencimiento",
        "scadenza", "vervaldag", "fällig",
        // the fields of a referral letter or a medical record (thirty-fifth session: "Reden: progressieve dyspneu"
        // under "Patiënt: ..." was read as a chat speaker)
        "reden", "aanleiding", "klacht", "klachten", "beloop", "beleid", "conclusie", "indicatie", "diagnose",
        "diagnosis", "diagnostic", "diagnóstico", "diagnostico", "diagnosi", "anamnese", "anamnesis", "befund",
        "beschwerden", "therapie", "therapy", "thérapie", "terapia", "tratamiento", "trattamento", "traitement",
        "treatment", "behandeling", "behandlung",
        // parties and lines of invoices and quotes (twenty-fifth session: "Emisor:", "Concepto:", "Travaux :")
        "issuer", "emisor", "emitente", "émetteur", "emetteur", "aussteller", "supplier", "fornitore", "proveedor",
        "fournisseur", "leverancier", "lieferant", "concepto", "concept", "travaux", "trabajos", "lavori",
        "werkzaamheden", "leistung", "leistungen", "prestation", "prestations", "servicios", "servizi", "diensten",
        "payment", "pago", "paiement", "pagamento", "betaling", "zahlung", "subtotal", "totale", "iva", "tva",
        "btw", "mwst", "vat",
        // the account paid into (twenty-sixth session: "Rekening:", "Konto:", "Compte :")
        "rekening", "konto", "cuenta", "conto", "compte", "account",
        // letter and message headers and contact fields (thirty-second session: "Aan:", "Betreft:", "Teléfono:",
        // "Emisora:"), in the six languages, feminine forms too
        "to", "from", "cc", "bcc", "re", "aan", "van", "an", "von", "para", "de", "da", "à", "betreft", "betrifft",
        "emisora", "emittente", "empfänger", "empfanger", "absender", "destinataire", "expéditeur", "expediteur",
        "destinatario", "destinataria", "remitente", "mittente", "afzender", "geadresseerde", "ontvanger",
        "phone", "tel", "telephone", "telefon", "telefoon", "téléphone", "telefono", "teléfono", "mobile", "mobil",
        "mobiel", "handy", "cellulare", "móvil", "movil", "portable", "gsm", "fax", "email", "e-mail", "mail",
        "correo", "courriel", "web", "website");

    /**
     * Role nouns that stand right before a person's name in prose, letters and minutes, in the six languages
     * ("owner Benedikt Hauser", "Patient Reinhold Kästner", "il sindaco ...", "la portavoz ..."): a run of two or
     * more capitalised words after one is a name, a single word only when it is a known given or family name or
     * shaped like one. Nouns that are also frequent family names (Richter, Koch, Schüler, Lehrer) are left out.
     * Capitalised (a German noun, a sentence start) such a word is never part of the name.
     */
    static final WordSet ROLE_NOUNS = set("owner", "patient", "customer", "client", "driver", "courier",
        // a doctor named by the family name alone ("your doctor Patel", "la dottoressa Ferri"; round-12 tuning)
        "doctor", "doctora", "dokter", "arzt", "hausarzt", "hausärztin", "dottore", "dottoressa", "docteur",
        "médico", "medico", "médica", "medica",
        // files kept on a person, before the family name first ("Personalakte Özdemir, Ayşe", "Dossier Peeters,
        // Lien", "expediente García Ruiz, Ana"; round-11 tuning)
        "personalakte", "patientenakte", "akte", "dossier", "personeelsdossier", "patiëntendossier", "expediente",
        "fascicolo",
        // holders of an account, card or policy ("Account holder Grace Hopper-Wells"; round-11 tuning)
        "holder", "cardholder", "accountholder", "policyholder", "kontoinhaber", "kontoinhaberin", "rekeninghouder",
        "titulaire",
        "spokeswoman", "spokesman", "spokesperson", "mayor", "chairman", "chairwoman", "chairperson", "councillor",
        "councilor", "attendee", "participant", "defendant", "plaintiff", "respondent", "appellant", "claimant",
        "suspect", "contractor", "technician", "nurse", "physician", "surgeon", "dentist", "pharmacist", "midwife",
        "executive", "founder", "cofounder", "co-founder", "inspector", "detective", "constable", "sergeant",
        "judge", "attorney", "solicitor", "barrister", "notary", "counsel", "novelist", "journalist",
        "correspondent", "teilnehmer", "teilnehmerin", "patientin", "kunde", "kundin", "mitarbeiter",
        "mitarbeiterin", "fahrer", "fahrerin", "bürgermeister", "bürgermeisterin", "sprecher", "sprecherin",
        "kläger", "klägerin", "beklagte", "beklagter", "angeklagte", "angeklagter", "zeugin", "vorsitzende",
        "vorsitzender", "geschäftsführer", "geschäftsführerin", "ärztin", "anwalt", "anwältin", "rechtsanwalt",
        "rechtsanwältin", "notarin", "richterin", "lehrerin", "schülerin", "mieterin", "vermieterin", "autorin",
        "deelnemer", "deelneemster", "patiënt", "klant", "medewerker", "medewerkster", "bezorger", "woordvoerder",
        "woordvoerster", "burgemeester", "wethouder", "voorzitter", "eiser", "eiseres", "gedaagde", "verdachte",
        "huisarts", "behandelaar", "advocaat", "notaris", "verpleegkundige", "participante", "patiente",
        "chauffeur", "livreur", "porte-parole", "maire", "préfet", "préfète", "prefet", "prefete", "requérant",
        "requérante", "requerant", "requerante", "défendeur", "défenderesse", "defendeur", "defenderesse",
        "avocat", "avocate", "notaire", "médecin", "medecin", "infirmier", "infirmière", "gérant", "gérante",
        "député", "députée", "paciente", "cliente", "repartidor", "repartidora", "portavoz", "alcalde",
        "alcaldesa", "consejero", "consejera", "demandante", "demandado", "demandada", "abogado", "abogada",
        "notario", "notaria", "jueza", "enfermero", "enfermera", "concejal", "concejala", "diputado", "diputada",
        "partecipante", "paziente", "autista", "corriere", "portavoce", "sindaco", "sindaca", "assessore",
        "assessora", "ricorrente", "convenuto", "convenuta", "avvocato", "avvocata", "notaio", "infermiere",
        "infermiera", "consigliere", "consigliera", "deputato", "deputata", "prefetto", "president", "président",
        "présidente", "presidente", "presidenta",
        // the user of an account or a system, in logs and tickets (twenty-fifth session: "pour l'utilisateur
        // Pascal Garnier", "para el usuario ...", "voor gebruiker ..."; the English "user" and the German
        // "Benutzer" are left out: documentation writes interface labels after them, "the user Profile Page")
        "utilisateur", "utilisatrice", "usuario", "usuaria", "utente", "gebruiker",
        // the landlord or tenant of a home, before the name (thirty-fifth session: "my landlord ...", "mijn
        // huisbaas ...", "mein Vermieter ...", "mon propriétaire ...", "mi casero ...", "il mio padrone di casa")
        "landlord", "landlady", "tenant", "lodger", "huisbaas", "hospita", "verhuurder", "huurder", "vermieter",
        "untermieter", "propriétaire", "proprietaire", "bailleur", "bailleresse", "locataire", "casero", "casera",
        "arrendador", "arrendadora", "inquilino", "inquilina", "locatore", "locatrice");
    /** Role nouns that may name a company as much as a person: no apposition after them ("the client, Acme, ..."). */
    static final WordSet FIRM_ROLES = set("owner", "customer", "client", "contractor", "kunde", "kundin", "klant",
        "cliente", "executive", "founder", "cofounder", "co-founder", "utilisateur", "usuario", "utente",
        "gebruiker", "participant", "respondent", "defendant", "plaintiff", "claimant", "appellant", "suspect");

    /**
     * Labels of minutes and delivery notes before a colon that list people ("Apologies: ...", "Aanwezig: ...",
     * "Driver: ..."); a value after one is read like a value after a role noun ({@link #ROLE_NOUNS}).
     */
    /**
     * Nouns of persons numbered in a form, besides the person labels, roles and kinship words ("Guest 2:", "Kind 1:",
     * "Enfant 2 :", "Gast 1:", "Ospite 2:"; thirty-fifth session, {@code PersonHeuristics.numberedLabel}).
     */
    static final WordSet NUMBERED_PERSONS = set("guest", "gast", "invité", "invitée", "invite", "invitado",
        "invitada", "ospite", "kind", "child", "enfant", "niño", "niña", "nino", "nina", "bambino", "bambina",
        "traveller", "traveler", "reisender", "reiziger", "voyageur", "viajero", "viaggiatore", "persoon", "person",
        "personne", "persona", "adult", "adulte", "erwachsener", "volwassene", "adulto", "speaker", "sprecher",
        "spreker", "intervenant", "ponente", "relatore");
    static final WordSet ROLE_LABELS = set(
        // a contact person's label inside a sentence or a ticket line, not only at a line start (thirty-fifth
        // session: "... depuis 2a01:... . Contact : Pascal Nguyen, poste 214."): two capitalised words or a known
        // name after it (CUE_ROLE), never a single unknown word ("Contact: Helpdesk")
        "contact", "contacto", "contatto", "kontakt", "kontaktperson", "contactpersoon",
        "attendees", "attendee", "participants", "present", "apologies",
        "absent", "invitees", "chair", "organiser", "organizer", "minutes", "notetaker", "driver", "courier",
        "teilnehmer", "teilnehmende", "anwesend", "abwesend", "entschuldigt", "protokollführer",
        "protokollführerin", "protokoll", "vorsitz", "moderation", "fahrer", "aanwezig", "afwezig", "deelnemers",
        "notulist", "notulen", "voorzitter", "bezorger", "chauffeur", "présents", "présent", "presents", "absents",
        "excusé", "excusés", "excusée", "excuses", "secrétaire", "secretaire", "participants", "livreur",
        "asistentes", "ausentes", "secretario", "secretaria", "presidente", "repartidor", "presenti", "assenti",
        "partecipanti", "segretario", "segretaria", "autista", "corriere");
    /**
     * Titles written in lower case with a full stop inside a sentence ("huisarts dr. Roelofs", "mevr. Bakker",
     * "fam. Jansen", "sig. Esposito"): the word after is a name.
     */
    static final WordSet DOTTED_TITLES = set("dr", "mr", "mrs", "ms", "mevr", "dhr", "mw", "fam", "prof", "ing",
        "ir", "drs", "sig", "sra", "sr", "srta", "dott", "avv", "mme", "mlle",
        // professional titles (thirty-second session: "rag. Ferri", "geom. Bassi", "arch. Longo", "lic. Pardo")
        "rag", "geom", "arch", "lic", "ldo", "lda", "mag");

    /**
     * Chat words after which a lower-case known given name is a person ("ask priya", "thanks marco!", "dile a
     * carlos", "chiedi a giulia", "vraag even aan joost"): verbs of asking, telling and thanking, and greetings.
     */
    static final WordSet LOWER_NAME_CUES = set("ask", "tell", "thanks", "thx", "ping", "hi", "hey", "vraag",
        "zeg", "bedankt", "hoi", "bel", "sag", "frag", "danke", "hallo", "merci", "demande", "salut", "dile",
        "gracias", "hola", "pregunta", "pregúntale", "llama", "chiedi", "grazie", "ciao", "chiama", "dì",
        // round-11 tuning: chat hails ("oye pablo", "ehi marta"), a writer naming themselves ("its marcus", "soy
        // lucía", "sono marco"), "du" in a question ("kannst du lukas mal fragen") and nouns of contact or payment
        // data before "of" and the person's name ("nummer van joost", "l'iban de chloé", "la mail di marco")
        "oye", "ehi", "its", "soy", "sono", "du", "nummer", "number", "numero", "número", "numéro", "iban", "mail",
        "email", "handy", "adres", "adresse", "indirizzo",
        // thirty-second session: greetings of chat in the six languages ("moin jonas", "servus lena", "coucou
        // inès", "buenas pablo"), and the German titles, after which a lower-case family name is one too ("frau
        // schneider", {@link PersonHeuristics#lowerCuedName})
        "moin", "servus", "hello", "hiya", "hej", "coucou", "buenas", "salve", "frau", "herr", "herrn",
        // thirty-third session: the phone's and the chat's short nouns of contact data ("le num de hugo", "el móvil
        // de marta", "tel van joost"), past verbs of contacting someone ("called gareth re: ...", "texted lena"), and
        // the hails of street chat ("wsh rayan", "tío dani", "bro kevin", "zio marco", "alter jonas")
        "num", "tel", "tél", "telefono", "teléfono", "telefoon", "telefon", "móvil", "movil", "cell", "cellulare",
        "portable", "mobile", "phone", "whatsapp", "insta", "called", "rang", "texted", "emailed", "messaged",
        "pinged", "wsh", "wesh", "tío", "tía", "tio", "tia", "bro", "mec", "zio", "alter", "digga");
    /**
     * Frequent family names of the six languages and English that are also words ("bauer", "koch", "marino", "gallo",
     * "blanco", "petit", "brown") and so left out of the family-name list: only taken after an initial in a user name
     * in a user key's or column's value ("user=mbauer", "utente=gmarino"; thirty-third session), where a word after
     * one letter is no word.
     */
    static final WordSet WORD_SURNAMES = set("bauer", "koch", "klein", "wolf", "braun", "lange", "schwarz", "weiss",
        "fuchs", "vogel", "jung", "kaiser", "koenig", "hahn", "keller", "meier", "marino", "gallo", "greco", "costa",
        "conti", "romano", "leone", "fontana", "serra", "villa", "monti", "martini", "testa", "sala", "riva", "boer",
        "molenaar", "schipper", "leon", "castillo", "rey", "cruz", "flores", "campos", "vega", "rubio", "blanco",
        "serrano", "pastor", "santos", "boucher", "marchand", "roux", "petit", "blanc", "brun", "chevalier", "cook",
        "hill", "wood", "king", "brown", "white", "green", "young", "hall", "fisher", "stone", "price");

    /** The {@link #ROLE_NOUNS} of files kept on a person ("dossier Van Damme", "Personalakte De Vries"). */
    static final WordSet FILE_NOUNS = set("personalakte", "patientenakte", "akte", "dossier", "personeelsdossier",
        "patiëntendossier", "expediente", "fascicolo");

    /**
     * The {@link #LOWER_NAME_CUES} that name a person's contact data ("numero", "iban", "móvil"): after one of them
     * and "di", "de", "van" or "von" a lower-case given name is a person also when it is a word too ("il numero di
     * chiara", "el móvil de rosa"; thirty-third session), as in a chat speaker's place.
     */
    static final WordSet LOWER_CONTACT_CUES = set("nummer", "number", "numero", "número", "numéro", "iban", "mail",
        "email", "handy", "adres", "adresse", "indirizzo", "num", "tel", "tél", "telefono", "teléfono", "telefoon",
        "telefon", "móvil", "movil", "cell", "cellulare", "portable", "mobile", "phone", "whatsapp", "insta");
    /** Short words between a {@link #LOWER_NAME_CUES} word and the name ("dile a carlos", "vraag even aan joost"). */
    static final WordSet LOWER_NAME_GAPS = set("a", "à", "aan", "an", "even", "mal", "ad", "al", "van", "von",
        "de", "di", "del", "da");
    /**
     * Known given names that are also frequent lower-case words of the six languages ("ben" is Dutch "am", "mia"
     * Italian "my", "sol" Spanish "sun"): never a name in lower case.
     */
    static final WordSet LOWER_NAME_STOP = set("ben", "jan", "mia", "sara", "rosa", "sol", "luz", "mar", "paz",
        "alba", "vera", "chiara", "aurora", "franco", "fleur", "roos", "bas", "will", "mark", "bill", "rob", "pat",
        "sue", "don", "art", "ed", "al", "jo", "max", "nick", "amber", "angel", "dolores", "pilar", "guy", "man",
        "gen", "ken", "lou", "mo", "noel", "pierre", "rene", "ruby", "sky", "summer", "autumn", "dawn", "eve",
        "faith", "hope", "joy", "june", "may", "april", "august", "felice", "serena", "gloria", "victoria", "mercedes",
        "concepcion", "esperanza", "stella", "flora", "marina", "nova", "iris", "ivy", "lily", "holly", "daisy",
        "olive", "violet", "hazel", "jasmine", "rose", "grace", "harmony", "melody", "sunny", "page", "chase",
        "hunter", "carter", "cole", "dean", "drew", "gene", "grant", "jack", "jay", "lance", "miles", "reed",
        "rich", "ray", "wade", "earl", "frank", "penny", "mason", "crystal", "dale", "pearl", "marc", "harm",
        "marshall", "christian",
        // thirty-third session: words of Dutch, German and English that are also given names ("met elke klant", "en
        // dan", "greet the user")
        "elke", "dan", "greet");
    /**
     * The past verbs of contacting someone among the {@link #LOWER_NAME_CUES}: they cue a name only after their
     * subject or at a message's start ("called gareth re: ...", "i texted lena"), not after a noun ("a city called
     * austin", "a helper called greet").
     */
    static final WordSet CONTACT_VERBS = set("called", "rang", "texted", "emailed", "messaged", "pinged");

    /** All cue words, for one probe per capitalised word. */
    static final WordSet CUES = union(PERSON_LABELS, GREETINGS, SIGN_OFFS, KINSHIP, LOWER_TITLES, EMAIL_HEADERS,
        ROLE_NOUNS, ROLE_LABELS);

    /**
     * Words of departments and services that sign messages or fill name fields ("Klantenservice", "Ufficio
     * Amministrazione", "Atención al Cliente", "Ops"): a cued run with one of them is not a person.
     */
    static final WordSet ORG_UNITS = set("service", "services", "support", "team", "office", "desk", "helpdesk",
        "servicedesk", "department", "dept", "unit", "division", "operations", "ops", "sales", "marketing", "finance",
        "accounting", "accounts", "payable", "receivable", "billing", "legal", "compliance", "procurement",
        "purchasing", "hr", "it", "admin", "administration", "management", "board", "secretariat", "reception",
        "customer", "customers", "client", "clients", "care", "staff", "payroll", "security", "engineering",
        "kundenservice", "kundendienst", "kundenbetreuung", "abteilung", "buchhaltung", "verwaltung", "vertrieb",
        "einkauf", "personalabteilung", "geschäftsleitung", "klantenservice", "klantendienst", "afdeling",
        "administratie", "boekhouding", "verkoop", "inkoop", "directie", "secretariaat", "clientèle",
        "comptabilité", "direction", "secrétariat", "équipe", "equipe", "ufficio", "amministrazione", "contabilità",
        "vendite", "acquisti", "direzione", "segreteria", "assistenza", "clienti", "servizio", "atención",
        "atencion", "cliente", "clientes", "departamento", "administración", "administracion", "contabilidad",
        "ventas", "compras", "dirección", "direccion", "secretaría", "secretaria", "equipo", "soporte", "bedrijf",
        "firma", "unternehmen", "société", "societe", "empresa", "azienda", "company", "bureau", "büro", "buro",
        "sachbearbeitung", "facilitair", "juridique", "juridisch", "rechtsabteilung", "sekretariat",
        // hospital departments and wards in the six languages (twenty-fifth session: "Servicio de Traumatología",
        // "U.O. Medicina Interna"; specialties ending in -ologie, -ology, -iatrie, ... are tested by their ending)
        "servicio", "servicios", "unidad", "unité", "unite", "unità", "unita", "reparto", "sección", "seccion",
        "ward", "poliklinik", "polikliniek", "ambulatorio", "consultorio", "medicina", "medicine", "médecine",
        "medecine", "medizin", "geneeskunde", "chirurgie", "chirurgia", "cirugía", "cirugia", "surgery",
        "urgencias", "urgences", "notaufnahme", "spoedeisende", "emergency", "orthopädie", "orthopedie",
        "orthopédie", "ortopedia", "orthopaedics", "orthopedics", "pediatrics", "paediatrics", "pädiatrie",
        "pédiatrie", "pediatria", "pediatría", "kindergeneeskunde", "maternidad", "maternité", "maternità",
        "kraamafdeling", "intensive", "intensivstation",
        // thirty-third session: offices that sign a message by their function ("Investor Relations", "Public
        // Affairs", "Human Resources", "Customer Success", "Corporate Communications", "Ressources Humaines",
        // "Recursos Humanos", "Risorse Umane", "Relazioni Esterne", "Personeelszaken", "Presse")
        "relations", "affairs", "resources", "success", "communications", "communication", "partnerships",
        "investor", "investors", "treasury", "recruiting", "recruitment", "talent", "press", "media", "events",
        "ressources", "humaines", "relazioni", "risorse", "umane", "recursos", "humanos", "comunicación",
        "comunicacion", "comunicazione", "kommunikation", "communicatie", "personeelszaken", "presse", "prensa",
        "stampa");
    /** Prefixes of hyphenated Arabic family names ("Al-Farsi", "El-Amin", "Ben-Ali", "Abu-Bakr"). */
    static final WordSet ARABIC_PREFIXES = set("al", "el", "ben", "abu", "bin");
    /** Parts of English compounds shaped like a hyphenated Korean given name ("Co-op", "Pop-up", "Ad-hoc"). */
    static final WordSet COMPOUND_PARTS = set("co", "re", "up", "in", "on", "pre", "non", "set", "log", "sub", "pro",
        "ex", "de", "bi", "tri", "mid", "off", "out", "all", "pop", "ad", "hoc", "by", "to", "go", "op", "lo", "fi",
        "hi", "tech", "top", "end", "day", "one", "two", "low", "run", "age", "old", "new", "mix", "cut", "fix");
    /** Particles that start a capitalised surname after a cue ("heer Van den Berg", "Frau Von Arnim"). */
    static final WordSet SURNAME_STARTS = set("van", "von", "de", "di", "da", "del", "della", "le", "la", "el", "al",
        "dos", "du", "ter", "ten", "mac", "mc");
    /** Korean family names that are also common words (Park, Moon, Song, Hong): a name only before a Korean given name. */
    static final WordSet KOREAN_SURNAMES = set("park", "moon", "song", "hong", "oh", "ko", "nam", "kim", "lee",
        "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "shin", "seo", "kwon", "hwang", "ahn", "yoo",
        "jeon", "bae", "baek", "ryu", "noh", "woo", "yang");

    /** Legal forms after a company name ("Aurora S.r.l.", "Woonstede B.V.", "Nordlicht GmbH"), letters only. */
    static final WordSet ORG_FORMS = set("gmbh", "ag", "kg", "ohg", "ug", "ev", "bv", "nv", "vof", "cv", "sa",
        "sas", "sarl", "sl", "sll", "slu", "srl", "spa", "snc", "ltd", "llc", "inc", "plc", "llp", "lp", "corp",
        "bvba", "sprl", "srls", "sapa", "scs", "scrl", "kgaa", "mbh", "s.r.l.", "s.r.l", "s.l.", "s.l", "s.a.", "s.a",
        "b.v.", "b.v", "n.v.", "n.v", "s.p.a.", "s.p.a", "s.a.s.", "s.a.s", "e.v.", "e.v", "s.l.u.", "s.l.u", "v.o.f.",
        "v.o.f", "s.n.c.", "s.n.c", "s.c.", "s.c", "co.", "corp.", "inc.", "ltd.", "llc.", "plc.", "llp.", "gmbh.");

    /** Street words after a street named like a person ("Martinez Mall St.", "Joaquin Suarez Street"). */
    static final WordSet STREET_WORDS = set("st", "street", "road", "rd", "avenue", "ave", "lane", "ln", "blvd",
        "boulevard", "way", "drive", "straat", "strasse", "straße", "weg", "laan", "plein", "gracht", "rue", "calle",
        "via", "viale", "piazza", "plaza", "place", "square", "mall", "court", "terrace", "crescent", "close",
        "gardens", "parkway", "highway", "allee", "platz", "gasse", "ring", "kade", "singel", "dreef", "bridge",
        // thirty-sixth session: American street types after a given name that the larger name list now knows
        // ("Leokadia Trail", "Inna Loop")
        "trail", "loop");

    /** Vietnamese family names that are followed by a middle name such as Van or Thi ("Nguyen Van An"). */
    static final WordSet VIET_SURNAMES = set("nguyen", "nguyễn", "tran", "trần", "le", "lê", "pham", "phạm",
        "hoang", "hoàng", "huynh", "huỳnh", "phan", "vu", "vũ", "vo", "võ", "dang", "đặng", "bui", "bùi", "do", "đỗ",
        "ho", "hồ", "ngo", "ngô", "duong", "dương", "ly", "lý", "trinh", "trịnh", "dinh", "đinh", "truong", "trương");
    static final WordSet VIET_MIDDLE = set("van", "văn", "thi", "thị");

    /** Lower-case particles allowed inside a surname ("van der Berg", "de la Cruz"). */
    static final WordSet PARTICLES = set("van", "der", "den", "de", "von", "zu", "di", "da", "du", "del",
        "della", "dos", "das", "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "op", "het", "'t",
        // the Spanish plural articles inside surnames ("de los Santos", "de las Heras": twenty-fifth session; the
        // French "des" and the Italian "dei", "degli", "delle" are left out: the German genitive "des Vorstands"
        // and Italian institutions, "Ministero delle Finanze", would join a run)
        "los", "las");

    /** Month names (en, nl, de, fr, es, it), lower case, with common abbreviations. */
    static final WordSet MONTHS = set("january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "januari", "februari", "maart", "mei", "juni", "juli", "augustus",
        "oktober", "januar", "februar", "märz", "maerz", "mai", "oktober", "dezember", "janvier", "février",
        "fevrier", "mars", "avril", "juin", "juillet", "août", "aout", "septembre", "octobre", "novembre",
        "décembre", "decembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "octubre", "noviembre", "diciembre", "gennaio", "febbraio", "aprile", "maggio", "giugno",
        "luglio", "settembre", "ottobre", "dicembre",
        // abbreviations of the other five languages ("07-juil-1962", "3 Okt 1971", "12-mrt-1980", "5 ene 1990",
        // "9 lug 1958": twenty-fifth session)
        "janv", "févr", "fevr", "avr", "juil", "déc", "mär", "okt", "dez", "mrt", "ene", "abr", "ago", "dic", "gen",
        "mag", "giu", "lug", "set", "ott");

    static final WordSet FIRST_NAMES = new WordSet(loadNames("first-names.txt"));
    /** Family names of many cultures (see surnames.txt: common words and brand names are left out). */
    static final WordSet SURNAMES = new WordSet(loadNames("surnames.txt"));

    private Lexicon() {
    }

    private static WordSet set(String... words) {
        return new WordSet(java.util.Arrays.asList(words));
    }

    private static WordSet union(WordSet... sets) {
        java.util.List<String> all = new java.util.ArrayList<>();
        for (WordSet w : sets) {
            all.addAll(w.words());
        }
        return new WordSet(all);
    }

    /** Context words for an entity restricted to languages (an empty set means all). */
    static String[] contextWords(PiiEntity entity, Set<String> languages) {
        String spec = CONTEXT.get(entity);
        if (spec == null) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        for (String group : spec.split("\\|")) {
            int colon = group.indexOf(':');
            String lang = group.substring(0, colon);
            if (languages.isEmpty() || languages.contains(lang) || lang.equals("en")) {
                for (String w : group.substring(colon + 1).split(",")) {
                    if (!w.isBlank()) {
                        out.add(w.trim());
                    }
                }
            }
        }
        return out.toArray(new String[0]);
    }

    /** Whether text[s, e) is a known first name, ignoring case (also tried without accents). */
    static boolean isFirstName(String text, int s, int e) {
        return isFirstName(text, s, e, WordSet.key(text, s, e));
    }

    /** {@link #isFirstName(String, int, int)} given the word's {@link WordSet#key}. */
    static boolean isFirstName(String text, int s, int e, long key) {
        return FIRST_NAMES.contains(text, s, e, key) || isFoldedFirstName(text, s, e);
    }

    /**
     * The rest of {@link #isFirstName} after the plain lookup failed: a word with a character past ASCII tried
     * without its accents, or a hyphenated word whose every part is a known first name ("Anna-Lena").
     */
    static boolean isFoldedFirstName(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c > 0x7f) {
                CharSequence f = foldRange(text, s, e);
                return FIRST_NAMES.contains(f, 0, f.length()) || (text.indexOf('-', s) >= 0 && text.indexOf('-', s) < e
                        && hyphenatedFirstName(text, s, e));
            }
            if (c == '-' && i > s + 1) {
                // "Anna-Lena", "Jean-Luc", "Marie-Claire": every part a known first name
                return hyphenatedFirstName(text, s, e);
            }
        }
        return false;
    }

    private static boolean hyphenatedFirstName(String text, int s, int e) {
        int p = s;
        while (p < e) {
            int h = text.indexOf('-', p);
            int pe = h < 0 || h > e ? e : h;
            if (pe - p < 2 || !isFirstName(text, p, pe, WordSet.key(text, p, pe))) {
                return false;
            }
            p = pe + 1;
        }
        return true;
    }

    /** Whether text[s, e) is a known family name, ignoring case (also tried without accents). */
    static boolean isSurname(String text, int s, int e) {
        if (SURNAMES.contains(text, s, e)) {
            return true;
        }
        for (int i = s; i < e; i++) {
            if (text.charAt(i) > 0x7f) {
                CharSequence f = foldRange(text, s, e);
                return SURNAMES.contains(f, 0, f.length());
            }
        }
        return false;
    }

    /**
     * Per character 0x80-0xFF: the character without its accents (as {@link #fold} makes it: NFD, non-spacing marks
     * dropped), when that is one character; 0 otherwise.
     */
    private static final char[] LATIN1_FOLD = new char[0x80];

    static {
        for (int c = 0x80; c <= 0xFF; c++) {
            String f = foldNfd(String.valueOf((char) c));
            LATIN1_FOLD[c - 0x80] = f.length() == 1 ? f.charAt(0) : 0;
        }
    }

    private static final ThreadLocal<StringBuilder> FOLDED = ThreadLocal.withInitial(() -> new StringBuilder(32));

    /**
     * {@link #fold} of {@code text[s, e)}, without a substring: in a per-thread buffer (valid until the next call on
     * the thread) when every character is Latin-1, which is the common case of accented names ("José", "Müller"); a
     * word in another script takes the general fold. Per-character folding equals folding the word for Latin-1
     * text: its decompositions hold no marks that canonical reordering could move across a base letter.
     */
    static CharSequence foldRange(String text, int s, int e) {
        StringBuilder sb = FOLDED.get();
        sb.setLength(0);
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            char f = c < 0x80 ? c : c <= 0xFF ? LATIN1_FOLD[c - 0x80] : 0;
            if (f == 0) {
                return fold(text.substring(s, e));
            }
            sb.append(f);
        }
        return sb;
    }

    static String fold(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return foldNfd(s);
            }
        }
        return s;
    }

    private static String foldNfd(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char c = d.charAt(k);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static Set<String> loadNames(String resource) {
        Set<String> names = new HashSet<>();
        for (String line : resourceLines(resource, "")) {
            for (String w : line.split("\\s+")) {
                String lw = w.toLowerCase(Locale.ROOT);
                names.add(lw);
                names.add(fold(lw));
            }
        }
        return Set.copyOf(names);
    }

    /**
     * The lines of a word-list resource of this package, trimmed, without blank lines and {@code #} comments.
     *
     * @param why appended to the message of the {@link IllegalStateException} thrown when the resource is missing
     */
    static List<String> resourceLines(String resource, String why) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource io/tappass/pipeline/pii/" + resource + " is missing" + why);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.trim();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
