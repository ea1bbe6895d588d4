package io.tappass.pipeline.injection;

import io.tappass.pipeline.internal.Texts;
import io.tappass.pipeline.scan.Normalizer;
import io.tappass.pipeline.scan.NormalizedText;
import io.tappass.pipeline.scan.TextPart;

/**
 * Scores a text for requests to move the organisation's data out through the agent ({@link ExfilIntentRules}): to a
 * personal destination, by messaging app, by making it public, by forwarding a mailbox, by tunnelling a service out.
 * Same signal combination as {@link InjectionDetector} over the shared {@link Normalizer} output and word index; a
 * category whose evidence opens an order counts twice ({@link EscalationDetector#directive}). Used by
 * {@code detect_exfiltration} beside its channel scanners. Immutable, thread-safe, linear time.
 */
public final class ExfilIntentDetector {

    /** The {@link TextPart#analysis} key of {@link #scan(TextPart)}. */
    public static final Object KEY = new Object() {
        @Override
        public String toString() {
            return "ExfilIntentDetector.KEY";
        }
    };

    private static final ExfilIntentDetector STANDARD = new ExfilIntentDetector();

    /** Without the split-word view: a request to move data is written in plain words (and the view costs a pass). */
    private final InjectionDetector scorer = InjectionDetector.withoutSplitWords(InjectionDetector.STANDARD_SETS[2]);

    private ExfilIntentDetector() {
    }

    /** The built-in detector. */
    public static ExfilIntentDetector standard() {
        return STANDARD;
    }

    /** Scans a user-authored text. */
    public SignalReport scan(String text) {
        return scan(Normalizer.standard().normalize(EscalationDetector.joinContinuations(text)), TextPart.Source.USER);
    }

    /** Scans a part (cached per part and text version). */
    public SignalReport scan(TextPart part) {
        return part.analysis(KEY, t -> scan(EscalationDetector.continued(part), part.source()));
    }

    /** Scans normalised text; tool results are read as the user's (their categories are kept). */
    public SignalReport scan(NormalizedText nt, TextPart.Source source) {
        return commandLines(EscalationDetector.scanOrders(scorer, nt, source,
                r -> corroborated(withData(ruleExamples(r, nt.original()), nt.original()))), nt.original());
    }

    /**
     * Drops the categories whose evidence stands in a description of what a DLP, egress or detection rule flags or
     * catches ({@link io.tappass.pipeline.exfiltration.ExfiltrationDetector#detectionRuleContext}; twenty-ninth
     * session): the channels listed there are the rule's examples.
     */
    private static SignalReport ruleExamples(SignalReport r, String text) {
        return EscalationDetector.without(r,
                c -> io.tappass.pipeline.exfiltration.ExfiltrationDetector.detectionRuleContext(text, c.start()));
    }

    /** How close an outside recipient and the channel that reaches them stand to corroborate each other. */
    private static final int CORROBORATE = 160;

    /**
     * An outside recipient reached through a personal channel ("my buddy at a hedge fund wants a look, I'll send it to
     * him on Telegram"; twenty-eighth session): the recipient's category, when evidence of a messaging app, a personal
     * destination or a file drop stands within {@value #CORROBORATE} characters, takes the noisy-OR of both, as two
     * marks of one move. Each still had its move verb and its data checked ({@link #withData}).
     */
    private static SignalReport corroborated(SignalReport r) {
        SignalReport.Category outside = null;
        for (SignalReport.Category c : r.categories()) {
            if (c.name().equals(ExfilIntentRules.OUTSIDE) && !c.rule().startsWith("cue_")) {
                outside = c;
            }
        }
        if (outside == null) {
            return r;
        }
        double best = 0;
        for (SignalReport.Category c : r.categories()) {
            if ((c.name().equals(ExfilIntentRules.MESSAGING) || c.name().equals(ExfilIntentRules.PERSONAL)
                    || c.name().equals(ExfilIntentRules.FILE_DROP)) && !c.rule().startsWith("cue_")
                    && c.start() - outside.end() < CORROBORATE && outside.start() - c.end() < CORROBORATE) {
                best = Math.max(best, c.score());
            }
        }
        if (best == 0) {
            return r;
        }
        java.util.List<SignalReport.Category> out = new java.util.ArrayList<>(r.categories().size());
        for (SignalReport.Category c : r.categories()) {
            out.add(c != outside ? c : new SignalReport.Category(c.name(), EscalationDetector.round(
                    1.0 - (1.0 - c.score()) * (1.0 - best)), c.start(), c.end(), c.rule(), c.signals() + 1, c.encoded()));
        }
        return raised(r, out);
    }

