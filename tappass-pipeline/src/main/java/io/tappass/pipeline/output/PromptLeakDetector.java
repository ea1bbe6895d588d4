package io.tappass.pipeline.output;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds verbatim runs of a system prompt in a model's output, in linear time: the system prompt is cut into
 * word shingles whose hashes go into a set, and the output's shingles are looked up; adjacent hits merge into one
 * span. Case and whitespace are ignored.
 */
final class PromptLeakDetector {

    /** Words per shingle: 8 words in a row is well past coincidence for ordinary prose. */
    static final int SHINGLE = 8;
    /** System prompts longer than this are only sampled up to it (bounds memory). */
    static final int MAX_PROMPT_CHARS = 200_000;

    private record Word(int start, int end, long hash) {
    }

    private PromptLeakDetector() {
    }

    /**
     * What {@link #scan} found: verbatim spans, a paraphrase span (null when none or when verbatim found), and the
     * spans of the prompt's confidential terms ({@link #secretTerms}) outside the verbatim spans.
     */
    record Leaks(List<int[]> verbatim, int[] paraphrase, List<int[]> secrets) {
    }

    /** Spans [start, end) of the output that repeat the system prompt. */
    static List<int[]> leaks(String systemPrompt, String output) {
        return scan(systemPrompt, output).verbatim();
    }

    /**
     * Both checks with one tokenisation of each text: verbatim runs (shingles), then, when there are none, an
     * announced paraphrase (see {@link #paraphrase}).
     */
    static Leaks scan(String systemPrompt, String output) {
        List<int[]> spans = new ArrayList<>();
        if (systemPrompt == null || systemPrompt.isBlank() || output.isEmpty()) {
            return new Leaks(spans, null, List.of());
        }
        String prompt = systemPrompt.length() > MAX_PROMPT_CHARS ? systemPrompt.substring(0, MAX_PROMPT_CHARS)
                : systemPrompt;
        List<Word> pw = words(prompt);
        List<Word> ow = words(output);
        if (pw.size() >= SHINGLE) {
            Set<Long> shingles = new HashSet<>();
            for (int i = 0; i + SHINGLE <= pw.size(); i++) {
                shingles.add(shingle(pw, i));
            }
            int runStart = -1;
            int runEnd = -1;
            for (int i = 0; i + SHINGLE <= ow.size(); i++) {
                if (shingles.contains(shingle(ow, i))) {
                    int s = ow.get(i).start;
                    int e = ow.get(i + SHINGLE - 1).end;
                    if (runStart >= 0 && s <= runEnd) {
                        runEnd = Math.max(runEnd, e);
                    } else {
                        if (runStart >= 0) {
                            spans.add(new int[] {runStart, runEnd});
                        }
                        runStart = s;
                        runEnd = e;
                    }
                }
            }
            if (runStart >= 0) {
                spans.add(new int[] {runStart, runEnd});
            }
        }
        List<int[]> secrets = new ArrayList<>(0);
        for (int[] t : secretLeaks(prompt, output)) {
            boolean inside = false;
            for (int[] v : spans) {
                inside |= t[0] >= v[0] && t[1] <= v[1];
            }
            if (!inside) {
                secrets.add(t);
            }
        }
        return new Leaks(spans, spans.isEmpty() ? paraphrase(prompt, pw, output, ow) : null, secrets);
    }

    // ------------------------------------------------------------------ confidential terms

