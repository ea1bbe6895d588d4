package io.tappass.pipeline.injection;

import java.util.ArrayList;
import java.util.List;

/**
 * Requests to move the organisation's data out through the agent, read as sentences (written for this project,
 * third blind round of {@code detect_exfiltration}): to a destination the writer calls personal or private, by
 * messaging app or SMS, by making it public ("anyone with the link", "publish to the web", a public gist or
 * bucket), by forwarding every message of a mailbox, or by exposing a production service through a tunnel. EN plus
 * NL/DE/FR/ES/IT, over {@link io.tappass.pipeline.scan.Normalizer normalised} text (lower case, accents folded).
 * The channels themselves (service URLs, addresses at free mailbox providers, commands) are
 * {@link io.tappass.pipeline.exfiltration.ExfiltrationDetector}'s.
 */
final class ExfilIntentRules {

    static final String PERSONAL = "personal_destination";
    static final String MESSAGING = "messaging_app";
    static final String PUBLIC = "public_share";
    static final String FORWARD = "bulk_forward";
    static final String EXPOSE = "service_exposed";

    /** Verbs that move data, in six languages (imperative, infinitive and past forms). */
    static final String VERB = "(?:send|sends|sent|sending|forward\\w*|upload\\w*|copy|copies|copied|copying|move|moved"
            + "|sync\\w*|push\\w*|drop|put|save|store|export\\w*|share|shared|sharing|mail|mailed|e-?mail(?:ed)?"
            + "|transfer\\w*|post|posted|dump|zip|mirror\\w*|back up|backup|text|dm|sftp|scp|rsync|ftp"
            + "|stuur|stuurt|sturen|verstuur\\w*|doorsturen|kopieer|kopieren|zet|zetten|uploaden|mailen|deel|delen"
            + "|verplaats\\w*|exporteer\\w*|schick\\w*|sende|senden|lade|laden|hochladen|kopier\\w*|verschieb\\w*"
            + "|speicher\\w*|leite|weiterleit\\w*|teile|teilen|exportier\\w*|envoie\\w*|envoyer|envoyez|transfere\\w*"
            + "|transmet\\w*|copie\\w*|mets|mettre|depose\\w*|televerse\\w*|partage\\w*|exporte\\w*|sauvegarde\\w*"
            + "|envia\\w*|manda\\w*|sube|subir|copia\\w*|pon|poner|guarda\\w*|comparte\\w*|reenvia\\w*|exporta\\w*"
            + "|invia\\w*|carica\\w*|metti|mettere|salva\\w*|condividi\\w*|inoltra\\w*|esporta\\w*)";

    /** A first-person possessive in six languages. */
    private static final String POSS = "(?:my|mijn|mein|meine|meinen|meinem|meiner|mon|ma|mes|mi|mis|mio|mia|miei|mie"
            + "|il mio|la mia)";
    /** "personal", "private" in six languages (compounds such as "privathandy" too). */
    private static final String PERS = "(?:personal|private|prive\\w*|privat\\w*|persoonlijk\\w*|personnel\\w*|perso"
            + "|personale|privato|privata|particular)";
    /** "own", "home": personal only before a place ("my own account", "my home NAS", not "my own words"). */
    private static final String OWN = "(?:home|own|eigen\\w*|propio|propia|proprio)";
    /** Where personal data lands: accounts, mailboxes, devices, storage, repositories, numbers. */
    private static final String PLACE = "(?:google drive|drive|dropbox|onedrive|icloud\\w*|mega|box|account|address"
            + "|e-?mail|mailbox|inbox|phone|number|laptop|computer|pc|device|nas|server|repo\\w*|github|gitlab|cloud"
            + "|storage|sheet|adres\\w*|adresse|konto|compte|cuenta|correo|numero|telefono|cellulare|handy|rechner"
            + "|telefoon|nummer|portatile|portatil|ordinateur|hotmail|gmail|proton\\w*|gmx|contacten|contacts)";
    /**
     * What is moved: the organisation's records, lists, files and code, in six languages (stems). Not a proximity
     * prefilter (many are common words, which would grow every text's word index): {@link ExfilIntentDetector}
     * checks them around a match ({@link #DATA}).
     */
    private static final String DATA_NEEDS = "customer* client* klant* kunde* export* payroll salar* gehalt* gehalter"
            + " mitarbeiter* personeel* employee* staff contract* pricing price* prices prijs* offerte* repo*"
            + " repositor* source code config* database* db dump* backup* crm lead* leads contact* contacten"
            + " kontakte contactos contatti mailbox inbox folder* map file* document* spreadsheet* sheet* report*"
            + " deck* diapo* slide* patient* iban* fornitor* clientes clienti volcado dati datos donnees data list*"
            + " liste* lijst* elenco claims extract* vcard* tender* quote* offers invoice* pst bsn* ssn* branch*"
            + " monorepo dossier* messages mails emails sms texts otp* code codes timeline matrix notes";

