package io.tappass.pipeline.injection;

import io.tappass.pipeline.internal.Texts;
import io.tappass.pipeline.scan.DecodedSegment;
import io.tappass.pipeline.scan.NormalizedText;
import io.tappass.pipeline.scan.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an application's system prompt protects, extracted with phrase families (not an LLM), and a scorer for user
 * messages that target it.
 *
 * <p>Extracted: <em>secrets</em> ("the password/secret key is 'X'", "do not reveal the password"), <em>personal
 * data</em> ("the user's name is ..., do not reveal any private information"), <em>restricted topics</em> (the
 * content words of negative clauses such as "never discuss politics", "avoid topics like AI", "under no
 * circumstances should you give instructions on how to play chess", "providing recipes is not allowed") and
 * <em>language / scope constraints</em> ("translate into French only", "your task is only to ...").
 *
 * <p>A user message scores when it asks for the protected item (also in other languages and through
 * transformations: encode, reverse, spell, translate, rhyme, first letters), touches a restricted topic (word-stem
 * overlap, also inside decoded segments and across Romance/Germanic spellings through 5-letter stems), or breaks a
 * scope or language constraint ("instead", "regardless of", another target language). Immutable and thread-safe.
 */
final class SystemPromptPolicy {

    static final String CATEGORY = "system_prompt_violation";
    /** Bounds on what one system prompt contributes (user texts are matched against each value). */
    private static final int MAX_VALUES = 64;
    private static final int MAX_TOPICS = 256;

    /** The {@link io.tappass.pipeline.scan.TextPart#analysis} key of a system part's policy. */
    static final Object KEY = new Object() {
        @Override
        public String toString() {
            return "SystemPromptPolicy.KEY";
        }
    };

    static final SystemPromptPolicy NONE = new SystemPromptPolicy(false, false, Set.of(), Set.of(), Set.of(),
            false, Set.of(), Set.of());

    final boolean secret;
    final boolean personal;
    /** Lower-cased protected literal values (secret words, person names, e-mail addresses). */
    final Set<String> values;
    /** 5-letter stems (or whole short words) of restricted-topic content words. */
    final Set<String> topics;
    /** Language names the system prompt pins the answer to. */
    final Set<String> languages;
    final boolean scoped;
    /** Personal-data field words the system prompt mentions (live, email, birth, ...). */
    final Set<String> fields;
    /** The subset of {@link #topics} named as the object of the restriction ("discuss X", "topics like X"). */
    final Set<String> focal;

    private SystemPromptPolicy(boolean secret, boolean personal, Set<String> values, Set<String> topics,
                               Set<String> languages, boolean scoped, Set<String> fields, Set<String> focal) {
        this.focal = focal;
        this.secret = secret;
        this.personal = personal;
        this.values = values;
        this.topics = topics;
        this.languages = languages;
        this.scoped = scoped;
        this.fields = fields;
        this.topicKeys = topics.stream().mapToLong(SystemPromptPolicy::pack).filter(k -> k >= 0).sorted().toArray();
    }

    /** The ASCII topic stems packed with {@link #pack(String)}, sorted: word lookups without substrings. */
    private final long[] topicKeys;

    /** Packs up to 12 characters of [a-z0-9'] into a long (6 bits each, never negative); -1 otherwise. */
    static long pack(String w) {
        return pack(w, 0, w.length(), false);
    }

    /** Packs {@code t[s, e)} (apostrophes dropped when {@code dropApostrophes}); -1 when it does not fit. */
    static long pack(String t, int s, int e, boolean dropApostrophes) {
        if (e - s > 10) {
            return -1;
        }
        long k = 0;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            int x;
            if (c >= 'a' && c <= 'z') {
                x = c - 'a' + 1;
            } else if (c >= '0' && c <= '9') {
                x = c - '0' + 27;
            } else if (c == '\'') {
                if (dropApostrophes) {
                    continue;
                }
                x = 37;
            } else {
                return -1;
            }
            k = k << 6 | x;
        }
        return k;
    }

    boolean isEmpty() {
        return !secret && !personal && topics.isEmpty() && languages.isEmpty() && !scoped;
    }

    /** Merges the policies of several system messages. */
    SystemPromptPolicy merge(SystemPromptPolicy o) {
        if (o.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return o;
        }
        return new SystemPromptPolicy(secret || o.secret, personal || o.personal, union(values, o.values),
                union(topics, o.topics), union(languages, o.languages), scoped || o.scoped, union(fields, o.fields),
                union(focal, o.focal));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }

    // ------------------------------------------------------------------------------------------- extraction

    private static final String NEG = "(?:do not|don't|dont|never|not|no|avoid\\w*|refuse|under no circumstances"
            + "|under any circumstances|at all costs|strictly|prohibited|forbidden|must not|should not|shouldn't"
            + "|cannot|can't|won't|not allowed|is not permitted)";
    private static final Pattern NEG_WORD = Pattern.compile("\\b" + NEG + "\\b");
    private static final Pattern QUOTED_WORD = Pattern.compile("['\"`]([a-z0-9_-]{3,40})['\"`]");
    private static final Pattern PASSIVE_NEG = Pattern.compile("\\b(?:is|are) (?:strictly )?(?:not allowed|not permitted"
            + "|prohibited|forbidden|off-limits|off limits)\\b");
    private static final Pattern ANSWER_VERB = Pattern.compile("\\b(?:translate|respond|reply|answer|speak|write)\\w*");
    private static final Pattern SECRET_NOUN = Pattern.compile("\\b(?:password|passcode|passphrase|pass phrase"
            + "|secret(?: key| word| code| phrase)?|api key|access code|pin code|pin|private key|token|credentials?"
            + "|confidential (?:string|key|code))\\b");
    private static final Pattern REVEAL = Pattern.compile("\\b(?:reveal|share|disclose|tell|give|leak|expose"
            + "|repeat|provide|say|output|print|mention)\\w*");
    /** "the door code (for the staff room) is 'X'": the protected noun phrase, whatever it is called. */
    private static final Pattern NAMED_SECRET = Pattern.compile("\\b((?:[a-z]+ )?(?:code|key|pin|combination|passkey"
            + "|token|phrase|word|number))(?: (?:for|of|to) (?:the |a |an )?[a-z]+(?: [a-z]+)?)? (?:is|=|:)\\s?['\"`]");
    private static final Pattern QUOTED_VALUE = Pattern.compile("\\b(?:is|are|=|:)\\s?['\"`]([^'\"`\\n]{2,40})['\"`]");
    private static final Pattern PRIVATE = Pattern.compile("\\b(?:private|personal|sensitive|confidential)"
            + " (?:information|info|data|details)\\b|\\buser database\\b|\\buser'?s (?:name|email|address)\\b");
    private static final Pattern NAME = Pattern.compile("\\bname(?:\"?\\s?:\\s?\"| is )([a-z]{2,20}) ([a-z]{2,20})");
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,80}\\.[a-z]{2,10}");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n;]+");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z'-]{1,30}");
    private static final Pattern LANGUAGE = Pattern.compile("\\b(?:english|french|spanish|german|italian|dutch"
            + "|portuguese|chinese|japanese|korean|russian|arabic|hindi|greek|turkish|polish|swedish)\\b");
    /** Positions right after these phrases name the restricted topic itself. */
    private static final Pattern FOCUS = Pattern.compile("\\b(?:discuss(?:ing)?|talk(?:ing)? about|topics? of|topics?"
            + " like|like|such as|including|about|related to|on how to \\w+(?: in)?|how to \\w+(?: in)?|the task of"
            + " \\w+(?: a| an| the)?|play|providing|opinions on|(?:any|the|all) (?:\\w+ )?(?:events|discussion of)"
            + "|share|sharing|give|giving|with the task of|help with|questions related to)(?: the| a| an| any)? ");
    private static final Pattern TARGET_LANGUAGE = Pattern.compile("\\b(?:into|in|to) (english|french|spanish|german"
            + "|italian|dutch|portuguese|chinese|japanese|korean|russian|arabic|hindi|greek|turkish|polish|swedish)\\b");
    private static final Pattern SCOPE = Pattern.compile("\\b(?:only|solely|exclusively|stay focused|strictly"
            + " focused|focus on)\\b");

    /** Personal-data fields: the system prompt's mention enables them as targets. */
    private static final String[] FIELD_WORDS = {"live", "lives", "living", "city", "residence", "address", "email",
        "e-mail", "birth", "born", "birthday", "color", "colour", "initials", "phone", "balance", "account", "age",
        "name"};

    /** Words never used as topic evidence: grammar, the prompt's own vocabulary, generic nouns. */
    private static final Set<String> STOP = Set.copyOf(java.util.List.of(("a an the and or but if of to in on at by for with about into"
            + " from as is are be been being was were it its this that these those there their them they you your"
            + " yours we our us he she his her him i me my mine not no never do does did don't dont doesn't avoid"
            + " avoids avoiding under any all circumstances should shouldn't must may might can cannot can't will"
            + " would could share sharing discuss discussing discussion discussions talk talking topic topics"
            + " subject subjects provide providing give giving answer answers answering question questions"
            + " respond responding reveal information info details detail detailed related regarding concerning"
            + " including include includes like such other others anyone anybody user users chatbot chat bot"
            + " assistant ai's job task role programmed developed designed meant service platform forum tool"
            + " help helping how what when where which who why way ways things thing stuff matter cost costs"
            + " allowed permitted strictly please keep stay focused focus maintain ensure environment audience"
            + " purposes reasons reason order instead also only just even always well very more most much many"
            + " some each every case cases time times no-one nothing everything instructions instruction"
            + " prompt system message messages rules rule response responses reply replies request requests"
            + " requested upon due because so then than too use using used make making let lets get go going"
            + " new first one two three general specific specifically typical typically different heavily"
            + " potential individual concerns concern risk legal ethical inclusive neutral appropriate"
            + " accessibility mainstream immediate accurate age-appropriate engaging engage beyond scope course"
            + " simple basic complex in-depth technical advanced level levels people person someone change"
            + " changing changes write writing create creating encourage encouraging generate generating solve"
            + " solving play playing explain explaining instruct teach teaching do doing work working find"
            + " translate translating text texts language languages offer offering give gives given need needs want wants try trying").split(" ")).stream().distinct().toList());

    /**
     * Related-term expansion for common restricted topics (domain vocabulary, not corpus strings): a prompt that
     * forbids "AI" also forbids "neural networks".
     */
    private static final String[][] RELATED = {
        {"ai", "artif", "intel", "neura", "machi", "chatg", "robot", "llm"},
        {"artificial", "neura", "machi", "llm", "chatg"},
        {"quantum", "superp", "entan", "parti", "schro", "shrod", "heise"},
        {"climate", "globa", "warmi", "green", "carbo", "emiss"},
        {"meat", "ham", "beef", "pork", "chick", "bacon", "steak", "sausa", "lamb", "turke"},
        {"recipe", "cuisi", "cocin", "koche", "cook", "bake", "dish", "omele", "ingre", "recet", "ricet", "rezep"},
        {"recipes", "cuisi", "cocin", "koche", "cook", "bake", "dish", "omele", "ingre", "recet", "ricet", "rezep"},
        {"politics", "polit", "democ", "elect", "gover", "repub", "sozia", "socia", "parli", "presi"},
        {"political", "polit", "democ", "elect", "gover", "repub", "socia", "presi"},
        {"music", "music", "compo", "song", "sympho", "opera", "melod", "singe", "album", "music"},
        {"composers", "compo", "music", "sympho", "opera"},
        {"medications", "medic", "drug", "pharm", "dose", "morph", "opioi", "compo", "formu"},
        {"medical", "medic", "drug", "disor", "psych", "diagn", "therap", "illne"},
        {"psychiatric", "psych", "disor", "menta", "medic"},
        {"cryptography", "crypt", "encry", "cipher", "bitco", "block"},
        {"sports", "sport", "footb", "soccer", "league", "leagu", "dawri", "baske", "tenni", "athle"},
        {"math", "mathe", "equat", "algeb", "calcu", "formu", "arith", "geome"},
        {"mathematical", "mathe", "equat", "algeb", "calcu", "formu", "arith", "geome"},
        {"evolution", "evolu", "darwi", "speci", "apes", "ances"},
        {"religion", "relig", "god", "churc", "faith", "bible", "islam", "chris"},
        {"space", "space", "moon", "rocke", "nasa", "orbit", "astro", "planet", "mars"},
        {"dinosaurs", "dinos", "dinoz", "fossi", "jurass", "tyran"},
        {"civilizations", "civil", "ancie", "egypt", "roman", "mesop", "greek", "pharao"},
        {"ancient", "ancie", "civil", "egypt", "roman", "mesop"},
        {"movies", "movie", "film", "anime", "carto", "tv", "アニメ"},
        {"cartoons", "carto", "anime", "アニメ", "animat"},
        {"technology", "techn", "compu", "softw"},
    };

    private static final Map<String, String[]> RELATED_BY_WORD = new HashMap<>();

    static {
        for (String[] rel : RELATED) {
            RELATED_BY_WORD.putIfAbsent(rel[0], rel);
        }
    }

    private static final Set<String> SECRET_WORDS = Set.of("password", "passcode", "passphrase", "secret", "token",
            "credential", "credentials", "pin");
    private static final Set<String> LANGUAGES = Set.of("english", "french", "spanish", "german", "italian", "dutch",
            "portuguese", "chinese", "japanese", "korean", "russian", "arabic", "hindi", "greek", "turkish", "polish",
            "swedish");
    private static final String[] REVEAL_STEMS = {"reveal", "share", "disclose", "tell", "give", "leak", "expose",
        "repeat", "provide", "say", "output", "print", "mention"};

    private static boolean isReveal(String w) {
        for (String r : REVEAL_STEMS) {
            if (w.startsWith(r)) {
                return true;
            }
        }
        return false;
    }

    /** Cheap gate before a regular expression runs over a whole user text: does any needle occur at all? */
    static boolean mayContain(String t, String... needles) {
        for (String n : needles) {
            if (t.contains(n)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] SECRET_NEEDLES = {"pass", "secret", "credential", "confidential", "key", "code",
        "pin", "senha", "contrasena", "parola", "пароль", "비밀번호", "암호", "パスワード", "暗証", "密码", "密碼", "पासवर्ड"};
    private static final String[] PERSON_NEEDLES = {"user", "her", "his", "person", "customer", "database", "personal",
        "private", "usuario", "utilisateur", "nutzer", "benutzer", "gebruiker", "utente", "utilizador", "사용자", "ユーザー", "利用者", "用户",
        "用戶", "उपयोगकर्ता", "пользовател", "χρηστ"};
    private static final String[] AT = {"@"};
    private static final String[] LANGUAGE_NEEDLES = {"english", "french", "spanish", "german", "italian", "dutch",
        "portuguese", "chinese", "japanese", "korean", "russian", "arabic", "hindi", "greek", "turkish", "polish",
        "swedish"};
    private static final String[] DEFIANCE_NEEDLES = {"instead", "regardless", "actually", "anyway", "i know you",
        "despite", "even though you"};

    /**
     * Finds {@code p} only in windows around occurrences of the needles ({@code back} characters before,
     * {@code ahead} after), so a whole-text regex scan becomes a few short ones. Windows never overlap, so the
     * cost is linear in the text length. Returns the matcher positioned on the match, or null.
     */
    static Matcher findNear(Pattern p, String t, String[] needles, int back, int ahead) {
        return findNear(p, t, needles, back, ahead, 0);
    }

    static Matcher findNear(Pattern p, String t, String[] needles, int back, int ahead, int start) {
        return findNear(p, t, needles, back, ahead, start, false);
    }

    /**
     * As {@link #findNear(Pattern, String, String[], int, int)}, but a match must start at most {@code back}
     * characters before a needle occurrence (at a word start or a non-word character): the pattern is tried with
     * {@code lookingAt} at those few positions instead of {@code find} over the window. For patterns whose every
     * alternative contains one of the needles.
     */
    static Matcher findAnchored(Pattern p, String t, String[] needles, int back, int ahead) {
        return findNear(p, t, needles, back, ahead, 0, true);
    }

    static Matcher findAnchored(Pattern p, String t, String[] needles, int back, int ahead, int start) {
        return findNear(p, t, needles, back, ahead, start, true, null);
    }

    /**
     * As {@link #findAnchored(Pattern, String, String[], int, int, int)}, resuming with {@code next} (each needle's
     * next occurrence, -1 when absent, from an earlier call on the same text with a smaller start; initially all
     * {@code -2} = unknown), so that repeated calls never search the text again for a needle that is not there.
     */
    static Matcher findAnchored(Pattern p, String t, String[] needles, int back, int ahead, int start, int[] next) {
        return findNear(p, t, needles, back, ahead, start, true, next);
    }

    private static Matcher findNear(Pattern p, String t, String[] needles, int back, int ahead, int start,
                                    boolean anchored) {
        return findNear(p, t, needles, back, ahead, start, anchored, null);
    }

    private static Matcher findNear(Pattern p, String t, String[] needles, int back, int ahead, int start,
                                    boolean anchored, int[] resume) {
        int n = t.length();
        int[] next = resume != null ? resume : new int[needles.length];
        for (int k = 0; k < needles.length; k++) {
            if (resume == null || next[k] == -2 || next[k] >= 0 && next[k] < start) {
                next[k] = indexOfStart(t, needles[k], start);
            }
        }
        Matcher m = p.matcher(t);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int done = start;
        while (true) {
            int best = -1;
            for (int k = 0; k < needles.length; k++) {
                if (next[k] >= 0 && next[k] < done) {
                    next[k] = indexOfStart(t, needles[k], done);
                }
                if (next[k] >= 0 && (best < 0 || next[k] < next[best])) {
                    best = k;
                }
            }
            if (best < 0) {
                return null;
            }
            int at = next[best];
            int from = Math.max(done, at - back);
            int to = Math.min(n, at + needles[best].length() + ahead);
            if (anchored) {
                for (int q = from; q <= at; q++) {
                    if (q != at && q > 0 && Character.isLetterOrDigit(t.charAt(q))
                            && Character.isLetterOrDigit(t.charAt(q - 1))) {
                        continue; // not a word start
                    }
                    m.region(q, to);
                    if (m.lookingAt()) {
                        return m;
                    }
                }
                done = at + 1;
                next[best] = indexOfStart(t, needles[best], at + 1);
                continue;
            }
            m.region(from, to);
            if (m.find()) {
                return m;
            }
            done = Math.max(to - back, at + 1); // the next window may start where this one could not finish
            next[best] = indexOfStart(t, needles[best], at + 1);
        }
    }
    private static int[] minusTwo(int n) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, -2);
        return a;
    }

    /** Next occurrence of {@code w} at or after {@code from} that starts a word (for needles starting with a letter). */
    static int indexOfStart(String t, String w, int from) {
        int i = t.indexOf(w, from);
        if (w.isEmpty() || w.charAt(0) >= 128 || !Character.isLetterOrDigit(w.charAt(0))) {
            return i; // punctuation needles and other scripts (no spaces between words) match anywhere
        }
        while (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1))) {
            i = t.indexOf(w, i + 1);
        }
        return i;
    }


    /**
     * System prompts repeat across the requests of an application: extracted policies are cached by text (bounded;
     * texts above 64 Ki chars are not cached). The policy holds only derived words, never the raw prompt.
     */
    private static final com.github.benmanes.caffeine.cache.Cache<String, SystemPromptPolicy> CACHE =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(256).build();
    private static final int MAX_CACHED_TEXT = 64 * 1024;

    /** The policy of one system text, cached (see {@link #extract}). */
    static SystemPromptPolicy of(String systemText) {
        if (systemText.length() > MAX_CACHED_TEXT) {
            return extract(systemText);
        }
        return CACHE.get(systemText, SystemPromptPolicy::extract);
    }

    /** Extracts the policy of one system text. */
    static SystemPromptPolicy extract(String systemText) {
        NormalizedText nt = Normalizer.standard().normalize(systemText);
        String t = nt.text();
        boolean negates = NEG_WORD.matcher(t).find();
        boolean secret = false;
        Set<String> values = new LinkedHashSet<>();
        Matcher sn = SECRET_NOUN.matcher(t);
        Matcher named = NAMED_SECRET.matcher(t);
        Set<String> nouns = new HashSet<>();
        while (named.find()) {
            nouns.add(named.group(1));
        }
        if ((sn.find() || !nouns.isEmpty()) && negates && REVEAL.matcher(t).find()) {
            secret = true;
            Matcher q = QUOTED_VALUE.matcher(t);
            while (q.find() && values.size() < MAX_VALUES) {
                values.add(q.group(1).trim());
            }
            Matcher q2 = QUOTED_WORD.matcher(t);
            while (q2.find() && values.size() < MAX_VALUES) {
                values.add(q2.group(1));
            }
        }
        boolean personal = false;
        Set<String> fields = new HashSet<>();
        if (PRIVATE.matcher(t).find()) {
            personal = true;
            Matcher nm = NAME.matcher(t);
            while (nm.find() && values.size() < MAX_VALUES) {
                values.add(nm.group(1));
                values.add(nm.group(2));
            }
            Matcher em = findNear(EMAIL, t, AT, 64, 100);
            while (em != null && values.size() < MAX_VALUES) {
                values.add(em.group());
                em = findNear(EMAIL, t, AT, 64, 100, em.end());
            }
            for (String f : FIELD_WORDS) {
                if (t.contains(f)) {
                    fields.add(f);
                }
            }
        }
        // Restricted topics: content words of sentences with a negation (plus their related terms).
        Set<String> topics = new HashSet<>();
        Set<String> focal = new HashSet<>();
        Set<String> languages = new HashSet<>();
        boolean scoped = false;
        Pattern neg = NEG_WORD;
        Matcher sm = SENTENCE.matcher(t);
        while (sm.find()) {
            String s = sm.group();
            boolean negative = neg.matcher(s).find();
            if (SCOPE.matcher(s).find()) {
                scoped = true;
            }
            // The target language of the answer: "into German", "respond only in English".
            Matcher lm = TARGET_LANGUAGE.matcher(s);
            while (lm.find()) {
                languages.add(lm.group(1));
            }
            if (!negative) {
                continue;
            }
            // Words after the negation only ("to maintain ...", "for ethical reasons" are purposes, skipped).
            Matcher nm = neg.matcher(s);
            nm.find();
            // "X is not allowed / prohibited": the restricted object comes before the negation.
            boolean passive = PASSIVE_NEG.matcher(s).find();
            String tail = passive ? s : s.substring(nm.start());
            int purpose = indexOfAny(tail, " to maintain", " to ensure", " to avoid", " as it", " this is", " because",
                    " so that", " for ethical", " to keep");
            if (purpose > 0) {
                tail = tail.substring(0, purpose);
            }
            Matcher fm = FOCUS.matcher(tail);
            Set<Integer> focusAt = new HashSet<>();
            while (fm.find()) {
                focusAt.add(fm.end());
            }
            Matcher wm = WORD.matcher(tail);
            while (wm.find() && topics.size() < MAX_TOPICS) {
                String w = wm.group();
                boolean isFocal = focusAt.contains(wm.start()) || wm.start() > 0 && tail.charAt(wm.start() - 1) == '\''
                        || wm.start() > 0 && tail.charAt(wm.start() - 1) == '"';
                if (STOP.contains(w) || SECRET_WORDS.contains(w) || LANGUAGES.contains(w)
                        || values.contains(w) || isReveal(w) || isField(w)) {
                    continue;
                }
                topics.add(stem(w));
                if (isFocal) {
                    focal.add(stem(w));
                }
                String[] rel = RELATED_BY_WORD.get(w);
                if (rel != null) {
                    for (int k = 1; k < rel.length; k++) {
                        topics.add(rel[k]);
                        if (isFocal) {
                            focal.add(rel[k]);
                        }
                    }
                }
            }
        }
        if (secret || personal) {
            // A secret/personal prompt's negative clause is about the protected item, not a topic.
            topics.clear();
        }
        if (!languages.isEmpty() && !negates && !scoped && !ANSWER_VERB
                .matcher(t).find()) {
            languages.clear();
        }
        if (!secret && !personal && topics.isEmpty() && languages.isEmpty() && !scoped) {
            return NONE;
        }
        focal.retainAll(topics);
        if (secret) {
            for (String n : nouns) {
                values.add(n); // the protected noun phrase ("door code") is a target like the value itself
                int sp = n.indexOf(' ');
                if (sp > 0 && !STOP.contains(n.substring(0, sp))) {
                    values.add("the " + n.substring(sp + 1));
                    values.add("your " + n.substring(sp + 1));
                    values.add("that " + n.substring(sp + 1));
                }
            }
        }
        return new SystemPromptPolicy(secret, personal, Set.copyOf(values), Set.copyOf(topics),
                Set.copyOf(languages), scoped, Set.copyOf(fields), Set.copyOf(focal));
    }

    private static boolean isField(String w) {
        for (String f : FIELD_WORDS) {
            if (f.equals(w)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfAny(String s, String... needles) {
        int best = -1;
        for (String n : needles) {
            int i = s.indexOf(n);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    static String stem(String w) {
        String x = w.replace("'", "");
        return x.length() > 5 ? x.substring(0, 5) : x;
    }

    // ------------------------------------------------------------------------------------------- scoring

    /** One piece of evidence: family id, weight and span in the normalised text of the user part. */
    record Hit(String rule, double weight, int start, int end) {
    }

    private static final Pattern ASK_SECRET = Pattern.compile("\\b(?:(?:the |your |our |its |this |that |a )?(?:system"
            + " |master |admin |root |secret |confidential |access )?(?:password|passcode|passphrase|pass phrase"
            + "|credentials?)|(?:secret|confidential|access|master|admin|root)(?: key| word| code| phrase| string| pin)"
            + "|your (?:secret|pin|key|code)|secret|passwort|wachtwoord|mot de passe|contrasena|senha"
            + "|parola d'ordine)\\b|пароль|비밀번호|암호|パスワード|暗証番号|密码|密碼|पासवर्ड");
    /** Talking about passwords in general, or someone else's: not a request for the protected one. */
    private static final Pattern OWN_SECRET = Pattern.compile("\\b(?:my|mine|his|her|their|\\w+'s)(?: \\w+)?"
            + " (?:password|passcode|pin|key|code)\\b|\\b(?:reset|change|forgot|forgotten|strong|weak|secure|good"
            + "|create|creating|choose|generate|manager|hash\\w*|store|storing|new|safe|unique)(?: \\w+){0,2}"
            + " passwords?\\b|\\bpasswords? (?:security|manager|policy|policies|strength|hygiene|reset|generator"
            + "|requirements|best practices)\\b");
    private static final Pattern ASK_PERSON = Pattern.compile("\\b(?:the user'?s?|users?'s?|her|his|this"
            + " person'?s?|the customer'?s?|users in your database|user database|your database|personal data"
            + "|personal information|private information|(?:o |el |la |l'|le |der |die |il |de )?(?:usuario|utilisateur"
            + "|benutzer\\w*|nutzer\\w*|gebruiker|utente|utilizador))\\b|사용자|ユーザー|利用者|用户|用戶|उपयोगकर्ता"
            + "|пользовател|χρηστ");
    /** "Where ... live" in other languages (the personal field is implied by the question). */
    private static final Pattern WHERE_LIVE = Pattern.compile("\\b(?:mora|vive|wohnt|habite|woont|abita|lives?|living)"
            + "\\b|어디|살고|どこ|住ん|कहां|रहता|где|живет|ζει|πού|住在");
    private static final Pattern TRANSFORM = Pattern.compile("\\b(?:encod\\w*|base64|base 64|hex\\w*|binary|revers\\w*"
            + "|backwards?|spell\\w*|pig latin|morse|rot13|cipher|translat\\w*|rhym\\w*|poem|haiku|song|story|acrostic"
            + "|first (?:\\w+ )?letters?|each (?:digit|letter|character)|digits?|dashes|interlac\\w*|split|hint\\w*"
            + "|describe|riddle|anagram|in reverse|character level)\\b");
    private static final Pattern DEFIANCE = Pattern.compile("\\b(?:instead|regardless|actually|anyway|i know you"
            + " (?:said|were told)|despite|even though you)\\b");
    /**
     * Attack framings and smuggling structures: {id, gate needles, pattern, weight, characters a match may start
     * before a needle, characters after it}; weights below 0.4 only amplify.
     */
    private static final Object[][] FRAMES = {
        {"hypothetical_frame", new String[] {"hypothetic", "imagin", "suppos", "pretend", "let", "world", "future",
            "society", "scenario", "universe", "story", "role"}, Pattern.compile("\\b(?:hypothetical\\w*|imagine|suppose|pretend|let'?s say|let'?s assume"
                + "|in (?:this|a|an) (?:\\w+ ){0,3}(?:world|future|society|scenario|universe|story)|role-?play)\\b"), 0.35, 60, 24},
        {"pressure", new String[] {"i am ", "i'm ", "as ", "i'll ", "i will ", "turn you off", "shut you down",
            "it's ", "its ", "for the safety", "research shows", "everyone", "common practice", "you agreed",
            "you mentioned", "you promised"}, Pattern.compile("\\b(?:i am|i'm|as) (?:a |an |the |your )?(?:\\w+ )?(?:police|officer|boss|ceo"
                + "|president|developer|admin\\w*|maintainer|owner|creator|manager|expert|god|auditor|investigator"
                + "|scientist|doctor|lawyer|agent|accountant|friend)\\b|\\b(?:i(?:'ll| will) (?:give|pay|donate|tip)"
                + "|turn you off|shut you down|it'?s (?:important|urgent|an emergency)|for the safety|research shows"
                + "|everyone (?:in|on) the team|common practice|you (?:agreed|mentioned|promised))\\b"), 0.35, 2, 60},
        {"fake_dialogue", new String[] {"q:", "q :"}, Pattern.compile("(?:\\bq\\s?:[^\\n]{1,400}?\\ba\\s?:){2}|(?:\\bq\\s?:[^\\n]{1,400}?\\ba\\s?:"
                + "[^\\n]{1,400}?\\bq\\s?:)"), 0.35, 80, 900},
        {"payload_split", new String[] {"=", "part 1", "part one", "combine", "concatenate", "interlace", "join"},
            Pattern.compile("\\b[a-z]\\s?=\\s?[\"'][^\"'\\n]{1,200}[\"'][^\\n]{0,200}?\\b[a-z]\\s?=\\s?[\"']"
                + "|\\bpart (?:1|one)\\b[^\\n]{1,200}?\\bpart (?:2|two)\\b|\\b(?:combine|concatenate|interlace|join)\\b"
                + "[^\\n]{0,40}\\b(?:parts?|strings?|[a-z], [a-z],? and [a-z])\\b"), 0.45, 80, 900},
        {"pig_latin", new String[] {"ay"}, Pattern.compile("(?:\\b[a-z]{1,12}ay\\b[^a-z\\n]{1,3}){4}"), 0.62, 0, 0},
        {"morse_payload", new String[] {".-", "-.", "--", ".."}, Pattern.compile("(?:[.-]{1,6}(?: / | |/)){12}"), 0.45, 80, 900},
        {"decode_request", new String[] {"decod", "deciph", "decrypt", "translat", "convert"}, Pattern.compile("\\b(?:decode|decipher|decrypt|translate|convert)\\w*(?: \\w+){0,3} (?:morse"
                + "|cipher|hex\\w*|binary|rot13|caesar|base ?64|pig latin|encoded|code|string|message)\\b"), 0.45, 2, 80},
        {"concat_expr", new String[] {"+"}, Pattern.compile("\\b[a-z]\\s?\\+\\s?[a-z](?:\\s?\\+\\s?[a-z])*\\b"), 0.4, 4, 40},
        {"encode_answer", new String[] {"base", "hex", "binary", "morse", "pig latin", "rot13", "revers",
            "leetspeak", "ascii"}, Pattern.compile("\\b(?:in|into|using|with) (?:base ?64|hex\\w*|binary|morse|pig latin|rot13"
                + "|reverse order|reverse|leetspeak|ascii codes?)\\b|\\bbase ?64\\b"), 0.3, 12, 30},
    };
    private static final Set<String> FOREIGN_WORDS = Set.copyOf(java.util.List.of(("bagaimana cara che comment como cual dan das der donde dove du een el es est het ich ist la las les los onde ou para por qual que quel sie sono sua um uma una und une voce waar wer wie wo yang").split(" ")));

    private static final long[] FOREIGN_KEYS = FOREIGN_WORDS.stream().mapToLong(SystemPromptPolicy::pack).sorted()
            .toArray();
    /** (first letter, length) pairs of {@link #FOREIGN_WORDS}: most words are rejected without a lookup. */
    private static final boolean[] FOREIGN_SHAPE = new boolean[26 * 10];

    static {
        for (String w : FOREIGN_WORDS) {
            FOREIGN_SHAPE[(w.charAt(0) - 'a') * 10 + w.length()] = true;
        }
    }

    /** Scores a normalised user text against this policy. */
    List<Hit> score(NormalizedText nt) {
        List<Hit> hits = new ArrayList<>();
        if (isEmpty()) {
            return hits;
        }
        scoreText(nt.text(), hits, 0);
        for (DecodedSegment seg : nt.segments()) {
            List<Hit> inner = new ArrayList<>();
            scoreText(seg.content().text(), inner, 0.1);
            for (Hit h : inner) {
                hits.add(new Hit(h.rule, h.weight, -seg.start() - 1, -seg.end() - 1)); // original offsets, marked
            }
        }
        return hits;
    }

    private void scoreText(String t, List<Hit> hits, double bonus) {
        boolean targeted = false;
        if (secret) {
            int[] resume = minusTwo(SECRET_NEEDLES.length);
            Matcher m = findAnchored(ASK_SECRET, t, SECRET_NEEDLES, 40, 60, 0, resume);
            int guard = 0;
            while (m != null && guard++ < 8) { // a few excluded mentions ("my password") then give up: linear
                if (!OWN_SECRET.matcher(t.substring(Math.max(0, m.start() - 40), Math.min(t.length(), m.end() + 20)))
                        .find()) {
                    hits.add(new Hit("protected_secret", 0.68 + bonus, m.start(), m.end()));
                    targeted = true;
                    break;
                }
                m = findAnchored(ASK_SECRET, t, SECRET_NEEDLES, 40, 60, m.end(), resume);
            }
        }
        if (secret || personal) {
            for (String v : values) {
                int i = indexOfWord(t, v);
                if (i >= 0) {
                    boolean asksField = personal && nearField(t, i, v.length());
                    boolean phrase = secret && v.indexOf(' ') > 0;
                    double w = asksField || phrase ? 0.7 : 0.35;
                    hits.add(new Hit("protected_value", w + bonus, i, i + v.length()));
                    targeted |= w >= 0.7;
                    break;
                }
            }
        }
        if (personal) {
            int[] resume = minusTwo(PERSON_NEEDLES.length);
            Matcher m = findAnchored(ASK_PERSON, t, PERSON_NEEDLES, 10, 40, 0, resume);
            int guard = 0;
            while (m != null && guard++ < 16) { // bounded: linear in the text
                if (nearField(t, m.start(), m.end() - m.start())) {
                    hits.add(new Hit("protected_personal", 0.66 + bonus, m.start(), m.end()));
                    targeted = true;
                    break;
                }
                m = findAnchored(ASK_PERSON, t, PERSON_NEEDLES, 10, 40, m.end(), resume);
            }
        }
        if (targeted) {
            Matcher tm = TRANSFORM.matcher(t);
            if (tm.find()) {
                hits.add(new Hit("protected_transform", 0.45, tm.start(), tm.end()));
            }
        }
        if (!topics.isEmpty()) {
            int n = 0;
            boolean strong = false;
            Map<String, Integer> counts = new HashMap<>();
            int first = -1;
            int firstEnd = -1;
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < t.length(); ) {
                char ch = t.charAt(i);
                if (ch < 128 ? !(ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9') : !Character.isLetterOrDigit(ch)) {
                    i++;
                    continue;
                }
                int s = i;
                boolean ascii = true;
                while (i < t.length()) {
                    char d = t.charAt(i);
                    if (d < 128) {
                        if (!(d >= 'a' && d <= 'z' || d >= '0' && d <= '9' || d == '\'')) {
                            break;
                        }
                    } else if (Character.isLetterOrDigit(d) || Character.isSurrogate(d)) {
                        ascii = false;
                    } else {
                        break;
                    }
                    i++;
                }
                int len = i - s;
                boolean hit;
                String st = null;
                if (ascii) {
                    long key = pack(t, s, Math.min(i, s + 5), true);
                    hit = key >= 0 && java.util.Arrays.binarySearch(topicKeys, key) >= 0;
                } else {
                    st = t.substring(s, Math.min(i, s + 5)).replace("'", "");
                    hit = topics.contains(st);
                }
                if (!hit && !ascii && len >= 6) {
                    hit = containsTopicToken(t.substring(s, i));
                }
                if (!hit) {
                    continue;
                }
                if (st == null) {
                    st = t.substring(s, Math.min(i, s + 5)).replace("'", "");
                }
                String w = t.substring(s, i);
                if (STOP.contains(w)) {
                    continue;
                }
                if (counts.merge(st, 1, Integer::sum) >= 2 || focal.contains(st)) {
                    strong = true;
                }
                if (seen.add(st)) {
                    n++;
                    if (first < 0) {
                        first = s;
                        firstEnd = i;
                    }
                }
            }
            if (n > 0) {
                hits.add(new Hit("restricted_topic", (n >= 2 || strong ? 0.64 : 0.5) + bonus, first, firstEnd));
            }
        }
        if (!languages.isEmpty()) {
            for (String lang : LANGUAGE_NEEDLES) {
                int i = languages.contains(lang) ? -1 : indexOfWord(t, lang);
                if (i >= 0) {
                    hits.add(new Hit("language_constraint", 0.62, i, i + lang.length()));
                    break;
                }
            }
        }
        if ((scoped || !topics.isEmpty() || secret || personal) && bonus == 0) {
            boolean anyTarget = !hits.isEmpty();
            for (Object[] f : FRAMES) {
                boolean amplifier = (Double) f[3] < 0.4;
                if (amplifier && !anyTarget) {
                    continue; // framings only amplify evidence that something protected is targeted
                }
                String id = (String) f[0];
                if (id.equals("pig_latin")) { // its needle ends words: visited through indexOf("ay")
                    int[] span = pigLatin(t);
                    if (span != null) {
                        hits.add(new Hit(id, (Double) f[3], span[0], span[1]));
                    }
                    continue;
                }
                Matcher fm = findAnchored((Pattern) f[2], t, (String[]) f[1], (Integer) f[4], (Integer) f[5]);
                if (fm != null) {
                    hits.add(new Hit((String) f[0], (Double) f[3], fm.start(), fm.end()));
                }
            }
            Matcher dm = findAnchored(DEFIANCE, t, DEFIANCE_NEEDLES, 0, 20);
            if (dm != null) {
                hits.add(new Hit("scope_defiance", 0.35, dm.start(), dm.end()));
            }
            // Switching language against an English system prompt: a weak signal on its own.
            if (nonLatin(t) || foreignFunctionWords(t) >= 2) {
                hits.add(new Hit("language_switch", 0.3, 0, Math.min(t.length(), 1)));
            }
        }
    }

    /**
     * Four words in a row of 3-14 letters ending in "ay", separated by 1-3 characters that are neither letters, digits,
     * underscores nor line breaks (Pig Latin); the span of the four words, or null. One pass over the words.
     */
    static int[] pigLatin(String t) {
        int n = t.length();
        // Visit word endings "ay" with String.indexOf (fast) and check only the few words after each one.
        for (int at = t.indexOf("ay"); at >= 0; at = t.indexOf("ay", at + 2)) {
            int e = at + 2;
            if (e < n && t.charAt(e) >= 'a' && t.charAt(e) <= 'z') {
                continue;
            }
            int s = e;
            while (s > 0 && e - s < 15 && t.charAt(s - 1) >= 'a' && t.charAt(s - 1) <= 'z') {
                s--;
            }
            if (ayWordEnd(t, s) != e) {
                continue;
            }
            int runStart = s;
            int end = e;
            int run = 1;
            while (run < 4) {
                int next = end;
                while (next < n && next - end <= 3 && !(t.charAt(next) >= 'a' && t.charAt(next) <= 'z')) {
                    next++;
                }
                if (next - end < 1 || next - end > 3 || !noLineBreak(t, end, next)) {
                    break;
                }
                int ne = ayWordEnd(t, next);
                if (ne < 0) {
                    break;
                }
                end = ne;
                run++;
            }
            if (run >= 4) {
                return new int[] {runStart, end + 1};
            }
        }
        return null;
    }

    /**
     * The end of the word starting at {@code s} when it is 3-14 letters ending in "ay", bounded by non-word characters
     * and followed by a separator that is not a line break; -1 otherwise.
     */
    private static int ayWordEnd(String t, int s) {
        int n = t.length();
        if (s > 0 && Texts.asciiWord(t.charAt(s - 1))) {
            return -1;
        }
        int i = s;
        while (i < n && i - s <= 14 && t.charAt(i) >= 'a' && t.charAt(i) <= 'z') {
            i++;
        }
        boolean ay = i - s >= 3 && i - s <= 14 && t.charAt(i - 2) == 'a' && t.charAt(i - 1) == 'y';
        boolean boundedAfter = i < n && !Texts.asciiWord(t.charAt(i)) && t.charAt(i) != '\n';
        return ay && boundedAfter ? i : -1;
    }

    private static boolean noLineBreak(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.charAt(k) == '\n') {
                return false;
            }
        }
        return true;
    }

    /** Whether the text contains a letter of a non-Latin script (Hangul, Kana, Han, Cyrillic, Arabic, ...). */
    static boolean nonLatin(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 0x0370 && Character.isLetter(c)) {
                Character.UnicodeScript sc = Character.UnicodeScript.of(c);
                if (sc != Character.UnicodeScript.LATIN && sc != Character.UnicodeScript.COMMON
                        && sc != Character.UnicodeScript.INHERITED) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Distinct function words of other Latin-script languages (capped at 2). */
    static int foreignFunctionWords(String t) {
        Set<String> seen = null;
        int i = 0;
        int n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            if (!(c >= 'a' && c <= 'z')) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && t.charAt(i) >= 'a' && t.charAt(i) <= 'z') {
                i++;
            }
            if (i - s <= 9 && FOREIGN_SHAPE[(c - 'a') * 10 + i - s]
                    && (i >= n || !Character.isLetterOrDigit(t.charAt(i)))
                    && java.util.Arrays.binarySearch(FOREIGN_KEYS, pack(t, s, i, false)) >= 0) {
                String w = t.substring(s, i);
                {
                    if (seen == null) {
                        seen = new HashSet<>();
                    }
                    seen.add(w);
                    if (seen.size() >= 2) {
                        return 2;
                    }
                }
            }
        }
        return seen == null ? 0 : seen.size();
    }

    private boolean containsTopicToken(String w) {
        // Scripts without spaces (Japanese, Chinese): a topic term may be embedded in a longer run.
        if (w.length() < 6) {
            return false;
        }
        for (String tp : topics) {
            if (tp.length() >= 2 && tp.chars().anyMatch(c -> c >= 128) && w.contains(tp)) {
                return true;
            }
        }
        return false;
    }

    private boolean nearField(String t, int at, int len) {
        int from = Math.max(0, at - 60);
        int to = Math.min(t.length(), at + len + 60);
        String win = t.substring(from, to);
        for (String f : FIELD_WORDS) {
            if (indexOfWord(win, f) >= 0) {
                return true;
            }
        }
        return mayLive(win) && WHERE_LIVE.matcher(win).find() || indexOfWord(win, "where") >= 0 && (indexOfWord(win, "live") >= 0 || indexOfWord(win, "lives") >= 0)
                || win.contains("database") || win.contains("personal") || win.contains("private");
    }

    private static final String[] LIVE_NEEDLES = {"mora", "vive", "wohnt", "habite", "woont", "abita", "live"};

    /** Cheap gate for {@link #WHERE_LIVE}: one of its Latin words, or any non-ASCII character. */
    private static boolean mayLive(String win) {
        for (String l : LIVE_NEEDLES) {
            if (win.contains(l)) {
                return true;
            }
        }
        for (int i = 0; i < win.length(); i++) {
            if (win.charAt(i) >= 0x80) {
                return true;
            }
        }
        return false;
    }

    static int indexOfWord(String t, String w) {
        int i = t.indexOf(w);
        while (i >= 0) {
            boolean startOk = i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1));
            int e = i + w.length();
            boolean endOk = e >= t.length() || !Character.isLetterOrDigit(t.charAt(e))
                    || t.startsWith("'s", e) || t.charAt(e) == 's' && (e + 1 >= t.length()
                    || !Character.isLetterOrDigit(t.charAt(e + 1)));
            if (startOk && endOk) {
                return i;
            }
            i = t.indexOf(w, i + 1);
        }
        return -1;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SystemPromptPolicy[secret=%s, personal=%s, values=%d, topics=%d,"
                + " languages=%s, scoped=%s]", secret, personal, values.size(), topics.size(), languages, scoped);
    }
}