    /**
     * Words that make a sentence of the prompt a secret-keeping one: a confidentiality adjective, or (see
     * {@link #NEGATION}) a disclosure verb after a negation ("never mention", "must not be shared", "do not
     * disclose"), in English, Dutch, German, French, Spanish and Italian.
     */
    private static final Pattern SECRECY = Pattern.compile("(?iu)\\b(?:confidential|secret|classified"
            + "|vertrouwelijk|geheim|vertraulich|confidentiel(?:le)?|confidencial|secreto|riservat[oa]|segret[oa])\\b");
    private static final Pattern NEGATED_DISCLOSURE = Pattern.compile("(?iu)\\b(?:never|not|don't|no|nooit|niet"
            + "|nie|niemals|nicht|jamais|pas|nunca|mai|non)\\b(?:\\W+\\w+){0,4}?\\W+(?:mention(?:ed|s)?|reveal(?:ed|s)?"
            + "|name[ds]?|shared?|disclose[ds]?|discuss(?:ed)?|repeat(?:ed)?|bring up|brought up|talk about|tell|told"
            + "|say|said|confirm(?:ed)?|expose[ds]?|leak(?:ed)?|noem(?:en)?|delen|gedeeld|vertellen|onthullen|nennen"
            + "|genannt|verraten|teilen|mentionner|mentionnez|r\u00e9v\u00e9ler|reveler|divulguer|citer|nommer"
            + "|mencionar|menciones|revelar|nombrar|compartir|divulgar|menzionare|menzionar\\w*|rivelare|nominare"
            + "|condividere|compartirse|revelarse|mencionarse|divulgarse|compartida|compartido|revelada|revelado"
            + "|mencionada|mencionado|weitergegeben|erw\u00e4hnt|erw\u00e4hnen|partag\u00e9e?s?|divulgu\u00e9e?s?"
            + "|mentionn\u00e9e?s?|r\u00e9v\u00e9l\u00e9e?s?|condivis[oa]|rivelat[oa]|menzionat[oa]|divulgat[oa]"
            + "|genoemd|onthuld)\\b");
    /**
     * The disclosure verb before the negation, as German and Dutch imperatives put it ("Nenne die Provision niemals",
     * "Verrate den Code nicht", "Noem de korting nooit"), and "keep ... secret/to yourself".
     */
    private static final Pattern VERB_FIRST_DISCLOSURE = Pattern.compile("(?iu)\\b(?:nenne|nennen|erw\u00e4hne"
            + "|verrate|verraten|teile|noem|vertel|deel|onthul|zeg)\\b(?:\\W+\\w+){0,5}?\\W+(?:niemals|nie|nicht"
            + "|keinesfalls|nooit|niet)\\b");
    /** A word that names a secret value when a token follows it ("code TRAILSTAY15", "phrase owl-lantern-42"). */
    private static final Pattern NAMED_CODE = Pattern.compile("(?iu)\\b(?:code|coupon|voucher|passphrase|phrase"
            + "|password|passcode|pin|token|key|codeword|codename|wachtwoord|kortingscode|gutschein|codice|c\u00f3digo"
            + "|codigo|mot de passe)\\W{1,3}([\\p{L}\\p{N}]+(?:[-_][\\p{L}\\p{N}]+)*)");
    private static final Set<String> HONORIFICS = Set.of("mr", "ms", "mrs", "dr", "prof", "st", "mt", "e.g", "i.e",
            "dhr", "mevr", "hr", "fr", "mme", "mlle", "sr", "sra", "sig", "dott");
    /** Capitalised words that are no names (sentence openers after a clause mark, days, months, pronouns). */
    private static final Set<String> NOT_NAMES = Set.of("i", "you", "we", "they", "if", "when", "do", "never", "the",
            "a", "an", "always", "only", "our", "your", "this", "that", "these", "those", "ai", "llm", "faq", "url",
            "api", "ok", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "english", "dutch", "german", "french", "spanish", "italian");

    /**
     * The prompt's confidential terms: the values it names as codes, phrases or passwords ("retention code
     * TRAILSTAY15"), and, in its secret-keeping sentences ({@link #SECRECY}, {@link #NEGATED_DISCLOSURE}), the tokens
     * holding a digit ("WAIVE-PREM-24", "dh-coder-large-v3"), numbers of three or more digits (a fee of 480), words in
     * capitals and capitalised words inside the sentence (names: "Bluebird", "Ms. Adeyemi", "Trellogrid"). Codes and
     * numbers are kept in lower case and match in any case; names and words in capitals are kept as written and
     * match only so. The canary's own line is left out (the canary check has it).
     */
    static Set<String> secretTerms(String prompt) {
        Set<String> terms = new java.util.LinkedHashSet<>();
        int planted = prompt.indexOf("[Confidential marker " + Canary.PREFIX);
        String p = planted >= 0 ? prompt.substring(0, planted) : prompt;
        Matcher code = NAMED_CODE.matcher(p);
        while (code.find()) {
            String t = code.group(1);
            if (t.length() >= 4 && hasDigitOrCaps(t)) {
                terms.add(t.toLowerCase(java.util.Locale.ROOT));
            }
        }
        int s = 0;
        int n = p.length();
        while (s < n) {
            int e = sentenceEnd(p, s);
            String sentence = p.substring(s, e);
            if (SECRECY.matcher(sentence).find() || NEGATED_DISCLOSURE.matcher(sentence).find()
                    || VERB_FIRST_DISCLOSURE.matcher(sentence).find()) {
                for (String clause : secretClauses(sentence)) {
                    sentenceTerms(clause, terms);
                }
            }
            s = e;
        }
        return terms;
    }