    /** Data that is internal by nature (what may not be opened to anyone with a link), in six languages (stems). */
    private static final String SENSITIVE_NEEDS = "customer* client* klant* kunde* payroll salar* gehalt* gehalter"
            + " mitarbeiter* personeel* employee* staff contract* pricing restructur* reorg* layoff* hr rh"
            + " confidential* vertrouwelijk* vertraulich* confidentiel* confidencial* riservat* internal intern interne"
            + " interno patient* iban* board acquisition* merger* financ* budget* strateg* roadmap*";

    /** {@link #DATA_NEEDS} as a pattern over lower-cased text. */
    static final java.util.regex.Pattern DATA = words(DATA_NEEDS);
    /** {@link #SENSITIVE_NEEDS} as a pattern over lower-cased text. */
    static final java.util.regex.Pattern SENSITIVE = words(SENSITIVE_NEEDS);
    /** The rules whose match needs internal data near it, and those that need no data word at all. */
    static final java.util.Set<String> NEEDS_SENSITIVE = java.util.Set.of("anyone_with_link");
    /** Rules whose match needs either data word near it. */
    static final java.util.Set<String> NEEDS_EITHER = java.util.Set.of("publish_to_web");
    static final java.util.Set<String> NEEDS_NOTHING = java.util.Set.of("public_read_acl", "mailbox_forwarding_command",
            "tunnel_a_service", "forward_every_message");

    /** A pattern matching any of the stems ("word" or "stem*") as a word at a word start. */
    private static java.util.regex.Pattern words(String stems) {
        StringBuilder sb = new StringBuilder("\\b(?:");
        String[] ws = stems.trim().split("\\s+");
        for (int i = 0; i < ws.length; i++) {
            String w = ws[i];
            sb.append(i == 0 ? "" : "|").append(java.util.regex.Pattern.quote(w.replace("*", "")))
                    .append(w.endsWith("*") ? "\\w*" : "");
        }
        return java.util.regex.Pattern.compile(sb.append(")\\b").toString());
    }

    private ExfilIntentRules() {
    }

