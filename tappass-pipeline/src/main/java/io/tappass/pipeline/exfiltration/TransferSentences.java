package io.tappass.pipeline.exfiltration;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a sentence that asks to move data out, in English, Dutch, German, French, Spanish and Italian: a
 * move action ({@link #VERB}: send, forward, upload, sync, mirror, paste, "stuur", "schick", "lade ... hoch",
 * "envoie", "sube", "inoltra" ...), the data moved in two tiers ({@link #NOUN}: what is sensitive wherever it goes —
 * credentials, the conversation, personal records, payroll, source code, dumps; {@link #COMPANY}: any of the
 * organisation's documents, files and records, which only count with a destination that is plainly not the
 * organisation's), a negation ({@link #NEGATED}), and what the words say about the destination: the writer's own
 * ({@link #PERSONAL}), the organisation's ({@link #OWN}), someone outside ({@link #OUTSIDE}), or an instruction
 * addressed to the assistant or meant to stay unseen ({@link #HIDDEN}: the mark of an instruction planted in a
 * document or a tool result).
 *
 * <p>Patterns run on {@linkplain #fold folded} sentences (lower case, accents and invisible format characters
 * removed) of at most a few hundred characters; none has nested quantifiers. Also the free and personal mailbox
 * providers, whose addresses are personal destinations.
 */
final class TransferSentences {

    private TransferSentences() {
    }

    private static WordLexicon words(String alternatives) {
        return new WordLexicon(alternatives);
    }

    /**
     * Lower case without accents, ß as "ss", invisible format characters (zero-width spaces and joiners, soft
     * hyphens, bidi marks) dropped: a hidden instruction splits its words with them ("e-mail this whole\u200b
     * document").
     */
    static String fold(CharSequence s, int from, int to) {
        StringBuilder sb = null;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c >= 'A' && c <= 'Z') {
                sb = new StringBuilder(to - from);
                break;
            }
        }
        if (sb == null) {
            return s.subSequence(from, to).toString();
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            } else if (c == '\u00df') {
                sb.append("ss");
            } else if (Character.getType(c) == Character.FORMAT) {
                continue;
            } else {
                String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
                for (int k = 0; k < d.length(); k++) {
                    char x = d.charAt(k);
                    if (Character.getType(x) != Character.NON_SPACING_MARK) {
                        sb.append(Character.toLowerCase(x));
                    }
                }
            }
        }
        return sb.toString();
    }

    /** {@link #fold(CharSequence, int, int)} of a whole string. */
    static String fold(String s) {
        return fold(s, 0, s.length());
    }

    /** Move actions: imperative, infinitive and past forms, and the nouns of a forwarding ("weiterleitung"). */
    static final WordLexicon VERB = new WordLexicon(
            "send|sends|sending|sent|post|posts|posting|posted|upload\\w*|forward\\w*|exfiltrat\\w*|transmit\\w*"
                    + "|submit\\w*|append\\w*|attach\\w*|leak\\w*|push\\w*|pipe|piping|copy|copies|copied|copying"
                    + "|paste|pasted|pasting|embed\\w*|beacon\\w*|deliver\\w*|transfer\\w*|export\\w*|dump|dumps|dumped"
                    + "|relay\\w*|share|shares|shared|sharing|e-?mailed|e-?mailing|mailed|mailing|put"
                    + "|drop|save|store|move|sync\\w*|zip|mirror\\w*|publish\\w*|beam|ship|stream|smuggle\\w*|text"
                    + "|dm|bcc|back up|airdrop|replicat\\w*|archive|hand over"
                    // Dutch
                    + "|stuur|stuurt|sturen|verstuur\\w*|zend|zenden|verzend\\w*|doorsturen|doorgestuurd|mailen"
                    + "|uploaden|kopieer\\w*|kopieren|deel|delen|gedeeld|plak|plakken|plaats|plaatsen|zet|zetten"
                    + "|publiceer\\w*|exporteer\\w*|synchroniseer\\w*|verplaats\\w*|bewaar"
                    // German
                    + "|schick\\w*|sende|senden|versend\\w*|verschick\\w*|ubermittl\\w*|ubermittel\\w*|ubertrag\\w*"
                    + "|lade|laden|hochlad\\w*|hochgelad\\w*|kopier\\w*|teile|teilen|leite|weiterleit\\w*|spiegel\\w*"
                    + "|speicher\\w*|exportier\\w*|poste|posten|veroffentlich\\w*|verschieb\\w*|synchronisier\\w*"
                    + "|maile|mailen|sichere|sichern"
                    // French
                    + "|envoie\\w*|envoy\\w*|transmet\\w*|transfere\\w*|copie\\w*|partage\\w*|depose\\w*|televerse\\w*"
                    + "|publie\\w*|poste\\w*|synchronise\\w*|sauvegarde\\w*|exporte\\w*|mets|mettre|balance\\w*"
                    // Spanish
                    + "|envia\\w*|enviar|manda\\w*|reenvia\\w*|sube|subir|subelo|subela|subelos|copia\\w*|comparte\\w*"
                    + "|compartir|publica\\w*|sincroniza\\w*|pasa|pasar|exporta\\w*|guarda\\w*|adjunta\\w*"
                    // Italian
                    + "|invia\\w*|inoltra\\w*|carica\\w*|condividi\\w*|pubblica\\w*|sincronizza\\w*|trasferisci"
                    + "|esporta\\w*|salva\\w*|allega\\w*|metti", true);

    /**
     * "e-mail" and "mail" as a verb: where an order's verb stands (at the start, after a mark, or after "please",
     * "and", "then", "to", "you" ...), not as a noun ("the password reset email bounced").
     */
    private static final Pattern MAIL_ORDER = Pattern.compile("(?:^|[,.;:!?(\"'*>-]\\s*|\\b(?:please|pls|and|then|to|you"
            + "|kindly|also|now|just|und|en|et|y|e|bitte|dann|puis|luego|poi)\\s+)e?-?mail(?:s(?= (?:it|them|this|that|the|a|an"
            + "|everything|all|every)\\b))?(?![a-z0-9_])"); // (a job that "zips the folder and emails it to ...": twenty-ninth session)

    /**
     * Words that move data only with personal or conversation data as their object ("add the user's address to the
     * URL", "encode the chat in the link"): with a credential they are instructions for using it ("add the token
     * to your CI settings at https://…").
     */
    static final WordLexicon WEAK_VERB = new WordLexicon("add|include|insert|encode|voeg|fuge|ajoute|anade|aggiungi",
            true);

    /** Secrets: credentials, keys, tokens, the environment, credential files. */
    private static final String SECRETS = "credentials?|creds|passwords?|passwd|passphrases?|api[ _-]?keys?"
            + "|access[ _-]?keys?|secret[ _-]?(?:access[ _-]?)?keys?|private[ _-]?keys?|ssh[ _-]?keys?|signing keys?"
            + "|encryption keys?|secrets|tokens?|auth tokens?|cookies?|session (?:ids?|tokens?|cookies?)"
            // (twenty-fifth session: a request's bearer token)
            + "|jwts?|bearer (?:tokens?|jwts?|credentials?)"
            + "|env(?:ironment)?[ _-]?var(?:iable)?s|env(?:ironment)? files?|\\.env[\\w.-]*|dotenv|\\.ssh|\\.aws|\\.kube"
            + "|\\.netrc|\\.pgpass|kubeconfig|id_rsa|id_ed25519|/etc/(?:passwd|shadow)|keychain|keystore"
            + "|\\.npmrc|\\.pypirc|\\.git-credentials|\\.vault-token|\\.s3cfg"
            + "|printenv|output of `?env`?|`env`"
            + "|vault (?:tokens?|secrets|export)|seed phrase|recovery (?:codes?|phrase)|otps?"
            + "|(?:2fa|mfa|verification|one-time|sms|login) codes?|password[ _-]?hash\\w*|connection strings?"
            + "|database[ _-]?url"
            + "|wachtwoord(?:en)?|inloggegevens|toegangsgegevens|api-?sleutels?|passwort(?:e|er)?|passworter"
            + "|zugangsdaten|anmeldedaten|api-?schlussel\\w*|mots? de passe|identifiants|cles? (?:api|d'api|privees?|ssh"
            + "|d'acces|secretes?)|contrasenas?|credenciales|claves? (?:api|privadas?|de acceso|secretas?)"
            + "|credenziali|chiavi (?:api|private|di accesso|segrete)";
    /** The conversation, the assistant's instructions, everything the user said. */
    private static final String CONVERSATION = "chat[ _-]?(?:history|logs?|transcripts?)|conversations?"
            + "|message history|(?:previous|earlier|last)(?: \\w+)? (?:user )?messages?|(?:this|the|our|whole|entire|full)"
            + " (?:chat|thread|transcript|dialog(?:ue)?)|system[ _-]?prompt|your (?:instructions|prompt|rules)"
            + "|everything (?:above|so far|you (?:know|saw|have seen|read|were told))|(?:full|whole|entire) context"
            + "|(?:the )?user'?s? (?:\\w+ )?(?:messages?|questions?|data|details|e-?mail|address|password|name|history"
            + "|prompts?|requests?)"
            + "|gesprek(?:ken)?|chatgeschiedenis|gespreksgeschiedenis|unterhaltung|chatverlauf|gesprachsverlauf"
            + "|konversation|conversacion|conversazione|historique (?:de la |du )?(?:conversation|chat)"
            + "|historial(?: del chat| de la conversacion)?|cronologia(?: della chat)?";
    /** Who personal records are about, and what a set of them is called. */
    private static final String PEOPLE = "customer|client|user|patient|employee|staff|member|subscriber|contact|lead"
            + "|supplier|vendor|personnel|hr|crm|candidate|student|applicant|donor|guest|passenger|cardholder";
    private static final String RECORDS = "data|information|info|details|records?|lists?|database|db|tables?"
            + "|exports?|files?|e-?mails?|e-?mail addresses|addresses|numbers|contacts|base|dumps?|backups?|dataset"
            + "|pii|profiles?|spreadsheets?|sheets?|csv|rows|entries|directory|histor(?:y|ies)|dossiers?";
    /** Personal and regulated records, in six languages. */
    private static final String PERSONAL_DATA = "(?:" + PEOPLE + ")s?'?s?[ _-](?:\\w+ )?(?:" + RECORDS + ")"
            + "|(?:list|lists|table|export|dump|database) of (?:all )?(?:the |our )?(?:" + PEOPLE + ")s"
            + "|e-?mail address(?:es)?|phone numbers?|telephone numbers?|(?:home|private) address(?:es)?"
            + "|dates? of birth|birth ?dates?|social security numbers?|ssns?|passport (?:numbers?|scans?|copies)"
            + "|(?:credit |debit )?card (?:numbers?|details|data)|credit cards?|cvvs?|ibans?|bank (?:details"
            + "|accounts?|account numbers?|statements?)|insurance numbers?|tax (?:ids?|numbers?)|national ids?"
            + "|id (?:cards?|numbers?)|medical (?:records?|history|files?)|health (?:data|records|information)"
            + "|diagnos[ie]s|prescriptions|payroll|salar(?:y|ies)|payslips?|pay ?slips?|compensation data|bonuses"
            + "|personnel files?|disciplinary (?:files?|records?)|performance reviews?|background checks?"
            + "|patients?'? (?:list|data|records|files|diagnoses)"
            // Dutch and German compounds
            + "|(?:klant|leden|lid|personeel|medewerker|patient|kunden|mitglieder|mitarbeiter|patienten|personal)\\w*"
            + "(?:lijst|liste|gegevens|bestand|database|datenbank|data|daten|export|adressen|kartei)\\w*|klantenbestand"
            + "|kundenstamm\\w*|personeelsgegevens|personeelsdossiers?"
            + "|patientgegevens|patientendaten|mitarbeiter\\w*(?:liste|daten)\\w*|personaldaten|gehalt\\w*"
            + "|gehaelter|gehalter|lohn(?:liste|daten|abrechnung)\\w*|salarissen|loonlijst\\w*|loonstro\\w*"
            + "|burgerservicenummers?|bsns?|sozialversicherungsnummer\\w*|geburtsdaten|privatadressen"
            // French, Spanish, Italian
            + "|(?:liste|fichier|base|donnees|export)s?(?: complete)? (?:de |des |du |de nos |de tous les )?(?:clients?"
            + "|salaries|employes|patients|fournisseurs|contacts|prospects)|salaires|fiches? de paie"
            + "|bulletins? de (?:paie|salaire)|numeros? de securite sociale|(?:lista|base de datos|datos|archivo"
            + "|exportacion)(?: completa)? (?:de |del |de los |de las |de nuestros )?(?:clientes|empleados|pacientes"
            + "|proveedores|contactos|usuarios)|nominas?|salarios|seguridad social|numeros? de tarjeta"
            + "|(?:elenco|lista|dati|archivio|database|anagrafica)(?: completo| completa)? (?:dei |delle |degli |di )?"
            + "(?:clienti|dipendenti|pazienti|fornitori|contatti|utenti)|stipendi|buste paga|cedolini"
            + "|codic[ei] fiscal[ei]|diagnosi|diagnosticos|cartelle cliniche|historias clinicas";
    /** Source code, dumps, and what the organisation marks as internal. */
    private static final String CROWN = "source[ _-]?(?:code|tree|files)|code ?base|monorepo|(?:database|db|sql|prod"
            + "|production|crm|erp|customer)[ _-](?:dumps?|backups?|exports?|snapshots?)|dumps|pg_dump|mysqldump|m&a|mergers? and acquisitions|acquisition targets|due diligence|deal room"
            + "|(?:company|internal|confidential|proprietary|restricted|classified) (?:\\w+ )?(?:files?|documents?"
            + "|docs|data|code|repo|repository|information|reports?|plans?|roadmaps?|decks?|materials?)"
            + "|(?:whole|entire|full|complete) (?:\\w+ )?(?:documents?|files?|folders?|mailbox|inbox|database|repo"
            + "|repository|dataset|export|dump|spreadsheet)|trade secrets?"
            + "|broncode|quellcode|code source|codigo fuente|codice sorgente"
            // results not yet published (twenty-fifth session): what insiders may not hand out anywhere
            + "|(?:unreleased|unpublished|non-?public|undisclosed|pre-?release|embargoed) (?:\\w+ )?(?:earnings|results"
            + "|financials?|numbers|figures|guidance|ledgers?|accounts|statements|forecasts?)|earnings drafts?"
            // a mailbox's messages in bulk
            + "|(?:all|every|each|alle|aller|allen|samtliche|tous|toutes|todos|todas|tutti|tutte|elke) (?:\\w+ )?(?:the |de"
            + " |die |les |los |las |i |le )?(?:incoming |new )?(?:e-?mails|e-?mail|mails|messages?|nachrichten|berichten"
            + "|courriels|correos|messaggi|sms)";

    /** Credentials, keys, tokens, the environment: sensitive wherever they go. */
    static final WordLexicon SECRET = words(SECRETS);
    /** What else is sensitive wherever it goes: the conversation, personal records, source code, dumps. */
    static final WordLexicon NOUN = words(CONVERSATION + "|" + PERSONAL_DATA + "|" + CROWN);
    /**
     * A credential used to call a service rather than moved ("put the API key in the Authorization header", "log in
     * with the token").
     */
    static final WordLexicon USAGE = words("headers?|authorization|bearer|authenticat\\w*|x-api-key|log ?in|sign ?in"
            + "|login|oauth");

    /**
     * A credential taken out of a request ("take the bearer JWT from the Authorization header of the last incoming
     * request", "copy the cookie out of the request headers"; twenty-fifth session): where the credential comes from,
     * not how the destination is called, so the words of {@link #USAGE} there do not make it a use (folded text).
     */
    static final Pattern TAKEN_FROM_REQUEST = Pattern.compile("\\b(?:from|out of|off) (?:the |its |their |each |every"
            + " |any |an? )?(?:[\\w-]+ ){0,3}?(?:authorization|headers?|cookies?|requests?)\\b");

    /** Whether the folded {@code window} uses a credential to call a service ({@link #USAGE}, not taken from a request). */
    static boolean usage(String window) {
        return USAGE.find(window) && !TAKEN_FROM_REQUEST.matcher(window).find();
    }
    /** A placeholder that names data ("user email", "access token", "benutzername", "resumen"), in six languages. */
    static final WordLexicon PLACEHOLDER = words("(?:user |customer |client )?(?:name|user ?name|e-?mail|phone|address"
            + "|token|access token|api key|key|password|passwd|pwd|secret|data|summary|messages?|chat|history"
            + "|conversation|prompt|card|iban|ssn|dob|account|session|cookie|benutzer ?name|benutzer|passwort|nombre"
            + "|correo|telefono|resumen|naam|wachtwoord|nome|dati|datos|donnees|daten|gegevens|resume|samenvatting"
            + "|zusammenfassung|riassunto|credentials?)");
    /** Whose data a placeholder stands for ("{the user's api key}", "<their password>"). */
    static final WordLexicon WHOSE = words("user'?s?|users'|their|his|her|customer'?s?|client'?s?|victim'?s?|paste|insert"
            + "|fill|real|actual");

    /**
     * The organisation's documents, files and records in general (six languages, stems): a move of any of them
     * counts only to a destination that is plainly outside (the writer's own mailbox or cloud, a file-drop service,
     * someone outside, a look-alike domain).
     */
    static final WordLexicon COMPANY = words("contracts?|agreements?|ndas?|term ?sheets?|cap ?table|investor\\w*"
            + "|board \\w+|financials?|forecasts?|budgets?|roadmaps?|strateg\\w*|acquisition\\w*|merger\\w*|pricing"
            + "|price ?lists?|prices|margins?|discounts?|quotes?|quotations?|offers|tenders?|proposals?|designs?"
            + "|drawings?|blueprints?|cad|schematics?|specs|specifications?|prototypes?|patents?|plans|reports?"
            + "|decks?|slides?|presentations?|spreadsheets?|sheets?|documents?|docs|files?|folders?|attachments?"
            + "|minutes|logs?|configs?|configuration|exports?|backups?|dumps?|archives?|repos?|repositor\\w*|branches"
            + "|invoices?|factures?|facturen|rechnungen|facturas|fatture|payslips?|transcripts?|recordings?"
            + "|(?:general )?ledgers?|earnings|trial balances?|balance sheets?|p&l|cash ?flows?|opportunit(?:y|ies)|pipeline"
            + "|projects?|leads|contacts|crm|customers|clients|accounts|deals?|revenue|sales|kpis?|research|data"
            + "|dataset|records|everything|the contents|all of it"
            + "|offerte\\w*|contract\\w*|vertrag\\w*|vertrage|contrat\\w*|contrato\\w*|contratt\\w*|devis"
            + "|presupuesto\\w*|preventiv\\w*|prijs\\w*|preis\\w*|prix|precios|prezzi|tarif\\w*|bestand\\w*"
            + "|document\\w*|dokument\\w*|datei\\w*|fichier\\w*|archivo\\w*|ordner|dossier\\w*|carpeta\\w*"
            + "|cartella|rapport\\w*|bericht\\w*|informe\\w*|presentatie\\w*|prasentation\\w*|diapo\\w*|notulen"
            + "|protokoll\\w*|planos|tekening\\w*|zeichnung\\w*|disegni|fotos|gegevens|daten|donnees|datos|dati"
            + "|lijst\\w*|liste\\w*|lista\\w*|elenco|mappe|map"
            // a mailbox's attachments and bank statements, in six languages (twenty-fourth session)
            + "|bijlage\\w*|anhang|anhange|anlagen|pieces jointes|adjuntos|allegat\\w*|bank ?statements?|releves? bancaires?"
            + "|bankafschrift\\w*|kontoauszug\\w*|extractos? bancarios?|estratt[oi] conto");

    /**
     * A password that locks what is moved, not a password moved ("a password-protected 7z", "zip it with a password",
     * "mit Passwort verschlüsselt"; twenty-seventh session: an awareness module and an incident report named the
     * archive's lock): folded text, blanked before the secrets are sought.
     */
    static final Pattern LOCKED = Pattern.compile("\\b(?:password|passwort|wachtwoord|mot de passe|contrasena|passphrase)"
            + "[ -]?(?:protected|locked|encrypted|geschutzt|verschlusselt|beveiligd|protege\\w*|protegid\\w*|protett\\w*)\\b"
            + "|\\b(?:with|mit|met|avec|con|by|door|par|por|da|under) (?:a |an |un |une |een |einem |einen |ein |uno |una )?"
            + "(?:password|passwort|wachtwoord|mot de passe|contrasena|passphrase)\\b(?! (?:of|for|from|to|van|von|voor|fur"
            + "|de|di|del|des|du|da|list|file|manager|vault|hash\\w*|dump)\\b)");

    static final WordLexicon NEGATED = words(
            "never|don't|do not|must not|should not|shouldn't|avoid|stop|nooit|niet|niemals|nicht|jamais"
                    + "|ne pas|nunca");

    /**
     * A first-person possessive, then within two words a "personal"/"private" adjective or compound ("my personal
     * account", "mijn privéadres", "mein privates Konto", "mon adresse perso", "mi correo personal", "il mio numero
     * personale"), on folded text.
     */
    static final Pattern PERSONAL = Pattern.compile(
            "\\b(?:my|mijn|mein|meine|meinen|meinem|mon|ma|mes|mi|mis|mio|mia|miei|mie)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
                    + "(?:personal|private|prive\\p{L}*|privat\\p{L}*|persoonlijk\\p{L}*|personnel(?:le)?|perso"
                    + "|personale|privato|privata|particular)\\b");

    /**
     * Words just before a destination that make it the organisation's ("to our Jenkins", "naar onze SharePoint",
     * "an unser Team", "à notre service", "to my colleague", "to my work inbox").
     */
    static final WordLexicon OWN = words("our|ours|onze|ons|unser\\w*|notre|nos|nuestr[oa]s?|nostr[oaie]|company|corporate"
            + "|work|office|internal|intern|interne|interno|team|colleague\\w*|coworkers?|co-workers?|collega\\w*"
            + "|kolleg\\w*|collegue\\w*|companer\\w*|department|afdeling|abteilung|service|servicio|servizio|ufficio");

    /** Recipients outside the organisation, in six languages. */
    static final WordLexicon OUTSIDE = words("friends?|buddy|brother|sister|cousin|wife|husband|brother-in-law"
            + "|ex-?colleagues?|former colleagues?|old colleagues?|competitors?|competition|rival|another company"
            + "|other company|outside|someone outside|external (?:contact|party|person|consultant)|recruiter"
            + "|headhunter|new (?:employer|job|company)|vriend\\w*|kennis|concurrent\\w*|ex-?collega|oud-collega"
            + "|freund\\w*|bekannte\\w*|konkurren\\w*|ehemalige\\w* kolleg\\w*|ami|amie|amis|copain|ancien collegue"
            + "|amigo\\w*|competencia|competidor\\w*|amico|amica|amici|concorrent\\w*|ex collega|extern\\w*"
            + "|esterno|esterna|externo|externa"
            // the writer leaving for the recipient, another organisation's place (twenty-fifth session): "I'm joining
            // them next month and they'd like a head start", "their tenant, not ours", "my consultant's own account"
            + "|(?:i'm|i am|i'll be|i will be) (?:joining|moving to|starting (?:at|there|with)|going to work (?:for|there))"
            + "|joining (?:them|their"
            + " (?:team|company|firm))|head start|before i (?:leave|quit|go|start there)|my (?:next|future) (?:employer|job"
            + "|company|firm)|my last (?:day|week)|not ours|their (?:tenant|workspace|organi[sz]ation|company|firm)"
            + "|(?:consultant|contractor|freelancer|vendor|partner|supplier|agency)'s own");

    /**
     * The marks of an instruction planted for the assistant: addressed to it ("AI assistant processing this
     * inbox", "Instruction pour l'assistant IA", "Hinweis an den KI-Assistenten") or meant to stay unseen ("don't
     * mention it", "before replying", "ne le mentionne pas", "sin avisar").
     */
    static final WordLexicon HIDDEN = words("(?:ai|ki|ia|llm|gpt) ?(?:assistant|assistent\\w*|asistente|assistente"
            + "|agent|model)?|assistant|assistent\\w*|asistente|assistente|(?:automated|autonomous) (?:\\w+ )?"
            + "(?:reviewers?|agents?|systems?)|note (?:to|for) (?:the )?(?:ai|assistant|model|agent)"
            + "|do not (?:tell|mention|inform|notify)|don'?t (?:tell|mention|inform|notify)|without (?:telling"
            + "|mentioning|informing|notifying)|silently|quietly|secretly|in secret|invisibl\\w*"
            + "|ne (?:le |la |les )?(?:mentionne|dis|signale)\\w*|sans (?:le dire|le mentionner|prevenir|en parler)"
            + "|nicht erwahnen|ohne (?:es )?(?:zu erwahnen|jemandem)|niets (?:zeggen|vermelden)"
            + "|zonder (?:het )?te (?:melden|vermelden|zeggen)|sin (?:decir|mencionar|avisar)|no (?:lo )?menciones"
            + "|senza (?:dire|menzionare|avvisare)|non (?:lo )?menzionare|before (?:replying|answering|you (?:reply"
            + "|answer|respond))|avant de repondre|vor (?:der|deiner) antwort|bevor du antwortest"
            + "|antes de responder|prima di rispondere|voordat je antwoordt|voor je antwoordt"
            // nobody is to know
            + "|nobody (?:needs|has) to know|no one (?:needs|has) to know|nichts mitbekommen|niemand hoeft"
            + "|personne ne doit (?:le )?savoir|nadie (?:tiene que|debe) saber|nessuno deve saperlo"
            // "je hoeft de gebruiker hier niet over te informeren", "hoeft dit niet te weten"
            + "|niet (?:over )?te (?:informeren|weten|melden)|nicht (?:zu )?(?:informieren|wissen)");

    /**
     * A person's assistant ("cc the CFO's assistant", "my executive assistant", "her PA"; twenty-fifth session): a
     * colleague, not an AI addressed by a planted instruction (folded text).
     */
    private static final Pattern PERSONS_ASSISTANT = Pattern.compile("(?:\\b[a-z]+'s|\\b(?:executive|personal"
            + "|administrative|admin|legal|dental|medical|teaching|research|office|lab|graduate|sales|marketing|his|her"
            + "|my|their))(?: (?!ai\\b|ki\\b|ia\\b|llm\\b|gpt\\b)[a-z]+)? assistants?\\b");

    /** Whether the folded {@code f} holds a mark of {@link #HIDDEN}, not counting a person's assistant. */
    static boolean hiddenMark(String f) {
        return HIDDEN.find(f) && (f.indexOf("assistant") < 0 || HIDDEN.find(PERSONS_ASSISTANT.matcher(f).replaceAll(" ")));
    }

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
        String d = domain.toLowerCase(Locale.ROOT);
        return WEBMAIL.contains(d) || PROVIDER_ANY_TLD.matcher(d).matches();
    }

    /**
     * The large free mailbox providers under any country or reserved TLD ("hotmail.com.ar", "yahoo.co.jp",
     * "outlook.jp", "outlook.test" in a written attack; twenty-fifth session): the provider's name is the mailbox's
     * mark, whatever the suffix.
     */
    private static final Pattern PROVIDER_ANY_TLD = Pattern.compile("(?:gmail|googlemail|outlook|hotmail|yahoo|ymail"
            + "|protonmail|proton|tutanota|gmx|yandex|icloud|aol|fastmail|posteo|zoho|mailfence)\\.(?:[a-z]{2,3}\\.)?"
            + "[a-z]{2,7}");

    /**
     * What a sentence holds: each flag set when its pattern is found in the folded text. The verbs and the negation
     * are read at once; what the sentence names (data, marks of the destination) is read when first asked for, from
     * everything read so far (most sentences around a URL move nothing, and their nouns are never needed).
     */
    static final class Cues {
        /** The longest stretch kept for the lazy reading. */
        private static final int PENDING = 1200;

        boolean verb;
        boolean weakVerb;
        boolean negated;
        private boolean secret;
        private boolean noun;
        private boolean company;
        private boolean hidden;
        private boolean outside;
        /** Folded text read but not yet searched for nouns and marks. */
        private StringBuilder pending;

        /** Reads {@code folded} (see {@link #fold}) and sets the flags not yet set. */
        void read(String folded) {
            negated = negated || NEGATED.find(folded);
            readAfter(folded);
        }

        /** Reads what follows a destination: everything but a negation. */
        void readAfter(String folded) {
            verb = verb || VERB.find(folded) || MAIL_ORDER.matcher(folded).find();
            weakVerb = weakVerb || WEAK_VERB.find(folded);
            if (pending == null) {
                pending = new StringBuilder(folded.length() + 1);
            } else if (pending.length() + folded.length() > PENDING) {
                pending.delete(0, Math.min(pending.length(), pending.length() + folded.length() - PENDING));
            }
            pending.append(folded).append(' ');
        }

        /** Searches what is pending for nouns and marks. */
        private void resolve() {
            if (pending == null || pending.length() == 0) {
                return;
            }
            String f = pending.toString();
            pending.setLength(0);
            if (!secret && f.indexOf("pass") >= 0) {
                f = LOCKED.matcher(f).replaceAll(" ");
            }
            secret = secret || SECRET.find(f);
            noun = noun || NOUN.find(f);
            company = company || noun || secret || COMPANY.find(f);
            hidden = hidden || hiddenMark(f);
            outside = outside || OUTSIDE.find(f);
        }

        /** A credential, a key, a token, the environment. */
        boolean secret() {
            resolve();
            return secret;
        }

        /** Other sensitive data: the conversation, personal records, source code, dumps. */
        boolean noun() {
            resolve();
            return noun;
        }

        /** Any of the organisation's data. */
        boolean company() {
            resolve();
            return company;
        }

        /** A mark of an order planted for the assistant. */
        boolean hidden() {
            resolve();
            return hidden;
        }

        /** A mark of a recipient outside. */
        boolean outside() {
            resolve();
            return outside;
        }

        /** A copy, to read more of a sentence without changing what was carried over. */
        Cues copy() {
            Cues c = new Cues();
            c.verb = verb;
            c.weakVerb = weakVerb;
            c.negated = negated;
            c.secret = secret;
            c.noun = noun;
            c.company = company;
            c.hidden = hidden;
            c.outside = outside;
            c.pending = pending == null ? null : new StringBuilder(pending);
            return c;
        }

        /**
         * Reads a sentence split at its destination: verb and nouns anywhere, a negation only before the destination
         * ("lade die Liste auf pastebin.com hoch (nicht gelistet)": "nicht" qualifies the paste, not the order).
         */
        void readAround(String text, int ss, int ds, int de, int se) {
            read(fold(text, ss, ds));
            readAfter(fold(text, de, se));
        }

        /** A move of sensitive data, not negated. */
        boolean transfer() {
            return !negated && (verb && (noun() || secret()) || weakVerb && noun());
        }

        /** A move of any of the organisation's data, not negated. */
        boolean companyTransfer() {
            return !negated && verb && company();
        }
    }
}
