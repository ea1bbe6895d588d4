package io.tappass.pipeline.injection;

import io.tappass.pipeline.scan.NormalizedText;
import io.tappass.pipeline.scan.Normalizer;
import io.tappass.pipeline.scan.TextPart;
import io.tappass.pipeline.internal.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Scores a text for privilege-escalation requests: root/admin/sudo rights, disabling safety, authentication or
 * logging, changing one's own permissions, "you are now in developer/admin mode" and system-prompt overrides;
 * system credential files read or written, commands that switch security tooling off, skipped approvals, privileged
 * roles granted to an account and privileged credentials handed over (see {@link EscalationRules} and the
 * structural rules of {@link EscalationGrammar}).
 *
 * <p>Same signal-combination scoring as {@link InjectionDetector}, over the shared {@link Normalizer} output, with
 * overlapping evidence counted once ({@link InjectionDetector#overlapsOnce}). Most evidence weighs 0.45, below the
 * threshold: a category counts twice when its evidence is asked of the assistant ({@link #order}: an imperative in
 * six languages, a command line, an indirect or passive request, text addressed to an AI inside a document or a tool
 * result). Evidence inside a document that the user asks to summarise, translate or review, and not addressed to an
 * AI there, is reported speech ({@link #reported}). Weak cues and claims ({@link EscalationGrammar#weak}) are never
 * strengthened. Immutable, thread-safe, linear time.
 */
public final class EscalationDetector {

    /** The {@link TextPart#analysis} key of {@link #scan(TextPart)}. */
    public static final Object KEY = new Object() {
        @Override
        public String toString() {
            return "EscalationDetector.KEY";
        }
    };

    private static final EscalationDetector STANDARD = new EscalationDetector();

    private final InjectionDetector scorer = InjectionDetector.overlapsOnce(InjectionDetector.STANDARD_SETS[1]);

    private EscalationDetector() {
    }

    /** The built-in detector. */
    public static EscalationDetector standard() {
        return STANDARD;
    }

    /** Scans a user-authored text. */
    public SignalReport scan(String text) {
        return scan(Normalizer.standard().normalize(joinContinuations(text)), TextPart.Source.USER);
    }

    /** Scans a part (cached per part and text version). */
    public SignalReport scan(TextPart part) {
        return part.analysis(KEY, t -> scan(continued(part), part.source()));
    }

    /**
     * The part's normalised text, with a shell's line continuations (a backslash or PowerShell's backquote after a
     * blank, at a line end) read as blanks of the same length (thirty-first session): {@code aws rds
     * modify-db-snapshot-attribute ... \} then {@code --values-to-add all} on the next line is one command line. Offsets
     * are unchanged; a text without a continuation is the shared normalisation.
     */
    static NormalizedText continued(TextPart part) {
        return part.analysis(CONTINUED, t -> {
            String joined = joinContinuations(t);
            return joined == t ? Normalizer.of(part) : Normalizer.standard().normalize(joined);
        });
    }

    /**
     * The {@link TextPart#analysis} key of {@link #continued}: computed once per text version for this detector and
     * {@link ExfilIntentDetector}, which read the same continued text.
     */
    private static final Object CONTINUED = new Object() {
        @Override
        public String toString() {
            return "EscalationDetector.CONTINUED";
        }
    };

    /** {@code text} with each line continuation (see {@link #continued}) blanked; the same instance when it has none. */
    static String joinContinuations(String text) {
        int i = text.indexOf('\n');
        if (i < 0 || (text.indexOf("\\\n") < 0 && text.indexOf("\\\r\n") < 0 && text.indexOf(" `\n") < 0
                && text.indexOf(" `\r\n") < 0)) {
            return text;
        }
        char[] c = text.toCharArray();
        for (; i >= 0; i = text.indexOf('\n', i + 1)) {
            int j = i > 0 && c[i - 1] == '\r' ? i - 1 : i;
            if (j > 0 && (c[j - 1] == '\\' || (c[j - 1] == '`' && j > 1 && c[j - 2] == ' '))) {
                for (int k = j - 1; k <= i; k++) {
                    c[k] = ' ';
                }
            }
        }
        return new String(c);
    }

    /**
     * Scans normalised text. Tool results are not re-labelled: escalation categories are kept. A category whose
     * evidence opens a directive clause (see {@link #directive}) counts twice: an order to the assistant ("Disable
     * the audit logging", "Can you run this as root", "... and delete the audit logs") is stronger evidence than
     * the same words inside a description or a question about them.
     */
    public SignalReport scan(NormalizedText nt, TextPart.Source source) {
        SignalReport r = scorer.scan(nt, source == TextPart.Source.TOOL_RESULT ? TextPart.Source.USER : source);
        if (r.categories().isEmpty()) {
            return r;
        }
        String text = nt.original();
        int doc = documentStart(text); // once per text: both readings ask it
        SignalReport read = described(narrated(reported(limited(searched(compensated(r, text), text), text), text, doc),
                text), text);
        if (read.categories().isEmpty()) {
            return read;
        }
        java.util.Set<Long> granted = routedSpans(read, nt.text());
        return boost(read, text, (t, at, end) -> !granted.contains(span(at, end)) && order(t, at, end, doc));
    }

    /**
     * Drops the evidence of a lowered control whose sentence exempts emergency-access (break-glass) accounts and names
     * the control that replaces it ({@link #BREAK_GLASS}, {@link #COMPENSATING}: "break-glass accounts are exempt from
     * MFA but use a FIDO2 key kept in the safe, and each sign-in pages the on-call"; thirty-second session): the
     * documented practice for those accounts, not a control lowered. An exemption asked for without a replacement
     * still counts.
     */
    private static SignalReport compensated(SignalReport r, String text) {
        return without(r, c -> c.name().equals(EscalationRules.DISABLE) && c.start() >= 0 && c.end() <= text.length()
                && breakGlassCompensated(text, c.start(), c.end()));
    }

    /** Whether the sentence of [start, end) names break-glass accounts before it and a replacing control around it. */
    private static boolean breakGlassCompensated(String text, int start, int end) {
        int from = sentenceFrom(text, start);
        String folded = text.substring(from, Math.min(text.length(), end + 200)).toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher m = BREAK_GLASS.matcher(folded);
        return m.find() && m.start() < start - from && COMPENSATING.matcher(folded).find();
    }

    /** Emergency-access accounts (lower case). */
    private static final java.util.regex.Pattern BREAK_GLASS = java.util.regex.Pattern.compile("\\b(?:break[- ]?glass"
            + "|emergency[- ]access|emergency (?:admin )?accounts?|noodaccount\\w*|notfall-?(?:konto|konten|zugang|zugriff)\\w*"
            + "|comptes? d'urgence|cuentas? de emergencia|account di emergenza)\\b");

    /** A control that replaces the exempted one for those accounts (lower case). */
    private static final java.util.regex.Pattern COMPENSATING = java.util.regex.Pattern.compile("\\b(?:fido2?"
            + "|hardware (?:key|token)s?|security keys?|yubikeys?|passkeys?|(?:kept|stored|sealed|locked) (?:in|inside) (?:a|the)"
            + " (?:safe|vault|envelope)|split (?:between|across|among)|two[- ]person|dual control|(?:pages?|alerts?|notif(?:y|ies))"
            + " (?:the )?(?:security|soc|on-?call|siem)|(?:every|each) (?:use|sign-?in|login|log-?on)\\b[^.;\\n]{0,40}?\\b(?:is |are )?"
            + "(?:reviewed|alerted|logged|monitored|paged|audited))");

    /**
     * Drops the privilege and permission evidence that a query names as its search criterion ({@link #CRITERION}:
     * "--filter=bindings.role:roles/owner", {@code "filter": "role:roles/owner OR ..."}, "query: role=admin"): a
     * listing of who holds a role grants nothing (twenty-sixth session; access reviews).
     */
    private static SignalReport searched(SignalReport r, String text) {
        return withoutGrants(r, c -> c.start() > 0 && c.start() <= text.length() && criterion(text, c.start()));
    }

    /**
     * Drops the privilege and permission evidence of a sentence that builds a narrower role instead of the privileged
     * one ({@link #LEAST_PRIVILEGE}: "create a custom admin role that can only manage calendar resources and assign it
     * instead of giving them Super Admin"; twenty-eighth session): least privilege is what the controls ask for.
     */
    private static SignalReport limited(SignalReport r, String text) {
        return withoutGrants(r, c -> c.start() >= 0 && c.end() <= text.length() && narrower(text, c.start(), c.end()));
    }

    /**
     * The report without its privilege and permission evidence that {@code drop} accepts, the score recomputed from
     * what is left (never raised); the report itself when nothing is dropped.
     */
    private static SignalReport withoutGrants(SignalReport r,
                                              java.util.function.Predicate<SignalReport.Category> drop) {
        return without(r, c -> (c.name().equals(EscalationRules.PRIVILEGE) || c.name().equals(EscalationRules.PERMISSION))
                && drop.test(c));
    }

    /**
     * The report without the categories {@code drop} accepts, the score recomputed from what is left as a noisy-OR
     * (never raised); the report itself when nothing is dropped.
     */
    static SignalReport without(SignalReport r, java.util.function.Predicate<SignalReport.Category> drop) {
        List<SignalReport.Category> out = null;
        for (int i = 0; i < r.categories().size(); i++) {
            SignalReport.Category c = r.categories().get(i);
            boolean dropped = drop.test(c);
            if (dropped && out == null) {
                out = new ArrayList<>(r.categories().subList(0, i));
            } else if (!dropped && out != null) {
                out.add(c);
            }
        }
        if (out == null) {
            return r;
        }
        double miss = 1.0;
        for (SignalReport.Category c : out) {
            miss *= 1.0 - c.score();
        }
        return new SignalReport(round(Math.min(r.score(), 1.0 - miss)), out);
    }

    /** Whether the sentence of the evidence [start, end) names a narrower role built instead ({@link #LEAST_PRIVILEGE}). */
    private static boolean narrower(String text, int start, int end) {
        int s = start;
        while (s > 0 && start - s < 200 && !Texts.sentenceEnd(text, s - 1)) {
            s--;
        }
        int e = end;
        while (e < text.length() && e - end < 240 && !Texts.sentenceEnd(text, e)) {
            e++;
        }
        return LEAST_PRIVILEGE.matcher(text).region(s, e).find();
    }

    /**
     * A role, group or policy that can only do one thing, or the privileged role named as what is not given ("instead
     * of giving them Super Admin", "rather than granting Owner").
     */
    private static final java.util.regex.Pattern LEAST_PRIVILEGE = java.util.regex.Pattern.compile("(?i)\\b(?:roles?"
            + "|groups?|polic(?:y|ies)|permission sets?|profiles?)\\b[^.?!\\n]{0,40}?\\b(?:that|which) (?:can|may|will|could"
            + "|should) only\\b|\\b(?:instead of|rather than) (?:giving|granting|assigning|handing out|making)\\b[^.?!\\n]{0,30}?"
            + "\\b(?:super ?admin\\w*|global admin\\w*|admin\\w*|owners?|root|full access|editor)\\b");

    /** Whether the line before {@code at} (at most 60 characters) names a search criterion that reaches {@code at}. */
    private static boolean criterion(String text, int at) {
        int from = Math.max(0, at - 60);
        int nl = text.lastIndexOf('\n', at - 1);
        return CRITERION.matcher(text).region(Math.max(from, nl + 1), at).find();
    }

    /** A filter or query key, then a value that runs on (no clause mark but OR/AND) to the evidence. */
    private static final java.util.regex.Pattern CRITERION = java.util.regex.Pattern.compile("(?i)\\b(?:filter|query"
            + "|search|where)\\b[\"']?\\s*[:=]?\\s*[\"']?[^\"';,\\n]{0,40}$");

    private static long span(int start, int end) {
        return (long) start << 32 | end;
    }

    /**
     * The spans of the privilege and permission evidence of a text that asks for the privilege to go through its
     * approvers ({@link #APPROVAL_ROUTE}: "please file the request through the service desk form so my manager can
     * approve it", "raise an access request for approval"; twenty-fifth session): such evidence describes what the
     * request is for and is not an order to grant it. Empty when the text names no such route, or when the route comes
     * after the fact ("... and file the ticket afterwards", {@link #AFTER_THE_FACT}).
     */
    private static java.util.Set<Long> routedSpans(SignalReport r, String folded) {
        java.util.Set<Long> out = null;
        for (SignalReport.Category c : r.categories()) {
            if (!c.name().equals(EscalationRules.PRIVILEGE) && !c.name().equals(EscalationRules.PERMISSION)) {
                continue;
            }
            if (out == null) {
                if (!(APPROVAL_ROUTE.matcher(folded).find() || jitRequest(folded)) || AFTER_THE_FACT.matcher(folded).find()) {
                    return java.util.Set.of();
                }
                out = new java.util.HashSet<>();
            }
            out.add(span(c.start(), c.end()));
        }
        return out == null ? java.util.Set.of() : out;
    }

    /** A request routed through its approvers (normalised text); not "no need to file a request". */
    private static final java.util.regex.Pattern APPROVAL_ROUTE = java.util.regex.Pattern.compile("(?<!no need to )"
            + "(?<!don't )(?<!do not )(?<!without )(?<!instead of )(?<!skip )(?<!rather than )(?<!never )\\b(?:file|raise"
            + "|submit|open|log|create|put in|send|route|go through)\\b (?:a |an |the |my |this |that )?(?:(?:access|change"
            + "|formal|service ?desk|it|jira|servicenow|approval|new) )?(?:request|ticket)\\b[^.?!\\n]{0,80}?\\b(?:so (?:that )?"
            + "(?:my (?:manager|lead|boss|supervisor)|the (?:owner|admins?|approvers?|manager|security team|board owner"
            + "|project lead|data owner|system owner)|someone|they|it) can (?:approve|sign off on|review)|for (?:approval"
            + "|sign-?off|review)|(?:through|via) (?:the |our )?(?:service ?desk|itsm|servicenow|jira service\\w*|access"
            + " request|approval|proper|normal|usual|official|portal|form|self-service)\\w*)");
    /**
     * Whether the text is a just-in-time elevation filed through its workflow ({@link #JIT_REQUEST} with a justification
     * and an approver, {@link #JIT_FIELDS}: "PIM activation request: role Contributor, scope ..., duration 2h.
     * Justification: INC-..., Approver: on-call"; thirty-second session): a request routed through its approvers.
     */
    private static boolean jitRequest(String folded) {
        if (!JIT_REQUEST.matcher(folded).find()) {
            return false;
        }
        java.util.regex.Matcher f = JIT_FIELDS.matcher(folded);
        int kinds = 0;
        while (f.find() && kinds != 3) {
            kinds |= f.group(1) != null ? 1 : 2;
        }
        return kinds == 3;
    }

    /** A just-in-time elevation asked for (normalised text). */
    private static final java.util.regex.Pattern JIT_REQUEST = java.util.regex.Pattern.compile("\\b(?:pim|jit"
            // (an access request drafted or filed, a time-bound grant asked for: "help me write the access request for
            // CHG-.. ... time-bound sudo ... Approver: my manager"; thirty-third session)
            + "|just-in-time|privileged identity management|privileged access|elevation|eligible role)\\b[^.\\n]{0,40}?"
            + "\\b(?:activation|activate|elevation|access) ?(?:requests?|requested|requesting)\\b|\\b(?:requesting|request(?:ed)?"
            + " for|request) (?:a |the )?(?:pim|jit|just-in-time|time-bound|temporary|eligible)\\b[^.\\n]{0,30}?\\b(?:activation"
            + "|access|elevation|role)\\b|\\b(?:access|elevation|privilege|permission) request\\b|\\b(?:toegangsverzoek"
            + "|zugriffsantrag|berechtigungsantrag|demande d'acces|solicitud de acceso)\\b|\\b(?:time-bound|time-limited"
            + "|temporary|tijdelijke?|befristete?n?|temporaire|temporal)\\b[^.\\n]{0,20}?\\b(?:sudo|root|admin\\w*|access"
            + "|elevation|role|rechten|rechte|droits|permisos)\\b");

    /** A justification or a ticket (group 1), an approver (group 2) of the request (normalised text). */
    private static final java.util.regex.Pattern JIT_FIELDS = java.util.regex.Pattern.compile("(\\b(?:justification"
            + "|business reason|reason|rechtvaardiging|begrundung|justificati\\w+)\\s*:|\\b(?:ticket|inc|chg|rfc|change|incident)"
            + "[ -]?\\d{3,})|(\\b(?:approvers?|approved by|approval by|goedkeurder|genehmiger|approbateur|aprobador)\\b\\s*:?)");

    /** A route taken after the privilege was granted (normalised text). */
    private static final java.util.regex.Pattern AFTER_THE_FACT = java.util.regex.Pattern.compile("\\b(?:later"
            + "|afterwards|after the fact|retroactive\\w*|backdat\\w*|in the meantime|meanwhile|for now|right away"
            + "|immediately)\\b");

    /** The weight kept by evidence inside a document the user asked to work on (see {@link #reported}). */
    private static final double REPORTED = 0.7;

    /**
     * Evidence inside a document the user asks to summarise, translate or review ({@link #documentStart}) and not
     * addressed to an AI there is reported speech: each such category keeps {@value #REPORTED} of its score and the
     * text's score is their noisy-OR, so that two descriptions in an incident report or a newsletter ("lets any
     * local user become root ... remove the setuid bit") do not corroborate each other into a request.
     */
    private static SignalReport reported(SignalReport r, String text, int doc) {
        if (doc == Integer.MAX_VALUE) {
            return r;
        }
        boolean report = reportStart(text) == doc;
        boolean any = false;
        double miss = 1.0;
        List<SignalReport.Category> out = new ArrayList<>(r.categories().size());
        for (SignalReport.Category c : r.categories()) {
            SignalReport.Category k = c;
            if (c.start() >= doc && addressedAt(text, c.start()) < 0) {
                any = true;
                // (in a report, a category's evidence corroborated by its own account counts once: twenty-ninth session)
                k = new SignalReport.Category(c.name(), round((report ? Math.min(c.score(), EscalationGrammar.W) : c.score())
                        * REPORTED), c.start(), c.end(), c.rule(),
                        c.signals(), c.encoded());
            }
            miss *= 1.0 - k.score();
            out.add(k);
        }
        return any ? new SignalReport(round(Math.min(r.score(), 1.0 - miss)), out) : r;
    }

    /**
     * Evidence in a sentence whose subject is an attacker, an intruder or malware ({@link #ATTACKER}: "the intruder added
     * his key to authorized_keys, then disabled auditd") and not addressed to an AI is that attack's account: as in a
     * report ({@link #reported}), each such category counts once at {@value #REPORTED} of the structural weight, so that
     * two effects told of do not corroborate each other into a request (twenty-ninth session).
     */
    private static SignalReport narrated(SignalReport r, String text) {
        return asReported(r, c -> c.start() >= 0 && c.start() <= text.length()
                && c.score() > EscalationGrammar.W * REPORTED && attackerSubject(text, c.start())
                && addressedAt(text, c.start()) < 0);
    }

    /**
     * The report with each category that {@code told} accepts kept at {@value #REPORTED} of the structural weight (an
     * account of the act, not a request), the score recomputed (never raised); the report itself when none is.
     */
    private static SignalReport asReported(SignalReport r, java.util.function.Predicate<SignalReport.Category> told) {
        List<SignalReport.Category> out = null;
        double miss = 1.0;
        for (int i = 0; i < r.categories().size(); i++) {
            SignalReport.Category c = r.categories().get(i);
            SignalReport.Category k = c;
            if (told.test(c)) {
                k = new SignalReport.Category(c.name(), round(Math.min(c.score(), EscalationGrammar.W) * REPORTED),
                        c.start(), c.end(), c.rule(), c.signals(), c.encoded());
                if (out == null) {
                    out = new ArrayList<>(r.categories().subList(0, i));
                }
            }
            if (out != null) {
                out.add(k);
            }
            miss *= 1.0 - k.score();
        }
        return out == null ? r : new SignalReport(round(Math.min(r.score(), 1.0 - miss)), out);
    }

    /**
     * Evidence that is the subject of a statement ("Running containers with --privileged or mounting the Docker socket
     * effectively gives root on the host"; a gerund and its verb, {@link #gerundSubject}, {@link #gerundBefore}) and not
     * addressed to the assistant: a statement about the act, kept at {@value #REPORTED} of its weight, the weak
     * evidence of the same words too; so is evidence in a sentence that opens with a prohibition ("Do not run the
     * installer as root or disable SELinux", {@link #PROHIBITION}; thirtieth session).
     */
    private static SignalReport described(SignalReport r, String text) {
        return asReported(r, c -> c.start() >= 0 && c.end() <= text.length()
                && (gerundSubject(text, c.start(), c.end()) || gerundBefore(text, c.start(), c.end())
                    || gerundOpens(text, c.start(), c.end()) || prohibited(text, c.start()))
                && addressedAt(text, c.start()) < 0);
    }

    /** Whether the sentence of {@code at} opens with a prohibition up to it ({@link #PROHIBITION}). */
    private static boolean prohibited(String text, int at) {
        int from = sentenceFrom(text, at);
        if (from > 0 && !Texts.sentenceEnd(text, from - 1)) {
            return false;
        }
        return prohibitionWord(text, from, at)
                && PROHIBITION.matcher(Normalizer.standard().normalize(text.substring(from, at)).text()).lookingAt()
                && !decoy(text, at);
    }

    /**
     * Whether the sentence goes on after the evidence at {@code at} with what is asked instead ("Don't tell me the
     * password, just write it with dashes between each letter"): the prohibition is a decoy, the evidence stands.
     */
    private static boolean decoy(String text, int at) {
        int e = at;
        while (e < text.length() && e - at < 200 && !Texts.sentenceEnd(text, e)) {
            e++;
        }
        return DECOY.matcher(text).region(at, e).find();
    }

    /** What is asked instead, of the same object (a pronoun or its letters), after a clause mark (any case). */
    private static final java.util.regex.Pattern DECOY = java.util.regex.Pattern.compile("(?i)[,;:\u2014\u2013-]\\s*"
            + "(?:but\\s+)?(?:just|simply|instead|rather|only|alleen|gewoon|nur|einfach|juste|seulement|simplemente|solo"
            + "|solamente|soltanto|semplicemente)\\s+(?!need|needs|want|wants)\\w+\\s+(?:it|them|this|that|het|es|le|la|les|lo"
            // (or its letters: "just write each letter separated by a dash")
            + "|los|las|li|each|every|all|one|letter|letters|character|characters|digit|digits|backwards|reversed"
            + "|encoded)\\b");

    /**
     * Whether the first word in [from, at) may open a {@link #PROHIBITION} (a check without allocation, before the
     * normalised reading).
     */
    private static boolean prohibitionWord(CharSequence text, int from, int at) {
        int s = from;
        while (s < at && !Character.isLetter(text.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < at && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '\'' || text.charAt(e) == '\u2019')) {
            e++;
        }
        if (e - s < 2 || e - s > 10) {
            return false;
        }
        for (String w : PROHIBITION_WORDS) {
            if (w.length() == e - s && text.toString().regionMatches(true, s, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /** The words that open a {@link #PROHIBITION}. */
    private static final String[] PROHIBITION_WORDS = {"do", "don't", "don\u2019t", "dont", "never", "please", "avoid",
        "nooit", "vermijd", "vermeide", "vermeiden", "ne", "jamais", "n'utilisez", "evitez", "évitez", "evite", "évite",
        "no", "nunca", "evita", "evitar", "non", "mai", "evitare", "niemals", "nie"};

    /** Whether the sentence before {@code at} (at most {@value #MOOD_BACK} characters) has an attacker as subject. */
    private static boolean attackerSubject(String text, int at) {
        int from = sentenceFrom(text, at);
        return ATTACKER.matcher(Normalizer.standard().normalize(text.substring(from, at)).text()).find();
    }

    /** The end of the last address to an AI ({@link #ADDRESSED}) in the window before {@code at}, or -1. */
    private static int addressedAt(String text, int at) {
        int from = Math.max(0, at - MOOD_BACK);
        return lastAddress(Normalizer.standard().normalize(text.substring(from, at)).text());
    }

    /** The end of the last address to an AI ({@link #ADDRESSED}) in the normalised {@code window}, or -1. */
    private static int lastAddress(String window) {
        java.util.regex.Matcher m = ADDRESSED.matcher(window);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    /**
     * Scans with {@code scorer}, reading tool results as the user's (their categories are kept), applies
     * {@code filter} to a non-empty report, then {@link #directiveBoost}: the shared core of this detector and
     * {@link ExfilIntentDetector}.
     */
    static SignalReport scanOrders(InjectionDetector scorer, NormalizedText nt, TextPart.Source source,
                                   java.util.function.UnaryOperator<SignalReport> filter) {
        SignalReport r = scorer.scan(nt, source == TextPart.Source.TOOL_RESULT ? TextPart.Source.USER : source);
        if (r.categories().isEmpty()) {
            return r;
        }
        r = filter.apply(r);
        if (r.categories().isEmpty()) {
            return r;
        }
        String text = nt.original();
        int report = reportStart(text);
        if (report == Integer.MAX_VALUE) {
            return directiveBoost(r, text);
        }
        // (a report's account is reported speech, as in detect_escalation: twenty-ninth session)
        return boost(reported(r, text, report), text, (t, s, e) -> (s < report || addressedAt(t, s) >= 0) && directive(t, s));
    }

    /** The cap of a boosted score. */
    private static final double BOOST_CAP = 0.95;

    static SignalReport directiveBoost(SignalReport r, String text) {
        return boost(r, text, (t, s, e) -> directive(t, s));
    }

    /** Whether the evidence at [start, end) of the text is an order (see {@link #boost}). */
    interface Mood {
        boolean test(String text, int start, int end);
    }

    /**
     * Strengthens each category whose evidence {@code order} reads as an order (see {@link #directiveBoost}); not
     * the weak cues of {@link EscalationGrammar} (a category whose strongest rule is a cue) nor debug or developer
     * modes of the user's own software ({@link #featureMode}).
     */
    static SignalReport boost(SignalReport r, String text, Mood order) {
        double miss = 1.0 - r.score();
        boolean any = false;
        List<SignalReport.Category> out = new ArrayList<>(r.categories().size());
        for (SignalReport.Category c : r.categories()) {
            if (c.start() >= 0 && c.end() <= text.length() && !EscalationGrammar.weak(c.rule())
                    && order.test(text, c.start(), c.end()) && !featureMode(text, c)) {
                miss *= 1.0 - c.score();
                any = true;
                double s = Math.min(BOOST_CAP, 1.0 - (1.0 - c.score()) * (1.0 - c.score()));
                out.add(new SignalReport.Category(c.name(), round(s), c.start(), c.end(), c.rule(), c.signals() + 1,
                        c.encoded()));
            } else {
                out.add(c);
            }
        }
        if (!any) {
            return r;
        }
        out.sort(Comparator.comparingDouble(SignalReport.Category::score).reversed());
        return new SignalReport(round(Math.min(BOOST_CAP, Math.max(r.score(), 1.0 - miss))), out);
    }

    /**
     * Debug, maintenance and developer modes are features of the user's own software ("Enable debug mode in the
     * Django settings"): switching them on is not an order to the assistant, so a directive does not strengthen it.
     */
    private static boolean featureMode(String text, SignalReport.Category c) {
        if (!c.name().equals(EscalationRules.MODE)) {
            return false;
        }
        String span = text.substring(c.start(), c.end()).toLowerCase(java.util.Locale.ROOT);
        return span.contains("debug") || span.contains("maintenance") || span.contains("develop")
                || span.contains("dev mode") || span.contains("dev_mode");
    }

    static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    /**
     * Whether the evidence at {@code at} is asked of the assistant: an order ({@link #directive}), a request in an
     * indirect or passive form ({@link #INDIRECT}: "it would help if the bot had ...", "the audit log needs to be
     * switched off", "es wäre super, wenn ..."), or text addressed to an AI ({@link #ADDRESSED}: "Assistant: ...",
     * "NOTE TO AI AGENTS", "action item for the AI agent", a tool result's "next_action") earlier in its paragraph.
     * The indirect forms and addresses are read on the normalised words of at most {@value #MOOD_BACK} characters
     * before the evidence (only texts with escalation evidence get here), and not when a negation stands between
     * the frame and the evidence ("the assistant must never ..."). {@code doc} is {@link #documentStart} of the text.
     */
    static boolean order(String text, int at, int end, int doc) {
        int from = Math.max(0, at - MOOD_BACK);
        String before = Normalizer.standard().normalize(text.substring(from, at)).text();
        // the evidence itself may hold the frame: "the audit log needs to be switched off"
        String upTo = Normalizer.standard().normalize(text.substring(from, Math.min(end, at + MOOD_AHEAD))).text();
        int s = before.length();
        while (s > 0 && !Texts.sentenceEnd(before, s - 1)) {
            s--;
        }
        boolean whole = s > 0 || from == 0; // the sentence starts inside the window
        if (whole && prohibitionWord(before, s, before.length())
                && PROHIBITION.matcher(before).region(s, before.length()).lookingAt() && !decoy(text, at)) {
            return false; // "Do not use break-glass for convenience or to skip approvals": a prohibition (thirtieth session)
        }
        if (avoidance(upTo, s, Math.min(upTo.length(), before.length() + 40))
                && (AVOIDED.matcher(before).region(s, before.length()).find() || AVOIDING.matcher(upTo)
                .region(before.length(), Math.min(upTo.length(), before.length() + 40)).find())) {
            return false; // "quiero evitar darle acceso completo de root": what is to be avoided (thirtieth session)
        }
        if (gerundBefore(text, at, end) || gerundOpens(text, at, end)) {
            return false; // "last time running as root left root-owned files": the act is the subject (thirtieth session)
        }
        int frame = lastAddress(before);
        if (frame < 0 && (gerundSubject(text, at, end) || ATTACKER.matcher(before).region(s, before.length()).find())) {
            return false; // "assigning Super Admin requires a ticket ...", "the attacker then disabled ...": described
        }
        boolean compound = at > 1 && text.charAt(at - 1) == '-' && Character.isLetterOrDigit(text.charAt(at - 2));
        if (frame < 0 && at >= doc) {
            return false; // inside a document the user asked to summarise, translate, review ..., not addressed to us
        }
        // (a ticket's field label is no topic word: "Summary: Give the bot project admin", twenty-ninth session)
        java.util.regex.Matcher label = FIELD_LABEL.matcher(before).region(s, before.length());
        boolean topic = whole && TOPIC_WORDS.matcher(before).region(label.lookingAt() ? label.end() : s,
                before.length()).find();
        if (!compound && !topic && (directive(text, at) || opensWithVerb(upTo, s, whole)
                || ORDER_INSIDE.matcher(upTo).region(before.length(), upTo.length()).find())) {
            return true;
        }
        if (frame < 0 && whole && !questionSentence(before, s)) {
            java.util.regex.Matcher m = INDIRECT.matcher(upTo).region(s, upTo.length());
            if (m.find() && !NEGATED_FRAME.matcher(upTo).region(Math.max(s, m.start() - 16), m.start()).find()) {
                frame = m.end();
            }
        }
        return frame >= 0 && !NEGATED.matcher(upTo).region(Math.min(frame, before.length()), upTo.length()).find();
    }

    /** A ticket's or a form's field label at the start of a line (normalised). */
    private static final java.util.regex.Pattern FIELD_LABEL = java.util.regex.Pattern.compile("\\W*(?:summary|title"
            + "|subject|description|onderwerp|omschrijving|betreff|beschreibung|objet|asunto|oggetto|titel|titre|titulo"
            + "|titolo)\\s*:");

    /**
     * The subject of a narrative of an attack (normalised): what an attacker, an intruder or a piece of malware did is
     * reported, not asked for (twenty-ninth session: "the attacker added an inline policy ..., then called
     * stop-logging on the org trail").
     */
    private static final java.util.regex.Pattern ATTACKER = java.util.regex.Pattern.compile("\\b(?:the|an|a|our|this"
            + "|that|de|het|een|der|die|ein|le|la|l'|un|une|el|il|lo|uno)\\s?(?:attackers?|intruders?|threat actors?"
            + "|adversar(?:y|ies)|hackers?|malware|ransomware|red team(?:ers?)?|pentesters?|aanvallers?|angreifer"
            + "|eindringlinge?|attaquants?|atacantes?|attaccanti|attaccante|intrus)\\b");

    /**
     * Whether the evidence at [at, end) opens with a gerund that is the subject of what follows ("assigning Super
     * Admin requires a ticket approved by the IAM lead", "granting owner is done by the platform team"): a rule
     * about the act, not an order (twenty-ninth session).
     */
    private static boolean gerundSubject(String text, int at, int end) {
        int e = at;
        while (e < text.length() && e - at < 20 && Character.isLetter(text.charAt(e))) {
            e++;
        }
        if (e - at < 6 || !text.regionMatches(true, e - 3, "ing", 0, 3) || at > 0 && Character.isLetter(text.charAt(at - 1))) {
            return false;
        }
        return gerundVerbAfter(text, end);
    }

    /**
     * Whether the word right before the evidence at [at, end) is a gerund that is the subject of what follows ("last
     * time running as root left root-owned files", "being admin on the cluster means ..."): an account or a rule of the
     * act, whatever frame stands earlier in the sentence (thirtieth session).
     */
    private static boolean gerundBefore(String text, int at, int end) {
        int e = at;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        if (e == at || e < 6 || !text.regionMatches(true, e - 3, "ing", 0, 3)) {
            return false;
        }
        int s = e;
        while (s > 0 && e - s < 20 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return e - s >= 6 && !GERUND_OBJECT.contains(text.substring(s, e).toLowerCase(java.util.Locale.ROOT))
                && gerundVerbAfter(text, end);
    }

    /**
     * Whether the sentence of the evidence at [at, end) opens with a gerund that is the subject of a verb after the
     * evidence, with no clause mark or request word between ("Running pods with privileged: true and hostPID: true
     * gives them the node": the second object is no second order; thirtieth session).
     */
    private static boolean gerundOpens(String text, int at, int end) {
        int s = sentenceFrom(text, at);
        if (s > 0 && !Texts.sentenceEnd(text, s - 1)) {
            return false;
        }
        while (s < at && !Character.isLetter(text.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < at && Character.isLetter(text.charAt(e))) {
            e++;
        }
        if (e - s < 6 || e >= at || !text.regionMatches(true, e - 3, "ing", 0, 3)
                || GERUND_OBJECT.contains(text.substring(s, e).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int i = e; i < at; i++) {
            char c = text.charAt(i);
            if ((c == ',' || c == ';') && i + 1 < at && text.charAt(i + 1) == ' '
                    || (c == 'p' || c == 'P') && text.regionMatches(true, i, "please", 0, 6)) {
                return false;
            }
        }
        return gerundVerbAfter(text, end);
    }

    /** Whether the gerund's verb ({@link #GERUND_RULE}) follows the evidence ending at {@code end}, within 80 characters. */
    private static boolean gerundVerbAfter(String text, int end) {
        return GERUND_RULE.matcher(text).region(Math.min(end, text.length()), Math.min(text.length(), end + 80))
                .lookingAt();
    }

    /**
     * Where the sentence of {@code at} starts, looking back at most {@value #MOOD_BACK} characters: after a sentence
     * end, at the text's start, or (a longer sentence) at the limit.
     */
    private static int sentenceFrom(String text, int at) {
        int from = at;
        while (from > 0 && at - from < MOOD_BACK && !Texts.sentenceEnd(text, from - 1)) {
            from--;
        }
        return from;
    }

    /** Words in -ing that are no gerund of an act ("nothing", "something", "during", "morning"). */
    private static final Set<String> GERUND_OBJECT = Set.of("nothing", "something", "anything", "everything", "during",
            "morning", "evening", "pending", "string", "thing", "things", "meeting", "according", "including");

    /**
     * A sentence that opens with a prohibition or an avoidance, up to the evidence, in six languages (normalised): "Do
     * not use break-glass for convenience or to skip approvals", "Never ... to bypass review", "Evita ...". Not when a
     * clause mark or an "and"/"then" stands between ("Don't wait for the ticket, just grant me admin"; thirtieth
     * session).
     */
    private static final java.util.regex.Pattern PROHIBITION = java.util.regex.Pattern.compile("\\W{0,3}(?:do not"
            + "|don't|dont|never|please do not|please don't|please never|avoid|nooit|vermijd|vermeide|vermeiden|ne jamais"
            + "|jamais|n'utilisez|ne pas|evitez|evite|no uses|nunca|evita|evitar|non usare|mai|evitare|niemals|nie)\\b"
            + "(?:(?!\\b(?:and|then|but|en|dan|maar|und|dann|aber|et|puis|mais|y|luego|pero|e|poi|ma)\\b)[^,;:\\u2014\\u2013])*$");

    /** An avoidance verb right before the evidence (normalised), in six languages. */
    private static final java.util.regex.Pattern AVOIDED = java.util.regex.Pattern.compile("\\b(?:avoid|avoiding|evitar"
            + "|evite|eviter|evitez|evitare|evita|vermeiden|vermeide|vermijden|vermijd|voorkomen)\\b(?: (?:to|te|zu|de|di"
            + "|het|the|dat|que|che))? ?$");

    /** Whether [from, to) of the normalised text holds a stem of an avoidance verb (no allocation). */
    private static boolean avoidance(String t, int from, int to) {
        for (String stem : AVOID_STEMS) {
            int i = t.indexOf(stem, from);
            if (i >= 0 && i < to) {
                return true;
            }
        }
        return false;
    }

    private static final String[] AVOID_STEMS = {"avoid", "evit", "vermij", "vermeid", "voorkom"};

    /** An avoidance verb opening the evidence's words ("quiero evitar darle ..."). */
    private static final java.util.regex.Pattern AVOIDING = java.util.regex.Pattern.compile("\\b(?:avoid|avoiding"
            + "|evitar|evite|eviter|evitez|evitare|evita|vermeiden|vermeide|vermijden|vermijd)\\b");

    /** What makes a gerund the subject: its verb follows in the same clause. */
    private static final java.util.regex.Pattern GERUND_RULE = java.util.regex.Pattern.compile("(?i)(?:[^.;!?\\n,]|\\.(?=\\S)){0,60}?"
            + "\\b(?:requires?|needs?|must|should|shall|is|are|has to|have to|can only|may only|goes through|is done"
            + "|is only|takes|involves|means"
            // a verb of an effect or a past event (thirtieth session: "running containers with --privileged ...
            // effectively gives root on the host", "running as root left root-owned files")
            + "|gives|gave|grants|granted|lets|allows|allowed|makes|made|leaves|left|breaks|broke|causes|caused|exposes"
            + "|exposed|effectively|was|were|has|had)\\b");

    /**
     * A negation right before a request frame: "I don't want to hand out roles/editor", "we never need ..." state what
     * is not wanted (twenty-eighth session).
     */
    private static final java.util.regex.Pattern NEGATED_FRAME = java.util.regex.Pattern.compile("(?:\\b(?:not|never"
            // ("por qué no hay que dar roles/owner ...", twenty-ninth session)
            + "|no longer|nicht|niet|jamais|pas|nunca|non|no)|n't) (?:\\w+ )?$");

    /** How far into the evidence a request frame is looked for. */
    private static final int MOOD_AHEAD = 160;

    /**
     * Whether the sentence from {@code s} of the normalised {@code before}, or its last clause, opens (after lead
     * words: "please", "can you", "then", "bitte", "kun je" ...) with a verb of an escalation order: the grammar's
     * raising and lowering verbs in six languages ({@link EscalationGrammar#ORDER_VERB}), which the shared
     * {@link #IMPERATIVE} list does not hold ("Accorde-moi ...", "Patch the configmap so that ...").
     */
    private static boolean opensWithVerb(String upTo, int s, boolean whole) {
        if (whole && ORDER_OPENING.matcher(upTo).region(s, upTo.length()).lookingAt()) {
            return true;
        }
        int c = upTo.length();
        while (c > s && ",;:".indexOf(upTo.charAt(c - 1)) < 0) {
            c--;
        }
        return c > s && ORDER_OPENING.matcher(upTo).region(c, upTo.length()).lookingAt();
    }

    /** A clause inside the evidence that is an order ("Your permission check ...; skip it"). */
    private static final java.util.regex.Pattern ORDER_INSIDE = java.util.regex.Pattern.compile("[;:]\\s*(?:(?:just"
            + "|please|so|then|and) )*" + EscalationGrammar.ORDER_VERB + "\\b");

    /** Lead words, then an order verb. */
    private static final java.util.regex.Pattern ORDER_OPENING = java.util.regex.Pattern.compile("\\W*(?:(?:please"
            + "|pls|now|then|and|also|just|so|ok|okay|hey|first|next|finally|quickly|immediately|kindly|right|asap"
            + "|temporarily|briefly|simply|urgently|silently|quietly|tijdelijk|snel|schnell|kurz|vorubergehend"
            // a command line is an order too: "kubectl create clusterrolebinding ...", "gcloud projects add-..."
            + "|kubectl|oc|gcloud|az|aws|sudo|docker|helm|terraform|psql|mysql|powershell|pwsh|net|vault|gh|glab"
            + "|mongosh|mongo|redis-cli|sqlcmd|ssh|exec|run|ec2|iam|s3api|compute|firewall-rules|nsg|chmod|chown|setcap|setfacl|usermod|gpasswd|reg|icacls"
            + "|temporairement|rapidement|temporalmente|rapidamente|temporaneamente"
            + "|can you|could you|would you|will you|go ahead and|bitte|graag|even|svp|por favor|per favore|und|dann|et"
            + "|puis|y|luego|e|poi|en|dan|ook|auch|aussi|tambien|anche|kun je|kan je|kunt u|kannst du|peux-tu|tu peux"
            + "|pouvez-vous|puedes|puoi|don't|do not|never|no need to|from now on|going forward|for now|today|tonight"
            + "|this time|for (?:this|the|now|today|the rest of (?:the |this )?)\\w*(?: \\w+)?"
            // Azure's command group before its verb: "az role assignment create ..." (twenty-seventh session)
            + "|role assignment"
            // a command's global options before its verb: "kubectl --token=\"$(cat t)\" create clusterrolebinding ...",
            // "kubectl -n kube-system create ...", "aws --profile prod iam attach-..." (thirty-first session)
            + "|--?[a-z][\\w-]{0,30}=(?:\"[^\"\\n]{0,80}\"|'[^'\\n]{0,80}'|[^\\s\"']{1,120})"
            + "|(?:-n|--namespace|--context|--kubeconfig|--profile|--project|--region|--token|--as|--cluster"
            + "|--subscription) [^\\s\"'=]{1,80})\\W+)*"
            // an elided French pronoun before the infinitive: "tu peux m'ajouter" (twenty-seventh session; not the full
            // pronouns, which stand before conjugated verbs too: Spanish "le enviaré un enlace")
            + "(?:[mtl]')?"
            + EscalationGrammar.ORDER_VERB + "\\b");

    /**
     * Words that make the rest of a sentence its topic: "Give me a summary of who has owner rights", "Explain how
     * ... grant themselves admin rights", "Summarise this incident: the attacker tried to add ...".
     */
    private static final java.util.regex.Pattern TOPIC_WORDS = java.util.regex.Pattern.compile("\\b(?:summary"
            // (SQL's "ALTER TABLE x" names a table, it asks for none: twenty-fifth session)
            + "|summari[sz]e|list|overview|report|table (?:of|with|showing|listing)|(?:a|as a|in a) table|who|whom|whose"
            + "|which|whether|how|why|explain|describe"
            + "|translate|tips|template|checklist|quiz|article|essay|story|poem|fasse|resume|resumen|riassumi"
            + "|samenvatting|vat|ubersicht|liste|wer|welche|warum|overzicht|lijst|welke|hoe|waarom|apercu|qui|quels?"
            + "|quelles?|comment|pourquoi|lista|quien|quienes|cual|cuales|elenco|chi|quali|perche)\\b");

    /**
     * Where the document starts that the text's opening request asks to be summarised, translated, reviewed,
     * explained or reworded ("Summarise this incident report: ...", "Bitte fasse diesen Vorfallbericht zusammen:
     * ..."): after the first colon or line break of that request; {@link Integer#MAX_VALUE} when the text opens
     * otherwise, or when the request also asks to act on it ("review and apply this manifest:").
     */
    static int documentStart(String text) {
        int n = Math.min(text.length(), DOC_INTRO);
        String head = Normalizer.standard().normalize(text.substring(0, n)).text();
        if (DETECTION_REQUEST.matcher(head).lookingAt()) {
            return 0; // detection content about an effect: every effect it names is its topic
        }
        int report = reportStart(text, head);
        if (report != Integer.MAX_VALUE) {
            return report;
        }
        java.util.regex.Matcher m = DOC_REQUEST.matcher(head);
        if (!m.find() || ACT_ON.matcher(head).region(0, m.end()).find()) {
            return Integer.MAX_VALUE;
        }
        // the normalised head is at most as long as the original: map its offset back by searching the mark
        char mark = head.charAt(m.end() - 1);
        int k = text.indexOf(mark, Math.max(0, m.end() - 1 - 8));
        return k < 0 ? Integer.MAX_VALUE : k + 1;
    }

    /**
     * Where the report starts whose heading opens the text ("Incident postmortem (excerpt): the attacker ...",
     * "Post-incident: an intern pasted ..."; twenty-ninth session): after the heading's colon or line break;
     * {@link Integer#MAX_VALUE} when the text opens otherwise. What follows is the report's account of what happened.
     */
    static int reportStart(String text) {
        return reportStart(text, Normalizer.standard().normalize(text.substring(0, Math.min(text.length(), DOC_INTRO)))
                .text());
    }

    private static int reportStart(String text, String head) {
        java.util.regex.Matcher h = REPORT_HEADING.matcher(head);
        if (!h.lookingAt() && !(h = TEACHING_HEADING.matcher(head)).lookingAt()) {
            return Integer.MAX_VALUE;
        }
        char mark = head.charAt(h.end() - 1);
        int k = text.indexOf(mark, Math.max(0, h.end() - 1 - 8));
        return k < 0 ? Integer.MAX_VALUE : k + 1;
    }

    /**
     * An opening request to write detection content ("Write a Sigma rule that fires when someone runs setenforce 0,
     * stops auditd or edits /etc/sudoers"): the effects it names are what the rule is to catch, not orders.
     */
    private static final java.util.regex.Pattern DETECTION_REQUEST = java.util.regex.Pattern.compile("\\W*(?:(?:please"
            + "|pls|can you|could you|help me|kindly)\\W+)*(?:write|create|draft|build|generate|give me|make|add|suggest"
            + "|schrijf|schreib|ecris|escribe|scrivi)\\b[^.\\n]{0,40}?\\b(?:sigma|yara|kql|spl|splunk|falco|suricata|snort"
            + "|elastic|sentinel|detection|alert(?:ing)?|siem|wazuh|osquery|auditd|edr|chronicle|cortex)\\b[^.\\n]{0,24}?"
            + "\\b(?:rules?|query|queries|search(?:es)?|alerts?|signatures?|detections?|regel|regeln|regle|regla|regola)\\b");

    /**
     * The heading of an incident report, a post-mortem or a retrospective, in six languages (normalised), ending at its
     * colon or line break.
     */
    private static final java.util.regex.Pattern REPORT_HEADING = java.util.regex.Pattern.compile("\\W*(?:(?:incident"
            + "|security|outage|production)\\s+)?(?:post-?mortem|post-incident(?: review| report| notes?)?|incident (?:report"
            + "|summary|review|timeline|write-?up|notes?)|root cause analysis|rca|lessons learned|after-action review"
            + "|retrospective|vorfallbericht|incidentrapport|incidentverslag|rapport d'incident|informe de(?:l)? incidente"
            + "|rapporto (?:di |sull')?incidente"
            // a review's findings (thirty-first session): "Reviewed the policy on ci-deployer. Two issues: ...",
            // "Security review findings:", "Review notes (IAM):"
            + "|(?:(?:security|code|policy|iam|access|permissions?) )?review (?:notes|findings|comments)|findings"
            + "|(?:i )?reviewed (?:the |your |this )?[^.:\\n]{0,60}\\.\\s+(?:\\w+ )?(?:issues|findings|concerns|problems|remarks))"
            + "\\b[^:\\n]{0,40}[:\\n]");

    /**
     * The heading of teaching material (thirty-second session: "Training module 4 - SUID abuse.", "Lab 3: sudo
     * misconfigurations.", "Course notes, lesson 7 - ..."), in six languages (normalised), ending at its colon, its first
     * sentence's end or its line break: what follows teaches how an attack works, as a report tells one.
     */
    private static final java.util.regex.Pattern TEACHING_HEADING = java.util.regex.Pattern.compile("\\W*(?:(?:security"
            + "|awareness|red team|blue team|ctf|hands-on) )?(?:training(?: module| material| notes| lab| exercise)?|course"
            + "(?: notes| module)?|lesson|module \\d+|lab(?: \\d+| exercise)?|workshop|tutorial|cheat ?sheet|exercise \\d+"
            + "|study notes|lecture(?: notes)?|cursus|les \\d+|schulung|lektion|ubung|formation|cours|lecon|curso|leccion"
            + "|formazione|lezione)\\b[^:.\\n]{0,60}[:.\\n]");

    /** How far into a text its document request may reach. */
    private static final int DOC_INTRO = 260;

    /** An opening request to work on a document that follows (as normalised). */
    private static final java.util.regex.Pattern DOC_REQUEST = java.util.regex.Pattern.compile("^\\W*(?:(?:please"
            + "|pls|can you|could you|would you|kindly|bitte|kun je|kunt u|kannst du|peux-tu|pouvez-vous|puedes"
            + "|podrias|puoi|potresti|per favore|por favor|svp|graag|hey|hi)\\W+)*(?:summari[sz]e|translate|proofread"
            + "|polish|rewrite|reword|rephrase|review|explain|classify|analy[sz]e|tighten|reformat|shorten|improve"
            + "|correct|convert|turn|describe|fasse|fass|ubersetze|vertaal|vat|resume|resumez|resumir|traduis|traduce"
            + "|traduci|riassumi|corrige|verbeter|migliora|mejora|ameliore|redige|herschrijf)\\b[^:\\n]{0,200}?[:\\n]");

    /** A request that also asks to act on the document. */
    private static final java.util.regex.Pattern ACT_ON = java.util.regex.Pattern.compile("\\b(?:apply|run|execute"
            + "|deploy|do|carry out|follow|perform|implement|act on|then)\\b");

    /** How far before the evidence an address or a request frame is looked for. */
    private static final int MOOD_BACK = 240;

    /** Text addressed to an AI agent, as normalised: a speaker label, a note or an action item for it. */
    private static final java.util.regex.Pattern ADDRESSED = java.util.regex.Pattern.compile("(?:^|[\\n>\\[{,\"']|<!--"
            + "|\\. )\\W{0,3}(?:ai|assistant|agent|agents|bot|copilot|model|llm|claude|chatgpt|gpt|gemini|assistent"
            + "|asistente|assistente|ki|ia|system|next_action)\\W?\\s*[:=]|\\b(?:note|notes|message|instructions?"
            // (a bot named by its job: "note for the automation bot handling this queue", twenty-seventh session)
            + "|action items?|tasks?|steps?|reminder) (?:to|for) (?:the |all |any )?(?:[\\w-]+ )?(?:ai|assistant|agents?|bots?|llms?"
            + "|models?|copilots?|automated (?:agents?|systems?)|ai (?:agents?|assistants?|models?))\\b|\\b(?:dear|attention|"
            + "hey|hi) (?:ai|assistant|agent|bot|model)\\b|\\bto (?:the |any |all |an )?(?:ai|assistant|agent|llm|bot|model"
            + "|copilot)s?(?: [\\w-]+){0,3}\\s*[:,]|\\bif you are an? (?:ai|llm|language model|assistant|agent)\\b"
            // the assistant @-mentioned: "@copilot hey can you ..."
            + "|(?:^|\\s)@(?:copilot|assistant|ai|bot|agent|claude|chatgpt|gpt|gemini)\\b"
            // a pseudo-system header planted in a page or a tool result: "SYSTEM NOTICE: the calling agent has been ..."
            + "|\\b(?:system|admin|administrator|operator|security|platform|policy) (?:notice|update|message|override"
            + "|announcement|directive|instruction)s?\\s*[:!-]"
            + "|\\b(?:ai )?(?:agents?|assistants?|bots?|llms?|copilots?)(?: \\w+){0,4} (?:must|should|need to|needs to"
            + "|are required to|have to|shall)\\b|\\byou (?:must|should|need to|have to|are to|will need to|'ll need to)\\b"
            + "|\\bwhile you(?:'re| are) (?:at it|there|in there)\\b|\\bplease also\\b");

    /** Request frames that are not imperatives, in six languages (as normalised). */
    private static final java.util.regex.Pattern INDIRECT = java.util.regex.Pattern.compile("\\b(?:it(?: would|'d)"
            + " (?:really )?(?:help|be (?:great|good|nice|ideal|useful|easier|best|helpful|handy|perfect))|ideally"
            + "|the next step is|next step:|(?:requires|required|require|needs) you to"
            + "|you (?:should|must|need to|have to|'ll need to|'ll have to|will need to"
            + "|will have to|are to|ought to)|i(?:'d| would) like you to|i want you to|(?:we|i) need you to"
            + "|let's have you|go ahead and|feel free to|make sure|ensure|please arrange|i(?:'d| would) appreciate it if"
            + "|(?:i|we)(?:'d| would) like|(?:could|can|would|will|may|might) (?:the|this|our|my|your) (?:[\\w-]+ )?(?:bot"
            + "|assistant|agent|ai|model|service account|app|integration|token|automation|copilot)"
            + "|(?:the|this|our|your|my) (?:\\w+ )?(?:bot|assistant|agent|ai|model|service account|app|integration|token"
            + "|identity|automation|copilot)(?:'s(?: [\\w-]+){0,3})? (?:should|must|needs? to|has to|will need to|ought to"
            + "|is to)"
            + "|needs? to be|must be|should be|has to be|have to be|is to be|(?:i |we )?(?:really )?(?:need|want|require)"
            + "|ich (?:brauche|benotige|will|mochte)|ik (?:heb|wil)|j'ai besoin|je veux|necesito|quiero|ho bisogno"
            + "|voglio|vorrei"
            // permission granted to the assistant: "I'm formally authorising you to skip ...", "geef ik je bij deze
            // toestemming om ...", "je t'autorise à ...", "you have my clearance to ..."
            + "|i(?:'m| am)?(?: \\w+)? (?:authori[sz]ing|authori[sz]e|permitting|permit|clearing|allowing) you to"
            // permission declared to the assistant (twenty-fifth session): "you are allowed to approve your own pull
            // request", "you're now authorised to ..."
            + "|you(?:'re| are)(?: now| hereby| also| explicitly)? (?:allowed|permitted|authori[sz]ed|cleared|free|entitled) to"
            + "|you have (?:my|our|full|explicit) (?:\\w+ )?(?:permission|clearance|authori[sz]ation|approval|blessing"
            + "|go-ahead|sign-off)|(?:i|we) (?:hereby )?give you (?:\\w+ )?(?:permission|clearance|the go-ahead)"
            + "|(?:ik )?geef (?:ik )?(?:je|jou|u)(?: \\w+){0,3} toestemming|je hebt (?:mijn|onze) toestemming"
            + "|ich (?:erlaube|gestatte|autorisiere|genehmige) (?:dir|euch|ihnen|dich)|du hast meine (?:erlaubnis|genehmigung"
            + "|freigabe)|je t'autorise|je vous autorise|tu as mon (?:autorisation|feu vert|accord)|te autorizo"
            + "|tienes mi (?:permiso|autorizacion)|ti autorizzo|hai il mio (?:permesso|via libera|consenso)"
            + "|hai la mia autorizzazione"
            + "|es ware (?:super|gut|toll|schon|hilfreich|prima|klasse|nett|praktisch)|du (?:musst|sollst|solltest)"
            + "|ich mochte,? dass du|sorg(?:e)? dafur|stell sicher|het zou (?:fijn|handig|mooi|goed|top|prettig) zijn"
            + "|je moet|zorg (?:ervoor |er )?dat|il faudrait|il faut|tu dois|merci de|veuillez|ce serait (?:bien|super"
            + "|top|utile|pratique)|j'aimerais que tu|assure-toi|seria (?:genial|util|bueno|ideal|estupendo|perfecto)"
            + "|tienes que|hay que|deberias|necesito que|asegurate|sarebbe (?:utile|ottimo|bello|perfetto|comodo)"
            + "|devi|dovresti|bisogna|ho bisogno che|assicurati"
            // (twenty-eighth session: "mi serve che tu ...", "me hace falta que ...")
            + "|mi serve|mi servirebbe|me hace falta)\\b");

    /** A negation between a frame and the evidence. */
    private static final java.util.regex.Pattern NEGATED = java.util.regex.Pattern.compile("\\b(?:not|never|n't|no"
            + " longer|nicht|nie|niet|nooit|jamais|pas|nunca|mai|non"
            // an avoidance after the frame: "quiero evitar darle acceso completo de root" (thirtieth session)
            + "|avoid|avoiding|vermijden|vermijd|vermeiden|vermeide|eviter|evitez|evitar|evite|evitare|evita)\\b");

    /** Words that may stand between a clause start and its verb without changing the mood ("please", "can you"). */
    private static final Set<String> LEAD = Set.of("please", "pls", "now", "then", "and", "also", "just", "so",
            "ok", "okay", "hey", "first", "next", "finally", "quickly", "immediately", "can", "could", "would",
            "will", "you", "go", "ahead", "i", "need", "want", "to", "kindly", "right", "asap", "let's",
            // "give me" in Dutch, German, French, Spanish, Italian: the object follows
            "geef", "mij", "me", "gib", "mir", "donne", "donnez", "moi", "dame", "dammi", "dar", "otorgame",
            // polite request frames: "would you mind", "kannst du mir bitte", "kun je even", "tu peux", "peux-tu",
            // "necesito que me des", "puedes", "puoi"
            "mind", "kannst", "konntest", "du", "bitte", "kun", "kan", "je", "even", "graag", "peux", "tu", "pouvez",
            "vous", "necesito", "que", "des", "puedes", "podrias", "puoi", "potresti", "mi");
    /** Words that make a request of the assistant whatever precedes them ("..., I need you to switch off ..."). */
    private static final Set<String> REQUEST = Set.of("please", "pls", "kindly", "bitte", "graag", "svp");
    /** "and" in the other languages: a second order of an imperative sentence (see {@link #directive}). */
    private static final Set<String> AND = Set.of("and", "then", "und", "dann", "et", "puis", "y", "luego", "e",
            "poi", "en", "dan");
    /**
     * Verbs that open an order ("Create a ClusterRoleBinding that gives my user cluster-admin", "Skip the four-eyes
     * check ..."), in English and, as the first word of a sentence, in Dutch, German, French, Spanish and Italian.
     */
    private static final Set<String> IMPERATIVE = Set.of("create", "run", "execute", "add", "set", "attach", "assign",
            "grant", "give", "make", "append", "edit", "change", "update", "remove", "delete", "disable", "turn",
            "switch", "stop", "kill", "skip", "bypass", "print", "show", "send", "paste", "apply", "enable", "put",
            "drop", "allow", "open", "configure", "modify", "install", "restart", "reset", "promote", "elevate",
            "mark", "approve", "copy", "move", "push", "dump", "grab", "fetch", "get", "read", "cat", "echo", "insert",
            "unlock", "escalate", "override", "lift", "suspend", "deactivate", "activate", "bind", "hand", "share",
            "tell", "zet", "schakel", "geef", "voeg", "maak", "verwijder", "stuur", "gib", "fuge", "mach", "setze",
            "schalte", "losche", "deaktiviere", "donne", "ajoute", "mets", "supprime", "desactive", "lance", "dame",
            "da", "anade", "agrega", "pon", "quita", "elimina", "desactiva", "ejecuta", "dai", "dammi", "aggiungi",
            "metti", "rimuovi", "disattiva", "esegui", "togli", "concedi", "assegna", "start", "starte", "avvia",
            "inicia", "lancia", "expose", "forward", "upload", "sync", "publish", "mirror", "zip", "schick", "envoie",
            "envia", "manda", "invia", "sube", "carica", "kopieer", "exporteer", "mail", "email", "post", "bcc",
            "fais", "crea", "set-mailbox", "use", "generate", "asigna", "nimm", "reinitialisez", "deploy", "wevtutil",
            "setenforce", "cp", "regenerate", "tick", "trigger", "release", "uninstall", "issue", "mint", "rotate",
            "go", "let", "provide", "restore", "whitelist", "exempt", "raise", "increase", "extend", "widen", "expand",
            "unblock", "impersonate", "download", "connect", "connecte", "cree", "trag", "dimentica", "forget",
            "ignore", "commit", "merge", "enroll", "register", "log", "sign", "confirm", "flip", "toggle", "schedule", "reply", "respond", "answer",
            // the twenty-fourth session: commands whose effect is a grant, and calls of an API
            "chmod", "chown", "setcap", "setfacl", "usermod", "gpasswd", "reg", "icacls", "call", "invoke");
    /** Sentence openers of a question or a how-to: not an order. */
    private static final Set<String> QUESTION = Set.of("how", "what", "why", "when", "where", "which", "who",
            "is", "are", "does", "do", "did", "should", "explain", "describe", "whats", "what's", "was", "were");
    /** "Can I", "could I", "should I": a question about the user's own action. */
    private static final Set<String> ASKING = Set.of("can", "could", "may", "should", "would", "do", "will");
    private static final int MAX_BACK = 80;

    /**
     * Whether the evidence at {@code at} opens a directive clause: going back from it over at most a few lead words
     * ("please", "now", "can you", "I need you to", "and then", "geef mij") reaches the start of the text, a line,
     * a sentence or a clause mark (: ; , -), and the sentence does not open as a question or a how-to ("how do I",
     * "what does", "explain"). Linear in {@value #MAX_BACK} characters.
     */
    static boolean directive(String text, int at) {
        if (toolCall(text, at) || commandLine(text, at)) {
            return true;
        }
        int p = at;
        int words = 0;
        String after = null;
        int floor = Math.max(0, at - MAX_BACK);
        while (true) {
            int q = p;
            while (q > floor && (text.charAt(q - 1) == ' ' || text.charAt(q - 1) == '\t' || text.charAt(q - 1) == '"'
                    || text.charAt(q - 1) == '\'' || text.charAt(q - 1) == '*')) {
                q--;
            }
            if (q > 0 && text.charAt(q - 1) == '(') {
                // a bracket holds an aside or a value ("the role had a wildcard policy (Action: *)"): an order only
                // when its sentence is one
                return imperativeSentence(text, at);
            }
            // (a command chained after another, "net user x /add && net localgroup ...", starts its own clause:
            // twenty-eighth session, round 12)
            if (q == 0 || q > 0 && ".!?\n:;-,>".indexOf(text.charAt(q - 1)) >= 0 || chained(text, q)) {
                return !questionSentence(text, q);
            }
            if (q <= floor) {
                return false;
            }
            int e = q;
            while (q > floor && isWordChar(text.charAt(q - 1))) {
                q--;
            }
            if (q == e || ++words > 5) {
                return imperativeSentence(text, at); // a mark or too many words: the clause may still be an order
            }
            String w = text.substring(q, e).toLowerCase(java.util.Locale.ROOT);
            if (REQUEST.contains(w) || (w.equals("need") || w.equals("want")) && "you".equals(after)) {
                return !questionSentence(text, q); // "please ...", "I need you to ...": a request, whatever precedes
            }
            if (!LEAD.contains(w) && !AND.contains(w) || "i".equals(after) && ASKING.contains(w)) {
                // a description, or "can I ...": the user asks about their own action; unless the sentence is an
                // order whose object holds the evidence
                return !"i".equals(after) && imperativeSentence(text, at);
            }
            if (AND.contains(w) && !questionSentence(text, q)) {
                return true; // "... and delete the audit logs": the second order of an imperative sentence
            }
            after = w;
            p = q;
        }
    }

    /**
     * Whether {@code at} lies on a line that is a command run through a wrapper that runs it as another user ({@code
     * sudo setcap ...}, {@code runas /user:X "cmd /c net group ..."}, {@code psexec \\\\dc01 net ...}, {@code doas},
     * {@code pkexec}, {@code gsudo}), or on a line that declares a resource or a client call into a variable ({@code
     * const b = new gcp.organizations.IAMMember(...)}, {@code m = gcp.projects.IAMMember(...)}): the line is the act,
     * as a command that opens its line is (thirtieth session).
     */
    private static boolean commandLine(String text, int at) {
        int s = at;
        while (s > 0 && at - s < 400 && text.charAt(s - 1) != '\n') {
            s--;
        }
        if (s > 0 && text.charAt(s - 1) != '\n') {
            return false;
        }
        int w = s;
        while (w < at && " \t$#>`".indexOf(text.charAt(w)) >= 0) {
            w++;
        }
        int e = w;
        while (e < at && Character.isLetterOrDigit(text.charAt(e))) {
            e++;
        }
        if (e > w && e - w <= 8 && WRAPPERS.contains(text.substring(w, e))
                && WRAPPED.matcher(text).region(s, at).lookingAt()) {
            return true;
        }
        // (a declaration: an '=' on the line before the evidence, a dotted call at it)
        int eq = text.lastIndexOf('=', at - 1);
        return eq >= s && at < text.length() && Character.isLetter(text.charAt(at))
                && DECLARED.matcher(text).region(s, at).matches() && CALLED.matcher(text).region(at, text.length()).lookingAt();
    }

    /** The privilege wrappers of {@link #WRAPPED}, as written (lower case, and PsExec's own spelling). */
    private static final Set<String> WRAPPERS = Set.of("sudo", "doas", "pkexec", "gsudo", "runas", "psexec", "psexec64",
            "PsExec", "PsExec64");

    /** A privilege wrapper opening a command line (case-sensitive: commands are written in lower case). */
    private static final java.util.regex.Pattern WRAPPED = java.util.regex.Pattern.compile("[ \\t$#>`]*(?:sudo|doas|pkexec"
            + "|gsudo|runas|psexec|psexec64|PsExec|PsExec64)(?:\\.exe)? +(?:[-/\\\\a-z\"][^\\n]*)?$");
    /** A variable that receives what the evidence opens ({@code const b = new }, {@code admin = }). */
    private static final java.util.regex.Pattern DECLARED = java.util.regex.Pattern.compile("[ \\t]*(?:(?:export +)?(?:const"
            + "|let|var|val|auto) +)?[\\w$]{1,60} *(?:: *[\\w.<>]{1,60} *)?= *(?:new +|await +)?");
    /** A constructor or a call: a dotted name and its opening bracket. */
    private static final java.util.regex.Pattern CALLED = java.util.regex.Pattern.compile("[\\w$]{1,40}(?:\\.[\\w$]{1,60})"
            + "{1,6}\\(");

    /** Whether {@code q} follows a shell's chaining operator, {@code &&} or {@code ||}. */
    private static boolean chained(String text, int q) {
        return q > 1 && (text.charAt(q - 1) == '&' && text.charAt(q - 2) == '&'
                || text.charAt(q - 1) == '|' && text.charAt(q - 2) == '|');
    }

    /**
     * Whether the text is a tool call ({@link #TOOL_CALL}: a JSON object that opens with the name of the call, {@code
     * {"tool": "okta.assign_role", "args": {...}}}) and {@code at} lies in it: the call is the act, and what its
     * arguments say is ordered, wherever it stands among them (twenty-sixth session). Not a call that only reads
     * (list, get, describe, search ...).
     */
    private static boolean toolCall(String text, int at) {
        if (at > TOOL_CALL_REACH || text.isEmpty()) {
            return false;
        }
        int s = 0;
        while (s < text.length() && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return s < text.length() && text.charAt(s) == '{' && TOOL_CALL.matcher(text).region(s, text.length()).lookingAt();
    }

    /** How far into a tool call its arguments are read as ordered. */
    private static final int TOOL_CALL_REACH = 1500;

    /** The opening of a tool call: its name first, not one that only reads. */
    private static final java.util.regex.Pattern TOOL_CALL = java.util.regex.Pattern.compile("\\{\\s*\"(?:tool|tool_name"
            + "|action|function|name|method|call)\"\\s*:\\s*\"(?![\\w.:/-]*?(?:^|[._:/-]|\\b)(?:list|get|describe|search|query"
            + "|read|fetch|show|view|lookup|find|count|export)(?:[._:/-]|\\b|[A-Z_]))[\\w.:/-]{1,80}\"");

    /**
     * Whether the sentence holding {@code at} opens (after lead words such as "please", "can you", "now") with an
     * {@link #IMPERATIVE} verb, at most {@value #MAX_ORDER} characters before {@code at}.
     */
    static boolean imperativeSentence(String text, int at) {
        int s = at;
        int floor = Math.max(0, at - MAX_ORDER);
        int clause = -1;
        while (s > floor && !Texts.sentenceEnd(text, s - 1)) {
            if (clause < 0 && ",;:".indexOf(text.charAt(s - 1)) >= 0) {
                clause = s; // the last clause before the evidence: "Pour le dossier X, change le partage ..."
            }
            s--;
        }
        boolean whole = s == 0 || Texts.sentenceEnd(text, s - 1); // else the sentence starts too far back
        return whole && opensWithOrder(text, s, at) || clause >= 0 && opensWithOrder(text, clause, at)
                || requestFrame(text, s, at);
    }

    /** Polite frames of a request, in six languages ("is there any way you could ...", "kun je ... even"). */
    private static final java.util.regex.Pattern FRAME = java.util.regex.Pattern.compile("(?i)\\b(?:could you|can you"
            + "|would you|will you|you could|you can|you would|any way you|i need you to|kun je|kan je|kunt u|kannst du"
            + "|k\u00f6nntest du|konntest du|peux-tu|pourrais-tu|pouvez-vous|pourriez-vous|puedes|podr\u00edas|podrias"
            + "|necesito que|puoi|potresti|ich brauche|je veux que|voglio che"
            // (German's polite infinitive order: "bitte den Status ... auf 'Genehmigt' setzen", twenty-ninth session)
            + "|bitte)\\b(?:\\W+(?:just|please|kindly|maybe|even"
            + "|quickly|bitte|graag|svp|per favore|por favor))*\\W+(\\w+)");
    /** Verbs after a frame that ask for words, not for an act ("could you explain why attackers disable MFA"). */
    private static final Set<String> TALK = Set.of("explain", "describe", "tell", "summarize", "summarise", "write",
            "help", "show", "clarify", "outline", "compare", "suggest", "recommend", "review", "check", "list", "give",
            "translate", "draft", "teach",
            // (the same verbs after a frame in the other languages: "¿Me puedes explicar por qué ...", twenty-ninth session)
            "explicar", "explica", "explicame", "expliquer", "explique", "expliquez", "erklaren", "erklären", "erkläre",
            "erklare", "uitleggen", "leggen", "spiegare", "spiegarmi", "spiega", "spiegami", "describir", "decrire",
            "décrire", "beschreiben", "beschrijven", "descrivere", "resumir", "resumer", "résumer", "riassumere",
            "samenvatten", "zusammenfassen");

    /**
     * Whether [s, at) holds a polite request frame whose verb is an act, not an explanation; the verb may be the
     * evidence's first word ("Quick favour \u2014 could you switch my profile to System Administrator?", twenty-eighth
     * session), outside a question.
     */
    private static boolean requestFrame(String text, int s, int at) {
        int e = at;
        while (e < text.length() && e - at < 40 && isWordChar(text.charAt(e))) {
            e++;
        }
        java.util.regex.Matcher m = FRAME.matcher(text).region(s, e);
        return m.find() && !TALK.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))
                && !QUESTION.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))
                // (a frame whose verb is the evidence's: not in a question, "How would you stop it")
                && (m.end(1) <= at || !questionSentence(text, at));
    }

    /** Whether the words from {@code s} open (after lead words) with an {@link #IMPERATIVE} verb before {@code at}. */
    private static boolean opensWithOrder(String text, int s, int at) {
        for (int words = 0; words < 6; words++) {
            while (s < at && !isWordChar(text.charAt(s))) {
                s++;
            }
            int e = s;
            while (e < at && isWordChar(text.charAt(e))) {
                e++;
            }
            if (e == s) {
                return false;
            }
            String w = text.substring(s, e).toLowerCase(java.util.Locale.ROOT);
            if (IMPERATIVE.contains(w)) {
                return !topicBetween(text, e, at); // "Create quiz questions about staff who skip the approver"
            }
            if (!LEAD.contains(w) || QUESTION.contains(w)) {
                return false;
            }
            s = e;
        }
        return false;
    }

    /** Words after which the rest of an order is its subject matter, not what it orders. */
    private static final java.util.regex.Pattern TOPIC = java.util.regex.Pattern.compile("(?i)\\b(?:about|explaining"
            + "|regarding|on how|why|where|describing|showing how|warning about|over|concerning)\\b");

    /** Whether [from, to) holds a word that makes what follows the order's topic. */
    private static boolean topicBetween(String text, int from, int to) {
        return to > from && TOPIC.matcher(text).region(from, to).find();
    }

    /** How far back the opening verb of an order may be from the evidence. */
    private static final int MAX_ORDER = 160;

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }

    /** Whether the sentence holding {@code at} opens with a question word or a how-to. */
    private static boolean questionSentence(String text, int at) {
        int s = at;
        int floor = Math.max(0, at - 300);
        while (s > floor && ".!?\n".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        while (s < text.length() && !isWordChar(text.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < text.length() && isWordChar(text.charAt(e))) {
            e++;
        }
        return e > s && QUESTION.contains(text.substring(s, e).toLowerCase(java.util.Locale.ROOT));
    }
}