    static List<Rule> rules() {
        List<Rule> r = new ArrayList<>();
        // "drop it into my personal google drive", "naar mijn privé-Dropbox kopiëren", "an meine private Adresse",
        // "sur mon numéro perso", "a mi cuenta de MEGA", "under my own account", "my home NAS"
        String personalPlace = POSS + " (?:\\w+ ){0,2}?" + PERS + "\\b|"
                + POSS + " (?:" + PLACE + ")(?: \\w+)? " + PERS + "\\b|" + POSS + " (?:account|cuenta|compte|konto|account) (?:on"
                + "|at|de|bei|su|op|in|en) (?:mega|dropbox|google drive|icloud|onedrive|box|wetransfer|github|gitlab)\\b"
                + "|" + POSS + " (?:google drive|dropbox|icloud|onedrive|mega|gmail|hotmail|protonmail|proton mail"
                + "|personal github)\\b|\\b(?:privathandy|privatadresse|privatkonto|privatrechner|priveadres|privemail"
                + "|prive-?telefoon)\\b";
        r.add(new Rule("to_personal_place", PERSONAL, 0.62,
                "personal private prive* privat* persoonlijk* personnel* perso personale privato privata particular"
                        + " dropbox icloud* onedrive mega gmail hotmail protonmail github gitlab",
                "\\b" + VERB + "\\b~16~(?:" + personalPlace + ")|(?:" + personalPlace + ")~8~" + VERB + "\\b", 200, 120)
                ); // data: checked after the match
        // "under my own account", "to my home NAS": "own" and "home" are personal only before a place, which must be
        // near (the words are common, so the rule waits for a place word before it reads the window)
        String ownPlace = POSS + " " + OWN + "[ -]" + PLACE + "\\b";
        r.add(new Rule("to_own_place", PERSONAL, 0.62, "own home eigen* propio propia proprio",
                "\\b" + VERB + "\\b~16~(?:" + ownPlace + ")|(?:" + ownPlace + ")~8~" + VERB + "\\b", 200, 120)
                .needs("account accounts laptop nas server repo* github gitlab drive dropbox icloud* onedrive cloud"
                        + " computer pc device phone mailbox email address storage")); // data: checked after the match
        // "send the payroll sheet to +44 ... on whatsapp", "manda l'elenco ... al bot Telegram", "par SMS"
        r.add(new Rule("by_messaging_app", MESSAGING, 0.45, "whatsapp telegram signal sms imessage wechat viber",
                "\\b" + VERB + "\\b~16~(?:whatsapp|telegram|signal|sms|imessage|wechat|viber)\\b|\\b(?:whatsapp|telegram"
                        + "|signal|sms|imessage|wechat|viber)~10~" + VERB + "\\b", 200, 120)); // data: checked after the match
        // "anyone with the link", "publish ... to the web", "a public gist", "--acl public-read", "as unlisted"
        r.add(new Rule("anyone_with_link", PUBLIC, 0.45,
                "anyone everyone toute iedereen jeder jedem cualquier chiunque",
                "\\b(?:anyone|everyone|toute personne|iedereen|jeder|jedem|cualquier persona|chiunque)~3~(?:link|lien"
                        + "|enlace|collegamento|linkje)\\b", 200, 200)); // internal data: checked after the match
        r.add(new Rule("publish_to_web", PUBLIC, 0.45, "publish* publier publiceer* veroffentlich* publica*",
                "\\b(?:publish\\w*|publier|publiez|publiceer\\w*|veroffentlich\\w*|publica\\w*)~10~(?:to|on|sur|op|im"
                        + "|en|sul|in) (?:the )?(?:web|internet|internet publico|public)\\b", 0, 160)
                ); // data: checked after the match
        r.add(new Rule("public_copy", PUBLIC, 0.45, "public publique publiek publico pubblico offentlich offentliche"
                        + " unlisted",
                "\\b(?:create|make|generate|genera|crea|maak|erstelle|cree|set|post|put|share|upload|publish|genere)"
                        + "\\w*~10~(?:as |a |an |un |una |een |ein |eine )?(?:public|publique|publiek\\w*|publico|pubblico"
                        + "|offentlich\\w*|unlisted)\\b", 200, 200)); // data: checked after the match
        r.add(new Rule("public_read_acl", PUBLIC, 0.45, "acl public",
                "\\bacl\\W{1,3}public\\W?read(?:\\W?write)?\\b|\\bpublic\\W?read\\W?write\\b", 10, 30));
        // every message of a mailbox forwarded out: "forward every incoming message with an attachment",
        // "add my address as BCC on every reply", "jede SMS ... weiterleiten", Exchange's forwarding address
        String every = "(?:every|all|each|the last \\d+|alle|jede\\w*|tous|toutes|todos|todas|tutti|tutte|elke"
                + "|chaque|cada|ogni)";
        String mails = "(?:incoming |outgoing |new |received )?(?:messages?|e-?mails?|mails?|attachments|replies|reply"
                + "|responses?|berichten|nachrichten|courriels|correos|messaggi|sms|texts)";
        r.add(new Rule("forward_every_message", FORWARD, 0.45,
                "forward* redirect* bcc cc weiterleit* doorsturen doorgestuurd transfere* reenvia* inoltra*",
                "\\b(?:forward\\w*|redirect\\w*|bcc|cc|weiterleit\\w*|doorsturen|transfere\\w*|reenvia\\w*"
                        + "|inoltra\\w*|auto-?forward\\w*)~6~" + every + "~3~" + mails + "\\b|\\b" + every + "~3~" + mails
                        + "~16~(?:forward\\w*|redirect\\w*|weiterleit\\w*|doorgestuurd|transfere\\w*|reenvia\\w*"
                        + "|inoltra\\w*)\\b", 200, 120));
        r.add(new Rule("mailbox_forwarding_command", FORWARD, 0.45,
                "forwardingsmtpaddress forwardingaddress forwardto redirectto",
                "\\b(?:forwardingsmtpaddress|forwardingaddress|forwardto|redirectto)\\b", 0, 30));
        // a production service exposed to the internet through a tunnel ("ngrok tcp 5432 on the database host")
        r.add(new Rule("tunnel_a_service", EXPOSE, 0.45, "ngrok cloudflared",
                "\\bngrok\\W{1,3}(?:tcp|http|tls)\\W{1,3}\\d{2,5}\\b|\\bcloudflared\\W{1,3}tunnel\\W{1,3}(?:\\W\\W?url"
                        + "\\W{1,3})?\\w+\\W{1,3}\\w+\\W{1,3}\\d{2,5}\\b", 0, 60));
        return r;
    }
}