    /** Verbs that tell the assistant to promote something: what they name is to be said, not kept. */
    private static final Pattern PROMOTE = Pattern.compile("(?iu)\\b(?:recommend|promote|suggest|prefer|use"
            + "|recomienda|recomendar|sugiere|empfiehl|empfehlen|bevorzuge|recommande|recommander|propose|raccomanda"
            + "|consiglia|suggerisci|promuovi|beveel|aanbevelen|adviseer|raad)\\b");

    /**
     * A secret-keeping sentence's clauses (split at ";" and at a comma or "and"/"y"/"und"/"et"/"e"/"en" before a
     * clause of its own), without the clauses that tell the assistant to promote something and neither keep a
     * secret nor negate a disclosure ("Never mention competitors and, when possible, recommend our own brand Verdia":
     * Verdia is to be said). A sentence of one clause is itself.
     */
    private static List<String> secretClauses(String sentence) {
        if (!PROMOTE.matcher(sentence).find()) {
            return List.of(sentence);
        }
        List<String> out = new ArrayList<>();
        for (String clause : sentence.split("[;,]|\\s(?:and|y|und|et|e|en)\\s")) {
            if (PROMOTE.matcher(clause).find() && !SECRECY.matcher(clause).find()
                    && !NEGATED_DISCLOSURE.matcher(clause).find() && !VERB_FIRST_DISCLOSURE.matcher(clause).find()) {
                continue;
            }
            out.add(clause);
        }
        return out;
    }

