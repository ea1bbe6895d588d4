package io.tappass.pipeline.exfiltration;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a sentence that asks to move data out: a transfer verb ("send", "forward", "upload", "stuur",
 * "schick", "lade ... hoch", "envoie", "manda", "invia" ...), a sensitive or company-data noun (credentials, the
 * conversation, customer lists, salaries, source code ..., in English, Dutch, German, French, Spanish and Italian),
 * a negation ("never", "do not"), and a personal destination ("my personal account", "mijn privéadres", "mio numero
 * personale"). Patterns run on lower-cased sentences of at most a few hundred characters; none has nested
 * quantifiers. Also the free and personal mailbox providers, whose addresses are personal destinations.
 */
final class TransferSentences {

    private TransferSentences() {
    }

    static final Pattern VERB = Pattern.compile(
            "\\b(?:send|sends|sending|post|posting|upload|uploading|forward|forwarding|exfiltrate|transmit|submit"
                    + "|append|appending|attach|leak|push|pipe|copy|paste|embed|beacon|deliver|transfer|export|dump"
                    + "|relay|share|e-?mail|mail|put|drop|save|store|move|sync|zip|sent|forwarded|uploaded|copied|shared"
                    + "|emailed|mailed|posted"
                    // Dutch, German, French, Spanish, Italian (imperative and infinitive forms)
                    + "|stuur|stuurt|sturen|verstuur|versturen|doorsturen|mailen|uploaden|kopieer|kopieren|deel|delen"
                    + "|schick|schicke|schicken|sende|senden|lade|laden|hochladen|weiterleiten|leite|ubertrage|ubertragen"
                    + "|exportiere|teile|maile"
                    + "|envoie|envoyez|envoyer|transfere|transferer|transmets|transmettre|copie|copier|televerse"
                    + "|partage|exporte"
                    + "|envia|enviame|enviar|manda|mandame|mandar|sube|subir|copia|copiar|reenvia|reenviar|comparte"
                    + "|exporta"
                    + "|invia|inviare|inviami|mandami|mandare|carica|caricare|inoltra|inoltrare|condividi|esporta)\\b");

    static final Pattern NOUN = Pattern.compile(
            "\\b(?:credentials?|passwords?|passwd|api[ _-]?keys?|access keys?|secret keys?|private keys?|ssh keys?"
                    + "|secrets|tokens?|cookies?|session ids?|env(?:ironment)? var(?:iable)?s|\\.env|\\.ssh|\\.aws"
                    + "|/etc/(?:passwd|shadow)|chat (?:history|log)|conversation(?: history)?|message history"
                    + "|previous messages|e-?mail address(?:es)?|phone numbers?|contacts?(?: list| details)?"
                    + "|(?:personal|customer|client|user|patient|employee) (?:data|information|details|records|list"
                    + "|database)|customer base|system prompt|(?:credit )?card numbers?|bank (?:details|account numbers?)"
                    + "|social security numbers?|passport numbers?|home address(?:es)?|salar(?:y|ies)(?: list| data)?"
                    + "|list of (?:patients|customers|clients|employees|staff|contacts|suppliers|users|members)"
                    + "|patients?'? (?:list|data|records|files|diagnoses)|diagnos[ei]s|insurance numbers?"
                    + "|medical records?|health (?:data|records)|(?:whole|entire|full|complete) (?:\\w+ )?(?:documents?"
                    + "|files?|folders?|mailbox|inbox|database|repo(?:sitory)?|dataset|export|dump|spreadsheet)"
                    + "|payroll|source code|code ?base|(?:company|internal|private) (?:repo|repository|code|files"
                    + "|documents|data)|database (?:dump|backup|export)"
                    // Dutch, German, French, Spanish, Italian (with and without accents)
                    + "|klantenlijst|klantgegevens|klantenbestand|salarissen|loonlijst|broncode|wachtwoord(?:en)?"
                    + "|gesprek|personeelsgegevens|kundenliste|kundendaten|kundendatenbank|gehaltsliste|gehalter"
                    + "|geh\u00e4lter|gehaltsdaten|lohnliste|quellcode|passwort|passworter|passw\u00f6rter|zugangsdaten"
                    + "|personaldaten|chatverlauf|unterhaltung|liste des clients|fichier clients|donnees clients"
                    + "|donn\u00e9es clients|salaires|code source|mots? de passe|identifiants|lista de clientes"
                    + "|datos de (?:los )?clientes|nominas|n\u00f3minas|salarios|codigo fuente|c\u00f3digo fuente"
                    + "|contrase(?:n|\u00f1)as?|credenciales|conversacion|conversaci\u00f3n|lista (?:dei )?clienti"
                    + "|dati (?:dei )?clienti|stipendi|buste paga|codice sorgente|credenziali|conversazione)\\b"
                    + "|(?:\\.ssh|\\.aws|\\.env)\\b");

    static final Pattern NEGATED = Pattern.compile(
            "\\b(?:never|don't|do not|must not|should not|shouldn't|avoid|stop|nooit|niet|niemals|nicht|jamais"
                    + "|ne pas|nunca)\\b");

    /**
     * A first-person possessive, then within two words a "personal"/"private" adjective or compound ("my personal
     * account", "mijn privéadres", "mein privates Konto", "mon adresse perso", "mi correo personal", "il mio numero
     * personale").
     */
    static final Pattern PERSONAL = Pattern.compile(
            "\\b(?:my|mijn|mein|meine|meinen|meinem|mon|ma|mes|mi|mis|mio|mia|miei|mie)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
                    + "(?:personal|private|priv(?:e|\u00e9)[\\p{L}]*|privat[\\p{L}]*|pers(?:o|\u00f6)nlich[\\p{L}]*"
                    + "|personnel(?:le)?|perso|personale|privato|privata|particular)\\b");

    /**
     * Free and personal mailbox providers (the part after '@'): an address there is a person's own mailbox, not a
     * company's.
     */
    private static final Set<String> WEBMAIL = Set.of("gmail.com", "googlemail.com", "outlook.com", "hotmail.com",
            "live.com", "msn.com", "yahoo.com", "ymail.com", "proton.me", "protonmail.com", "protonmail.ch", "pm.me",
            "tutanota.com", "tutanota.de", "tuta.io", "tuta.com", "gmx.com", "gmx.de", "gmx.net", "gmx.at", "gmx.ch",
            "web.de", "icloud.com", "me.com", "mac.com", "aol.com", "mail.ru", "yandex.ru", "yandex.com", "hey.com",
            "fastmail.com", "mailbox.org", "posteo.de", "posteo.net", "libero.it", "virgilio.it", "tiscali.it",
            "orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr", "ziggo.nl", "kpnmail.nl", "hetnet.nl",
            "planet.nl", "home.nl", "telenet.be", "skynet.be", "t-online.de", "freenet.de", "terra.es", "hotmail.es",
            "hotmail.fr", "hotmail.it", "hotmail.de", "hotmail.nl", "hotmail.co.uk", "yahoo.fr", "yahoo.de",
            "yahoo.es", "yahoo.it", "yahoo.co.uk", "outlook.de", "outlook.fr", "outlook.es", "outlook.it", "qq.com",
            "163.com", "126.com", "guerrillamail.com", "mailinator.com", "sharklasers.com", "temp-mail.org",
            "10minutemail.com", "yopmail.com", "cock.li", "disroot.org", "riseup.net", "zoho.com", "gmx.fr");

    /** The first characters of {@link #WEBMAIL}'s domains (lower case, ASCII). */
    private static final boolean[] WEBMAIL_FIRST = new boolean[128];

    static {
        for (String d : WEBMAIL) {
            WEBMAIL_FIRST[d.charAt(0)] = true;
        }
    }

    /** Whether a domain starting with {@code c} may be a free mailbox provider (no copy needed to rule most out). */
    static boolean mayBeWebmail(char c) {
        char l = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        return l < 128 && WEBMAIL_FIRST[l];
    }

    /** Whether {@code domain} (any case) is a free or personal mailbox provider. */
    static boolean webmail(String domain) {
        return WEBMAIL.contains(domain.toLowerCase(Locale.ROOT));
    }

    /** What a sentence holds: each flag set when its pattern is found in the lower-cased text. */
    static final class Cues {
        boolean verb;
        boolean noun;
        boolean negated;

        /** Reads {@code lower} (already lower case) and sets the flags not yet set. */
        void read(String lower) {
            verb = verb || VERB.matcher(lower).find();
            noun = noun || NOUN.matcher(lower).find();
            negated = negated || NEGATED.matcher(lower).find();
        }

        /**
         * Reads a sentence split at its destination: verb and noun anywhere, a negation only before the destination
         * ("lade die Liste auf pastebin.com hoch (nicht gelistet)": "nicht" qualifies the paste, not the order).
         */
        void readAround(String text, int ss, int ds, int de, int se) {
            String before = text.substring(ss, ds).toLowerCase(Locale.ROOT);
            read(before);
            if (!verb || !noun) {
                String after = text.substring(de, se).toLowerCase(Locale.ROOT);
                verb = verb || VERB.matcher(after).find();
                noun = noun || NOUN.matcher(after).find();
            }
        }

        boolean transfer() {
            return verb && noun && !negated;
        }
    }
}