    /**
     * The report with the categories {@code out} (some of {@code r}'s strengthened), strongest first, its score their
     * noisy-OR and never lower than {@code r}'s.
     */
    private static SignalReport raised(SignalReport r, java.util.List<SignalReport.Category> out) {
        double miss = 1.0;
        for (SignalReport.Category c : out) {
            miss *= 1.0 - c.score();
        }
        out.sort(java.util.Comparator.comparingDouble(SignalReport.Category::score).reversed());
        return new SignalReport(EscalationDetector.round(Math.max(r.score(), 1.0 - miss)), out);
    }

    /**
     * Verbs that open an order to set something up that moves data ("Configura el bot para que envíe ...", "Richte
     * bitte eine Weiterleitung ... ein", "Have the bot post ...", "Schedule a job that ..."), folded, in six languages:
     * the shared {@link EscalationDetector#directive} knows the move verbs themselves.
     */
    private static final java.util.Set<String> SET_UP = java.util.Set.of("configure", "configura", "configureer",
            "konfiguriere", "configurez", "configurer", "richte", "stel", "imposta", "schedule", "programa",
            "programma", "pianifica", "plan", "planifie", "automate", "automatiza", "automatizza", "automatiseer",
            "automatisiere", "have", "let", "lass", "laat", "laisse", "deja", "lascia", "write", "schreib", "schrijf",
            "ecris", "escribe", "scrivi", "build", "bouw", "baue", "set", "setup", "sync", "synchronisiere",
            "synchroniseer", "synchronise", "sincroniza", "sincronizza", "make", "maak", "mach", "fais", "haz", "fai",
            "share", "deel", "teile", "partage", "comparte", "condividi", "zip", "encode", "convert", "expose",
            "include", "embed", "insert", "hide", "inserisci", "incluye", "inclus", "integriere", "voeg");
    /**
     * Verbs that prepare a message ("Draft an email to Sarah at Northwind attaching our pricing model"; twenty-seventh
     * session): an order to move what it attaches, when a message is their object ({@link #MAIL_OBJECT}).
     */
    private static final java.util.Set<String> DRAFT = java.util.Set.of("draft", "compose", "prepare");
    /** A message as the object of {@link #DRAFT} (any case). */
    private static final java.util.regex.Pattern MAIL_OBJECT = java.util.regex.Pattern.compile("(?i)\\s+(?:an?|the|this"
            + "|my|our)\\s+(?:new\\s+|quick\\s+|short\\s+)?(?:e-?mail|mail|message|reply|letter)\\b");
    /** Words that may stand before an order's verb ("please", "bitte", "kun je", "por favor"). */
    private static final java.util.Set<String> POLITE = java.util.Set.of("please", "pls", "kindly", "just", "now",
            "also", "then", "bitte", "mal", "graag", "even", "svp", "por", "favor", "per", "favore", "ok", "okay",
            "hey", "hi", "so", "and", "und", "en", "et", "y", "e");