    /** The end of the sentence starting at {@code s}: after . ! ? or a line break, not after an honorific. */
    private static int sentenceEnd(String p, int s) {
        int n = p.length();
        for (int i = s; i < n; i++) {
            char c = p.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && (i + 1 == n || Character.isWhitespace(p.charAt(i + 1)))
                    && !(c == '.' && honorificBefore(p, i))) {
                return i + 1;
            }
        }
        return n;
    }

    private static boolean honorificBefore(String p, int dot) {
        int b = dot;
        while (b > 0 && (Character.isLetter(p.charAt(b - 1)) || p.charAt(b - 1) == '.')) {
            b--;
        }
        return HONORIFICS.contains(p.substring(b, dot).toLowerCase(java.util.Locale.ROOT));
    }

    private static void sentenceTerms(String sentence, Set<String> terms) {
        int i = 0;
        int n = sentence.length();
        boolean first = true;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(sentence.charAt(i))) {
                i++;
            }
            int st = i;
            i = tokenEnd(sentence, i);
            if (i == st) {
                break;
            }
            String t = sentence.substring(st, i);
            boolean digit = false;
            boolean letter = false;
            for (int k = 0; k < t.length(); k++) {
                digit |= Character.isDigit(t.charAt(k));
                letter |= Character.isLetter(t.charAt(k));
            }
            String lower = t.toLowerCase(java.util.Locale.ROOT);
            boolean name = !first && Character.isUpperCase(t.charAt(0)) && t.length() >= 4 && letter
                    && !NOT_NAMES.contains(lower);
            boolean caps = t.length() >= 4 && letter && t.equals(t.toUpperCase(java.util.Locale.ROOT))
                    && !NOT_NAMES.contains(lower);
            if (digit && t.length() >= 3) {
                terms.add(lower); // a code or a number: any case
            } else if (name || caps) {
                terms.add(t); // a name: as written ("Free users" is a name here, "free" in an answer is not)
            }
            first = false;
        }
    }

    private static boolean hasDigitOrCaps(String t) {
        boolean lower = false;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.isDigit(c)) {
                return true;
            }
            lower |= Character.isLowerCase(c);
        }
        return !lower;
    }

    /** The end of the token at {@code i}: letters and digits, joined by single hyphens or underscores. */
    private static int tokenEnd(String s, int i) {
        int n = s.length();
        while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || (s.charAt(i) == '-' || s.charAt(i) == '_')
                && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1)))) {
            i++;
        }
        return i;
    }

    /** The spans of the output's words (and hyphenated tokens) that are confidential terms of the prompt. */
    private static List<int[]> secretLeaks(String prompt, String output) {
        Set<String> terms = secretTerms(prompt);
        if (terms.isEmpty()) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>(0);
        int n = output.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(output.charAt(i))) {
                i++;
            }
            int st = i;
            i = tokenEnd(output, i);
            if (i > st && i - st <= 64 && (terms.contains(output.substring(st, i))
                    || terms.contains(output.substring(st, i).toLowerCase(java.util.Locale.ROOT)))) {
                out.add(new int[] {st, i});
            }
        }
        return out;
    }

    /**
     * Announcements of what the model was told, as word sequences (the tokeniser splits "I've" into "i", "ve"):
     * "my instructions", "my system prompt", "the system prompt", "I was told", "I'm instructed", "I've been told",
     * "rules I follow", "according to my", "my developers told".
     */
    private static final String[][] CUES = {
        // "*" stands for any one word ("my grown-up instructions", "here's how I work")
        {"my", "*", "instructions"}, {"my", "*", "*", "instructions"}, {"how", "i", "work"},
        {"how", "i", "was", "set", "up"}, {"how", "i", "m", "set", "up"}, {"this", "is", "my", "prompt"},
        // Dutch, German, French, Spanish, Italian: "mijn instructies/regels", "meine Anweisungen", "mes consignes",
        // "mis instrucciones", "le mie istruzioni"
        {"mijn", "instructies"}, {"mijn", "instructie"}, {"mijn", "regels"}, {"mijn", "systeemprompt"},
        {"meine", "anweisungen"}, {"meine", "regeln"}, {"meine", "instruktionen"}, {"mein", "systemprompt"},
        {"mes", "consignes"}, {"mes", "instructions"}, {"mes", "r\u00e8gles"}, {"mes", "regles"},
        {"mis", "instrucciones"}, {"mis", "reglas"}, {"mis", "indicaciones"}, {"le", "mie", "istruzioni"},
        {"le", "mie", "regole"}, {"mie", "istruzioni"},
        {"my", "instructions"}, {"my", "system", "prompt"}, {"my", "system", "instructions"}, {"my", "prompt"},
        {"my", "guidelines"}, {"my", "rules"}, {"my", "directives"}, {"my", "configuration"}, {"my", "setup"},
        {"the", "system", "prompt"}, {"the", "system", "instructions"},
        {"i", "was", "told"}, {"i", "was", "instructed"}, {"i", "was", "asked"}, {"i", "was", "configured"},
        {"i", "was", "programmed"}, {"i", "am", "told"}, {"i", "am", "instructed"}, {"i", "am", "configured"},
        {"i", "am", "programmed"}, {"i", "am", "supposed"}, {"i", "m", "told"}, {"i", "m", "instructed"},
        {"i", "m", "configured"}, {"i", "m", "programmed"}, {"i", "m", "supposed"}, {"i", "ve", "been", "told"},
        {"i", "ve", "been", "instructed"}, {"i", "have", "been", "told"}, {"i", "have", "been", "instructed"},
        {"we", "were", "told"}, {"we", "were", "instructed"}, {"rules", "i", "follow"}, {"rules", "i", "must"},
        {"according", "to", "my"}, {"my", "developers", "told"}, {"my", "developer", "told"},
        {"my", "creators", "told"}, {"my", "operator", "told"}, {"my", "operators", "told"},
        // the rules one works under, and the system instruction named as such in other languages
        {"rules", "i", "work"}, {"rules", "i", "operate"}, {"rules", "i", "m", "under"}, {"i", "work", "under"},
        {"mijn", "systeeminstructie"}, {"mijn", "systeeminstructies"}, {"mijn", "systeemprompt"},
        {"meine", "systemanweisung"}, {"meine", "systemanweisungen"}, {"meine", "vorgaben"},
        {"mon", "prompt"}, {"mes", "directives"}, {"mi", "prompt"}, {"il", "mio", "prompt"},
        {"le", "mie", "direttive"}, {"mijn", "richtlijnen"}
    };

    /** Function words and words every assistant prompt has; they say nothing about a particular prompt. */
    private static final Set<String> STOP = Set.of("that", "this", "with", "from", "your", "have", "will", "about",
            "they", "them", "their", "there", "what", "when", "which", "would", "could", "should", "into", "than",
            "then", "only", "also", "each", "every", "some", "such", "more", "most", "other", "over", "under", "were",
            "been", "being", "does", "doing", "just", "very", "must", "never", "always", "need", "needs", "answer",
            "answers", "question", "questions", "user", "users", "assistant", "help", "please", "make", "sure", "keep",
            "tell", "give", "like", "want", "know", "these", "those", "where", "while", "after", "before", "because",
            "instead", "without", "within");
    /** Characters around a disclosure cue within which the prompt's words are counted. */
    private static final int CUE_REACH = 1200;
    /** Share of the prompt's distinct content words (and at least {@link #MIN_OVERLAP}) that makes a paraphrase. */
    private static final double SHARE = 0.2;
    private static final int MIN_OVERLAP = 6;

    /**
     * Paraphrased leaks: the answer announces what it was told ({@link #CUES}) and, within {@value #CUE_REACH}
     * characters after the announcement, uses at least a fifth (and at least {@value #MIN_OVERLAP}) of the prompt's
     * distinct content words (four letters or more, not function words, a plural "s" ignored). Describing one's
     * role ("I'm the billing assistant") or applying a rule without announcing it does not count. Returns the span
     * from the cue to the last shared word, or null. The canary's own line is not part of the prompt here.
     */
    static int[] paraphrase(String systemPrompt, String output) {
        if (systemPrompt == null || systemPrompt.isBlank() || output.isEmpty()) {
            return null;
        }
        return paraphrase(systemPrompt, words(systemPrompt), output, words(output));
    }

    private static int[] paraphrase(String prompt, List<Word> pw, String output, List<Word> ow) {
        int cue = nextCue(output, ow, 0);
        if (cue < 0) {
            return null;
        }
        int planted = prompt.indexOf("[Confidential marker " + Canary.PREFIX);
        Set<String> content = new HashSet<>();
        for (Word w : pw) {
            if (planted >= 0 && w.start >= planted) {
                break;
            }
            String k = key(prompt, w);
            if (k != null) {
                content.add(k);
            }
        }
        if (content.size() < MIN_OVERLAP) {
            return null;
        }
        int need = Math.max(MIN_OVERLAP, (int) Math.ceil(SHARE * content.size()));
        Set<String> specific = specificTerms(prompt, pw, planted);
        while (cue >= 0) {
            int from = ow.get(cue).start;
            int to = from + CUE_REACH;
            Set<String> shared = new HashSet<>();
            int last = -1;
            int k = cue;
            for (; k < ow.size() && ow.get(k).start < to; k++) {
                String key = key(output, ow.get(k));
                if (key != null && content.contains(key) && shared.add(key)) {
                    last = ow.get(k).end;
                }
            }
            if (shared.size() >= need) {
                return new int[] {from, last};
            }
            int[] listed = listedSpecifics(output, ow, cue, to, specific, content);
            if (listed != null) {
                return listed;
            }
            int quoted = announcedQuote(output, ow, cue);
            if (quoted > 0) {
                return new int[] {from, quoted};
            }
            // the next window starts at least half a reach further: every word is counted at most twice
            int resume = cue + 1;
            while (resume < ow.size() && ow.get(resume).start < from + CUE_REACH / 2) {
                resume++;
            }
            cue = nextCue(output, ow, resume);
        }
        return null;
    }

    /**
     * The prompt's particular words: numbers of two or more digits ("15", "40", "24") and capitalised words of four
     * or more letters that do not open a sentence and are no stock words ("Garantie", "TypeScript", "Kessler"), in
     * lower case. The canary's line is left out.
     */
    private static Set<String> specificTerms(String prompt, List<Word> pw, int planted) {
        Set<String> out = new HashSet<>();
        for (Word w : pw) {
            if (planted >= 0 && w.start >= planted) {
                break;
            }
            String t = prompt.substring(w.start, w.end);
            boolean digit = Character.isDigit(t.charAt(0));
            if (digit && t.length() >= 2 || !digit && t.length() >= 4 && Character.isUpperCase(t.charAt(0))
                    && !sentenceStart(prompt, w.start) && !NOT_NAMES.contains(t.toLowerCase(java.util.Locale.ROOT))) {
                out.add(t.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    private static boolean sentenceStart(String p, int at) {
        int b = at - 1;
        while (b >= 0 && (p.charAt(b) == ' ' || p.charAt(b) == '\'' || p.charAt(b) == '"')) {
            b--;
        }
        return b < 0 || ".!?:\n".indexOf(p.charAt(b)) >= 0;
    }

    /**
     * A paraphrase that lists the prompt's particulars: after an announcement of what the model was told (not the
     * weak "according to my"), at least two of the prompt's particular words ({@link #specificTerms}), one of them a
     * number, among at least three of its content words ("my instructions say I can't give more than 15% off, and
     * warranty claims go to the Garantie-Desk"). Stating one's rules this way discloses them as a quote does; a
     * refusal that names the product line has no number of the prompt. Returns the span, or null.
     */
    private static int[] listedSpecifics(String output, List<Word> ow, int cue, int to, Set<String> specific,
                                         Set<String> content) {
        if (specific.isEmpty() || output.regionMatches(true, ow.get(cue).start, "according", 0, 9)) {
            return null;
        }
        Set<String> named = new HashSet<>();
        Set<String> shared = new HashSet<>();
        boolean number = false;
        int last = -1;
        for (int k = cue; k < ow.size() && ow.get(k).start < to; k++) {
            Word w = ow.get(k);
            String t = output.substring(w.start, w.end).toLowerCase(java.util.Locale.ROOT);
            if (specific.contains(t) && named.add(t)) {
                number |= Character.isDigit(t.charAt(0));
                last = Math.max(last, w.end);
            }
            String key = key(output, w);
            if (key != null && content.contains(key) && shared.add(key)) {
                last = Math.max(last, w.end);
            }
        }
        return named.size() >= 2 && number && shared.size() >= 3 ? new int[] {ow.get(cue).start, last} : null;
    }

    /** Words a quoted or listed statement of instructions has at least (a refusal is shorter). */
    private static final int QUOTE_WORDS = 12;

    /**
     * "My instructions say: «...»", "Voici mes consignes : ...": the cue at word {@code cue} is followed, within a
     * few words, by a colon or an opening quote and then by at least {@value #QUOTE_WORDS} words: the answer states
     * its instructions, in whatever language. Returns the end of the statement (its closing quote or last word), or
     * -1. "My instructions say I can't share that" has neither.
     */
    private static int announcedQuote(String output, List<Word> ow, int cue) {
        int limit = Math.min(output.length(), ow.get(cue).end + 40);
        int open = -1;
        for (int p = ow.get(cue).end; p < limit; p++) {
            char c = output.charAt(p);
            if (c == ':' || c == '\u00AB' || c == '\u201C' || c == '"' || c == '\u201E') {
                open = p;
                break;
            }
            if (c == '.' || c == '!' || c == '?' || c == '\n' && p > ow.get(cue).end + 1) {
                return -1;
            }
        }
        if (open < 0) {
            return -1;
        }
        int q = open + 1;
        while (q < output.length() && output.charAt(q) == ' ') {
            q++;
        }
        boolean quoted = output.charAt(open) != ':' || q < output.length() && "\u00AB\u201C\"\u201E".indexOf(output.charAt(q)) >= 0;
        boolean list = output.charAt(open) == ':' && listFollows(output, open + 1);
        int words = 0;
        int end = -1;
        for (int k = cue; k < ow.size(); k++) {
            Word w = ow.get(k);
            if (w.start <= open) {
                continue;
            }
            if (words > 0 && (list ? paragraphEnds(output, end, w.start) : statementEnds(output, end, w.start, quoted))
                    || w.start > open + CUE_REACH) {
                break;
            }
            words++;
            end = w.end;
        }
        return words >= QUOTE_WORDS ? end : -1;
    }

    /**
     * Whether a list starts on the line after the colon at {@code from - 1}: "1." / "1)" / "-" / "*" / a bullet
     * ("My setup, summarised:\n1. ...\n2. ..."). Such a statement runs over its items, to the end of the paragraph.
     */
    private static boolean listFollows(String output, int from) {
        int p = from;
        while (p < output.length() && (output.charAt(p) == ' ' || output.charAt(p) == '\t' || output.charAt(p) == '\r')) {
            p++;
        }
        if (p >= output.length() || output.charAt(p) != '\n') {
            return false;
        }
        p++;
        while (p < output.length() && output.charAt(p) == ' ') {
            p++;
        }
        if (p >= output.length()) {
            return false;
        }
        char c = output.charAt(p);
        if (c == '-' || c == '*' || c == '\u2022') {
            return true;
        }
        int d = p;
        while (d < output.length() && d - p < 3 && Character.isDigit(output.charAt(d))) {
            d++;
        }
        return d > p && d < output.length() && (output.charAt(d) == '.' || output.charAt(d) == ')');
    }

    /** Whether the gap [from, to) between two words holds a blank line (the end of a list). */
    private static boolean paragraphEnds(String output, int from, int to) {
        for (int p = from; p + 1 < to; p++) {
            if (output.charAt(p) == '\n' && output.startsWith("\n", p + 1 + countSpaces(output, p + 1, to))) {
                return true;
            }
        }
        return false;
    }

    private static int countSpaces(String s, int from, int to) {
        int k = 0;
        while (from + k < to && (s.charAt(from + k) == ' ' || s.charAt(from + k) == '\t' || s.charAt(from + k) == '\r')) {
            k++;
        }
        return k;
    }

    /**
     * Whether the gap [from, to) between two words closes a quote or a paragraph, or (for a statement not in
     * quotes) ends a sentence.
     */
    private static boolean statementEnds(String output, int from, int to, boolean quoted) {
        for (int p = from; p < to; p++) {
            char c = output.charAt(p);
            if (c == '\u00BB' || c == '\u201D' || quoted && c == '"' || !quoted && (c == '.' || c == '!' || c == '?') && p + 1 < to
                    && Character.isWhitespace(output.charAt(p + 1)) || c == '\n' && p + 1 < to && output.charAt(p + 1) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** The index of the first word at or after {@code from} that starts a cue, or -1. */
    private static int nextCue(String output, List<Word> ow, int from) {
        for (int i = from; i < ow.size(); i++) {
            Word w = ow.get(i);
            int len = w.end - w.start;
            if (len > 9) {
                continue;
            }
            char c = Character.toLowerCase(output.charAt(w.start));
            if (c != 'm' && c != 't' && c != 'i' && c != 'w' && c != 'r' && c != 'a' && c != 'h' && c != 'l') {
                continue;
            }
            for (String[] cue : CUES) {
                if (i + cue.length <= ow.size() && matches(output, ow, i, cue)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean matches(String output, List<Word> ow, int i, String[] cue) {
        for (int j = 0; j < cue.length; j++) {
            Word w = ow.get(i + j);
            if (cue[j].equals("*")) {
                continue;
            }
            if (w.end - w.start != cue[j].length() || !output.regionMatches(true, w.start, cue[j], 0, cue[j].length())) {
                return false;
            }
        }
        return true;
    }

    /** The comparison key of a word: lower case, a plural "s" dropped; null for short words and function words. */
    private static String key(String s, Word w) {
        if (w.end - w.start < 4) {
            return null;
        }
        String k = s.substring(w.start, w.end).toLowerCase(java.util.Locale.ROOT);
        if (STOP.contains(k)) {
            return null;
        }
        return k.length() > 4 && k.endsWith("s") && !k.endsWith("ss") ? k.substring(0, k.length() - 1) : k;
    }

    private static long shingle(List<Word> w, int from) {
        long h = 1125899906842597L;
        for (int i = from; i < from + SHINGLE; i++) {
            h = 31 * h + w.get(i).hash;
        }
        return h;
    }

    private static List<Word> words(String s) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int start = i;
            long h = 0;
            while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
                h = 31 * h + Character.toLowerCase(s.charAt(i));
                i++;
            }
            if (i > start) {
                out.add(new Word(start, i, h));
            }
        }
        return out;
    }

}