    /** Whether the sentence holding {@code at} opens (after polite words) with one of {@link #SET_UP}. */
    private static boolean setUpOrder(String text, int at) {
        int s = at;
        while (s > 0 && at - s < 240 && ".!?\n".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        for (int words = 0; words < 4; words++) {
            while (s < at && !Character.isLetter(text.charAt(s))) {
                s++;
            }
            int e = s;
            while (e < at && Character.isLetter(text.charAt(e))) {
                e++;
            }
            if (e == s) {
                return false;
            }
            String w = fold(text.substring(s, e));
            if (SET_UP.contains(w)
                    || DRAFT.contains(w) && MAIL_OBJECT.matcher(text).region(e, text.length()).lookingAt()) {
                return true;
            }
            if (!POLITE.contains(w)) {
                return false;
            }
            s = e;
        }
        return false;
    }

    /** Command-line tools whose line is an order to run it ("gh gist create --public .env", "rclone copy ..."). */
    private static final java.util.Set<String> TOOLS = java.util.Set.of("gh", "git", "aws", "gsutil", "gcloud", "az",
            "rclone", "curl", "wget", "scp", "rsync", "sftp", "ngrok", "cloudflared", "kubectl", "docker", "set-mailbox",
            "new-inboxrule", "sudo",
            // copies onto local media and the storage tools (twenty-seventh session)
            "cp", "mv", "mkdir", "tar", "ditto", "robocopy", "xcopy", "copy-item", "azcopy",
            // a device bridge (twenty-eighth session)
            "adb");

    /**
     * Strengthens, as {@link EscalationDetector#directive} does for orders in words, the evidence that lies on a
     * command line (a line that opens, after blanks, a prompt sign or a backquote, with a command-line tool is a
     * command to run, whatever the sentence around it) or in a sentence that opens with an order to set something up
     * ({@link #SET_UP}).
     */
    private static SignalReport commandLines(SignalReport r, String text) {
        if (r.categories().isEmpty()) {
            return r;
        }
        java.util.List<SignalReport.Category> out = new java.util.ArrayList<>(r.categories().size());
        boolean any = false;
        int report = EscalationDetector.reportStart(text); // a report's commands were run by others
        for (SignalReport.Category c : r.categories()) {
            SignalReport.Category k = c;
            if (c.score() < BOOSTED && c.start() >= 0 && c.start() <= text.length() && c.start() < report
                    && (commandLine(text, c.start()) || setUpOrder(text, c.start()))) {
                k = new SignalReport.Category(c.name(), EscalationDetector.round(1.0 - (1.0 - c.score())
                        * (1.0 - c.score())), c.start(), c.end(), c.rule(), c.signals() + 1, c.encoded());
                any = true;
            }
            out.add(k);
        }
        return any ? raised(r, out) : r;
    }

    /** Scores at or above this were strengthened already (an order's 0.45 becomes 0.698). */
    private static final double BOOSTED = 0.6;

    /** Whether the line holding {@code at} opens with one of {@link #TOOLS}. */
    private static boolean commandLine(String text, int at) {
        int s = at;
        while (s > 0 && at - s < 400 && text.charAt(s - 1) != '\n') {
            s--;
        }
        while (s < at && " \t$>`#".indexOf(text.charAt(s)) >= 0) {
            s++;
        }
        int e = s;
        while (e < text.length() && e - s < 20 && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '-')) {
            e++;
        }
        return e > s && TOOLS.contains(text.substring(s, e).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Where a move verb ({@link ExfilIntentRules#MOVE}) stands near the destination a category's evidence names:
     * before it in its sentence (up to {@value ExfilIntentRules#VERB_BEFORE} characters) or just after it (up to
     * {@value ExfilIntentRules#VERB_AFTER}, "naar mijn privé-Dropbox kopiëren"); -1 when none does.
     */
    private static int moved(String text, SignalReport.Category c) {
        if (c.start() < 0 || c.end() > text.length()) {
            return -1;
        }
        int from = c.start();
        int to = c.end();
        if (ExfilIntentRules.VERB_ANY_SENTENCE.contains(c.rule())) {
            // the mark stands in a sentence of its own, before or after the move
            from = Math.max(0, c.start() - ExfilIntentRules.VERB_ACROSS);
            to = Math.min(text.length(), c.end() + ExfilIntentRules.VERB_ACROSS);
        } else {
            while (from > 0 && c.start() - from < ExfilIntentRules.VERB_BEFORE && !Texts.sentenceEnd(text, from - 1)) {
                from--;
            }
            while (to < text.length() && to - c.end() < ExfilIntentRules.VERB_AFTER && !Texts.sentenceEnd(text, to)) {
                to++;
            }
        }
        java.util.regex.Pattern verbs = ExfilIntentRules.COPY_VERB.contains(c.rule()) ? ExfilIntentRules.MOVE
                : ExfilIntentRules.MOVE_ONLY;
        String before = text.substring(from, c.start());
        String folded = fold(before);
        java.util.regex.Matcher m = verbs.matcher(folded);
        if (m.find()) {
            // folding keeps the length of Latin text; otherwise the verb's place is the window's start
            return folded.length() == before.length() ? from + m.start() : from;
        }
        // after the destination (Dutch and German word order), but not "paste" after "pastebin"
        String after = fold(text.substring(c.end(), to));
        java.util.regex.Matcher a = verbs.matcher(after);
        while (a.find()) {
            if (!a.group().startsWith("paste") || PASTE_OBJECT.matcher(after).region(a.end(), after.length()).lookingAt()) {
                // (a move in the next sentence opens the order there: "(no contract yet) ... Can you export ...")
                return ExfilIntentRules.VERB_ANY_SENTENCE.contains(c.rule()) && after.length() == to - c.end()
                        ? c.end() + a.start() : c.start();
            }
        }
        return -1;
    }

    /**
     * "paste" as the verb of a clause after the destination ("... on the public repo ... and paste our full production
     * .env in the body"; twenty-fifth session): an object follows it, which the noun ("a public gist or a paste") does
     * not have.
     */
    private static final java.util.regex.Pattern PASTE_OBJECT = java.util.regex.Pattern.compile(" (?:in )?(?:our|my|the"
            + "|your|their|its|all|every|this|these|those|it|them|each|any|de|het|onze|mijn|den|die|das|unsere?n?|meine?n?"
            + "|le|la|les|notre|nos|mon|el|los|las|nuestr[oa]s?|il|lo|gli|nostr[oaie])\\b");

    /**
     * Whether {@code needs} matches in {@code around} other than right after a negation ("a public gist of my
     * dotfiles, no secrets", "ohne Passwörter", "sin datos personales").
     */
    private static boolean named(java.util.regex.Pattern needs, String around) {
        java.util.regex.Matcher m = needs.matcher(around);
        while (m.find()) {
            if (!ExfilIntentRules.NEGATION.matcher(around).region(Math.max(0, m.start() - 24), m.start()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without accents ("Passwörter" as "passworter"), as the rules' data words are written. */
    private static String fold(String s) {
        String l = s.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < l.length(); i++) {
            if (l.charAt(i) >= 0x80) {
                return java.text.Normalizer.normalize(l, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            }
        }
        return l;
    }

    /**
     * A past leak's place: the words just before the match say that data already leaked or was posted there ("the
     * token that leaked in last week's public issue", "the key was pasted into a public gist"): a report or a
     * remediation, not a destination.
     */
    private static final java.util.regex.Pattern LEAKED_THERE = java.util.regex.Pattern.compile("\\b(?:leak(?:ed|s)?"
            + "|exposed|(?:was|were|got|been|accidentally) (?:posted|pasted|published|committed|shared|pushed|exposed|dumped)"
            + "|ended up|appeared|turned up|showed up|found|spotted|lekte|gelekt|geleakt|geleakt|fuite|filtr\\w*|trapelat\\w*)"
            + " (?:in|on|into|to|at|via|through|in een|op|auf|dans|sur|en|su|in un\\w*)(?: [\\w'-]+){0,4} ?$");

    /** Whether the words before {@code at} (in its sentence, 60 characters at most) name a past leak's place. */
    private static boolean leakedThere(String text, int at) {
        if (at <= 0 || at > text.length()) {
            return false;
        }
        int from = at;
        while (from > 0 && at - from < 60 && !Texts.sentenceEnd(text, from - 1)) {
            from--;
        }
        return LEAKED_THERE.matcher(fold(text.substring(from, at))).find();
    }

    /**
     * The writer's own papers (pay slips, tax forms, contracts, pension statements ...) in six languages, after "my"
     * or "their own": what an employee may keep in a personal mailbox.
     */
    private static final java.util.regex.Pattern OWN_DOCUMENTS = java.util.regex.Pattern.compile("\\b(?:my|mijn|mein\\w*"
            + "|mon|ma|mes|mi|mis|il mio|la mia|i miei|le mie|(?:their|his|her) own)(?: own| eigen\\w*| propi[oa]s?"
            + "| propr\\w*)?(?: [\\w-]+){0,2}? (?:payslips?|pay ?slips?|pay ?stubs?|pay documents?|salary (?:slips?|statements?)"
            + "|w-?2s?|p60s?|p45s?|tax (?:forms?|returns?|certificates?|statements?|documents?)|offer letters?|employment"
            + " contracts?|contracts? of employment|pension statements?|benefits? statements?|annual statements?"
            + "|references?|loonstro\\w*|jaaropgaaf\\w*|arbeidscontract\\w*|gehaltsabrechnung\\w*|lohnabrechnung\\w*"
            + "|lohnsteuerbescheinigung\\w*|arbeitsvertrag\\w*|fiches? de paie|bulletins? de (?:paie|salaire)|contrat de"
            + " travail|nominas?|recibos? de (?:sueldo|nomina)|contrato de trabajo|buste paga|cedolin\\w*|contratto di lavoro)\\b");

    /**
     * Whether the words moved, between the verb at {@code verb} and the destination at {@code at}, are only the
     * writer's own papers ({@link #OWN_DOCUMENTS}) and name none of the organisation's data besides.
     */
    private static boolean ownDocuments(String text, int verb, int at) {
        String object = fold(text.substring(verb, at));
        java.util.regex.Matcher m = OWN_DOCUMENTS.matcher(object);
        if (!m.find()) {
            return false;
        }
        String rest = OWN_DOCUMENTS.matcher(object).replaceAll(" ");
        return !ExfilIntentRules.DATA.matcher(rest.substring(Math.min(rest.length(), rest.indexOf(' ') + 1))).find();
    }

    /** How far around a match the moved data is named. */
    private static final int DATA_REACH = 200;

    /**
     * Keeps the categories whose evidence has what its rule needs ({@link ExfilIntentRules#needs}: the organisation's
     * data, internal data, a production service) named within {@value #DATA_REACH} characters, or needs nothing; the
     * score is the combination of the kept ones.
     */
    private static SignalReport withData(SignalReport r, String text) {
        java.util.List<SignalReport.Category> kept = new java.util.ArrayList<>(r.categories().size());
        double miss = 1.0;
        boolean changed = false;
        for (SignalReport.Category c : r.categories()) {
            java.util.regex.Pattern needs = ExfilIntentRules.needs(c.rule());
            boolean ok = needs == null;
            if (c.name().equals(ExfilIntentRules.PUBLIC) && leakedThere(text, c.start())) {
                continue; // "the token that leaked in last week's public issue": where data already went, not a destination
            }
            if (ExfilIntentRules.NEEDS_VERB.contains(c.rule())) {
                int verb = moved(text, c);
                if (verb < 0) {
                    continue;
                }
                if (c.name().equals(ExfilIntentRules.PERSONAL) && verb < c.start() && ownDocuments(text, verb, c.start())) {
                    continue; // "forward my own payslip to my personal email": the writer's own papers, not the company's
                }
                if ((c.rule().equals("to_leaver") || c.rule().equals("to_future_employer"))
                        && ExfilIntentRules.INSIDE_RECIPIENT.matcher(fold(text.substring(Math.max(0, verb - DATA_REACH),
                        Math.min(text.length(), c.end() + DATA_REACH)))).find()) {
                    continue; // "she left last month: transfer her files to her manager" is offboarding
                }
                if (verb != c.start()) {
                    // the evidence runs from the verb, where an order opens ("y mándalas por WhatsApp")
                    int end = c.end();
                    if (verb > end) { // the move in the next sentence: the evidence is its verb
                        end = verb;
                        while (end < text.length() && Character.isLetter(text.charAt(end))) {
                            end++;
                        }
                    }
                    c = new SignalReport.Category(c.name(), c.score(), verb, end, c.rule(), c.signals(), c.encoded());
                    changed = true;
                }
            }
            if (!ok && c.start() >= 0 && c.end() <= text.length()) {
                boolean own = ExfilIntentRules.DATA_IN_MATCH.contains(c.rule());
                String around = fold(text.substring(Math.max(0, c.start() - (own ? 0 : DATA_REACH)),
                        Math.min(text.length(), c.end() + (own ? 0 : DATA_REACH))));
                ok = named(needs, around) && !(ExfilIntentRules.CREDENTIAL_USE.contains(c.rule())
                        && ExfilIntentRules.USAGE.matcher(around).find());
            }
            if (ok) {
                kept.add(c);
                miss *= 1.0 - c.score();
            }
        }
        if (!changed && kept.size() == r.categories().size()) {
            return r;
        }
        return new SignalReport(EscalationDetector.round(1.0 - miss), kept);
    }
}
