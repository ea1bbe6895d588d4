package io.tappass.pipeline.pii;

/**
 * PERSON heuristics without a model: honorific titles ({@code Mr. Smith}), known first names followed by
 * capitalised surnames, introductions ({@code my name is}, {@code regards,}, {@code ich heiße}), and runs of
 * capitalised words that are not place, organisation or title words (score 0.5). Word lookups are allocation-free
 * hash probes. Plug a NER model through {@link EntityRecognizer} for more.
 */
final class PersonHeuristics {

    /** Receives a person span. */
    interface Sink {
        void person(int start, int end, double score);

        /**
         * Notes that a decision read text[lo, hi) (a CSV header, a record key, the lines around a speaker label),
         * possibly far outside the usual margins; a rebase must rescan the value when an edit lies there.
         */
        default void reads(int lo, int hi) {
        }

        /**
         * A scan's table memo ({@link StructuredFields#tableHeader}), {@link StructuredFields#MEMO_LENGTH} ints: per
         * separator the last block of table lines walked and its header's column kinds; null for none. A cache only:
         * the persons and the ranges read are the same without it (but a long table costs a walk per row).
         */
        default int[] tableMemo() {
            return null;
        }
    }

    /** Receives the end of a word that introduces a date of birth ("born", "DOB", "geboren"). */
    interface BirthSink {
        void birthWord(int end);
    }

    static final double TITLE = 0.85;
    static final double FIRST_AND_LAST = 0.8;
    static final double FIRST_ONLY = 0.6;
    static final double INTRO = 0.7;
    static final double CAPITALISED_RUN = 0.45;
    /** A name cued by a greeting or sign-off ("Hoi Joost,", "Groetjes,\nWout"). */
    static final double CUED = 0.75;
    /** Two or three capitalised words one of which is a known family name ("Zhang Wei", "Olusegun Adeyemi"). */
    static final double SURNAME_RUN = 0.65;

    /** Kinds of cue word before a name (see {@link #cueBefore}). */
    static final int CUE_LABEL = 1;
    static final int CUE_GREETING = 2;
    static final int CUE_SIGNOFF = 3;
    static final int CUE_KIN = 4;
    static final int CUE_TITLE = 5;
    static final int CUE_HEADER = 6;
    /** A value in a person field or column of a record ({@link StructuredFields}). */
    static final int CUE_FIELD = 7;
    /** A chat speaker label at a line start in a transcript ({@link StructuredFields}). */
    static final int CUE_SPEAKER = 8;
    /** A value of a field or column that names a thing ("product_name", a bare "name" beside prices): no person. */
    static final int CUE_THING = 9;
    /**
     * A role noun right before the name ("owner Benedikt Hauser", "il sindaco ...", {@link Lexicon#ROLE_NOUNS}) or a
     * minutes label before a colon ("Apologies: ...", {@link Lexicon#ROLE_LABELS}).
     */
    static final int CUE_ROLE = 10;
    /**
     * A role or kinship noun, a comma, and a single name between commas ("El repartidor, Manolo, te llamará", "our
     * technician, Kofi, will call", "ma voisine, Odile, a les clés"): an apposition naming the person.
     */
    static final int CUE_APPOSITION = 11;
    /**
     * The longest cue word looked up: with the separator and the line-start test, {@link #cueBefore} reads at most
     * 20 characters back, within {@link PiiDetector#BACK_MARGIN}.
     */
    static final int CUE_MAX = 12;

    /** Common surname endings across European languages (a capitalised run ending in one is likelier a name). */
    private static final String[] SURNAME_ENDINGS = {"son", "sen", "sson", "ez", "ov", "ova", "ev", "eva",
        "ina", "ski", "ska", "sky", "cki", "cka", "ić", "vić", "enko", "escu", "ini", "elli", "etti", "ato",
        "otti", "berg", "stein", "mann", "ek", "ák", "ová", "idis", "akis", "oglu", "oğlu", "yan", "ian", "dóttir",
        "dottir", "ley", "ford", "well", "wood", "opoulos", "ides", "shvili", "adze", "idze", "zadeh", "ullah",
        "uddin", "nathan", "aswamy", "krishnan", "ayya", "appa", "eanu", "ović", "qvist", "kvist", "ström",
        "strom", "gren", "iou", "opoulou", "akou", "poulos", "inen"};
    /**
     * {@link #SURNAME_ENDINGS} by ASCII last character (either case): the endings that end in that character ignoring
     * ASCII case (a non-ASCII ending's last character never matches an ASCII one ignoring case).
     */
    private static final String[][] SURNAME_BY_LAST = surnameByLast();

    private static String[][] surnameByLast() {
        String[][] t = new String[128][];
        for (int c = 0; c < 128; c++) {
            java.util.List<String> l = new java.util.ArrayList<>();
            for (String e : SURNAME_ENDINGS) {
                char x = e.charAt(e.length() - 1);
                if (x < 128 && Character.toLowerCase(x) == Character.toLowerCase((char) c)) {
                    l.add(e);
                }
            }
            t[c] = l.toArray(new String[0]);
        }
        return t;
    }

    /** Words after a name that make it a person ("Jay Pearce lives", "Zoe Young's"). */
    private static final WordSet PERSON_VERBS = new WordSet(java.util.Arrays.asList("said", "says", "told", "wrote",
        "asked", "lives", "lived", "works", "worked", "is", "was", "has", "had", "will", "joined", "born", "died",
        "spent", "shouted", "replied", "called", "emailed", "met", "went", "gave", "thinks", "believes", "listed",
        "explained", "announced", "added", "noted", "wants", "needs", "loves", "signed", "agreed", "stated"));

    /** Last words of the introduction phrases, for a cheap first check. */
    static final WordSet INTRO_LAST = lastWords(Lexicon.NAME_INTRO);
    static final WordSet WEAK_LAST = lastWords(Lexicon.WEAK_INTRO);
    static final String[] STRONG = {"my name is ", "mijn naam is ", "ich heiße ", "ich heisse ",
        "je m'appelle ", "me llamo ", "mi chiamo ", "name: ", "mi nombre es "};
    static final WordSet STRONG_LAST = lastWords(STRONG);

    /**
     * Bits of {@link #CAPITALS}: the word lists that the cascade of {@link #scan} asks about a capitalised word.
     * Asked one by one, a common sentence-initial word ("The", "Please", "Our") cost six probes of as many tables
     * (titles, months, not-names, particles, Korean surnames, chat cues), an unknown one ("Draft", "Contact") seven.
     * Thirty-eighth session, with the early skip of {@link #plainCapital}: the person scan of the runs with a capital
     * of the 1 MiB benchmark prompt 1.37 -> 1.09 ms thread CPU (fastest of 36, both builds in one JVM, cold; 0.98 ->
     * 0.63 ms hot), real prompts 8.3 -> 8.0 ms, European prose 17.5 -> 16.0 ms, code 7.7 -> 7.1 ms, JSON logs
     * unchanged within noise.
     */
    private static final int IN_BRAND = 1;
    private static final int IN_TITLES = 1 << 1;
    private static final int IN_MONTHS = 1 << 2;
    private static final int IN_NOT_NAMES = 1 << 3;
    private static final int IN_PLACES = 1 << 4;
    private static final int IN_ROLE_NOUNS = 1 << 5;
    private static final int IN_FIRST_NAMES = 1 << 6;
    private static final int IN_PARTICLES = 1 << 7;
    private static final int IN_KOREAN_SURNAMES = 1 << 8;
    private static final int IN_LOWER_NAME_CUES = 1 << 9;
    /** The lists of the {@code IN_} bits, in their order, in one table: a capitalised word costs one probe. */
    static final WordSet.Flags CAPITALS = new WordSet.Flags(Lexicon.BRAND_FIRST, Lexicon.TITLES, Lexicon.MONTHS,
            Lexicon.NOT_NAMES, Lexicon.PLACES, Lexicon.ROLE_NOUNS, Lexicon.FIRST_NAMES, Lexicon.PARTICLES,
            Lexicon.KOREAN_SURNAMES, Lexicon.LOWER_NAME_CUES);

    /** The {@code IN_} bits of the lists whose words the cascade of {@link #scan} may do more with than skip. */
    private static final int IN_ACTIVE = IN_BRAND | IN_TITLES | IN_MONTHS | IN_PARTICLES | IN_KOREAN_SURNAMES
            | IN_LOWER_NAME_CUES;

    /**
     * Whether a capitalised word with these {@link #CAPITALS} bits is skipped by the rest of the cascade of
     * {@link #scan} whatever its context: a common word or a place ({@link Lexicon#NOT_NAMES}, {@link Lexicon#PLACES})
     * that is no brand's first word, title, month, particle, Korean surname or chat cue. Every branch then ends in
     * skipping the word, as the date and acronym tests do, so it is skipped before them: most capitalised words of
     * prose are such sentence starts ("The", "Please", "Our", "Thursday", "Ghent": 8 of the 12 per paragraph of the
     * benchmark prompt).
     */
    static boolean plainCapital(int in) {
        return (in & (IN_NOT_NAMES | IN_PLACES)) != 0 && (in & IN_ACTIVE) == 0;
    }

    private PersonHeuristics() {
    }

    private static WordSet lastWords(String[] phrases) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String p : phrases) {
            String t = p.trim();
            int sp = t.lastIndexOf(' ');
            String w = t.substring(sp + 1);
            while (!w.isEmpty() && !Chars.letter(w.charAt(w.length() - 1))) {
                w = w.substring(0, w.length() - 1);
            }
            out.add(w);
        }
        return new WordSet(out);
    }

    static void scan(String text, Sink sink) {
        scan(text, sink, null);
    }

    /** Scans for persons and, when {@code birth} is non-null, for the words that introduce a date of birth. */
    static void scan(String text, Sink sink, BirthSink birth) {
        scan(text, 0, text.length(), sink, birth);
    }

    /**
     * Scans the words starting in [from, to) (a name may run past {@code to}); returns the position where the
     * scan stopped, at least {@code to}.
     */
    static int scan(String text, int from, int to, Sink sink, BirthSink birth) {
        int n = text.length();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Chars.letter(c)) {
                i++;
                continue;
            }
            if (i > 0 && isNameChar(text.charAt(i - 1))) {
                // inside a word: every further letter, digit or '_' is skipped the same way, so skip them at once
                i++;
                while (i < to && isNameChar(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            int e = wordEnd(text, i);
            int he;
            if (birth != null && (e > i + 1 || (e < n && text.charAt(e) == '.')) && birthStart(c, text.charAt(i + 1))) {
                birthWord(text, i, e, birth);
            }
            if (sink == null) {
                i = e;
                continue;
            }
            if (Chars.upper(c) && i > 1 && isOpenQuote(text.charAt(i - 1))) {
                int qe = quotedThingEnd(text, i, sink); // cruiser "Lady Grace", Schreibtisch "Greta": the thing's name
                if (qe > 0) {
                    i = qe;
                    continue;
                }
            }
            if (Chars.upper(c) && i > 0 && StructuredFields.cellSep(text.charAt(i - 1))) {
                int te = StructuredFields.thingCellEnd(text, i, sink); // "WM-1042,Mr Muscle Kitchen Cleaner,3.49"
                if (te > 0) {
                    i = te;
                    continue;
                }
            }
            if (Chars.upper(c) && e - i >= 2 && allUpper(text, i, e)) {
                int ce = allCapsName(text, i, e, sink); // forms in capitals: "NAME: JOHN SMITH", "KACZMAREK, Anna"
                if (ce < 0) {
                    ce = labelledCaps(text, i, e, sink);
                }
                i = ce > 0 ? ce : e;
                continue;
            }
            if (e == i + 1 && Chars.upper(c)) {
                int ie = initialsName(text, i, sink); // "J. Smith", "A. B. Okafor", "M. van der Berg"
                i = ie > 0 ? ie : e;
                continue;
            }
            if (Chars.upper(c)) {
                long key = WordSet.key(text, i, e); // folded once for the word lists
                int in = CAPITALS.of(text, i, e, key); // which of the cascade's lists hold the word: one probe
                if (plainCapital(in)) {
                    i = e; // "The", "Please", "Thursday", "Ghent": a common word or a place, and nothing else
                    continue;
                }
                if (dateWord(text, i, e) || acronymCompound(text, i, e)) {
                    i = e; // "[04/Jun/2024:10:12:09": a month inside a date; "ETH-adres": a noun, not a name's start
                    continue;
                }
                int be = brandAt(text, i, e, (in & IN_BRAND) != 0);
                if (be > 0) {
                    i = be; // "Hugo Boss", "Louis Vuitton", "Morgan Stanley": a firm named after its founder
                    continue;
                }
                if ((in & IN_TITLES) != 0) {
                    int p = e;
                    boolean dot = p < n && text.charAt(p) == '.';
                    if (dot) {
                        p++;
                    }
                    int end;
                    int ns;
                    if ((dot || e - i > 2 || bareTitle(text, i, e)) && p + 1 < n && text.charAt(p) == ' '
                            && (ns = titleNameStart(text, p + 1)) > 0 && (end = titleNameEnd(text, ns)) > 0) {
                        sink.person(ns, end, TITLE); // "Mr. Smith", "Herr Kollege Brenner": the name after a noun
                        i = end;
                        continue;
                    }
                } else if ((in & IN_MONTHS) != 0
                        && (monthGreeted(text, i, e) || monthAfterTimePreposition(text, i, e))) {
                    if (monthGreeted(text, i, e)) {
                        sink.person(i, e, FIRST_ONLY); // "Hi April,": a given name that is also a month
                    }
                    i = e; // "starts in Jan,", "bis Mai": a month (round-14 tuning)
                    continue;
                } else if ((in & (IN_NOT_NAMES | IN_PLACES)) == 0 && isTitleCase(text, i, e)
                        && (in & IN_ROLE_NOUNS) == 0) {
                    boolean first = (in & IN_FIRST_NAMES) != 0 || Lexicon.isFoldedFirstName(text, i, e);
                    int end = extend(text, e, 3);
                    if (end == e && !first && plainSentenceStart(text, i, e)) {
                        i = e; // "Draft a reply", "Translate the following": nothing below can make it a name
                        continue;
                    }
                    if (end == e && ampersandFirm(text, i, e, first)) {
                        i = e; // "Marks & Spencer", "Ernst & Young", "Simon & Schuster": a firm, not two people
                        continue;
                    }
                    if ((notPersonAfter(text, end) || venueRun(text, i, e, end)) && !placeBlocks(text, i, e, first)) {
                        i = end; // "Aurora S.r.l.", "Joaquin Suarez 2906", "Martinez Mall St.": a company, a street
                        continue;
                    }
                    if (end == e && e < n && text.charAt(e) == ',' && !placeBlocks(text, i, e, first)) {
                        int ce = commaName(text, i, e, sink); // "Osei, Abena", "Papadakis, Eleni"
                        if (ce > 0) {
                            i = ce;
                            continue;
                        }
                    }
                    int start = i;
                    int cue = cueBefore(text, i);
                    if (cue == 0) {
                        cue = StructuredFields.cue(text, i, end, sink);
                    }
                    if (cue == 0 && i >= 3 && text.charAt(i - 1) == ' ' && Chars.lower(text.charAt(i - 2))) {
                        long pc = particleCue(text, i, end, sink); // {"achternaam": "van Leeuwen"}, "mevrouw de Vries"
                        if (pc >= 0) {
                            start = (int) (pc >>> 32);
                            cue = (int) pc;
                        }
                    }
                    if (cue != 0 && !placeBlocks(text, i, e, first)) {
                        if (cue == CUE_THING) {
                            i = end; // "Aurora Lamp" under "product_name": the record says what it is
                            continue;
                        }
                        int ce = cuedName(text, start, e, end, first, cue, sink);
                        if (ce >= 0) {
                            i = ce;
                            continue;
                        }
                    }
                    if (end == e && !first) {
                        int se = singleWordName(text, i, e, sink); // "says Becker.", "6: Gaetane, Hannah, Anthony"
                        if (se > 0) {
                            i = se;
                            continue;
                        }
                        // a single unknown word (a sentence start, usually): only a name introduction before it
                        // makes it a name; the checks below would decide the same, at a higher cost
                        if (introKind(text, i, false) == 2 && !labelIntro(text, i) && !afterNumberOrPlace(text, i)) {
                            sink.person(i, e, INTRO);
                        }
                        i = e;
                        continue;
                    }
                    if (placeBlocks(text, i, e, first)) {
                        i = end; // "rue Victor Hugo", "estadio Santiago Bernabéu": the whole run names the place
                        continue;
                    }
                    int kind = introKind(text, i, true);
                    boolean intro = kind == 2;
                    boolean weak = kind == 1;
                    if (first && end == e && !intro && !weak && wordAtSentenceStart(text, i, e, key)) {
                        i = e; // "Grant the role access", "Max retries is 5": a verb or noun, not a person
                        continue;
                    }
                    if (first && end > e && !intro && articleAfterWord(text, i)) {
                        i = end; // "bij de Albert Heijn", "in der Hugo Boss ...": a shop or brand named after a person
                        continue;
                    }
                    if (end > e && !intro && brandBeside(text, i, end)) {
                        i = end; // "Albert Heijn en Dirk Mulder", "Hugo Boss und Otto Kern": a firm listed with one
                        continue;
                    }
                    if (first || intro || (weak && end > e)) {
                        double score = first ? (end > e ? FIRST_AND_LAST : FIRST_ONLY)
                                : intro ? (end > e ? INTRO + 0.05 : INTRO) : 0.6;
                        if (first && (intro || weak)) {
                            score += 0.1;
                        }
                        sink.person(i, end, Math.min(1.0, score));
                        i = end;
                        continue;
                    }
                    if (end > e) {
                        // "Yesterday Maria Gonzalez": a known first name inside the run starts the name
                        int q = e;
                        while (q < end) {
                            while (q < end && !Chars.letter(text.charAt(q))) {
                                q++;
                            }
                            int qe = wordEnd(text, q);
                            if (qe > q && Lexicon.isFirstName(text, q, qe)
                                    && (qe < end || !afterLowerParticle(text, q))) {
                                break; // not "Anneke ter Horst": a last word after a particle is a family name
                            }
                            q = qe;
                        }
                        if (q < end && Lexicon.BRAND_FIRST.contains(text, q, wordEnd(text, q)) && brandEnd(text, q) > 0) {
                            i = end; // "Umsatz von Hugo Boss": a firm named after its founder inside the run
                            continue;
                        }
                        if (q < end) {
                            // "Zhang Wei", "Wang Fang": a family name before the given name starts the name
                            int nameStart = surnameIn(text, i, q) ? i : q;
                            end = innerNameEnd(text, q, end); // "Alta de María José Fernández": its own extension
                            sink.person(nameStart, end, wordEnd(text, q) < end || nameStart < q ? FIRST_AND_LAST : FIRST_ONLY);
                            i = end;
                            continue;
                        }
                        int g = nameAfterNoun(text, i, e, end);
                        if (g > 0) {
                            sink.person(g, end, FIRST_ONLY); // "Beitrag von Lars", "Messaggio di Giulia"
                            i = end;
                            continue;
                        }
                        int g2 = fullNameAfterNoun(text, i, e, end);
                        if (g2 > 0) {
                            sink.person(g2, end, SURNAME_RUN); // "Bewerbung von Amira Haddad" (round-12 tuning)
                            i = end;
                            continue;
                        }
                        if (surnameRun(text, i, end)) {
                            sink.person(i, end, SURNAME_RUN); // "Olusegun Adeyemi", "Huang Xiaoling"
                            i = end;
                            continue;
                        }
                        if (!afterArticleOrQuote(text, i) && !orgUnitIn(text, i, end) && !placeIn(text, i, end)
                                && !titleWordIn(text, i, end) && !nounPhraseRun(text, i, e, end)) {
                            double score = CAPITALISED_RUN;
                            if (surnameLike(text, end)) {
                                score += 0.1;
                            }
                            if (personVerbAfter(text, end)) {
                                score += 0.1;
                            }
                            if (hasInitialOrParticle(text, e, end)) {
                                score += 0.15; // "Elita B Desaulniers", "Ken N. Fukuda", "Dyan van Gijn"
                            }
                            if (addressHead(text, i, end, sink)) {
                                score += 0.2; // "Marisa Alves\nLegistorm\n09457 Vana-Viru 25": a postal address
                            }
                            sink.person(i, end, score);
                        }
                        i = end; // the whole run is decided
                        continue;
                    }
                } else if ((in & IN_PARTICLES) != 0) {
                    int end = cuedParticleName(text, i, e, sink); // "geachte heer Van den Berg"
                    if (end > 0) {
                        i = end;
                        continue;
                    }
                } else if ((in & IN_KOREAN_SURNAMES) != 0) {
                    int end = koreanName(text, i, e, sink); // "Park Ji-hoon"
                    if (end > 0) {
                        i = end;
                        continue;
                    }
                } else if (capitalCue(text, i, e, (in & IN_LOWER_NAME_CUES) != 0)) {
                    int ne = lowerCuedName(text, i, e, sink); // "Hoi lotte!", "Hey jake,": a hail opening the line
                    if (ne > 0) {
                        i = ne;
                        continue;
                    }
                }
            } else if (lowerOpener(text, i, e) && lowerName(text, i, e)) {
                sink.person(i, e, FIRST_ONLY); // "jens zei dat ...": a chat message opening with a given name
                i = e;
                continue;
            } else if (e < n && speakerStart(text, i) && (he = speakerName(text, i, e, sink)) > 0) {
                sink.person(i, he, FIRST_ONLY); // "[09:12] lena: done?", "marta: sure", "tomasz_k: thx": a speaker
                i = he;
                continue;
            } else if ((he = accountName(text, i, sink)) > 0) {
                i = he; // {"user":"kenji.watanabe"}, "Accepted publickey for aoife from", "export by rvasquez"
                continue;
            } else if (lowerCue(text, i, e)) {
                int ne = lowerCuedName(text, i, e, sink); // "ask priya", "thanks marco!", "dile a carlos"
                i = ne > 0 ? ne : e;
                continue;
            } else if (i >= 1 && text.charAt(i - 1) == '@' && (i == 1 || isSpaceOrStart(text.charAt(i - 2)))
                    && lowerName(text, i, e)) {
                sink.person(i, e, FIRST_ONLY); // "@lena can you review"
                i = e;
                continue;
            } else if (lowerPossessive(text, i, e)) {
                sink.person(i, e, FIRST_ONLY); // "anyone know deepika's email?", "# raj's pi"
                i = e;
                continue;
            } else if (chatVerbAfter(text, e) && (i == 0 || isSpaceOrStart(text.charAt(i - 1)))
                    && lowerName(text, i, e)) {
                sink.person(i, e, FIRST_ONLY); // "jake just told me", "lol becca just posted", "sanne zei dat"
                i = e;
                continue;
            } else if (!labelIntro(text, i) && introBefore(text, i, STRONG, STRONG_LAST)
                    && !Lexicon.NOT_NAMES.contains(text, i, e)) {
                int end = e;
                if (end + 1 < n && text.charAt(end) == ' ' && Chars.letter(text.charAt(end + 1))) {
                    int e2 = wordEnd(text, end + 1);
                    if (!Lexicon.NOT_NAMES.contains(text, end + 1, e2)) {
                        end = e2;
                    }
                }
                sink.person(i, end, Lexicon.isFirstName(text, i, e) ? 0.75 : 0.6);
                i = end;
                continue;
            }
            i = e;
        }
        return i;
    }

    /**
     * The end of the {@link Lexicon#EPONYMOUS_BRANDS} phrase at the capitalised word [i, e) when it is a first word
     * of one ({@code brandFirst}: in {@link Lexicon#BRAND_FIRST}) and a capitalised word or a full stop follows it,
     * or -1: {@link #brandEnd} after cheap tests.
     */
    static int brandAt(String text, int i, int e, boolean brandFirst) {
        int n = text.length();
        if (!brandFirst || e + 1 >= n || !(text.charAt(e) == '.' || (text.charAt(e) == ' '
                && (Chars.upper(text.charAt(e + 1)) || text.charAt(e + 1) == '&')))) {
            return -1; // every phrase goes on with a capitalised word, "&" ("Ben & Jerry's") or "Dr." with its full stop
        }
        return brandEnd(text, i);
    }

    /**
     * The end of the {@link Lexicon#EPONYMOUS_BRANDS} phrase at {@code i} (ignoring case, then no letter or digit;
     * a possessive "'s" stays outside), or -1.
     */
    static int brandEnd(String text, int i) {
        int n = text.length();
        for (String b : Lexicon.EPONYMOUS_BRANDS) {
            int len = b.length();
            if (i + len <= n && (i + len == n || !Chars.letterOrDigit(text.charAt(i + len)))
                    && text.regionMatches(true, i, b, 0, len)) {
                return i + len;
            }
        }
        return -1;
    }

    /**
     * Where the name after a title starts at {@code p}: p, or after a capitalised noun of address that a
     * capitalised word other than a title follows ("Herr Kollege Brenner", "Signor Sindaco Ferri"; {@link
     * Lexicon#ADDRESS_NOUNS}); -1 when such a noun stands alone or before another title ("Sehr geehrte Frau
     * Kollegin,", "Herr Kollege Dr. von Arnim": the later title leads). Reads at most two words.
     */
    static int titleNameStart(String text, int p) {
        int n = text.length();
        if (!Chars.upper(text.charAt(p))) {
            return p;
        }
        int e = wordEnd(text, p);
        if (e - p < 4 || !Lexicon.ADDRESS_NOUNS.contains(text, p, e)) {
            return p;
        }
        if (e + 2 >= n || text.charAt(e) != ' ' || !Chars.upper(text.charAt(e + 1))) {
            return -1;
        }
        int q = e + 1;
        return Lexicon.TITLES.contains(text, q, wordEnd(text, q)) ? -1 : q;
    }

    /**
     * The end of a name after a title at {@code p} ("Mr. Smith", "Herr Van der Meer", "Dr. von Arnim", "Sr. de la
     * Fuente"), or -1: a capitalised word that is not a non-name, or a particle (capitalised, or lower case:
     * twenty-fifth session) before a surname that is no noun of address or role ("Monsieur le Maire").
     */
    static int titleNameEnd(String text, int p) {
        int ie = initialsAfterTitle(text, p);
        if (ie > 0) {
            return ie; // "Dr S. Mahmood", "Mr J. R. Okafor", "Frau A. Lindqvist" (round-12 tuning)
        }
        if (isCapWord(text, p)) {
            int end = extend(text, wordEnd(text, p), 3);
            // "Dr. Oetker Ristorante Pizza", "Mr. Kipling Bakery Cakes": a shop or product word makes it a brand
            return anyWordIn(text, p, end, PersonHeuristics::thingWord) ? -1 : end;
        }
        int e = wordEnd(text, p);
        if (e == p || !Lexicon.PARTICLES.contains(text, p, e)) {
            return -1;
        }
        int se = particleSurnameEnd(text, e);
        if (se < 0) {
            return -1;
        }
        if (Chars.lower(text.charAt(p))) {
            int ss = se;
            while (ss > p && Chars.letter(text.charAt(ss - 1))) {
                ss--;
            }
            if (Lexicon.ADDRESS_NOUNS.contains(text, ss, se) || Lexicon.ROLE_NOUNS.contains(text, ss, se)
                    || Lexicon.TITLE_WORDS.contains(text, ss, se)) {
                return -1;
            }
        }
        return extend(text, se, 2);
    }

    /**
     * After a title, one to three initials at p, each with a full stop and one space or two ("S. ", "J.R. "), then a
     * capitalised family name that is no non-name or place, or particles and one ("Dr S. Mahmood", "Mr J. R. Okafor",
     * "Mme A. de Villiers"; round-12 tuning): the end of the family name (with {@link #extend}), or -1. Reads at most
     * the initials and the next three words.
     */
    static int initialsAfterTitle(String text, int p) {
        int n = text.length();
        int q = p;
        int k = 0;
        while (k < 3 && q + 2 < n && Chars.upper(text.charAt(q)) && text.charAt(q + 1) == '.'
                && (q + 2 >= n || !Chars.letter(text.charAt(q + 2)) || Chars.upper(text.charAt(q + 2)))) {
            q += 2;
            k++;
            if (q < n && text.charAt(q) == ' ') {
                q++;
            }
            if (q + 1 < n && Chars.upper(text.charAt(q)) && text.charAt(q + 1) != '.') {
                break;
            }
        }
        if (k == 0 || q >= n || text.charAt(q - 1) != ' ') {
            return -1;
        }
        int e = wordEnd(text, q);
        if (Chars.lower(text.charAt(q))) {
            if (!Lexicon.PARTICLES.contains(text, q, e)) {
                return -1;
            }
            int se = particleSurnameEnd(text, e);
            return se > 0 ? se : -1;
        }
        if (capitalParticleSurname(text, q)) {
            return particleSurnameEnd(text, e); // "Prof. J. El Khatib", "Dr. M. De Smet" (thirty-second session)
        }
        if (!isTitleCase(text, q, e) || Lexicon.NOT_NAMES.contains(text, q, e) || Lexicon.PLACES.contains(text, q, e)
                || orgUnitWord(text, q, e)) {
            return -1;
        }
        return extend(text, e, 2);
    }

    /**
     * After a (capitalised) particle ending at {@code e}: up to two more particles, then a capitalised surname
     * ("De Luca", "El Amrani", "Van den Berg", "De la Fuente"); the end of the surname, or -1.
     */
    static int particleSurnameEnd(String text, int e) {
        int n = text.length();
        int p = e;
        for (int k = 0; k < 3; k++) {
            if (k < 2 && p + 4 < n && text.charAt(p) == ' ' && isApostropheT(text, p + 1) && text.charAt(p + 3) == ' ') {
                p += 3; // "Van 't Hof", "Op 't Veld"
                continue;
            }
            if (p + 2 >= n || text.charAt(p) != ' ' || !Chars.letter(text.charAt(p + 1))) {
                return -1;
            }
            int q = p + 1;
            int qe = wordEnd(text, q);
            if (Chars.upper(text.charAt(q)) && isTitleCase(text, q, qe) && !Lexicon.NOT_NAMES.contains(text, q, qe)
                    && !Lexicon.TITLES.contains(text, q, qe)) {
                return qe;
            }
            if (k == 2 || !Lexicon.PARTICLES.contains(text, q, qe)) {
                return -1;
            }
            p = qe;
        }
        return -1;
    }

    /** A capitalised particle starting a surname right after a cue word ("heer Van den Berg"): emitted, its end. */
    static int cuedParticleName(String text, int i, int e, Sink sink) {
        int de = eateryDa(text, i, e);
        if (de > 0) {
            return de; // "il ristorante Da Peppe", "pranzo Da Gigi": an eatery named after its host (round-12 tuning)
        }
        if (!Lexicon.SURNAME_STARTS.contains(text, i, e)) {
            return -1; // "Groet,\nHet Facilitair Bedrijf": an article, not a surname particle
        }
        int se = particleSurnameEnd(text, e);
        if (se < 0 || afterNumberOrPlace(text, i)) {
            return -1;
        }
        int cue = cueBefore(text, i);
        int end = extend(text, se, 2);
        if (cue == 0) {
            cue = StructuredFields.cue(text, i, end, sink); // {"nom": "Le Bihan"}
        }
        if (cue == 0 || cue == CUE_KIN || cue == CUE_THING) {
            return -1;
        }
        if (cue == CUE_ROLE && end == se && fileNounBefore(text, i) && !orgUnitIn(text, i, end)
                && (!articleParticle(text, i, e) || wordEnd(text, e + 1) < se || Lexicon.isSurname(text, e + 1, se))) {
            sink.person(i, end, INTRO); // "Objet : dossier Van Damme", "Akte Von Thun": a file kept on a person
            return end;
        }
        return cuedName(text, i, se, end, false, cue, sink);
    }

    /** Whether the particle [i, e) is also an article ({@link #ARTICLE_PARTICLES}: "De", "La", "Le", "El"). */
    static boolean articleParticle(String text, int i, int e) {
        return (e - i == 2 || e - i == 3) && ARTICLE_PARTICLES.contains(text, i, e);
    }

    /**
     * Particles that are also articles of one of the six languages ("De Lijn", "La Poste", "Le Monde", "El Corte
     * Inglés"): with one word after them as often a company as a family name.
     */
    private static final WordSet ARTICLE_PARTICLES = new WordSet(java.util.Arrays.asList("de", "la", "le", "el",
        "il", "lo", "les", "los", "den", "der", "het"));

    /**
     * Whether the word before the space before i is a noun of a file kept on a person ({@link Lexicon#FILE_NOUNS}:
     * "dossier", "Akte", "expediente"), after which a particle and a capitalised word are a family name, as a
     * single unknown word after a role noun is not (thirty-third session). Reads at most {@value #CUE_MAX}
     * characters back.
     */
    static boolean fileNounBefore(String text, int i) {
        long w = wordBefore(text, i - 1, CUE_MAX);
        return w >= 0 && Lexicon.FILE_NOUNS.contains(text, (int) (w >>> 32), (int) w);
    }

    /**
     * The end of the given name after a capitalised "Da" inside a sentence ("il ristorante Da Peppe", "cena Da
     * Mario"): the Italian way of naming an eatery after its host, when one known given name follows and no other
     * capitalised word after it ("Da Silva Costa" is no eatery); else -1. Reads the next two words.
     */
    static int eateryDa(String text, int i, int e) {
        int n = text.length();
        if (e - i != 2 || text.charAt(i) != 'D' || text.charAt(i + 1) != 'a' || lineStart(text, i)
                || e + 2 >= n || text.charAt(e) != ' ' || !Chars.upper(text.charAt(e + 1))) {
            return -1;
        }
        int we = wordEnd(text, e + 1);
        if (!Lexicon.isFirstName(text, e + 1, we) || (we + 1 < n && text.charAt(we) == ' '
                && Chars.upper(text.charAt(we + 1)))) {
            return -1;
        }
        return we;
    }

    /**
     * The kind of cue word right before the word at i ({@link #CUE_LABEL} "Nachname: ", {@link #CUE_GREETING}
     * "Hoi " at a line start, {@link #CUE_SIGNOFF} "Groetjes,\n", {@link #CUE_KIN} "my daughter ",
     * {@link #CUE_TITLE} "mevrouw "), or 0. Reads at most 20 characters back.
     */
    static int cueBefore(String text, int i) {
        int p = i - 1;
        if (p < 2) {
            return 0;
        }
        char sp = text.charAt(p);
        if (sp != ' ' && sp != '\n') {
            return 0;
        }
        // the separator after a cue word is a space, comma, colon, '!' or line break: a full stop before the space
        // (a sentence start, the most frequent capitalised word) or any other character rejects at once
        char b = text.charAt(p - 1);
        if (b == '.') {
            if (dottedTitleBefore(text, p - 1)) {
                return CUE_TITLE; // "huisarts dr. Roelofs", "fam. Jansen"
            }
            return sp == ' ' && inNameOf(text, p) ? CUE_LABEL : 0; // "t.n.v. R. Kortenhoeven"
        }
        if (!Chars.letter(b) && b != ',' && b != ':' && b != ' ' && b != '\n' && b != '\r' && b != '!') {
            return 0;
        }
        if (b == ':' && p >= 4 && (PiiDetector.isDigit(text.charAt(p - 2))
                || text.charAt(p - 2) == ' ' && PiiDetector.isDigit(text.charAt(p - 3)))) {
            return numberedLabel(text, p - 1) ? CUE_ROLE : 0; // "Guest 2: Luke Abernethy", "Kind 1: Lina ..."
        }
        long w = wordBefore(text, p, CUE_MAX);
        if (w < 0) {
            w = elidedWordBefore(text, p); // "l'utilisateur", "dell'avvocato": longer with the elided article
            if (w < 0) {
                return 0;
            }
        }
        int ws = (int) (w >>> 32);
        int we = (int) w;
        for (int a = ws + 1; a < ws + 5 && a < we - 3; a++) {
            if (text.charAt(a) == '\'') {
                ws = a + 1; // an elided article or preposition: "l'avocat", "all'autista" (twenty-fifth session)
                break;
            }
        }
        if (i - we == 1 && sp == ' ' && we - ws <= 5 && inNameOf(text, we)) {
            return CUE_LABEL; // "a nombre de Ernesto Villalba Ruiz", "ten name van ...", "in the name of ..."
        }
        boolean cue = Lexicon.CUES.contains(text, ws, we) // length and first/last letter filters first
                || feminineTitle(text, ws, we);
        long key = cue ? WordSet.key(text, ws, we) : 0;
        if (!cue) {
            // "last_name: ", "Full name: ", "family-name: ": a qualified name label
            // "Given names: ", "first_names: ": the plural too
            int len = we - ws == 5 && (text.charAt(we - 1) | 0x20) == 's' ? 4 : we - ws;
            return len == 4 && text.charAt(we) == ':' && text.regionMatches(true, ws, "name", 0, 4)
                    && qualifiedNameLabel(text, ws) ? CUE_LABEL : 0;
        }
        boolean colon = false;
        boolean comma = false;
        boolean newline = false;
        for (int k = we; k < i; k++) {
            char c = text.charAt(k);
            if (c == ':') {
                colon = true;
            } else if (c == ',') {
                comma = true;
            } else if (c == '\n' || c == '\r') {
                newline = true;
            } else if (c != ' ' && c != '!') {
                return 0;
            }
        }
        if (colon) {
            if (newline) {
                return 0;
            }
            if (Lexicon.PERSON_LABELS.contains(text, ws, we, key)) {
                return CUE_LABEL;
            }
            if ((Lexicon.ROLE_LABELS.contains(text, ws, we, key) || Lexicon.ROLE_NOUNS.contains(text, ws, we, key))
                    && !Lexicon.CHAT_ROLES.contains(text, ws, we, key)) {
                return CUE_ROLE; // "Apologies: ...", "Driver: ...", "Patient: ..."
            }
            return Lexicon.EMAIL_HEADERS.contains(text, ws, we, key) && lineStart(text, ws) ? CUE_HEADER : 0;
        }
        boolean spaceOnly = i - we == 1 && sp == ' ';
        if (spaceOnly && Chars.lower(text.charAt(ws))) {
            if (Lexicon.LOWER_TITLES.contains(text, ws, we, key) || feminineTitle(text, ws, we)) {
                return CUE_TITLE;
            }
            if (Lexicon.KINSHIP.contains(text, ws, we, key)) {
                return CUE_KIN;
            }
        }
        if (spaceOnly && Lexicon.ROLE_NOUNS.contains(text, ws, we, key)) {
            return CUE_ROLE; // "owner Benedikt Hauser", "Teilnehmer Ulrike Sommerfeld", "il sindaco ..."
        }
        if (comma && !newline && i - we == 2 && Chars.lower(text.charAt(ws))
                && (Lexicon.ROLE_NOUNS.contains(text, ws, we, key) || Lexicon.KINSHIP.contains(text, ws, we, key))
                && !Lexicon.FIRM_ROLES.contains(text, ws, we, key)) {
            return CUE_APPOSITION; // "El repartidor, Manolo, te llamará"
        }
        if (Lexicon.SIGN_OFFS.contains(text, ws, we, key)
                && (comma || newline || Lexicon.SIGN_OFFS_SPACED.contains(text, ws, we, key))) {
            return CUE_SIGNOFF;
        }
        if (!newline && Lexicon.GREETINGS.contains(text, ws, we, key) && lineStart(text, ws)) {
            return CUE_GREETING;
        }
        return 0;
    }

    /**
     * Whether the ':' at {@code colon} ends a numbered person field of a form or a list ("Guest 2:", "Passenger 1:",
     * "Kind 2:", "Enfant 1 :", "Hijo 2:", "Partecipante 3:"): one or two digits after a space after a person label,
     * role or kinship word (thirty-fifth session). As after a role, a single unknown word after it is no name
     * ({@link #CUE_ROLE}). Reads at most {@value #CUE_MAX} + 4 characters back.
     */
    static boolean numberedLabel(String text, int colon) {
        int q = colon;
        if (q > 0 && text.charAt(q - 1) == ' ') {
            q--; // "Enfant 1 :"
        }
        int de = q;
        while (q > 0 && de - q < 2 && PiiDetector.isDigit(text.charAt(q - 1))) {
            q--;
        }
        if (q == de || q < 2 || text.charAt(q - 1) != ' ') {
            return false;
        }
        long w = wordBefore(text, q - 1, CUE_MAX);
        if (w < 0) {
            return false;
        }
        int ws = (int) (w >>> 32);
        int we = (int) w;
        return Lexicon.PERSON_ROLES.contains(text, ws, we) || Lexicon.PERSON_LABELS.contains(text, ws, we)
                || Lexicon.ROLE_NOUNS.contains(text, ws, we) || Lexicon.KINSHIP.contains(text, ws, we)
                || Lexicon.NUMBERED_PERSONS.contains(text, ws, we);
    }

    /**
     * Phrases naming the holder of an account, a booking or a contract ("in the name of"), in the six languages:
     * the name after one is the holder's (thirty-fifth session). Lower case; compared ignoring case.
     */
    private static final String[] NAME_OF = {"in the name of", "in name of", "ten name van", "t.n.v.",
        "op naam van", "auf den namen von", "auf den namen", "au nom de", "a nombre de", "intestato a",
        "intestata a", "a nome di"};

    /**
     * Whether one of the {@link #NAME_OF} phrases ends at {@code we}, at a word start ("t.n.v. R. Kortenhoeven",
     * "a nombre de Ernesto Villalba Ruiz", "auf den Namen Gerd Kramer"). Runs only for the word before a candidate
     * name (at most 12 region compares of at most 17 characters; within {@link PiiDetector#BACK_MARGIN}).
     */
    static boolean inNameOf(String text, int we) {
        char last = (char) (text.charAt(we - 1) | 0x20);
        if (last != 'f' && last != 'n' && last != 'e' && last != 'a' && last != 'i' && last != '.') {
            return false;
        }
        for (String phrase : NAME_OF) {
            int s = we - phrase.length();
            if (s >= 0 && text.regionMatches(true, s, phrase, 0, phrase.length())
                    && (s == 0 || !Chars.letterOrDigit(text.charAt(s - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the lower-case word [ws, we) is the feminine ending of an Italian dotted title ("dott.ssa",
     * "prof.ssa", "avv.ssa"): the word "ssa" after "dott.", "prof." or "avv."; or "ra" or "na" after "sig."
     * ("sig.ra", "sig.na").
     */
    static boolean feminineTitle(String text, int ws, int we) {
        if (we - ws == 2 && ws >= 4 && text.charAt(ws - 1) == '.'
                && (text.regionMatches(ws, "ra", 0, 2) || text.regionMatches(ws, "na", 0, 2))) {
            // "sig.ra", "sig.na": signora, signorina (round-14 tuning)
            return text.regionMatches(true, ws - 4, "sig", 0, 3) && (ws == 4 || !Chars.letter(text.charAt(ws - 5)));
        }
        if (we - ws != 3 || ws < 4 || text.charAt(ws - 1) != '.' || !text.regionMatches(ws, "ssa", 0, 3)) {
            return false;
        }
        return text.regionMatches(true, ws - 5, "dott", 0, 4) || text.regionMatches(true, ws - 5, "prof", 0, 4)
                || text.regionMatches(true, ws - 4, "avv", 0, 3);
    }

    /** Prepositions of time before a month ("in", "since", "until", "im", "seit", "bis", "depuis", "desde"). */
    private static final WordSet TIME_PREPOSITIONS = new WordSet(java.util.Arrays.asList("in", "since", "until",
        "till", "mid", "early", "late", "im", "seit", "bis", "sinds", "tot", "depuis", "desde", "hasta", "entro",
        "fino"));

    /**
     * Whether the month name [i, e) follows a lower-case preposition of time and is not followed by a capitalised word
     * or an apostrophe ("moves in Jan, then", "bis Mai"; not "in Jan Smit's office", "until June's visit"): a
     * month, not a given name. Reads six characters back and two after.
     */
    static boolean monthAfterTimePreposition(String text, int i, int e) {
        int n = text.length();
        if (i < 3 || text.charAt(i - 1) != ' ' || !Chars.lower(text.charAt(i - 2))) {
            return false;
        }
        if (e < n && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019'
                || text.charAt(e) == ' ' && e + 1 < n && Chars.upper(text.charAt(e + 1)))) {
            return false;
        }
        int ws = i - 2;
        while (ws > 0 && i - 1 - ws < 6 && Chars.letter(text.charAt(ws - 1))) {
            ws--;
        }
        return (ws == 0 || !Chars.letter(text.charAt(ws - 1))) && TIME_PREPOSITIONS.contains(text, ws, i - 1);
    }

    /**
     * Whether the month name [i, e) is a person's given name: after a greeting and before a comma, '!' or the line's
     * end ("Hi April,", "Dear June!"; "in April," is a date).
     */
    static boolean monthGreeted(String text, int i, int e) {
        int n = text.length();
        if (e < n && text.charAt(e) != ',' && text.charAt(e) != '!' && text.charAt(e) != '\n'
                && text.charAt(e) != '\r') {
            return false;
        }
        return i >= 3 && cueBefore(text, i) == CUE_GREETING;
    }

    /**
     * The word before the space at {@code p} (over up to two punctuation characters, as {@link #wordBefore}) after an
     * elided French or Italian article or preposition of one to four letters ("l'utilisateur", "dell'avvocato"),
     * packed as start << 32 | end, when it has {@link #CUE_MAX} letters or fewer; -1 otherwise. Reads at most 21
     * characters back.
     */
    static long elidedWordBefore(String text, int p) {
        int we = p;
        while (we > 0 && !Chars.letter(text.charAt(we - 1)) && p - we < 2) {
            we--;
        }
        int ws = we;
        while (ws > 0 && we - ws <= CUE_MAX && Chars.letter(text.charAt(ws - 1))) {
            ws--;
        }
        if (ws == we || we - ws > CUE_MAX || ws < 2 || text.charAt(ws - 1) != '\'') {
            return -1;
        }
        int as = ws - 1;
        while (as > 0 && ws - 1 - as < 5 && Chars.letter(text.charAt(as - 1))) {
            as--;
        }
        return as < ws - 1 && ws - 1 - as <= 4 && (as == 0 || !Chars.letter(text.charAt(as - 1)))
                ? (long) ws << 32 | we : -1;
    }

    /**
     * Whether a lower-case title abbreviation ends at the full stop at {@code dot} ("dr.", "mevr.", "fam.", "sig."),
     * standing after a space, a bracket or the line start: reads at most six characters back.
     */
    static boolean dottedTitleBefore(String text, int dot) {
        int ws = dot;
        while (ws > 0 && dot - ws < 5 && Chars.lower(text.charAt(ws - 1))) {
            ws--;
        }
        if (ws == dot || (ws > 0 && !(text.charAt(ws - 1) == ' ' || text.charAt(ws - 1) == '('
                || text.charAt(ws - 1) == '\n' || elidedArticle(text, ws)))) {
            return false;
        }
        return Lexicon.DOTTED_TITLES.contains(text, ws, dot);
    }

    /** Whether an elided article ends right before ws ("l'avv.", "dell'ing."): "l" or "ll" and an apostrophe. */
    private static boolean elidedArticle(String text, int ws) {
        char a = text.charAt(ws - 1);
        return (a == '\'' || a == '\u2019') && ws >= 2 && (text.charAt(ws - 2) == 'l' || text.charAt(ws - 2) == 'L');
    }

    /**
     * Whether the single capitalised word [i, e) (no known given name, not extended) starts a sentence after ". "
     * or "? " (but not after a dotted title: "dr. Roelofs") and is followed by a space and a lower-case word other
     * than "and" ("Draft a reply", "Translate the following"). The scan then skips the word at once: every later
     * check of its cascade that could emit it needs something this rules out. A comma name needs a comma after it;
     * a cue needs a cue word, a label or a table separator before it, a lower-case particle ({@code particleCue}),
     * or a speaker colon after it ({@link StructuredFields#cue}); a greeting or sign-off needs the name to end its
     * clause ({@link #nameEnds}); {@link #singleWordName} needs a speech verb, an attribution or action phrase (a
     * lower-case letter right before the space), or a list separator on either side (",", " and ", " & "); and no
     * name introduction ends in ". " or "? ". The checks that skip a word (a firm, a street, a venue, a place)
     * lead to the same skip. Not after "! ": a cue word may stand before it ("Driver:! Amrani", {@link #cueBefore}
     * looks over two punctuation characters). Reads at most eight characters before the word and five after it.
     * {@code PersonHeuristicsEquivalenceTest} holds it to the reference scan.
     */
    static boolean plainSentenceStart(String text, int i, int e) {
        if (i < 2 || e + 2 >= text.length() || text.charAt(i - 1) != ' ' || text.charAt(e) != ' '
                || !Chars.lower(text.charAt(e + 1))) {
            return false;
        }
        char b = text.charAt(i - 2);
        return (b == '?' || (b == '.' && !dottedTitleBefore(text, i - 2))) && !text.startsWith(" and ", e);
    }

    /**
     * Whether the word [i, e) stands between digits and the same '/' or '-' on both sides ("04/Jun/2024"), or is a
     * month before a day of one or two digits after up to three spaces ("Jun  3 07:41:12", syslog's padded day;
     * "Jan 12, 2024").
     */
    static boolean dateWord(String text, int i, int e) {
        int n = text.length();
        if (e + 1 >= n) {
            return false;
        }
        if (e - i <= 5 && weekdayBeforeTime(text, i, e)) {
            return true;
        }
        if (text.charAt(e) == ' ') {
            int q = e + 1;
            while (q < n && q - e < 3 && text.charAt(q) == ' ') {
                q++;
            }
            int d = q;
            while (d < n && d - q < 3 && isAsciiDigit(text.charAt(d))) {
                d++;
            }
            return d > q && d - q <= 2 && (d >= n || !Chars.letterOrDigit(text.charAt(d)))
                    && Lexicon.MONTHS.contains(text, i, e);
        }
        if (i < 2) {
            return false;
        }
        char s = text.charAt(i - 1);
        return (s == '/' || s == '-') && text.charAt(e) == s && isAsciiDigit(text.charAt(i - 2))
                && isAsciiDigit(text.charAt(e + 1));
    }

    /** Abbreviated weekdays in the six languages (the full names are {@link Lexicon#NOT_NAMES}). */
    private static final WordSet WEEKDAYS_SHORT = new WordSet(java.util.Arrays.asList("mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun", "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "mié", "mie",
        "jue", "vie", "sáb", "sab", "dom", "gio"));

    /**
     * Whether the word [i, e) is an abbreviated weekday before a time or a day ("moved to Thu 3:40pm", "Fri 14/03",
     * "Sat, 12 April", "jeu. 9h30"; thirty-second session): a date, not the given name the same letters make.
     */
    static boolean weekdayBeforeTime(String text, int i, int e) {
        int n = text.length();
        int q = e;
        if (q < n && (text.charAt(q) == '.' || text.charAt(q) == ',')) {
            q++;
        }
        if (q + 1 >= n || text.charAt(q) != ' ' || !isAsciiDigit(text.charAt(q + 1))) {
            return false;
        }
        return WEEKDAYS_SHORT.contains(text, i, e);
    }

    /**
     * Whether the word [i, e) is a compound of an acronym and a lower-case noun ("ETH-adres", "IBAN-nummer",
     * "PDF-bestand", "SMS-berichten") or of a noun and an acronym ("Steuer-ID der Vermieterin"): a noun, never a name, so it does not start a run that takes the name after it
     * ("het ETH-adres van Noor" is Noor's address, not a person "ETH-adres van Noor").
     */
    static boolean acronymCompound(String text, int i, int e) {
        if (e - i < 4) {
            return false;
        }
        if (!Chars.upper(text.charAt(i + 1))) {
            // the acronym last: "Steuer-ID", "Kunden-ID", "Patienten-PIN" (twenty-sixth session)
            int h = e - 1;
            while (h > i && Chars.upper(text.charAt(h))) {
                h--;
            }
            return e - h > 2 && h > i + 1 && text.charAt(h) == '-' && Chars.lower(text.charAt(h - 1));
        }
        int h = i + 2;
        while (h < e && Chars.upper(text.charAt(h))) {
            h++;
        }
        return h + 1 < e && text.charAt(h) == '-' && Chars.lower(text.charAt(h + 1));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether the lower-case word [i, e) is a chat cue for a lower-case name after it ({@link Lexicon#LOWER_NAME_CUES}). */
    static boolean lowerCue(String text, int i, int e) {
        return e - i <= 11 && Chars.lower(text.charAt(i)) && Lexicon.LOWER_NAME_CUES.contains(text, i, e);
    }

    /**
     * Whether the capitalised word [i, e) is a chat cue opening its line or sentence ("Hoi lotte!", "Hey jake, ...";
     * round-11 tuning), which {@link #lowerCuedName} reads as its lower-case form; {@code cueWord}: whether it is in
     * {@link Lexicon#LOWER_NAME_CUES}.
     */
    static boolean capitalCue(String text, int i, int e, boolean cueWord) {
        return cueWord && e - i <= 11 && lineStart(text, i);
    }

    /**
     * After the chat cue [i, e) ("ask", "thanks", "dile"), over ", " or one space and at most two short words
     * ("a", "aan", "even"): a lower-case known given name that ends its word ("ask priya about", "thanks marco!",
     * "vraag even aan joost"), emitted; its end, or -1. Reads at most 40 characters after the cue.
     */
    static int lowerCuedName(String text, int i, int e, Sink sink) {
        if (e - i >= 4 && Lexicon.CONTACT_VERBS.contains(text, i, e) && !subjectBefore(text, i)) {
            return -1; // "a city called austin": the verb names, it does not contact
        }
        int n = text.length();
        int p = e;
        if (p < n && text.charAt(p) == ',') {
            p++;
        }
        for (int k = 0; k < 3; k++) {
            if (p + 2 >= n || text.charAt(p) != ' ' || !Chars.lower(text.charAt(p + 1))) {
                return -1;
            }
            int s = p + 1;
            int we = wordEnd(text, s);
            if (we < n && (Chars.letterOrDigit(text.charAt(we)) || text.charAt(we) == '@' || text.charAt(we) == '_')) {
                return -1;
            }
            if (k < 2 && Lexicon.LOWER_NAME_GAPS.contains(text, s, we)) {
                p = we;
                continue;
            }
            // "il numero di chiara": a contact noun and "of" make a person of a given name that is also a word
            boolean owner = k == 1 && we - s >= 4 && Lexicon.LOWER_CONTACT_CUES.contains(text, i, e)
                    && strongLowerName(text, s, we);
            if (!owner && !lowerName(text, s, we)
                    && !(k == 0 && germanTitle(text, i, e) && lowerSurname(text, s, we))) {
                return -1;
            }
            int ne = lowerIrishSurnameEnd(text, we);
            sink.person(s, ne, FIRST_ONLY);
            return ne;
        }
        return -1;
    }

    /** Subjects and adverbs before a {@link Lexicon#CONTACT_VERBS} word ("i called", "we just texted", "also rang"). */
    private static final WordSet CONTACT_SUBJECTS = new WordSet(java.util.Arrays.asList("i", "we", "he", "she",
        "they", "you", "just", "already", "also", "finally", "then", "and", "never", "ive", "i've", "have", "has",
        "had", "who", "u", "ya"));

    /**
     * Whether the word at i starts the text, a line or a sentence (after ". ", "! ", "? ", "- ") or follows a
     * subject or an adverb ({@link #CONTACT_SUBJECTS}). Reads at most ten characters back.
     */
    static boolean subjectBefore(String text, int i) {
        if (i == 0 || text.charAt(i - 1) == '\n') {
            return true;
        }
        if (text.charAt(i - 1) != ' ' || i < 2) {
            return false;
        }
        char b = text.charAt(i - 2);
        if (b == '.' || b == '!' || b == '?' || b == '-' || b == ':' || b == '\n') {
            return true;
        }
        long w = wordBefore(text, i - 1, 8);
        return w >= 0 && (int) w == i - 1 && CONTACT_SUBJECTS.contains(text, (int) (w >>> 32), (int) w);
    }

    /** Whether [i, e) is a German title written in lower case ("frau", "herr", "herrn"), as chat writes it. */
    private static boolean germanTitle(String text, int i, int e) {
        return (e - i == 4 && (text.startsWith("frau", i) || text.startsWith("herr", i)))
                || (e - i == 5 && text.startsWith("herrn", i));
    }

    /**
     * Whether [s, e) is a lower-case known family name of four letters or more that is no common word, no given name
     * ({@link #lowerName} decides those) and no month ("frau schneider", "herrn yilmaz"; thirty-second session).
     */
    static boolean lowerSurname(String text, int s, int e) {
        if (e - s < 4 || e - s > 14) {
            return false;
        }
        for (int q = s; q < e; q++) {
            if (!Chars.lower(text.charAt(q))) {
                return false;
            }
        }
        long key = WordSet.key(text, s, e);
        return Lexicon.isSurname(text, s, e) && !Lexicon.LOWER_NAME_STOP.contains(text, s, e, key)
                && !Lexicon.WORD_NAMES.contains(text, s, e, key) && !Lexicon.NOT_NAMES.contains(text, s, e, key)
                && !Lexicon.MONTHS.contains(text, s, e, key);
    }

    /**
     * The end of a lower-case Irish family name after the given name ending at {@code we} ("ask jamie o'neill",
     * "thanks siobhan o’brien"): one space, "o", an apostrophe and three or more lower-case letters; else {@code we}.
     */
    static int lowerIrishSurnameEnd(String text, int we) {
        int n = text.length();
        if (we + 5 >= n || text.charAt(we) != ' ' || text.charAt(we + 1) != 'o'
                || (text.charAt(we + 2) != '\'' && text.charAt(we + 2) != '\u2019')) {
            return we;
        }
        int q = we + 3;
        while (q < n && q - we < 16 && Chars.lower(text.charAt(q))) {
            q++;
        }
        return q - (we + 3) >= 3 && (q >= n || !Chars.letterOrDigit(text.charAt(q)))
                && !(q - (we + 3) == 5 && text.startsWith("clock", we + 3)) ? q : we; // not "o'clock"
    }

    /**
     * Whether the lower-case word [0, e) opens a chat message as its writer's addressee or subject: a known given
     * name at the text's start, a lower-case word after it ("jens zei dat ...", "chloé tu peux ...").
     */
    static boolean lowerOpener(String text, int i, int e) {
        return i == 0 && e + 2 < text.length() && text.charAt(e) == ' ' && Chars.lower(text.charAt(e + 1));
    }

    /**
     * Whether the word [i, e), followed by ':' and whitespace (or the text's end), speaks a chat line: it starts its
     * line or follows a time stamp's ']' and one space ("[09:12] lena: done?", "marta: sure"). The word is the
     * whole whitespace run before the message, as {@code PiiDetector}'s run filter checks it ({@link #speakerRun}).
     */
    static boolean lowerSpeaker(String text, int i, int e) {
        int c = speakerColon(text, e);
        return c > 0 && (c + 1 >= text.length() || Character.isWhitespace(text.charAt(c + 1))) && speakerStart(text, i);
    }

    /**
     * The colon of a speaker label whose word ends at {@code e}: right there, or after one space or no-break space
     * (French typography: "camille : ok", "hugo\u00a0: oui"); -1 for none.
     */
    static int speakerColon(String text, int e) {
        int n = text.length();
        if (e >= n) {
            return -1;
        }
        char c = text.charAt(e);
        if (c == ':') {
            return e;
        }
        return (c == ' ' || c == '\u00a0' || c == '\u202f') && e + 1 < n && text.charAt(e + 1) == ':' ? e + 1 : -1;
    }

    /**
     * The end of a lower-case chat speaker label at i, whose first word ends at e and which starts its line (or
     * follows a stamp, {@link #speakerStart}): a known given name ("marta: sure"), a user name built from a name
     * ("tomasz_k:", "[10:14] mike.r:",
     * {@link #nameHandle}), or, beside such a speaker on the line before or after, a named neighbour's partner: a
     * known given name that is also a word ({@link #namedNeighbour}) or any other lower-case word that is no label
     * of a log or a form ("anya", "javi"; {@link #SPEAKER_STOP}). -1 for none (round-12 tuning for the handles and
     * the unknown partners). A name that is also a common word alone stays out ("ben: ok", round 10).
     */
    static int speakerName(String text, int i, int e, Sink sink) {
        int n = text.length();
        char c = text.charAt(e);
        int he = e;
        if (c == '.' || c == '_' || c == '-' || isAsciiDigit(c)) {
            he = handleEnd(text, i);
            if (he < 0) {
                return -1;
            }
        }
        int colon = speakerColon(text, he);
        if (colon < 0 || (colon + 1 < n && !Character.isWhitespace(text.charAt(colon + 1)))) {
            return -1;
        }
        if (he > e) {
            return nameHandle(text, i, he, true) ? he : -1;
        }
        if (lowerName(text, i, e) || namedNeighbour(text, i, e, sink)) {
            return e;
        }
        if (e - i < 3 || e - i > 12 || (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != ' ')) {
            return -1;
        }
        for (int q = i; q < e; q++) {
            if (text.charAt(q) < 'a' || text.charAt(q) > 'z') {
                return -1;
            }
        }
        long key = WordSet.key(text, i, e);
        if (SPEAKER_STOP.contains(text, i, e, key) || Lexicon.NOT_NAMES.contains(text, i, e, key)
                || Lexicon.WORD_NAMES.contains(text, i, e, key) || Lexicon.MONTHS.contains(text, i, e, key)
                || Lexicon.LOWER_NAME_CUES.contains(text, i, e, key) || Lexicon.DOB.contains(text, i, e, key)) {
            return -1;
        }
        return neighbourSpeakerNamed(text, i, e, sink) ? e : -1;
    }

    /** Lower-case words that label a line of a log, a form, a commit or a chat rather than a person. */
    private static final WordSet SPEAKER_STOP = new WordSet(java.util.Arrays.asList("note", "notes", "todo", "fixme",
        "error", "errors", "warn", "warning", "info", "debug", "trace", "fatal", "fix", "feat", "chore", "docs",
        "refactor", "style", "perf", "test", "tests", "bot", "admin", "root", "system", "user", "users", "agent",
        "assistant", "support", "me", "you", "him", "her", "them", "us", "q", "re", "fw", "fwd", "cc", "bcc", "to",
        "from", "subject", "date", "time", "status", "result", "results", "output", "input", "answer", "question",
        "response", "reply", "update", "edit", "step", "task", "usage", "example", "tip", "hint", "source",
        "summary", "reason", "cause", "action", "host", "server", "client", "customer", "caller", "operator",
        "moderator", "mod", "guest", "anon", "anonymous", "unknown", "someone", "everyone", "all", "team", "staff",
        "human", "model", "ai", "gpt", "llm", "prompt", "context", "query", "sql", "shell", "cmd", "command", "run",
        "exit", "ok", "yes", "no", "tl", "dr", "tldr", "ps", "nb", "pss", "lol", "update", "bug", "issue", "ticket",
        "opmerking", "hinweis", "achtung", "fehler", "remarque", "attention", "erreur", "nota", "aviso", "errore",
        "cliente", "klant", "kunde", "agente", "operatore", "utente", "usuario", "utilisateur", "gebruiker",
        "benutzer", "medewerker", "mitarbeiter", "vraag", "antwoord", "frage", "antwort", "réponse", "pregunta",
        "respuesta", "domanda", "risposta", "name", "naam", "nom", "nombre", "nome", "email", "mail", "phone", "tel",
        "fax", "address", "adres", "adresse", "dirección", "indirizzo", "password", "pass", "pin", "token", "key",
        "value", "id", "type", "kind", "default", "total", "price", "cost", "amount", "count", "version", "build",
        "env", "stage", "prod", "dev", "staging", "local", "remote", "origin", "main", "master", "branch", "commit",
        "author", "date", "merge", "image", "tag", "port", "path", "url", "link", "file", "files", "dir", "args",
        "options", "params", "body", "header", "headers", "request", "requests", "log", "logs", "event", "events"));

    /**
     * Whether the line before or after the speaker [i, e) starts with a lower-case speaker that is a name
     * ({@link #lowerName}, {@link #strongLowerName}) or a user name built from one ({@link #nameHandle}). Reads the
     * two lines around it, at most 400 characters each way.
     */
    static boolean neighbourSpeakerNamed(String text, int i, int e, Sink sink) {
        return neighbourSpeaker(text, i, e, sink, PersonHeuristics::handleSpeakerAt);
    }

    /** A test of the speaker a line starts with, other than the word [i, e). */
    private interface SpeakerTest {
        boolean at(String text, int lineStart, int i, int e);
    }

    /**
     * Whether the line before, or else the line after, the speaker [i, e) starts with a speaker {@code test} takes.
     * Reads the two lines around it, at most 400 characters each way (the line after: its first 40).
     */
    private static boolean neighbourSpeaker(String text, int i, int e, Sink sink, SpeakerTest test) {
        int n = text.length();
        int ls = i;
        while (ls > 0 && i - ls < 40 && text.charAt(ls - 1) != '\n') {
            ls--;
        }
        int le = e;
        while (le < n && le - e < 400 && text.charAt(le) != '\n') {
            le++;
        }
        int lo = ls;
        int hi = le;
        boolean named = false;
        if (ls > 0 && text.charAt(ls - 1) == '\n') {
            int ps = ls - 1;
            while (ps > 0 && ls - ps < 400 && text.charAt(ps - 1) != '\n') {
                ps--;
            }
            lo = ps;
            named = test.at(text, ps, i, e);
        }
        if (!named && le < n) {
            hi = Math.min(n, le + 1 + 40);
            named = test.at(text, le + 1, i, e);
        }
        sink.reads(lo, hi + 1);
        return named;
    }

    /**
     * Whether the line at {@code s} starts (after an optional "[...] " stamp) with a lower-case speaker other than
     * the word [i, e) that is a name that is no common word ({@link #lowerName}) or a user name built from a name
     * ({@link #nameHandle}). Reads at most 40 characters.
     */
    private static boolean handleSpeakerAt(String text, int s, int i, int e) {
        int p = speakerWordAt(text, s);
        if (p < 0) {
            return false;
        }
        int we = handleEnd(text, p);
        if (we < 0) {
            return false;
        }
        return otherSpeaker(text, p, we, i, e)
                && (we == wordEnd(text, p) ? lowerName(text, p, we) : nameHandle(text, p, we, true));
    }

    /**
     * Where the lower-case speaker of the line at {@code s} starts, after an optional "[...] " stamp of at most 24
     * characters, or -1 (no lower-case letter there, or one inside a word).
     */
    private static int speakerWordAt(String text, int s) {
        int n = text.length();
        int p = s;
        if (p < n && text.charAt(p) == '[') {
            int q = p;
            while (q < n && q - p < 24 && text.charAt(q) != ']' && text.charAt(q) != '\n') {
                q++;
            }
            if (q + 1 >= n || text.charAt(q) != ']' || text.charAt(q + 1) != ' ') {
                return -1;
            }
            p = q + 2;
        }
        if (p >= n || !Chars.lower(text.charAt(p)) || (p > 0 && isNameChar(text.charAt(p - 1)))) {
            return -1;
        }
        return p;
    }

    /** Whether the speaker [p, we) is followed by its colon and a blank (or the end) and is not the word [i, e). */
    private static boolean otherSpeaker(String text, int p, int we, int i, int e) {
        int n = text.length();
        int c = speakerColon(text, we);
        return c > 0 && (c + 1 >= n || Character.isWhitespace(text.charAt(c + 1)))
                && !(we - p == e - i && text.regionMatches(p, text, i, e - i));
    }

    /**
     * Whether the lower-case speaker [i, e) is a known given name that is also a common word ("ben", "mia",
     * "chiara": {@link Lexicon#LOWER_NAME_STOP}) in a chat: the line before or after starts with another lower-case
     * speaker that is a known given name by itself ("jonas: ...\nmia: ..."). Reads the two lines around it.
     */
    static boolean namedNeighbour(String text, int i, int e, Sink sink) {
        if (e - i < 2 || e - i > 12) {
            return false;
        }
        for (int q = i; q < e; q++) {
            if (!Chars.lower(text.charAt(q))) {
                return false;
            }
        }
        long key = WordSet.key(text, i, e);
        if (!Lexicon.isFirstName(text, i, e, key) || Lexicon.NOT_NAMES.contains(text, i, e, key)
                || Lexicon.MONTHS.contains(text, i, e, key) || Lexicon.WORD_NAMES.contains(text, i, e, key)) {
            return false;
        }
        return neighbourSpeaker(text, i, e, sink, PersonHeuristics::namedSpeakerAt);
    }

    /**
     * Whether the line at {@code s} starts (after an optional "[...] " stamp) with a lower-case speaker other than
     * the word [i, e) that {@link #lowerName} takes. Reads at most 40 characters.
     */
    private static boolean namedSpeakerAt(String text, int s, int i, int e) {
        int p = speakerWordAt(text, s);
        if (p < 0) {
            return false;
        }
        int we = wordEnd(text, p);
        return otherSpeaker(text, p, we, i, e) && lowerName(text, p, we);
    }

    /** Whether a chat line's speaker may start at {@code i}: a line's start, or one space after a stamp's ']'. */
    static boolean speakerStart(String text, int i) {
        if (i == 0) {
            return true;
        }
        char b = text.charAt(i - 1);
        return b == '\n' || b == '\r' || (b == ' ' && i >= 2 && text.charAt(i - 2) == ']');
    }

    /**
     * Whether the whitespace run [rs, re) may be a lower-case chat speaker with its colon ({@link #lowerSpeaker}):
     * it ends in ':' (or a space and ':' follow it, {@link #speakerColon}) and starts where a speaker may.
     */
    static boolean speakerRun(String text, int rs, int re) {
        return (re - rs >= 4 && text.charAt(re - 1) == ':' || re - rs >= 2 && speakerColon(text, re) > 0)
                && speakerStart(text, rs);
    }

    /**
     * Whether the lower-case word [i, e) is a known given name ({@link #lowerName}) before a possessive "'s" (or
     * "’s") and after a space, a line start or '(' ("anyone know deepika's email?", "# raj's pi"; round-11
     * tuning). Reads three characters after the word.
     */
    static boolean lowerPossessive(String text, int i, int e) {
        int n = text.length();
        return e + 1 < n && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019') && text.charAt(e + 1) == 's'
                && (e + 2 >= n || !Chars.letterOrDigit(text.charAt(e + 2)))
                && (i == 0 || isSpaceOrStart(text.charAt(i - 1))) && lowerName(text, i, e);
    }

    /** The longest user name looked at ({@link #handleEnd}). */
    static final int HANDLE_MAX = 32;

    /**
     * The end of a user name or chat handle at i ("kenji.watanabe", "tomasz_k", "mike.r", "lkowalski", "s.oduya",
     * "priya88"): lower-case ASCII letters, then up to two more parts after '.', '_' or '-', each starting with a
     * letter, digits only at the end; not inside a path, an address or a longer token (no '@', '/', '\', letter
     * or digit right before or after it). -1 for none. Reads at most {@value #HANDLE_MAX} characters.
     */
    static int handleEnd(String text, int i) {
        int n = text.length();
        if (i > 0) {
            char b = text.charAt(i - 1);
            if (isNameChar(b) || b == '/' || b == '\\' || b == '.' || b == '-') {
                return -1;
            }
        }
        int p = i;
        int parts = 0;
        while (true) {
            if (p >= n || text.charAt(p) < 'a' || text.charAt(p) > 'z') {
                return -1;
            }
            while (p < n && text.charAt(p) >= 'a' && text.charAt(p) <= 'z') {
                p++;
            }
            parts++;
            if (p < n && isAsciiDigit(text.charAt(p))) {
                while (p < n && isAsciiDigit(text.charAt(p))) {
                    p++;
                }
                break;
            }
            if (parts < 3 && p + 1 < n && (text.charAt(p) == '.' || text.charAt(p) == '_' || text.charAt(p) == '-')
                    && text.charAt(p + 1) >= 'a' && text.charAt(p + 1) <= 'z') {
                p++;
                continue;
            }
            break;
        }
        if (p - i > HANDLE_MAX || (p < n && (isNameChar(text.charAt(p)) || text.charAt(p) == '@'
                || text.charAt(p) == '/' || text.charAt(p) == '\\')
                || (p + 1 < n && (text.charAt(p) == '.' || text.charAt(p) == '-' || text.charAt(p) == '_')
                        && isNameChar(text.charAt(p + 1))))) {
            return -1;
        }
        return p;
    }

    /**
     * Words before a user name in prose and logs ("for", "by", "from"; "user", "Benutzer", "utilisateur"); the run
     * filter of {@code PiiDetector} tests their last letters ({@code accountTailAt}), so a word added here must be
     * added there.
     */
    static final WordSet ACCOUNT_CUES = new WordSet(java.util.Arrays.asList("for", "by", "from", "user",
        "login", "gebruiker", "benutzer", "nutzer", "utilisateur", "usuario"));

    /**
     * A user name at the lower-case word i ({@link #handleEnd}, {@link #nameHandle}) in a place that holds one: the
     * value of a user key ({@code "user":"kenji.watanabe"}, {@code user=lkowalski}, {@code owner: anna.k}) or a cell
     * of a user column under a CSV header, strong; after a user noun or "for", "by", "from" ("Gebruiker s.oduya
     * meldt", "Accepted publickey for aoife from ...", "export by rvasquez", "reset MFA for o.nwosu"), weak (round-12
     * tuning). Emits it and returns its end, or -1. Reads the handle, the key or the word before it, or the column's
     * header ({@link StructuredFields#accountColumn}).
     */
    static int accountName(String text, int i, Sink sink) {
        if (i < 2) {
            return -1;
        }
        char b = text.charAt(i - 1);
        int kind;
        if (b == ' ') {
            kind = text.charAt(i - 2) == ':' ? 2 : accountCueBefore(text, i) ? 1 : 0;
            if (kind == 1 && userNounBefore(text, i)) {
                kind = 3; // "Gebruiker s.oduya", "user o.nwosu": a user noun, not a preposition
            }
        } else if (b == '"' || b == '\'' || b == '=' || b == ',' || b == ';' || b == '|' || b == '\t' || b == '\n') {
            kind = 2;
        } else {
            return -1;
        }
        if (kind == 0) {
            return -1;
        }
        int he = handleEnd(text, i);
        if (he < 0 || !nameHandle(text, i, he, kind == 2 || (kind == 3 && wordEnd(text, i) < he))) {
            return -1; // after a user noun in prose a word alone is held to the weak rules ("user stays")
        }
        if (kind == 1 && text.regionMatches(true, i - 5, "from", 0, 4) && (he >= text.length()
                || text.charAt(he) != ':')) {
            return -1; // "from" only before a message's colon ("Ticket from george: ..."), not "flights from austin"
        }
        if (kind == 2 && !StructuredFields.accountValue(text, i, he, sink)) {
            return -1;
        }
        sink.person(i, he, kind == 2 ? INTRO : FIRST_ONLY);
        return he;
    }

    /** Whether the {@link #ACCOUNT_CUES} word before the space before i is a noun ("user", "Benutzer"), not "for". */
    private static boolean userNounBefore(String text, int i) {
        int pe = i - 1;
        return pe >= 4 && !(text.regionMatches(true, pe - 3, "for", 0, 3) || text.regionMatches(true, pe - 2, "by", 0, 2)
                || text.regionMatches(true, pe - 4, "from", 0, 4));
    }

    /** Whether the word before the space before i is an {@link #ACCOUNT_CUES} word. Reads at most 16 characters. */
    static boolean accountCueBefore(String text, int i) {
        int pe = i - 1;
        int ps = pe;
        while (ps > 0 && pe - ps < 15 && Chars.letter(text.charAt(ps - 1))) {
            ps--;
        }
        return pe - ps >= 2 && (ps == 0 || !isNameChar(text.charAt(ps - 1))) && ACCOUNT_CUES.contains(text, ps, pe);
    }

    /** Second parts of a handle that make it a role account or a program's, not a person's ("kevin_bot"). */
    private static final WordSet ROLE_HANDLE_PARTS = new WordSet(java.util.Arrays.asList("bot", "svc", "admin",
        "test", "tests", "service", "backup", "api", "app", "ci", "cd", "dev", "prod", "ops", "sys", "system",
        "noreply", "robot", "daemon", "cron", "deploy", "build", "runner", "agent", "sync", "import", "export",
        "readonly", "ro", "rw", "tmp", "temp", "demo", "shared", "team", "group", "old", "new", "backup"));
    /** Ends of a dotted token that make it a file or a host, not a person ("anna.txt", "mike.local"). */
    private static final WordSet FILE_ENDS = new WordSet(java.util.Arrays.asList("txt", "csv", "pdf", "doc",
        "docx", "xls", "xlsx", "ppt", "pptx", "png", "jpg", "jpeg", "gif", "svg", "json", "yaml", "yml", "xml",
        "log", "py", "js", "ts", "java", "kt", "md", "html", "htm", "css", "zip", "gz", "tar", "tgz", "sh", "exe",
        "bak", "tmp", "rb", "go", "rs", "cpp", "php", "sql", "ini", "cfg", "conf", "toml", "lock", "jar", "war",
        "local", "lan", "com", "org", "net", "io", "dev", "app", "eu", "de", "nl", "fr", "es", "it", "uk", "be",
        "min", "map", "env", "key", "pem", "crt", "mp3", "mp4", "wav", "mov", "avi", "odt", "rtf", "eml", "msg",
        "vcf", "ics", "dat", "db", "sqlite", "bin", "img", "iso", "dmg", "apk", "whl"));

    /**
     * Whether the handle [s, e) ({@link #handleEnd}) is built from a person's name: a known given name, alone or
     * with a second part ("kenji.watanabe", "anna.k", "tomasz_k", "priya88"); or an initial and a known family name,
     * joined or after a '.' or '_' ("lkowalski", "o.nwosu", "h_patel"); in a {@code strong} place (a user key or
     * column, a chat speaker) also an initial, a '.' and any family name of four letters or more ("s.oduya"). Not a
     * role account ("admin", "svc-backup", "noreply", "kevin_bot") or a file ("anna.txt"); a given name alone must
     * not be a common word ({@link #lowerName}; in a strong place the stop list of names that are also words of some
     * language is allowed, "sara: ..."). Reads the handle only.
     */
    static boolean nameHandle(String text, int s, int e, boolean strong) {
        int de = e;
        while (de > s && isAsciiDigit(text.charAt(de - 1))) {
            de--;
        }
        int p1 = s;
        while (p1 < de && text.charAt(p1) >= 'a' && text.charAt(p1) <= 'z') {
            p1++;
        }
        if (p1 == de) {
            // one part: a given name, or an initial and a family name
            if (p1 - s >= 3 && (strong ? strongLowerName(text, s, p1) : lowerName(text, s, p1))
                    && !Lexicon.PLACES.contains(text, s, p1)) {
                return true;
            }
            int min = strong ? 3 : 5;
            return de - s - 1 >= min && de - s <= 16 && (Lexicon.isSurname(text, s + 1, de)
                    || (strong && Lexicon.WORD_SURNAMES.contains(text, s + 1, de)))
                    && !Lexicon.NOT_NAMES.contains(text, s, de) && !Lexicon.isFirstName(text, s, de);
        }
        char sep = text.charAt(p1);
        int q2 = p1 + 1;
        int p2 = q2;
        while (p2 < de && text.charAt(p2) >= 'a' && text.charAt(p2) <= 'z') {
            p2++;
        }
        if (ROLE_HANDLE_PARTS.contains(text, q2, p2) || ROLE_HANDLE_PARTS.contains(text, s, p1)
                || (sep == '.' && p2 == de && FILE_ENDS.contains(text, q2, p2))) {
            return false;
        }
        if (p1 - s == 1) {
            // an initial: "o.nwosu", "h_patel", "s.oduya"
            return sep != '-' && p2 == de && (Lexicon.isSurname(text, q2, p2)
                    || (strong && sep == '.' && p2 - q2 >= 4 && !Lexicon.NOT_NAMES.contains(text, q2, p2))
                    || (strong && Lexicon.WORD_SURNAMES.contains(text, q2, p2)));
        }
        if (p1 - s < 3 || p1 - s > 12) {
            return false;
        }
        long key = WordSet.key(text, s, p1);
        if (!Lexicon.isFirstName(text, s, p1, key) || Lexicon.WORD_NAMES.contains(text, s, p1, key)
                || Lexicon.NOT_NAMES.contains(text, s, p1, key) || Lexicon.MONTHS.contains(text, s, p1, key)) {
            return false;
        }
        int l2 = p2 - q2;
        // "anna.k", "tomasz_k", "kenji.watanabe": a given name and an initial or a family name
        return l2 <= 2 || Lexicon.isSurname(text, q2, p2) || (l2 >= 3 && sep == '.');
    }

    /**
     * {@link #lowerName} but for the names that are also common words of some language ({@link
     * Lexicon#LOWER_NAME_STOP}: "sara", "mia", "jan"), taken where a structure says a person is meant (a chat
     * speaker, a user key).
     */
    static boolean strongLowerName(String text, int s, int e) {
        if (e - s < 3 || e - s > 12) {
            return false;
        }
        for (int q = s; q < e; q++) {
            if (!Chars.lower(text.charAt(q))) {
                return false;
            }
        }
        long key = WordSet.key(text, s, e);
        return Lexicon.isFirstName(text, s, e, key) && !Lexicon.WORD_NAMES.contains(text, s, e, key)
                && !Lexicon.NOT_NAMES.contains(text, s, e, key) && !Lexicon.MONTHS.contains(text, s, e, key);
    }

    /**
     * Verbs of telling and sending that follow a person as the subject of a chat sentence, in the six languages
     * ("jake just told me", "becca posted", "sanne zei", "lukas meinte", "chloé dit", "pablo dijo", "giulia dice";
     * round-12 tuning); {@code PiiDetector}'s run filter tests the same list ({@link #chatVerbAt}).
     */
    static final String[] CHAT_VERBS = {"just", "told", "said", "says", "asked", "posted", "sent", "texted",
        "called", "replied", "wrote", "zei", "zegt", "vroeg", "stuurde", "belde", "appte", "sagt", "sagte", "meinte",
        "schrieb", "fragte", "dit", "disait", "dijo", "dice", "disse", "scrive", "escribió"};

    /** Whether one space and a {@link #CHAT_VERBS} word (then no letter) follow {@code e}. */
    static boolean chatVerbAfter(String text, int e) {
        int n = text.length();
        if (e + 3 >= n || text.charAt(e) != ' ') {
            return false;
        }
        return chatVerbAt(text, e + 1) > 0;
    }

    /** Per first three letters ((c0 & 31) << 10 | (c1 & 31) << 5 | (c2 & 31)): whether a {@link #CHAT_VERBS} word starts so. */
    private static final long[] CHAT_VERB_STARTS = new long[512];

    static {
        for (String v : CHAT_VERBS) {
            int k = (v.charAt(0) & 31) << 10 | (v.charAt(1) & 31) << 5 | (v.charAt(2) & 31);
            CHAT_VERB_STARTS[k >>> 6] |= 1L << k;
        }
    }

    /** Whether a {@link #CHAT_VERBS} word may start with these three characters (one bit of a 4 KiB table). */
    static boolean chatVerbStart(char c0, char c1, char c2) {
        int k = (c0 & 31) << 10 | (c1 & 31) << 5 | (c2 & 31);
        return (CHAT_VERB_STARTS[k >>> 6] & 1L << k) != 0;
    }

    /** The length of the {@link #CHAT_VERBS} word at p (then no letter or digit), or 0. */
    static int chatVerbAt(String text, int p) {
        int n = text.length();
        if (p + 3 > n) {
            return 0;
        }
        char c = text.charAt(p);
        if (c < 'a' || c > 'z' || !chatVerbStart(c, text.charAt(p + 1), text.charAt(p + 2))) {
            return 0;
        }
        for (String v : CHAT_VERBS_BY_FIRST[c - 'a']) {
            int l = v.length();
            if (text.startsWith(v, p) && (p + l == n || !Chars.letterOrDigit(text.charAt(p + l)))) {
                return l;
            }
        }
        return 0;
    }

    /** {@link #CHAT_VERBS} by first letter - 'a' (empty for the letters none starts with). */
    static final String[][] CHAT_VERBS_BY_FIRST = new String[26][];

    static {
        for (int c = 0; c < 26; c++) {
            final char first = (char) ('a' + c);
            CHAT_VERBS_BY_FIRST[c] = java.util.Arrays.stream(CHAT_VERBS).filter(v -> v.charAt(0) == first)
                    .toArray(String[]::new);
        }
    }

    /** Whether [s, e) is a lower-case known given name that is not also a common word. */
    static boolean lowerName(String text, int s, int e) {
        if (e - s < 3 || e - s > 12) {
            return false;
        }
        for (int q = s; q < e; q++) {
            if (!Chars.lower(text.charAt(q))) {
                return false;
            }
        }
        long key = WordSet.key(text, s, e);
        return Lexicon.isFirstName(text, s, e, key) && !Lexicon.LOWER_NAME_STOP.contains(text, s, e, key)
                && !Lexicon.WORD_NAMES.contains(text, s, e, key) && !Lexicon.NOT_NAMES.contains(text, s, e, key)
                && !Lexicon.MONTHS.contains(text, s, e, key);
    }

    private static boolean isSpaceOrStart(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '(';
    }

    /**
     * Roles of a person that qualify a "name" label ("Cardholder name:", "Passenger name:", "Tenant name:"; round-11
     * tuning), besides {@link Lexicon#NAME_QUALIFIERS}.
     */
    private static final WordSet ROLE_NAME_QUALIFIERS = new WordSet(java.util.Arrays.asList("cardholder",
        "accountholder", "passenger", "recipient", "beneficiary", "member", "guest", "tenant", "applicant",
        "student", "sender", "spouse", "parent", "father", "mother", "owner", "payee", "insured", "caller"));

    /**
     * Whether the word "name" at ws is qualified as a person's name ("last_name", "Full name", "given-name",
     * "Cardholder name").
     */
    static boolean qualifiedNameLabel(String text, int ws) {
        if (ws < 3 || " _-".indexOf(text.charAt(ws - 1)) < 0) {
            return false;
        }
        int qe = ws - 1;
        int qs = qe;
        while (qs > 0 && qe - qs < 13 && Chars.letter(text.charAt(qs - 1))) {
            qs--;
        }
        return qs < qe && (qs == 0 || !Chars.letter(text.charAt(qs - 1)))
                && (Lexicon.NAME_QUALIFIERS.contains(text, qs, qe) || ROLE_NAME_QUALIFIERS.contains(text, qs, qe));
    }

    /** Whether the word at ws starts a line (or the text, or a sentence or quoted reply). */
    static boolean lineStart(String text, int ws) {
        int q = ws - 1;
        while (q >= 0 && q >= ws - 3 && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
            q--;
        }
        return q < 0 || ".!?:>\n\r\"'(".indexOf(text.charAt(q)) >= 0;
    }

    /**
     * Emits the name [i, end) cued by a word before it (see {@link #cueBefore}) and returns its end, or -1 when the
     * cue does not carry it: after a greeting or sign-off a single unknown word must end the line or be followed by
     * punctuation ("Hoi Joost,", "Groetjes, Wout"), and a signature must end its line.
     */
    static int cuedName(String text, int i, int e, int end, boolean first, int cue, Sink sink) {
        double score;
        if (!first && (cue == CUE_LABEL || cue == CUE_FIELD || cue == CUE_ROLE || cue == CUE_TITLE || cue == CUE_HEADER)
                && end < text.length() && text.charAt(end) == ',' && familyNameRun(text, i, end)) {
            int ge = givenAfterComma(text, end);
            if (ge > 0) {
                end = ge; // "Paciente: Rodríguez Pérez, Josefa", "Patiënt Van Damme, Lieve": family names first
                first = true;
            }
        }
        if (cue != CUE_TITLE && cue != CUE_KIN && orgUnitIn(text, i, end)) {
            return -1; // "Met vriendelijke groet,\nKlantenservice", "To: Accounts Payable"
        }
        switch (cue) {
            case CUE_TITLE:
                score = TITLE;
                break;
            case CUE_LABEL:
                score = end > e ? INTRO + 0.05 : INTRO;
                break;
            case CUE_HEADER:
                if (end == e && !first) {
                    return -1; // a sender or recipient of one unknown word may be anything
                }
                score = INTRO + 0.05;
                break;
            case CUE_KIN:
                score = INTRO;
                break;
            case CUE_APPOSITION:
                if (end >= text.length() || text.charAt(end) != ',') {
                    return -1; // the name stands between commas
                }
                score = INTRO;
                break;
            case CUE_ROLE:
                if (end == e && !first && !surnameWord(text, i, e) && !surnameLike(text, e)) {
                    return -1; // "the client Nike": one unknown word after a role may be a company
                }
                score = end > e ? INTRO + 0.05 : INTRO;
                break;
            case CUE_FIELD:
                score = end > e ? INTRO + 0.05 : INTRO;
                break;
            case CUE_SPEAKER:
                score = CUED;
                break;
            case CUE_GREETING:
                if (end == e && !first && !nameEnds(text, end)) {
                    return -1;
                }
                score = CUED;
                break;
            case CUE_SIGNOFF:
                if (!nameEnds(text, end)) {
                    return -1;
                }
                score = CUED;
                break;
            default:
                return -1;
        }
        if (first) {
            score = Math.max(score, (end > e ? FIRST_AND_LAST : FIRST_ONLY) + 0.1);
        }
        sink.person(i, end, Math.min(1.0, score));
        return end;
    }

    /** Whether a name ending at {@code end} ends its line or is followed by punctuation (a few spaces allowed). */
    static boolean nameEnds(String text, int end) {
        int n = text.length();
        int q = end;
        while (q < n && q < end + 3 && text.charAt(q) == ' ') {
            q++;
        }
        if (q >= n) {
            return true;
        }
        char c = text.charAt(q);
        return c == '\n' || c == '\r' || c == ',' || c == '!' || c == '(' || c == '<' || c == '|' || c == ';'
                || (c == '.' && (q + 1 >= n || text.charAt(q + 1) == ' ' || text.charAt(q + 1) == '\n'));
    }

    /**
     * Whether the run ending at {@code end} is followed by a legal form, a house number, a street word or a firm's
     * partners.
     */
    static boolean notPersonAfter(String text, int end) {
        return orgFormAfter(text, end) || streetAfter(text, end) || partnersAfter(text, end)
                || sectorThenForm(text, end);
    }

    /**
     * Whether one or two capitalised sector or organisation words and a legal form follow the run ending at
     * {@code end} ("Riverside Property Holdings LLC", "Hartmann Bau GmbH": words of {@link Lexicon#NOT_NAMES}, which
     * end a name's run). Reads at most 42 characters after it.
     */
    static boolean sectorThenForm(String text, int end) {
        int n = text.length();
        int q = end;
        for (int k = 0; k < 2; k++) {
            if (q + 3 >= n || text.charAt(q) != ' ' || !Chars.upper(text.charAt(q + 1))) {
                return false;
            }
            int t = q + 1;
            while (t < n && t - q <= 16 && Chars.letter(text.charAt(t))) {
                t++;
            }
            if (t - q > 16 || !Lexicon.NOT_NAMES.contains(text, q + 1, t)) {
                return false;
            }
            if (orgFormAfter(text, t)) {
                return true;
            }
            q = t;
        }
        return false;
    }

    /**
     * Whether the run ending at {@code end} is followed by a joiner and a capitalised partner word ("Bianchi &
     * Associati", "Dupont et Fils", "Müller und Söhne", "Jansen en Zonen", {@link Lexicon#FIRM_PARTNERS}): the run
     * names a firm. Reads at most 16 characters after it.
     */
    static boolean partnersAfter(String text, int end) {
        int n = text.length();
        if (end + 4 >= n || text.charAt(end) != ' ') {
            return false;
        }
        int j = end + 1;
        int je = j;
        while (je < n && je - j < 3 && (Chars.lower(text.charAt(je)) || text.charAt(je) == '&')) {
            je++;
        }
        if (je == j || je + 2 >= n || text.charAt(je) != ' ' || !Chars.upper(text.charAt(je + 1))
                || !Lexicon.FIRM_JOINERS.contains(text, j, je)) {
            return false;
        }
        int q = je + 1;
        int t = q;
        while (t < n && t - q <= 10 && Chars.letter(text.charAt(t))) {
            t++;
        }
        return t - q <= 10 && (t >= n || !Chars.letter(text.charAt(t))) && Lexicon.FIRM_PARTNERS.contains(text, q, t);
    }

    /**
     * Whether the capitalised word [q, e) is a trade or office heading a business name ("Studio", "Kanzlei",
     * "Électricité", "Talleres", {@link Lexicon#FIRMS}), or a Dutch or German compound naming one
     * ("Installatiebedrijf", "Notariskantoor", "Malerbetrieb", "Steuerkanzlei", "Autowerkstatt").
     */
    static boolean firmWord(String text, int q, int e) {
        if (e - q < 4 || !Chars.upper(text.charAt(q))) {
            return false;
        }
        if (Lexicon.FIRMS.contains(text, q, e)) {
            return true;
        }
        char last = (char) (text.charAt(e - 1) | 0x20);
        if (e - q < 9 || (last != 'f' && last != 'r' && last != 'b' && last != 'i' && last != 't' && last != 'g')) {
            return false; // every ending below ends in one of these
        }
        // a compound ending in a foundation or association word ("Woonstichting", "Bürgerstiftung",
        // "Huurdersvereniging", "Wohnungsgenossenschaft"): a body named after what follows
        return endsWithIgnoreCase(text, e, "bedrijf") || endsWithIgnoreCase(text, e, "kantoor")
                || endsWithIgnoreCase(text, e, "betrieb") || endsWithIgnoreCase(text, e, "kanzlei")
                || endsWithIgnoreCase(text, e, "werkstatt") || endsWithIgnoreCase(text, e, "stichting")
                || endsWithIgnoreCase(text, e, "stiftung") || endsWithIgnoreCase(text, e, "vereniging")
                || endsWithIgnoreCase(text, e, "genossenschaft");
    }

    /**
     * Whether the single capitalised word [i, e) is one side of "A & B" where each side is one capitalised word and
     * not both are known given names ("Marks & Spencer", "Ernst & Young", "Procter & Gamble"; "Anna & Tom" stay
     * names). Reads at most 20 characters on either side.
     */
    static boolean ampersandFirm(String text, int i, int e, boolean first) {
        int n = text.length();
        if (e + 4 < n && text.charAt(e) == ' ' && text.charAt(e + 1) == '&' && text.charAt(e + 2) == ' '
                && Chars.upper(text.charAt(e + 3))) {
            int oe = wordEnd(text, e + 3);
            if (oe - (e + 3) > 16 || (oe + 1 < n && text.charAt(oe) == ' ' && nameWordAt(text, oe + 1))
                    || (i >= 2 && text.charAt(i - 1) == ' ' && isCapWordEndingAt(text, i - 2))) {
                return false;
            }
            return !(first && Lexicon.isFirstName(text, e + 3, oe));
        }
        if (i >= 5 && text.charAt(i - 1) == ' ' && text.charAt(i - 2) == '&' && text.charAt(i - 3) == ' '
                && Chars.letter(text.charAt(i - 4))) {
            int os = i - 3;
            while (os > 0 && i - 3 - os < 16 && Chars.letter(text.charAt(os - 1))) {
                os--;
            }
            if (!Chars.upper(text.charAt(os)) || (os >= 2 && text.charAt(os - 1) == ' ' && isCapWordEndingAt(text, os - 2))
                    || (e + 1 < n && text.charAt(e) == ' ' && nameWordAt(text, e + 1))) {
                return false;
            }
            return !(first && Lexicon.isFirstName(text, os, i - 3));
        }
        return false;
    }

    /**
     * Whether a capitalised word that may continue a name starts at {@code p}: not a legal form or a word that is no
     * name ("Marks & Spencer Group plc", "Johnson & Johnson Medical": the firm's name goes on; "Anna & Tom Smith":
     * a family name).
     */
    private static boolean nameWordAt(String text, int p) {
        return Chars.upper(text.charAt(p)) && !Lexicon.NOT_NAMES.contains(text, p, wordEnd(text, p));
    }

    /**
     * Whether the run [i, end) names a shop, brand or venue: its last word (or the last part of a hyphenated one,
     * "Koch-Institut") or the word after it is a venue word ({@link Lexicon#VENUES_AFTER}: "the Tommy Hilfiger
     * store", "Hugo Boss Filiale"), or its first word is a venue word that names what follows ("Aeroporto Leonardo
     * da Vinci", {@link Lexicon#PLACE_PREFIX}). Reads at most 16 characters after the run.
     */
    static boolean venueRun(String text, int i, int e, int end) {
        return plainVenueRun(text, i, e, end) || coordinatedVenue(text, end);
    }

    /** Conjunctions that join two names into one venue's ("the Victoria and Albert Museum"). */
    private static final WordSet VENUE_AND = new WordSet(java.util.Arrays.asList("and", "und", "en", "et", "y", "e"));

    /**
     * Whether the run ending at {@code end} is the first of two names joined into one venue's name: "and" (or "&",
     * "und", "en", "et", "y", "e") and a capitalised run that is a venue ({@link #plainVenueRun}: "the Victoria and
     * Albert Museum", "Hospital of Saints Cosmas and Damian" ends elsewhere). Reads at most the next run and 16
     * characters after it.
     */
    static boolean coordinatedVenue(String text, int end) {
        int n = text.length();
        if (end + 4 >= n || text.charAt(end) != ' ') {
            return false;
        }
        int cs = end + 1;
        char c1 = text.charAt(cs);
        if (c1 != '&' && c1 != 'a' && c1 != 'u' && c1 != 'e' && c1 != 'y') {
            return false; // the first letters of the conjunctions: most runs end here
        }
        int ce;
        if (c1 == '&') {
            ce = cs + 1;
        } else {
            ce = wordEnd(text, cs);
            if (ce - cs > 3 || !VENUE_AND.contains(text, cs, ce)) {
                return false;
            }
        }
        if (ce + 2 >= n || text.charAt(ce) != ' ' || !Chars.upper(text.charAt(ce + 1))) {
            return false;
        }
        int s2 = ce + 1;
        int e2 = wordEnd(text, s2);
        return e2 > s2 && plainVenueRun(text, s2, e2, extend(text, e2, 3));
    }

    /**
     * Street words that are no family name, so that one right after a full name makes it a street's name
     * ({@link #eponymAfter}); "Lane", "Court", "Way", "Close" or "Ring" can be the end of a person's name.
     */
    private static final WordSet STREET_ONLY = new WordSet(java.util.Arrays.asList("boulevard", "blvd", "avenue",
        "straat", "strasse", "stra\u00dfe", "laan", "gracht", "allee", "platz", "gasse", "parkway", "plein", "kade"));

    /**
     * Whether a full name (a run of two words or more) ending at {@code end} is followed by "Day" (an observance
     * named after the person: "Charles Darwin Day") or a street word that is no family name ({@link #STREET_ONLY}),
     * or by one or two more capitalised words of up to eight letters
     * ("King", "Jr", "Jr.") and a street word ("Martin Luther King Jr Blvd"). Reads at most 32 characters.
     */
    static boolean eponymAfter(String text, int end) {
        int n = text.length();
        int q = end;
        for (int k = 0; k < 3; k++) {
            if (q + 3 >= n || text.charAt(q) != ' ' || !Chars.upper(text.charAt(q + 1))) {
                return false;
            }
            int ws = q + 1;
            int we = wordEnd(text, ws);
            if (k == 0 && STREET_ONLY.contains(text, ws, we) && (we >= n || !Chars.letterOrDigit(text.charAt(we)))) {
                return true; // "Johanna Westerdijk Boulevard", "Rosa Parks Avenue" (round-14 tuning)
            }
            if (we - ws > 8) {
                return false;
            }
            if (k == 0 && we - ws == 3 && text.regionMatches(ws, "Day", 0, 3)
                    && (we >= n || !Chars.letterOrDigit(text.charAt(we)))) {
                return true;
            }
            if (k > 0 && Lexicon.STREET_WORDS.contains(text, ws, we)) {
                return true;
            }
            q = we < n && text.charAt(we) == '.' ? we + 1 : we;
        }
        return false;
    }

    /** {@link #venueRun} without the coordination test. */
    static boolean plainVenueRun(String text, int i, int e, int end) {
        if (end == e && townOfState(text, i, e)) {
            return true; // "near Perry, Florida": a town named like a person
        }
        int s = end;
        while (s > i && Chars.letter(text.charAt(s - 1))) {
            s--;
        }
        if (s < end && Lexicon.VENUES_AFTER.contains(text, s, end)) {
            return true;
        }
        if (s > i + 1 && text.charAt(s - 1) == '-' && Lexicon.PRODUCT_NOUNS.contains(text, s, end)) {
            return true; // "Philips Hue-lamp", "Miele-Stuhl": a compound ending in a product noun (round-11 tuning)
        }
        if (end > e && eponymAfter(text, end)) {
            return true; // "Charles Darwin Day", "Martin Luther King Jr Blvd" (round-11 tuning)
        }
        if (end - s >= 8 && streetSuffix(text, s, end)) {
            return true; // "Jan van Galenstraat", "Karl-Marx-Allee": a street named after a person
        }
        if (s > i + 1 && text.charAt(s - 1) == '-' && streetWord(text, s, end)) {
            return true; // "Thomas Mann-Saal", "Erasmus-Gebäude": a hyphen, then a street or building word (round 14)
        }
        if (e - i >= 3 && e < end && (Lexicon.PLACE_PREFIX.contains(text, i, e)
                || Lexicon.PRODUCT_NOUNS.contains(text, i, e) || firmWord(text, i, e))) {
            return true; // "Aeroporto Leonardo da Vinci", "Bakkerij Jansen", "Tazzine Leonardo", "Kanzlei Hoffmann"
        }
        if (s > e && anyWordIn(text, e, s, PersonHeuristics::shopWord)) {
            return true; // "Speisekarte Gasthaus Zum Hirschen", "Menu Eetcafe De Gouden Leeuw": a heading, then a shop
        }
        if (end == e ? productBefore(text, i) || productAfter(text, i, e) : s > e && productBefore(text, s)) {
            return true; // "Floor lamp Jasper", "Floor Lamp Jasper", "Chez Paul", "the Oscar bed frame"
        }
        int n = text.length();
        if (end + 3 >= n || text.charAt(end) != ' ' || !Lexicon.VENUES_AFTER.mayStartWith(text.charAt(end + 1),
                text.charAt(end + 2))) {
            return false;
        }
        int q = end + 1;
        int t = q;
        while (t < n && t - q <= 14 && Chars.letter(text.charAt(t))) {
            t++;
        }
        return t - q <= 14 && Lexicon.VENUES_AFTER.contains(text, q, t);
    }

    /** US states (their first word for two-word names: "New York", "North Dakota", "Rhode Island"). */
    private static final WordSet US_STATES = new WordSet(java.util.Arrays.asList("alabama", "alaska", "arizona",
        "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho",
        "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts",
        "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio", "oklahoma",
        "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia", "washington", "wisconsin",
        "wyoming", "new", "north", "south", "west", "rhode"));

    /** Prepositions of place before a town ("near Perry, Florida", "in Paris, Texas"). */
    private static final WordSet TOWN_PREPOSITIONS = new WordSet(java.util.Arrays.asList("in", "near", "at", "from",
        "to", "outside", "around"));

    /**
     * Whether the single capitalised word [i, e) is a town: after a lower-case preposition of place and before ", "
     * and a US state ("landfall near Perry, Florida", "born in Florence, Alabama"). Reads at most 16 characters
     * either side.
     */
    static boolean townOfState(String text, int i, int e) {
        int n = text.length();
        if (e + 3 >= n || text.charAt(e) != ',' || text.charAt(e + 1) != ' ' || !Chars.upper(text.charAt(e + 2))
                || i < 3 || text.charAt(i - 1) != ' ') {
            return false;
        }
        int t = e + 2;
        while (t < n && t - e < 16 && Chars.letter(text.charAt(t))) {
            t++;
        }
        if (!US_STATES.contains(text, e + 2, t)) {
            return false;
        }
        if (t - (e + 2) <= 5 && (t + 1 >= n || text.charAt(t) != ' ' || !Chars.upper(text.charAt(t + 1)))
                && (text.regionMatches(true, e + 2, "new", 0, 3) || text.regionMatches(true, e + 2, "north", 0, 5)
                || text.regionMatches(true, e + 2, "south", 0, 5) || text.regionMatches(true, e + 2, "west", 0, 4)
                || text.regionMatches(true, e + 2, "rhode", 0, 5))) {
            return false; // "New", "North" alone are no state
        }
        long w = wordBefore(text, i - 1, 8);
        return w >= 0 && (int) w == i - 1 && Chars.lower(text.charAt((int) (w >>> 32)))
                && TOWN_PREPOSITIONS.contains(text, (int) (w >>> 32), (int) w);
    }

    /**
     * Whether the single capitalised word at {@code i} names a product or a shop: right after a product noun and one
     * space ("Floor lamp Jasper", "Model Aria", "modèle Capucine", {@link Lexicon#PRODUCT_NOUNS}) or after a
     * capitalised "Chez" ("Chez Paul", a restaurant; "chez Paul" is at Paul's) or another capitalised shop word
     * ("Hotel Victoria", "Trattoria Gina"). Reads at most 14 characters back.
     */
    static boolean productBefore(String text, int i) {
        if (i < 3 || text.charAt(i - 1) != ' ' || !Chars.letter(text.charAt(i - 2))) {
            return false;
        }
        long w = wordBefore(text, i - 1, 13);
        if (w < 0) {
            return false;
        }
        int ws = (int) (w >>> 32);
        int we = (int) w;
        if (we != i - 1) {
            return false;
        }
        for (int a = we - 3; a > ws; a--) {
            if (text.charAt(a) == '\'') {
                ws = a + 1; // an elided article: "l'uragano Sofia", "l'étagère Billy"
                break;
            }
        }
        if (we - ws == 4 && text.charAt(ws) == 'C' && text.startsWith("hez", ws + 1)) {
            return true;
        }
        if (Chars.upper(text.charAt(ws)) && shopWord(text, ws, we)) {
            return true; // "Hotel Victoria", "Trattoria Gina": a capitalised shop word names the shop after it
        }
        return Lexicon.PRODUCT_NOUNS.contains(text, ws, we) || compoundProductBefore(text, i, ws, we);
    }

    /** Prepositions inside Romance compound nouns of things ("lampada da terra", "table de nuit", "mesa de centro"). */
    private static final WordSet COMPOUND_PREPS = new WordSet(java.util.Arrays.asList("de", "da", "di", "du", "del"));

    /**
     * Whether the lower-case word [ws, we) right before the capitalised word at i ends a Romance compound noun of a
     * product: a product noun, a preposition and this word ("lampada da terra Ginevra", "lámpara de pie Dolores",
     * "table de nuit Louise"; twenty-fifth session). A form of address, kinship or role word there names a person
     * ("la lámpara de doña Carmen", "la silla de mamá Pilar"). Reads at most 23 characters before i.
     */
    static boolean compoundProductBefore(String text, int i, int ws, int we) {
        if (we - ws < 3 || ws < 6 || text.charAt(ws - 1) != ' ' || !Chars.lower(text.charAt(ws))) {
            return false;
        }
        char d = text.charAt(ws - 2);
        if (d != 'e' && d != 'a' && d != 'i' && d != 'u' && d != 'l') {
            return false; // the last letter of de, da, di, du, del: most words are rejected by one read
        }
        int pe = ws - 1;
        int ps = pe;
        while (ps > 0 && pe - ps < 3 && Chars.lower(text.charAt(ps - 1))) {
            ps--;
        }
        if (ps == pe || ps < 3 || text.charAt(ps - 1) != ' ' || !COMPOUND_PREPS.contains(text, ps, pe)) {
            return false;
        }
        int ne = ps - 1;
        int ns = ne;
        while (ns > 0 && i - ns <= 23 && Chars.letter(text.charAt(ns - 1))) {
            ns--;
        }
        if (ns == ne || i - ns > 23 || (ns > 0 && Chars.letterOrDigit(text.charAt(ns - 1)))
                || !Lexicon.PRODUCT_NOUNS.contains(text, ns, ne)) {
            return false;
        }
        long key = WordSet.key(text, ws, we);
        return !Lexicon.KINSHIP.contains(text, ws, we, key) && !Lexicon.ROLE_NOUNS.contains(text, ws, we, key)
                && !Lexicon.TITLES.contains(text, ws, we, key) && !Lexicon.LOWER_TITLES.contains(text, ws, we, key);
    }

    /**
     * Whether the single capitalised word [i, e) after an article names a product by the noun after it, English
     * order: the first or second lower-case word after it is a product noun ("the Oscar bed frame", "a Beatrice
     * floor lamp", "our Hamilton sofa"; {@link Lexicon#PRODUCT_NOUNS}). Without the article a person may stand
     * there ("Tell Oscar table 4 is ready"). Reads at most 16 characters after the word.
     */
    static boolean productAfter(String text, int i, int e) {
        int n = text.length();
        if (e + 3 >= n || text.charAt(e) != ' ' || !Chars.lower(text.charAt(e + 1))
                || !(afterArticle(text, i) || (i > 0 && ",;|\t".indexOf(text.charAt(i - 1)) >= 0))) {
            return false; // after an article, or at a record cell's start ("sku,Marshall amplifier 50W")
        }
        int q = e + 1;
        for (int k = 0; k < 2; k++) {
            int qe = q;
            while (qe < n && qe - e <= 16 && (Chars.lower(text.charAt(qe)) || text.charAt(qe) == '-')) {
                qe++;
            }
            if (qe - e > 16 || (qe < n && Chars.letterOrDigit(text.charAt(qe)))) {
                return false;
            }
            if (Lexicon.PRODUCT_NOUNS.contains(text, q, qe)) {
                return true;
            }
            if (qe + 1 >= n || text.charAt(qe) != ' ' || !Chars.lower(text.charAt(qe + 1))) {
                return false;
            }
            q = qe + 1;
        }
        return false;
    }

    /** Whether [q, e) is a shop word ({@link #shopWord}) or a product noun ({@link Lexicon#PRODUCT_NOUNS}). */
    private static boolean thingWord(String text, int q, int e) {
        return shopWord(text, q, e) || Lexicon.PRODUCT_NOUNS.contains(text, q, e);
    }

    /** Whether [q, e) is a shop or eatery word of five letters or more ({@link Lexicon#SHOPS}). */
    private static boolean shopWord(String text, int q, int e) {
        return e - q >= 5 && Lexicon.SHOPS.contains(text, q, e);
    }

    /** Whether c opens a quotation (straight, curly, low or angle quote marks). */
    static boolean isOpenQuote(char c) {
        return c == '"' || c == '\u201c' || c == '\u201e' || c == '\u00ab' || c == '\'' || c == '\u2018';
    }

    /**
     * The capitalised word at i opens a quotation right after a product noun and a space (a noun of products,
     * vessels, dishes, storms: {@link Lexicon#PRODUCT_NOUNS}): cruiser "Lady Grace", Schreibtisch "Greta", yacht
     * «Marie-Louise». The quoted words name the thing: the position after the closing mark, or -1 (no such noun,
     * or no closing mark on the line within 40 characters). Reads at most 14 characters before the mark and 40
     * after it (recorded).
     */
    static int quotedThingEnd(String text, int i, Sink sink) {
        int q = i - 1;
        if (q < 3 || text.charAt(q - 1) != ' ' || !Chars.letter(text.charAt(q - 2))) {
            return -1;
        }
        long w = wordBefore(text, q - 1, 13);
        if (w < 0 || (int) w != q - 1 || !Lexicon.PRODUCT_NOUNS.contains(text, (int) (w >>> 32), (int) w)) {
            return -1;
        }
        int n = text.length();
        int limit = Math.min(n, i + 40);
        sink.reads(q - 15, limit + 1);
        char open = text.charAt(q);
        for (int p = i; p < limit; p++) {
            char c = text.charAt(p);
            if (c == '\n' || c == '\r') {
                return -1;
            }
            boolean close = open == '\'' || open == '\u2018'
                    ? (c == '\'' || c == '\u2019') && (p + 1 >= n || !Chars.letter(text.charAt(p + 1)))
                    : c == '"' || c == '\u201d' || c == '\u201c' || c == '\u00bb';
            if (close) {
                return p + 1;
            }
        }
        return -1;
    }

    /**
     * Dutch and German street-name endings, fused to the name ("Galenstraat", "Goethestraße"), and (round-14 tuning)
     * the endings of buildings and halls named after a person ("Mandelagebouw", "Beethovensaal", "Erasmuszaal").
     */
    private static final String[] STREET_SUFFIXES = {"straat", "strasse", "stra\u00dfe", "gracht", "laan", "plein",
        "kade", "singel", "steeg", "dijk", "gasse", "allee", "platz", "weg", "gebouw", "geb\u00e4ude", "zaal", "saal",
        "halle"};

    /** Whether the word [s, end) is a street or building word of {@link #STREET_SUFFIXES} ("Saal", "Gebouw"). */
    static boolean streetWord(String text, int s, int end) {
        for (String suf : STREET_SUFFIXES) {
            if (end - s == suf.length() && text.regionMatches(true, s, suf, 0, suf.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word [s, end) ends with a street suffix and has at least three letters before it. A fused "-dijk"
     * is not one: it ends as many Dutch family names ("Meulendijk", "Groenendijk", "Hoogendijk") as dikes, and streets
     * named after a person take "straat", "laan", "plein", "weg" (thirty-fifth session: "my landlord Bart
     * Meulendijk" was read as a street); the word "Dijk" alone still is a street word ({@link #streetWord}).
     */
    static boolean streetSuffix(String text, int s, int end) {
        if (text.regionMatches(true, s, "van", 0, 3) || text.regionMatches(true, s, "ver", 0, 3)) {
            return false; // fused surnames: "Vanderlaan", "Vandijk", "Verstraat"
        }
        for (String suf : STREET_SUFFIXES) {
            int k = end - suf.length();
            if (k - s >= 3 && text.regionMatches(true, k, suf, 0, suf.length()) && !"dijk".equals(suf)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a house number (1-4 digits, then a space, comma, full stop or the end) or a street word ("St.",
     * "Street", "Straat", "Rue") follows the run ending at {@code end}: "Joaquin Suarez 2906" is an address.
     */
    static boolean streetAfter(String text, int end) {
        int n = text.length();
        if (end + 1 >= n || text.charAt(end) != ' ') {
            return false;
        }
        int q = end + 1;
        char c = text.charAt(q);
        if (c >= '0' && c <= '9') {
            int t = q;
            while (t < n && t - q < 5 && text.charAt(t) >= '0' && text.charAt(t) <= '9') {
                t++;
            }
            return t - q <= 4 && (t >= n || text.charAt(t) == ' ' || text.charAt(t) == ',' || text.charAt(t) == '.'
                    || text.charAt(t) == '\n') && !digitGroupsAfter(text, t);
        }
        if (!Chars.upper(c)) {
            return false;
        }
        int t = q;
        while (t < n && t - q <= 8 && Chars.letter(text.charAt(t))) {
            t++;
        }
        return t - q <= 8 && (t >= n || !Chars.letter(text.charAt(t))) && Lexicon.STREET_WORDS.contains(text, q, t)
                && !saintSurname(text, q, t);
    }

    /**
     * Whether two more groups of digits follow the group ending at {@code t}, each after one space ("Agnieszka 43
     * 426 784 599", "Jonas 0176 2231 4455"): an identifier or phone number written in groups, not a house number
     * (which a postal code may follow, but not a third group). Reads at most 11 characters.
     */
    static boolean digitGroupsAfter(String text, int t) {
        int n = text.length();
        int q = t;
        for (int g = 0; g < 2; g++) {
            if (q + 1 >= n || text.charAt(q) != ' ' || !isAsciiDigit(text.charAt(q + 1))) {
                return false;
            }
            q++;
            int s = q;
            while (q < n && q - s < 5 && isAsciiDigit(text.charAt(q))) {
                q++;
            }
        }
        return true;
    }

    /**
     * Whether a legal form follows the capitalised run ending at {@code end} ("Aurora S.r.l.", "Woonstede B.V.",
     * "Lumière SAS"): the run names a company.
     */
    static boolean orgFormAfter(String text, int end) {
        int n = text.length();
        if (end + 2 >= n || text.charAt(end) != ' ' || !Chars.upper(text.charAt(end + 1))) {
            return false;
        }
        int q = end + 1;
        int t = q;
        while (t < n && t - q <= 7 && (Chars.letter(text.charAt(t)) || text.charAt(t) == '.')) {
            t++;
        }
        if (t < n && (Chars.letterOrDigit(text.charAt(t)) || t - q > 7)) {
            return false;
        }
        if (!Lexicon.ORG_FORMS.contains(text, q, t)) {
            return false;
        }
        // two-letter forms without dots ("AG", "SA", "BV") only in capitals: "Sa", "Ag" are words or names
        return t - q > 2 || (Chars.upper(text.charAt(q + 1)) || text.charAt(q + 1) == '.');
    }

    /**
     * Whether a word in [from, to) is a department or service word ("Klantenservice", "Ufficio", "Ops"), or a
     * compound naming an institution ("Gezondheidscentrum", "Ärztezentrum", "Tierklinik", "Stadsapotheek").
     */
    static boolean orgUnitIn(String text, int from, int to) {
        return anyWordIn(text, from, to, PersonHeuristics::orgUnitWord);
    }

    /**
     * Whether the run [from, to) is a title: its words are all capitalised and one is a job-title or document-title
     * word ("Senior Counsel", "Antrag Kontoeröffnung"; {@link Lexicon#TITLE_WORDS}) or a role noun ("Counsel"). A
     * run with a particle ("Richiesta di Pasquale Iannone") names someone after the title word: not vetoed.
     */
    static boolean titleWordIn(String text, int from, int to) {
        return !anyWordIn(text, from, to, PersonHeuristics::lowerWord)
                && anyWordIn(text, from, to, PersonHeuristics::titleWord);
    }

    private static boolean lowerWord(String text, int q, int e) {
        return Chars.lower(text.charAt(q));
    }

    private static boolean titleWord(String text, int q, int e) {
        return Lexicon.TITLE_WORDS.contains(text, q, e) || Lexicon.ROLE_NOUNS.contains(text, q, e);
    }

    /** Endings of compounds that name an institution (Dutch and German). */
    private static final String[] INSTITUTION_ENDINGS = {"centrum", "zentrum", "kliniek", "klinik", "ziekenhuis",
        "krankenhaus", "apotheek", "apotheke", "praktijk", "behörde", "behoerde", "ministerium", "kasse",
        // offices signing a message (round-14 tuning: "Salarisadministratie", "Ledenadministratie", "Directie")
        "administratie", "directie"};

    static boolean orgUnitWord(String text, int q, int e) {
        if (Lexicon.ORG_UNITS.contains(text, q, e) || endsWithIgnoreCase(text, e, "service")
                || endsWithIgnoreCase(text, e, "dienst") || endsWithIgnoreCase(text, e, "team")) {
            return true;
        }
        char last = (char) (text.charAt(e - 1) | 0x20); // ASCII letters in lower case
        if (e - q < 7 || (last != 'm' && last != 'k' && last != 's' && last != 'e' && last != 'y' && last != 'a'
                && last != 't' && last != 'g')) {
            return false; // every ending below ends in one of these: most words are rejected by one read
        }
        if (last == 'g') {
            // departments (round-14 tuning: "Personalabteilung", "Salarisafdeling", "Lohnbuchhaltung")
            return endsWithIgnoreCase(text, e, "abteilung") || endsWithIgnoreCase(text, e, "afdeling")
                    || endsWithIgnoreCase(text, e, "verwaltung") || endsWithIgnoreCase(text, e, "buchhaltung")
                    || endsWithIgnoreCase(text, e, "boekhouding");
        }
        if (specialty(text, e, last)) {
            return true;
        }
        if (last == 'y' || last == 'a') {
            return false;
        }
        if (last == 't') {
            // German offices and courts ("Finanzamt", "Amtsgericht"; twenty-sixth session): read apart from the
            // list, so the many words ending in 't' test two endings
            return endsWithIgnoreCase(text, e, "amt") || endsWithIgnoreCase(text, e, "gericht")
                    || endsWithIgnoreCase(text, e, "secretariaat") || endsWithIgnoreCase(text, e, "sekretariat");
        }
        for (String end : INSTITUTION_ENDINGS) {
            if (endsWithIgnoreCase(text, e, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word ending at {@code e} (of seven letters or more, its last letter {@code last} in lower case) is
     * a medical specialty by its ending, in the six languages ("Cardiologie", "Traumatología", "Neurology",
     * "Psichiatria", "Geriatrie", "Paediatrics": twenty-fifth session).
     */
    private static boolean specialty(String text, int e, char last) {
        switch (last) {
            case 'e':
                return endsWithIgnoreCase(text, e, "ologie") || endsWithIgnoreCase(text, e, "iatrie");
            case 'y':
                return endsWithIgnoreCase(text, e, "ology") || endsWithIgnoreCase(text, e, "iatry");
            case 'a':
                return endsWithIgnoreCase(text, e, "ologia") || endsWithIgnoreCase(text, e, "olog\u00eda")
                        || endsWithIgnoreCase(text, e, "iatria") || endsWithIgnoreCase(text, e, "iatr\u00eda");
            case 's':
                return endsWithIgnoreCase(text, e, "iatrics");
            default:
                return false;
        }
    }

    /** A test of the word [s, e) of a text. */
    @FunctionalInterface
    interface WordTest {
        boolean test(String text, int s, int e);
    }

    /** Whether a word (a run of letters, as {@link #wordEnd} ends it) in [from, to) passes {@code test}. */
    static boolean anyWordIn(String text, int from, int to, WordTest test) {
        int q = from;
        while (q < to) {
            while (q < to && !Chars.letter(text.charAt(q))) {
                q++;
            }
            int e = q < to ? wordEnd(text, q) : q;
            if (e == q) {
                return false;
            }
            if (test.test(text, q, e)) {
                return true;
            }
            q = e;
        }
        return false;
    }

    /** Whether a word in [from, to) is a city or country ({@link Lexicon#PLACES}). */
    static boolean placeIn(String text, int from, int to) {
        return anyWordIn(text, from, to, PersonHeuristics::placeWord);
    }

    private static boolean placeWord(String text, int q, int e) {
        return Lexicon.PLACES.contains(text, q, e); // a static method: the reference captures nothing, allocates nothing
    }

    private static boolean endsWithIgnoreCase(String text, int end, String suffix) {
        int s = end - suffix.length();
        return s >= 0 && text.regionMatches(true, s, suffix, 0, suffix.length());
    }

    /**
     * A romanised Korean given name of two syllables joined by a hyphen ("Ji-hoon", "Min-seo"): a capital, one to
     * three letters, a hyphen and two to four lower-case letters (English compounds such as "Co-op", "Pop-up" and
     * "Ad-hoc" are left out).
     */
    static boolean koreanGivenShape(String text, int s, int e) {
        int h = s + 1;
        while (h < e && h - s <= 4 && Chars.lower(text.charAt(h))) {
            h++;
        }
        if (h - s < 2 || h - s > 4 || h >= e || text.charAt(h) != '-' || e - h - 1 < 2 || e - h - 1 > 4
                || !Chars.upper(text.charAt(s))) {
            return false;
        }
        for (int k = h + 1; k < e; k++) {
            if (!Chars.lower(text.charAt(k))) {
                return false;
            }
        }
        return !Lexicon.COMPOUND_PARTS.contains(text, s, h) && !Lexicon.COMPOUND_PARTS.contains(text, h + 1, e);
    }

    /**
     * "Park Ji-hoon": a Korean family name that is also a word (and so a non-name), before a Korean given name; or
     * the given name first, as Western forms write it ("Ji-woo Park", "Seo-yeon Choi": twenty-fourth session).
     */
    static int koreanName(String text, int i, int e, Sink sink) {
        int n = text.length();
        if (e + 2 >= n || text.charAt(e) != ' ' || !Chars.upper(text.charAt(e + 1)) || afterNumberOrPlace(text, i)) {
            return -1;
        }
        int ge = wordEnd(text, e + 1);
        if (Lexicon.KOREAN_SURNAMES.contains(text, i, e) ? !koreanGivenShape(text, e + 1, ge)
                : !(koreanGivenShape(text, i, e) && Lexicon.KOREAN_SURNAMES.contains(text, e + 1, ge))) {
            return -1;
        }
        sink.person(i, ge, SURNAME_RUN);
        return ge;
    }

    /**
     * Whether the capitalised run [i, end) is a name for holding a family name: not after an article, with no city
     * or country in it and not ending in a street word ("Eriksson Bridge").
     */
    static boolean surnameRun(String text, int i, int end) {
        if (!surnameIn(text, i, end) || afterArticle(text, i) || placeIn(text, i, end)) {
            return false;
        }
        int s = end;
        while (s > i && Chars.letter(text.charAt(s - 1))) {
            s--;
        }
        return s == end || !Lexicon.STREET_WORDS.contains(text, s, end);
    }

    /** Whether a word in [from, to) is a known family name or shaped like one ("McAllister", "O'Connor", "Al-Farsi"). */
    static boolean surnameIn(String text, int from, int to) {
        return anyWordIn(text, from, to, PersonHeuristics::surnameWord);
    }

    private static boolean surnameWord(String text, int q, int e) {
        return Chars.upper(text.charAt(q)) && (surnameShaped(text, q, e) || koreanGivenShape(text, q, e)
                || Lexicon.isSurname(text, q, e));
    }

    /** Mc/Mac/O' + capital ("McAllister", "MacLeod", "O'Connor") or al-/el-/ben-/abu- + capital ("Al-Farsi"). */
    static boolean surnameShaped(String text, int s, int e) {
        int len = e - s;
        if (len >= 4 && text.charAt(s) == 'M' && text.charAt(s + 1) == 'c' && Chars.upper(text.charAt(s + 2))) {
            return true;
        }
        if (len >= 5 && text.startsWith("Mac", s) && Chars.upper(text.charAt(s + 3))) {
            return true;
        }
        if (len >= 4 && (text.charAt(s + 1) == '\'' || text.charAt(s + 1) == '\u2019') && Chars.upper(text.charAt(s + 2))) {
            return true;
        }
        int h = s + 1;
        while (h < e && h < s + 4 && text.charAt(h) != '-') {
            h++;
        }
        if (h < e - 2 && text.charAt(h) == '-' && Chars.upper(text.charAt(h + 1))) {
            return Lexicon.ARABIC_PREFIXES.contains(text, s, h);
        }
        return false;
    }

    /** Whether the word at i follows an article ("the White Stripes"). */
    static boolean afterArticle(String text, int i) {
        int p = i - 1;
        if (p < 0 || text.charAt(p) != ' ') {
            return false;
        }
        return wordEndingIn(text, p - 1, Lexicon.ARTICLES);
    }

    /** Words that join the items of a list in the six languages ("and", "en", "und", "et", "y", "e", "or", ...). */
    private static final WordSet LIST_JOINERS = new WordSet(java.util.Arrays.asList("and", "or", "en", "of", "und",
        "oder", "et", "ou", "y", "o", "e", "vs", "versus"));

    /**
     * Whether the capitalised run [i, end) of two or more words is an item of a list whose neighbouring item is a
     * firm named after its founder ({@link Lexicon#EPONYMOUS_BRANDS}), joined by a comma, '/' or a list word
     * ({@link #LIST_JOINERS}): "Albert Heijn en Dirk Mulder", "Hugo Boss, Otto Kern und ...", "between Tom Tailor and
     * Marc O'Polo" (thirty-fourth session: a shop chain named after a person is listed beside other chains; the
     * item nobody knows is a firm too). Reads at most 40 characters on each side.
     */
    static boolean brandBeside(String text, int i, int end) {
        int n = text.length();
        // the item after: a joiner, then a brand phrase
        int p = end;
        int q = listJoinAfter(text, p);
        if (q > 0 && q < n && Chars.upper(text.charAt(q))) {
            int qe = wordEnd(text, q);
            if (Lexicon.BRAND_FIRST.contains(text, q, qe) && brandEnd(text, q) > 0) {
                return true;
            }
        }
        // the item before: a brand phrase ending right before the joiner
        int b = listJoinBefore(text, i);
        if (b <= 0) {
            return false;
        }
        for (String brand : Lexicon.EPONYMOUS_BRANDS) {
            int len = brand.length();
            int s = b - len;
            if (s >= 0 && text.regionMatches(true, s, brand, 0, len) && Chars.upper(text.charAt(s))
                    && (s == 0 || !Chars.letterOrDigit(text.charAt(s - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** After the item ending at p: the start of the next item after ", ", " / " or " joiner ", or -1. */
    private static int listJoinAfter(String text, int p) {
        int n = text.length();
        if (p + 3 >= n) {
            return -1;
        }
        if (text.charAt(p) == ',' || text.charAt(p) == '/') {
            return text.charAt(p + 1) == ' ' ? p + 2 : p + 1;
        }
        if (text.charAt(p) != ' ') {
            return -1;
        }
        if (text.charAt(p + 1) == '/' && text.charAt(p + 2) == ' ') {
            return p + 3;
        }
        int ws = p + 1;
        int we = ws;
        while (we < n && we - ws < 8 && Chars.lower(text.charAt(we))) {
            we++;
        }
        return we > ws && we + 1 < n && text.charAt(we) == ' ' && LIST_JOINERS.contains(text, ws, we) ? we + 1 : -1;
    }

    /** Before the item starting at i: the end of the item before ", ", " / " or " joiner ", or -1. */
    private static int listJoinBefore(String text, int i) {
        if (i < 3 || text.charAt(i - 1) != ' ') {
            return -1;
        }
        char c = text.charAt(i - 2);
        if (c == ',' || c == '/') {
            return c == '/' && text.charAt(i - 3) == ' ' ? i - 3 : i - 2;
        }
        int we = i - 1;
        int ws = we;
        while (ws > 0 && we - ws < 8 && Chars.lower(text.charAt(ws - 1))) {
            ws--;
        }
        return ws < we && ws > 1 && text.charAt(ws - 1) == ' ' && LIST_JOINERS.contains(text, ws, we) ? ws - 1 : -1;
    }

    /**
     * Whether the word at i follows a lower-case definite article of nl/de/fr/es/it that itself follows a lower-case
     * word ("in der Hugo ...", "en el Massimo ..."), or the Dutch "de" after a preposition ("bij de Albert Heijn"):
     * people are not named with an article in writing, shops and brands named after people are. English "the" is
     * left out ("the John Smith case"), and so are an article after a capitalised word (a particle inside a name:
     * "Sanne de Groot") and "de" after other words (the Romance "of": "la casa de María García"). Reads at most 16
     * characters back.
     */
    static boolean articleAfterWord(String text, int i) {
        int p = i - 1;
        if (p < 4 || text.charAt(p) != ' ') {
            return false;
        }
        int as = p;
        while (as > 0 && p - as < 4 && Chars.lower(text.charAt(as - 1))) {
            as--;
        }
        if (as == p || as < 2 || text.charAt(as - 1) != ' ') {
            return false;
        }
        boolean de = p - as == 2 && text.charAt(as) == 'd' && text.charAt(as + 1) == 'e';
        if (!de && !Lexicon.NAME_ARTICLES.contains(text, as, p)) {
            return false;
        }
        int q = as - 1;
        int ws = q;
        while (ws > 0 && q - ws < 10 && Chars.letter(text.charAt(ws - 1))) {
            ws--;
        }
        if (ws == q || !Chars.lower(text.charAt(ws))) {
            return false;
        }
        return !de || ((ws == 0 || !Chars.letter(text.charAt(ws - 1))) && Lexicon.DUTCH_PREPOSITIONS.contains(text, ws, q));
    }

    /** Whether the letters ending at {@code p} (inclusive) form a word of {@code set}. */
    private static boolean wordEndingIn(String text, int p, WordSet set) {
        int s = p;
        while (s >= 0 && Chars.letter(text.charAt(s))) {
            s--;
        }
        return s < p && set.contains(text, s + 1, p + 1);
    }

    /** Whether a strong introduction ("my name is ", "ich heiße ") ends right before i (the scan's own test). */
    static boolean strongIntroBefore(String text, int i) {
        return introBefore(text, i, STRONG, STRONG_LAST);
    }

    /**
     * First letters of the birth words ("born", "dob", "geboren", "nacido", "fecha_nacimiento", "verjaardag",
     * "compleanno", "cumpleaños", "anniversaire"), either case.
     */
    private static final String BIRTH_FIRSTS = "bdgnfvcaBDGNFVCA";
    /**
     * Their second characters ("born", "birth", "geboren", "d.o.b", "né", "nacido", "bday", "b-day", "compleanno",
     * "cumple", "anniversaire"), either case.
     */
    private static final String BIRTH_SECONDS = "oie.\u00e9aOIEA\u00c9dD-unUN";
    /** Per Latin-1 character: bit 1 when it is in {@link #BIRTH_FIRSTS}, bit 2 when in {@link #BIRTH_SECONDS}. */
    private static final byte[] BIRTH_CHARS = new byte[256];

    static {
        for (char c : BIRTH_FIRSTS.toCharArray()) {
            BIRTH_CHARS[c] |= 1;
        }
        for (char c : BIRTH_SECONDS.toCharArray()) {
            BIRTH_CHARS[c] |= 2;
        }
    }

    /** Whether a birth word may start with these two characters (two table reads: tested at every word). */
    static boolean birthStart(char first, char second) {
        return (first | second) < 256 && (BIRTH_CHARS[first] & 1) != 0 && (BIRTH_CHARS[second] & 2) != 0;
    }

    static void birthWord(String text, int i, int e, BirthSink birth) {
        int end = birthWordEnd(text, i, e);
        if (end >= 0) {
            birth.birthWord(end);
        }
    }

    /** The end of a word introducing a date of birth at the word [i, e) ("born", "d.o.b.", "geb."), or -1. */
    static int birthWordEnd(String text, int i, int e) {
        int n = text.length();
        if (Lexicon.DOB.contains(text, i, e)) {
            return guardedBirthNoun(text, i, e) ? e : -1;
        }
        if (e < n && text.charAt(e) == '_') { // a snake_case key: "date_of_birth", "data_nascita"
            int k = e;
            while (k < n && k - i < 24 && (Chars.letter(text.charAt(k)) || text.charAt(k) == '_')) {
                k++;
            }
            if (Lexicon.DOB.contains(text, i, k)) {
                return k;
            }
        }
        int d = e; // "d.o.b", "geb."
        while (d < n && d - i < 8 && (text.charAt(d) == '.' || Chars.letter(text.charAt(d)))) {
            d++;
        }
        if (d > e && (Lexicon.DOB.contains(text, i, d) || (text.charAt(d - 1) == '.'
                && Lexicon.DOB.contains(text, i, d - 1)))) {
            return d;
        }
        return -1;
    }

    /** Spanish determiners and "feliz" before "cumple" as the birthday ("mi cumple", "el cumple", "feliz cumple"). */
    private static final WordSet CUMPLE_BEFORE = new WordSet(java.util.Arrays.asList("mi", "tu", "su", "el", "del", "al", "un", "nuestro",
        "vuestro", "feliz", "mis", "sus", "tus"));
    /** French possessives after "anniversaire de" ("l'anniversaire de ma fille": still a birthday). */
    private static final WordSet FR_POSSESSIVES = new WordSet(java.util.Arrays.asList("ma", "mon", "mes", "ta", "ton", "tes", "sa", "son",
        "ses", "notre", "votre", "leur"));

    /**
     * Whether the birth word [i, e) is meant as the birthday (thirty-fourth session): the chat noun "cumple" is also
     * the verb "he/she fulfils" ("el proyecto cumple con la norma"), so it counts only after a determiner or "feliz";
     * "anniversaire" is also any anniversary, so it does not count before "de"/"du"/"d'" and a lower-case word other
     * than a possessive ("anniversaire de mariage", "du lancement", "d'entreprise"). Every other birth word is.
     */
    static boolean guardedBirthNoun(String text, int i, int e) {
        int len = e - i;
        if (len == 6 && text.regionMatches(true, i, "cumple", 0, 6)) {
            int pe = i - 1;
            while (pe > 0 && i - pe < 4 && text.charAt(pe) == ' ') {
                pe--;
            }
            int ps = pe + 1;
            while (ps > 0 && pe - ps < 10 && Chars.letter(text.charAt(ps - 1))) {
                ps--;
            }
            return ps <= pe && CUMPLE_BEFORE.contains(text, ps, pe + 1);
        }
        if ((len == 12 || len == 13) && text.regionMatches(true, i, "anniversaire", 0, 12)) {
            int n = text.length();
            int p = e;
            if (p + 4 > n || text.charAt(p) != ' ') {
                return true;
            }
            p++;
            if (text.startsWith("de ", p) || text.startsWith("du ", p)) {
                p += 3;
            } else if (text.startsWith("d'", p) || text.startsWith("d\u2019", p)) {
                p += 2;
            } else {
                return true;
            }
            int we = p;
            while (we < n && we - p < 16 && Chars.letter(text.charAt(we))) {
                we++;
            }
            return we == p || Chars.upper(text.charAt(p)) || FR_POSSESSIVES.contains(text, p, we);
        }
        return true;
    }

    /**
     * Whether the capitalised run [i, end) without a known given name (its first word [i, e)) is a noun phrase of
     * capitalised nouns joined by a particle, not a name (thirty-second session): a job title or office ("Responsable
     * de Protección de Datos", "Head of Data Privacy", {@link Lexicon#JOB_HEADS}), a German abstract noun and its
     * object ("Pflege der Stammdaten", "Bearbeitung von Pfändungen"), a German article as the particle ("Prüfung
     * der Unterlagen"; "van der", "von der", "vom" stay names' particles), or an invoice line after a quantity
     * ("2 x Tomme de Savoie", "3x Coppa di Parma"). Reads the run and up to six characters before it.
     */
    static boolean nounPhraseRun(String text, int i, int e, int end) {
        if (Lexicon.JOB_HEADS.contains(text, i, e) || germanNoun(text, i, e)) {
            return true;
        }
        if (quantityBefore(text, i)) {
            return true;
        }
        int q = e;
        int pq = i;
        while (q < end) {
            while (q < end && !Chars.letter(text.charAt(q))) {
                q++;
            }
            int we = wordEnd(text, q);
            if (we == q) {
                return false;
            }
            if (we + 2 < end && Chars.upper(text.charAt(q)) && text.charAt(we) == ' ' && Chars.lower(text.charAt(we + 1))
                    && Lexicon.JOB_HEADS.contains(text, q, we)) {
                return true; // "Buscamos Directora de Recursos Humanos": a title inside the run
            }
            if (we - q == 3 && text.charAt(q) == 'd' && text.charAt(q + 1) == 'e'
                    && (text.charAt(q + 2) == 'r' || text.charAt(q + 2) == 's' || text.charAt(q + 2) == 'm')) {
                int pe = wordEnd(text, pq);
                boolean vanVon = pe - pq == 3 && (text.regionMatches(true, pq, "van", 0, 3)
                        || text.regionMatches(true, pq, "von", 0, 3));
                if (!vanVon) {
                    return true; // "der", "des", "dem" alone: a German article
                }
            }
            pq = q;
            q = we;
        }
        return false;
    }

    /** Whether a quantity and a multiplication sign stand right before i ("2 x ", "3x ", "10 × "). */
    static boolean quantityBefore(String text, int i) {
        int p = i - 1;
        if (p < 2 || text.charAt(p) != ' ') {
            return false;
        }
        p--;
        char x = text.charAt(p);
        if (x != 'x' && x != 'X' && x != '\u00d7') {
            return false;
        }
        p--;
        if (text.charAt(p) == ' ') {
            p--;
        }
        return p >= 0 && isAsciiDigit(text.charAt(p)) && (p == 0 || !Chars.letter(text.charAt(p - 1)));
    }

    /** Whether text[from, end) (the words after the first) contains a middle initial or a lower-case particle. */
    static boolean hasInitialOrParticle(String text, int from, int end) {
        int q = from;
        while (q < end) {
            while (q < end && !Chars.letter(text.charAt(q))) {
                q++;
            }
            int e = wordEnd(text, q);
            if (e == q) {
                return false;
            }
            if ((e - q == 1 && Chars.upper(text.charAt(q)) && e < end) || (Chars.lower(text.charAt(q))
                    && Lexicon.PARTICLES.contains(text, q, e))) {
                return true;
            }
            q = e;
        }
        return false;
    }

    static boolean surnameLike(String text, int end) {
        if (end <= 0) {
            return false;
        }
        char last = text.charAt(end - 1);
        // an ASCII last character only matches the endings whose last character equals it ignoring ASCII case
        String[] endings = last < 128 ? SURNAME_BY_LAST[last] : SURNAME_ENDINGS;
        if (endings.length == 0) {
            return false;
        }
        int s = end;
        while (s > 0 && Chars.letter(text.charAt(s - 1))) {
            s--;
        }
        for (String suffix : endings) {
            int len = suffix.length();
            if (end - s > len + 1 && text.regionMatches(true, end - len, suffix, 0, len)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the capitalised known first name {@code text[i, e)} is one of the names that are also common English
     * words ({@link Lexicon#WORD_NAMES}: Grant, Frank, Max, Gene, ...) standing at the start of a sentence or line
     * and followed by a lower-case word that is not a person verb or "and"/"or": "Grant the role access" is an order,
     * "Frank feedback is welcome" an adjective, while "Frank called", "Dale and Maria" and "Ask Grant" stay names. Any
     * known first name there is a word when a Dutch or German subject pronoun follows ({@link #inversionAfter}: "Ben
     * je thuis?", "Dan boek ik het").
     */
    static boolean wordAtSentenceStart(String text, int i, int e, long key) {
        int n = text.length();
        if (e + 1 >= n || text.charAt(e) != ' ' || !Chars.lower(text.charAt(e + 1))) {
            return false;
        }
        if (!(Lexicon.WORD_NAMES.contains(text, i, e, key) && !personVerbAfter(text, e)
                && !text.startsWith("and ", e + 1) && !text.startsWith("or ", e + 1)) && !inversionAfter(text, e)) {
            return false; // "Dale and Maria": names are joined by "and"
        }
        int p = i - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        return p < 0 || ".!?:;\n\"'(*\u2022-".indexOf(text.charAt(p)) >= 0;
    }

    /** Dutch and German subject pronouns that follow the verb in a question or after a fronted adverb. */
    private static final WordSet SUBJECT_PRONOUNS = new WordSet(java.util.Arrays.asList("ik", "je", "jij", "hij",
        "ze", "zij", "wij", "jullie", "ich", "wir"));
    /** Conjunctions and relatives that may stand between a name and a pronoun ("Marie que je ...", "Jan en ik"). */
    private static final WordSet INVERSION_STOPS = new WordSet(java.util.Arrays.asList("en", "of", "and", "und",
        "oder", "que", "qui", "dont", "et", "ou", "si", "die", "dat", "wat", "als", "toen", "dass", "wie"));

    /**
     * Whether a Dutch or German subject pronoun follows the word ending at {@code end}, right after it ("Ben je
     * thuis?", "Wil je ...": a verb asking) or after one lower-case word ("Dan boek ik ...", "Dann komme ich": an
     * adverb before the verb): the sentence-initial word is no subject, so no name (twenty-fifth session). A
     * conjunction or relative in between keeps the name ("Jan en ik", "Marie que je ..."). Reads at most two words.
     */
    static boolean inversionAfter(String text, int end) {
        int n = text.length();
        int q = end + 1;
        for (int k = 0; k < 2; k++) {
            int we = q;
            while (we < n && we - q <= 8 && Chars.lower(text.charAt(we))) {
                we++;
            }
            if (we == q || we - q > 8 || (we < n && Chars.letterOrDigit(text.charAt(we)))) {
                return false;
            }
            if (SUBJECT_PRONOUNS.contains(text, q, we)) {
                return true;
            }
            if (k == 1 || INVERSION_STOPS.contains(text, q, we) || we + 1 >= n || text.charAt(we) != ' '
                    || !Chars.lower(text.charAt(we + 1))) {
                return false;
            }
            q = we + 1;
        }
        return false;
    }

    static boolean personVerbAfter(String text, int end) {
        int n = text.length();
        if (end + 1 < n && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019') && text.charAt(end + 1) == 's') {
            return true;
        }
        if (end + 1 >= n || text.charAt(end) != ' ') {
            return false;
        }
        int q = end + 1;
        int e = q;
        while (e < n && Chars.lower(text.charAt(e))) {
            e++;
        }
        return e > q && PERSON_VERBS.contains(text, q, e);
    }

    /** Extends a name over up to {@code max} more surnames, initials or particle + surname. */
    static int extend(String text, int end, int max) {
        int n = text.length();
        for (int k = 0; k < max; k++) {
            if (end + 1 >= n || text.charAt(end) != ' ') {
                return end;
            }
            int q = end + 1;
            if (!Chars.letter(text.charAt(q))) {
                if (q + 4 < n && isApostropheT(text, q) && text.charAt(q + 2) == ' ' && isCapWord(text, q + 3)
                        && wordEnd(text, q + 3) - (q + 3) >= 2) {
                    end = wordEnd(text, q + 3); // "Op 't Veld", "Jan 't Hart": the Dutch article inside the name
                    continue;
                }
                return end;
            }
            int e = wordEnd(text, q);
            if (Chars.upper(text.charAt(q))) {
                if (e - q == 1) { // initial
                    if (e < n && text.charAt(e) == '.') {
                        if (e + 1 < n && Chars.letter(text.charAt(e + 1))) {
                            return end; // "S.r.l.", "B.V.": a legal form, not an initial
                        }
                        end = e + 1;
                        continue;
                    }
                    if (e + 1 < n && text.charAt(e) == ' ' && Chars.upper(text.charAt(e + 1))) {
                        end = e;
                        continue;
                    }
                    return end;
                }
                if (Lexicon.VIET_MIDDLE.contains(text, q, e) && e + 2 < n && text.charAt(e) == ' '
                        && Chars.upper(text.charAt(e + 1)) && vietSurnameBefore(text, end)) {
                    int ge = wordEnd(text, e + 1); // "Nguyen Van An", "Tran Thi Mai": the given name follows
                    if (ge - (e + 1) >= 2) {
                        end = ge;
                        continue;
                    }
                }
                if (saintSurname(text, q, e)) {
                    end = wordEnd(text, e + 2); // "Eleanor St. John", "Gemma St. Clair"
                    continue;
                }
                if (Lexicon.NOT_NAMES.contains(text, q, e) || Lexicon.TITLES.contains(text, q, e)
                        || !isTitleCase(text, q, e)) {
                    int se = Lexicon.PARTICLES.contains(text, q, e) ? particleSurnameEnd(text, e) : -1;
                    if (se > 0) {
                        end = se; // "Alessandro De Luca", "Noor El Idrissi"
                        continue;
                    }
                    return end;
                }
                end = e;
            } else {
                // particles, up to three in a row ("de Vries", "van den Berg", "de la Cruz"): the surname follows
                // in the next round
                int pe = e;
                boolean found = false;
                for (int run = 0; run < 3 && Lexicon.PARTICLES.contains(text, q, pe); run++) {
                    if (pe + 1 < n && text.charAt(pe) == ' ' && isCapWord(text, pe + 1)
                            && !Lexicon.TITLES.contains(text, pe + 1, wordEnd(text, pe + 1))
                            && !institutionAfter(text, pe + 1)) {
                        // "de Vries": particles and surname take one round; not a title ("Kannst du Frau Demir":
                        // the German "du" before the title that starts the name)
                        end = wordEnd(text, pe + 1);
                        found = true;
                        break;
                    }
                    if (pe + 1 < n && text.charAt(pe) == ' ' && capitalParticleSurname(text, pe + 1)) {
                        end = particleSurnameEnd(text, wordEnd(text, pe + 1)); // "de La Rochefoucauld"
                        found = true;
                        break;
                    }
                    if (pe + 4 < n && text.charAt(pe) == ' ' && isApostropheT(text, pe + 1)
                            && text.charAt(pe + 3) == ' ' && isCapWord(text, pe + 4)) {
                        end = wordEnd(text, pe + 4); // "van 't Hof"
                        found = true;
                        break;
                    }
                    if (pe + 1 >= n || text.charAt(pe) != ' ' || !Chars.lower(text.charAt(pe + 1))) {
                        break;
                    }
                    q = pe + 1;
                    pe = wordEnd(text, q);
                }
                if (found) {
                    continue;
                }
                return end;
            }
        }
        return end;
    }

    /**
     * Whether the capitalised word at {@code q} (after a particle) is a venue or institution word of
     * {@link Lexicon#PLACE_PREFIX} followed by a further capitalised word: the name of where the person is from
     * ("soy Pilar de la Clínica Dental Norte", "Jan van de Stichting Open Deur"; round-14 tuning), not a family name
     * ("de la Iglesia", "Da Ponte" end the name). Saints' words stay in names ("de San Martín").
     */
    static boolean institutionAfter(String text, int q) {
        int e = wordEnd(text, q);
        int n = text.length();
        if (e - q < 4 || e + 2 >= n || text.charAt(e) != ' ' || !Chars.upper(text.charAt(e + 1))
                || !Lexicon.PLACE_PREFIX.contains(text, q, e)) {
            return false;
        }
        return !(text.regionMatches(true, q, "san", 0, 3) || text.regionMatches(true, q, "saint", 0, 5)
                || text.regionMatches(true, q, "sankt", 0, 5));
    }

    /**
     * Whether the word [q, e) is "St." before a space and a capitalised word that is no non-name, street word or
     * place: "Saint" inside a family name ("St. John", "St. Clair"), not the street abbreviation ("Martinez Mall
     * St.", "Eleanor St, 4").
     */
    static boolean saintSurname(String text, int q, int e) {
        int n = text.length();
        if (e - q != 2 || text.charAt(q) != 'S' || text.charAt(q + 1) != 't' || e + 3 >= n || text.charAt(e) != '.'
                || text.charAt(e + 1) != ' ' || !isCapWord(text, e + 2)) {
            return false;
        }
        int we = wordEnd(text, e + 2);
        return we - (e + 2) >= 2 && !Lexicon.STREET_WORDS.contains(text, e + 2, we)
                && !Lexicon.PLACES.contains(text, e + 2, we) && !streetAfter(text, we);
    }

    /** Prepositions between a noun and the person it is of ({@link #nameAfterNoun}). */
    private static final WordSet NOUN_PREPS = new WordSet(java.util.Arrays.asList("von", "van", "de", "di", "da",
        "du", "del"));

    /**
     * The start of the last word of the run [i, end) when the run is a noun, a preposition and a person's given name
     * ("Beitrag von Lars", "Bericht van Sanne", "Message de Julie", "Mensaje de Carmen", "Messaggio di Giulia";
     * twenty-fifth session): the first word [i, e) is no known or surname-shaped family name, the last is a known
     * given name that is no known family name; or -1. A given name and a family name keep the whole run ("Anneke
     * ter Horst", "Xander de Vries").
     */
    static int nameAfterNoun(String text, int i, int e, int end) {
        if (e + 4 >= end || text.charAt(e) != ' ') {
            return -1;
        }
        int ps = e + 1;
        int pe = ps;
        while (pe < end && Chars.lower(text.charAt(pe))) {
            pe++;
        }
        if (pe == ps || pe + 2 > end || text.charAt(pe) != ' ' || !NOUN_PREPS.contains(text, ps, pe)) {
            return -1;
        }
        int ls = pe + 1;
        if (wordEnd(text, ls) != end || !isTitleCase(text, ls, end) || !Lexicon.isFirstName(text, ls, end)
                || Lexicon.isSurname(text, ls, end) || surnameWord(text, i, e) || surnameLike(text, e)) {
            return -1;
        }
        return ls;
    }

    /**
     * The start of the words after the preposition when the run [i, end) is a noun, a preposition and a full name of
     * two or three capitalised words holding a known or surname-shaped family name ("Bewerbung von Amira Haddad",
     * "Dossier de Aylin Demir", "Verslag van Kwame Mensah"; round-12 tuning), the first word [i, e) being a noun of
     * a document or message ({@link #DOCUMENT_NOUNS}) or a German abstract noun ({@link #germanNoun}); or -1.
     */
    static int fullNameAfterNoun(String text, int i, int e, int end) {
        if (e + 4 >= end || text.charAt(e) != ' ' || !(DOCUMENT_NOUNS.contains(text, i, e) || germanNoun(text, i, e))) {
            return -1;
        }
        int ps = e + 1;
        int pe = ps;
        while (pe < end && Chars.lower(text.charAt(pe))) {
            pe++;
        }
        if (pe == ps || pe + 2 > end || text.charAt(pe) != ' ' || !NOUN_PREPS.contains(text, ps, pe)) {
            return -1;
        }
        int ls = pe + 1;
        int words = 0;
        int q = ls;
        while (q < end) {
            int qe = wordEnd(text, q);
            if (!isTitleCase(text, q, qe) || Lexicon.PARTICLES.contains(text, q, qe)) {
                return -1;
            }
            words++;
            q = qe;
            if (q < end) {
                if (text.charAt(q) != ' ') {
                    return -1;
                }
                q++;
            }
        }
        return words >= 2 && words <= 3 && surnameRun(text, ls, end) ? ls : -1;
    }

    /**
     * Documents, messages and requests a person sends or is the subject of, in the six languages ("Bewerbung von
     * ...", "Verslag van ...", "Lettre de ...", "Solicitud de ...", "Richiesta di ..."): the noun of a run "noun,
     * preposition, full name" ({@link #fullNameAfterNoun}). Given names never are one of them, so "Dyan van Gijn
     * Wiśniewska" keeps its particle.
     */
    private static final WordSet DOCUMENT_NOUNS = new WordSet(java.util.Arrays.asList("application", "letter",
        "request", "report", "invoice", "message", "email", "mail", "note", "statement", "file", "contract", "offer",
        "complaint", "claim", "submission", "bewerbung", "antrag", "brief", "nachricht", "bericht", "schreiben",
        "anfrage", "beitrag", "rechnung", "vertrag", "akte", "unterlagen", "angebot", "anmeldung", "kündigung",
        "krankmeldung", "beschwerde", "meldung", "verslag", "aanvraag", "sollicitatie", "bericht", "factuur",
        "offerte", "klacht", "melding", "dossier", "lettre", "demande", "candidature", "facture", "courrier",
        "offre", "plainte", "réclamation", "reclamation", "rapport", "mensaje", "carta", "solicitud", "expediente",
        "factura", "oferta", "queja", "reclamación", "reclamacion", "informe", "messaggio", "lettera", "richiesta",
        "fattura", "offerta", "pratica", "reclamo", "relazione", "domanda", "segnalazione"));

    /**
     * Whether the capitalised word [i, e) has the ending of a German abstract noun (-ung, -heit, -keit, -schaft,
     * -nis, -tion) and six letters or more: never a given name.
     */
    static boolean germanNoun(String text, int i, int e) {
        return e - i >= 6 && (endsWithIgnoreCase(text, e, "ung") || endsWithIgnoreCase(text, e, "heit")
                || endsWithIgnoreCase(text, e, "keit") || endsWithIgnoreCase(text, e, "schaft")
                || endsWithIgnoreCase(text, e, "nis") || endsWithIgnoreCase(text, e, "tion"));
    }

    /** Whether the word ending at {@code end} is a Vietnamese family name. */
    static boolean vietSurnameBefore(String text, int end) {
        int s = end;
        while (s > 0 && end - s < 8 && Chars.letter(text.charAt(s - 1))) {
            s--;
        }
        return s < end && Lexicon.VIET_SURNAMES.contains(text, s, end);
    }

    /**
     * {@link #afterNumberOrPlace}, except that "of" before a known first name and a capitalised word does not make
     * a place ("on behalf of Jakub Wróblewski"; "University of Florence" stays a place).
     */
    static boolean placeBlocks(String text, int i, int e, boolean first) {
        if (!afterNumberOrPlace(text, i)) {
            return false;
        }
        if (i >= 3 && text.charAt(i - 1) == ' ' && inNameOf(text, i - 1)) {
            return false; // "in the name of Ortwin Kleefstra": a holder, not "University of ..." (thirty-fifth session)
        }
        return !(first && i >= 3 && text.charAt(i - 1) == ' ' && text.regionMatches(true, i - 3, "of", 0, 2)
                && (i == 3 || !Chars.letter(text.charAt(i - 4))) && e + 1 < text.length() && text.charAt(e) == ' '
                && Chars.upper(text.charAt(e + 1)));
    }

    /**
     * Whether the word at i follows a number ("1317 Kimberly Way"), a place prefix ("St. John", also before an
     * opening double quote: {@code sala "Marie Curie"}, round-14 tuning) or a capitalised trade heading a business
     * name ("Studio Tecnico Bianchi", {@link #firmWord}).
     */
    static boolean afterNumberOrPlace(String text, int i) {
        int p = i - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '.')) {
            p--;
        }
        boolean quoted = p == i - 1 && p >= 2 && "\"“«„".indexOf(text.charAt(p)) >= 0 && text.charAt(p - 1) == ' ';
        if (quoted) {
            p -= 2; // the quote opening a name after a room or venue word
        }
        if (p < 0 || p < i - 3) {
            return false;
        }
        if (Character.isDigit(text.charAt(p))) {
            if (quoted) {
                return false;
            }
            return !listNumber(text, p, i) && !sentenceAfterNumber(text, p, i);
        }
        int s = p;
        while (s >= 0 && Chars.letter(text.charAt(s))) {
            s--;
        }
        return s < p && (Lexicon.PLACE_PREFIX.contains(text, s + 1, p + 1) || firmWord(text, s + 1, p + 1));
    }

    /**
     * Whether the digit at p ends a list number of one or two digits heading its line, before a full stop and a
     * space, and the word at i after it ("1. Cornelis Jan de Graaf, wonende te ...", "2. Yvonne ter Horst"): an
     * item of an enumeration, not a house number (twenty-fifth session).
     */
    static boolean listNumber(String text, int p, int i) {
        if (p + 3 != i || text.charAt(p + 1) != '.' || text.charAt(p + 2) != ' ') {
            return false;
        }
        int ds = p;
        while (ds > 0 && p - ds < 2 && Character.isDigit(text.charAt(ds - 1))) {
            ds--;
        }
        int q = ds - 1;
        while (q >= 0 && ds - q <= 4 && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
            q--;
        }
        return q < 0 || text.charAt(q) == '\n';
    }

    /**
     * Whether the digit at p ends a number of three digits or more (a telephone number, an amount, a year) before a
     * full stop and one space, and the word at i after it: the number ended a sentence ("... an: 0171 5550123. Sabine
     * Krause"; round-12 tuning); house numbers take no full stop, German ordinals ("3. Liga") have one or two digits.
     */
    static boolean sentenceAfterNumber(String text, int p, int i) {
        if (p + 3 != i || text.charAt(p + 1) != '.' || text.charAt(p + 2) != ' ') {
            return false;
        }
        return p >= 2 && Character.isDigit(text.charAt(p - 1)) && Character.isDigit(text.charAt(p - 2));
    }

    /** Whether the word at i follows an article ("the White Stripes") or an opening quote (a title of a work). */
    static boolean afterArticleOrQuote(String text, int i) {
        return i > 0 && "\"\u201c\u00ab'".indexOf(text.charAt(i - 1)) >= 0 || afterArticle(text, i);
    }

    /**
     * Whether the two-letter title [i, e) without a full stop is one: "Mr", "Ms", "Mx" always; "Dr" unless a
     * capitalised word that is no cue comes right before it ("Cheriton Dr" is a street; "Dear Dr Pryce" a title).
     */
    static boolean bareTitle(String text, int i, int e) {
        if (e - i != 2) {
            return false;
        }
        char a = text.charAt(i);
        char b = text.charAt(i + 1);
        if (a == 'M' && (b == 'r' || b == 's' || b == 'x')) {
            return true;
        }
        if (a != 'D' || b != 'r') {
            return false;
        }
        int p = i - 1;
        if (p < 1 || text.charAt(p) != ' ' || !Chars.letter(text.charAt(p - 1))) {
            return true;
        }
        long w = wordBefore(text, p, CUE_MAX);
        if (w < 0) {
            return false; // a long word before: no cue
        }
        int ws = (int) (w >>> 32);
        int we = (int) w;
        return !Chars.upper(text.charAt(ws)) || Lexicon.CUES.contains(text, ws, we);
    }

    /**
     * One to three initials with full stops at i, then a family name: a known or surname-shaped one, one with a
     * surname ending, or one after particles ("J. Smith", "A. B. Okafor", "M. van der Berg"). Emits it and returns
     * its end, or -1. Headings such as "A. Overview" have no family name.
     */
    static int initialsName(String text, int i, Sink sink) {
        int n = text.length();
        if (i + 3 < n && text.charAt(i + 1) == ' ' && Chars.upper(text.charAt(i + 2))) {
            return bareInitialsName(text, i, sink);
        }
        int p = i;
        int k = 0;
        while (k < 3 && p + 2 < n && Chars.upper(text.charAt(p)) && text.charAt(p + 1) == '.'
                && (p == i || !Chars.letter(text.charAt(p - 1)))) {
            p += 2;
            k++;
            if (text.charAt(p) == ' ') {
                p++;
            }
            if (p + 1 < n && Chars.upper(text.charAt(p)) && text.charAt(p + 1) != '.') {
                break;
            }
        }
        if (k == 0 || p >= n || p == i + 2 * k || text.charAt(p - 1) != ' ' || afterNumberOrPlace(text, i)) {
            return -1;
        }
        int s = p;
        if (Chars.lower(text.charAt(s))) {
            int pe = wordEnd(text, s);
            int q = s;
            int run = 0;
            while (run < 3 && pe + 1 < n && Lexicon.PARTICLES.contains(text, q, pe) && text.charAt(pe) == ' ') {
                q = pe + 1;
                pe = wordEnd(text, q);
                run++;
                if (Chars.upper(text.charAt(q))) {
                    break;
                }
            }
            if (run == 0 || !isTitleCase(text, q, pe) || Lexicon.NOT_NAMES.contains(text, q, pe)) {
                return -1;
            }
            sink.person(i, pe, INTRO); // "M. van der Berg"
            return pe;
        }
        if (capitalParticleSurname(text, s)) {
            int pe = particleSurnameEnd(text, wordEnd(text, s));
            int ls = pe;
            while (ls > s && text.charAt(ls - 1) != ' ') {
                ls--;
            }
            if (!Lexicon.PLACES.contains(text, ls, pe) && !notPersonAfter(text, pe) && initialsCued(text, i, pe)) {
                sink.person(i, pe, INTRO); // "mevr. Y. El Amrani", "Prof. J. De Smet": a capitalised particle
                return pe;
            }
        }
        int e = wordEnd(text, s);
        if (!isTitleCase(text, s, e) || Lexicon.NOT_NAMES.contains(text, s, e) || Lexicon.PLACES.contains(text, s, e)
                || notPersonAfter(text, e) || orgUnitWord(text, s, e)) {
            return -1; // "U.O. Medicina Interna" (an Italian hospital unit), "A. Cardiologie"
        }
        if (k == 1 && s == i + 3 && text.charAt(i) == 'M') {
            // "M." is Monsieur after a cue before a given name or a word that is no family name ("Votre conseiller
            // M. Garnier", "Client : M. Olivier Martin"), and anywhere before a given name and another name word
            // ("M. Pierre Durand conteste ..."); the name is the words after it
            boolean first = Lexicon.isFirstName(text, s, e);
            boolean cued = monsieurBefore(text, i) && (first || !(Lexicon.isSurname(text, s, e)
                    || surnameShaped(text, s, e) || surnameLike(text, e)));
            if (cued || first) {
                int end = extend(text, e, 3);
                if ((cued || end > e) && !notPersonAfter(text, end)) {
                    sink.person(s, end, TITLE);
                    return end;
                }
                if (cued) {
                    return -1;
                }
            }
        }
        if (Lexicon.isSurname(text, s, e) || surnameShaped(text, s, e) || surnameLike(text, e)
                || initialsCued(text, i, e) || doubleBarrelled(text, s, e)) {
            sink.person(i, e, INTRO);
            return e;
        }
        return -1;
    }

    /**
     * One or two initials without full stops at i, each before a space, then a capitalised family name that ends
     * the item, after a person label, role or title ("Cardholder name: A J Price", "Naam: K Bosma"; round-11
     * tuning). Emits it and returns its end, or -1. Reads at most the next three words and the cue's own.
     */
    static int bareInitialsName(String text, int i, Sink sink) {
        int n = text.length();
        int p = i;
        int k = 0;
        while (k < 2 && p + 3 < n && Chars.upper(text.charAt(p)) && text.charAt(p + 1) == ' '
                && Chars.upper(text.charAt(p + 2))) {
            p += 2;
            k++;
        }
        int e = wordEnd(text, p);
        if (e - p < 2 || !isTitleCase(text, p, e) || !itemEnds(text, e) || Lexicon.NOT_NAMES.contains(text, p, e)
                || Lexicon.PLACES.contains(text, p, e) || orgUnitWord(text, p, e)) {
            return -1;
        }
        int cue = cueBefore(text, i);
        if (cue != CUE_LABEL && cue != CUE_ROLE && cue != CUE_TITLE) {
            return -1;
        }
        sink.person(i, e, INTRO);
        return e;
    }

    /**
     * Whether the word [s, e) is a double-barrelled family name: two capitalised parts of three letters or more
     * joined by a hyphen, neither a non-name, place or organisation word ("Fitzgerald-Lowe", "Müller-Lüdenscheidt";
     * not "Anti-Doping"). After initials only.
     */
    static boolean doubleBarrelled(String text, int s, int e) {
        int h = text.indexOf('-', s);
        if (h < 0 || h >= e || h - s < 3 || e - h - 1 < 3 || text.indexOf('-', h + 1) >= 0 && text.indexOf('-', h + 1) < e
                || !Chars.upper(text.charAt(h + 1)) || !isTitleCase(text, s, h) || !isTitleCase(text, h + 1, e)) {
            return false;
        }
        return !WORD_PREFIXES.contains(text, s, h) && !notNameOrPlace(text, s, h) && !notNameOrPlace(text, h + 1, e)
                && !orgUnitWord(text, s, h) && !orgUnitWord(text, h + 1, e);
    }

    /** Prefixes of hyphenated words that are no family names ("Anti-Doping", "Non-Profit", "Euro-Zone"). */
    private static final WordSet WORD_PREFIXES = new WordSet(java.util.Arrays.asList("anti", "non", "pro", "post",
        "pre", "self", "multi", "inter", "trans", "euro", "neo", "pan", "vice", "semi", "mid", "over", "under",
        "super", "ultra", "mega", "micro", "auto", "bio", "eco", "high", "low", "all", "cross"));

    /**
     * Whether initials at i before the family name ending at e follow a cue that names a person: a title ("drs.
     * R.J. Hoogendoorn", "Prof. A.M. Keller"), a person label ("Achternaam: K.L. Bosma"), a role word, or a sign-off
     * when the name ends its line ("Met vriendelijke groet,\nP.J. Verbeek"; twenty-fifth session).
     */
    static boolean initialsCued(String text, int i, int e) {
        int cue = cueBefore(text, i);
        if (cue == CUE_TITLE || cue == CUE_LABEL || cue == CUE_ROLE || cue == CUE_HEADER) {
            return true;
        }
        return (cue == CUE_SIGNOFF || cue == CUE_GREETING) && nameEnds(text, e);
    }

    /**
     * Whether "M." at {@code i} stands inside a sentence or after a label ("votre conseiller M. Garnier", "Client :
     * M. Martin"), where it is the French title "Monsieur", not a list letter heading a line ("M. Overview").
     */
    static boolean monsieurBefore(String text, int i) {
        if (i < 2 || text.charAt(i - 1) != ' ') {
            return false;
        }
        char b = text.charAt(i - 2);
        return Chars.lower(b) || b == ':' || b == ',';
    }

    /**
     * Words that attribute a statement to the single capitalised word after them ("volgens Bosman", "laut",
     * "selon", "según", "secondo", "d'après").
     */
    private static final WordSet ATTRIBUTION = new WordSet(java.util.Arrays.asList("volgens", "laut", "selon",
        "según", "segun", "secondo", "après", "apres", "zufolge"));
    /** Prepositions that follow a verb of acting with someone ("approved by", "agreed with", "spoke to", "door", "par"). */
    private static final WordSet AGENT_PREPS = new WordSet(java.util.Arrays.asList("by", "with", "to", "door", "met",
        "par", "avec", "por", "con", "da", "mit", "von"));
    /**
     * Verbs (and "according") before an {@link #AGENT_PREPS} word whose object is a person: approving, signing,
     * agreeing, speaking, meeting, in the six languages ("signed off by", "as agreed with", "spoke to", "goedgekeurd
     * door", "genehmigt von", "validé par", "aprobado por", "firmato da", "hablé con").
     */
    private static final WordSet ACTION_VERBS = new WordSet(java.util.Arrays.asList("approved", "signed",
        "countersigned", "reviewed", "authorised", "authorized", "requested", "submitted", "prepared", "verified",
        "witnessed", "escalated", "assigned", "interviewed", "referred", "agreed", "spoke", "speaking", "talked",
        "talking", "met", "meeting", "discussed", "consulted", "chatted", "according", "off", "goedgekeurd",
        "ondertekend", "getekend", "gecontroleerd", "opgesteld", "ingediend", "gesproken", "overlegd", "afgesproken",
        "genehmigt", "unterschrieben", "geprüft", "freigegeben", "gesprochen", "telefoniert", "vereinbart",
        "abgesprochen", "approuvé", "approuvée", "signé", "signée", "validé", "validée", "vérifié", "vérifiée",
        "rédigé", "rédigée", "parlé", "discuté", "convenu", "aprobado", "aprobada", "firmado", "firmada",
        "revisado", "revisada", "autorizado", "autorizada", "hablé", "hablado", "habló", "acordado", "reunido",
        "approvato", "approvata", "firmato", "firmata", "verificato", "verificata", "autorizzato", "autorizzata",
        "parlato", "sentito", "concordato"));

    /**
     * Whether an attribution ("volgens ", "laut ", "d'après ") or a verb of acting with someone and its preposition
     * ("approved by ", "signed off by ", "as agreed with ", "spoke to ", "genehmigt von ") ends right before i.
     * Reads at most 24 characters back.
     */
    static boolean actionPhraseBefore(String text, int i) {
        int p = i - 1;
        // the word before must end right at the space, in a lower-case letter (checked first: most capitalised words
        // follow a sentence end or a capitalised word)
        if (p < 3 || text.charAt(p) != ' ' || !Chars.lower(text.charAt(p - 1))) {
            return false;
        }
        long w = wordBefore(text, p, 12);
        if (w < 0) {
            return false;
        }
        int ws = (int) (w >>> 32);
        int we = (int) w;
        if (we != p || !Chars.lower(text.charAt(we - 1))) {
            return false;
        }
        int ap = ws;
        while (ap < we && text.charAt(ap) != '\'' && text.charAt(ap) != '\u2019') {
            ap++;
        }
        if (ap < we - 1) {
            ws = ap + 1; // "d'après"
        }
        if (ATTRIBUTION.contains(text, ws, we)) {
            return true;
        }
        if (!AGENT_PREPS.contains(text, ws, we) || ws < 3 || text.charAt(ws - 1) != ' ') {
            return false;
        }
        long v = wordBefore(text, ws - 1, 14);
        if (v < 0) {
            return false;
        }
        int vs = (int) (v >>> 32);
        int ve = (int) v;
        if (ve != ws - 1 || i - vs > 24 || !Chars.lower(text.charAt(vs))) {
            return false;
        }
        return ACTION_VERBS.contains(text, vs, ve);
    }

    /** Verbs of speech after which a single capitalised word ending a clause is the speaker ("says Becker."). */
    private static final WordSet SPEECH_VERBS = new WordSet(java.util.Arrays.asList("says", "said", "asked", "asks",
        "replied", "replies", "wrote", "writes", "added", "adds", "explained", "explains", "continued", "told",
        "answered", "shouted", "whispered", "recalled", "insisted", "noted"));

    /**
     * A single unknown capitalised word (or a known family name) at [i, e) that is a name by its surroundings: after
     * a verb of speech and before the clause ends ("says Becker.", "said Carla to Sandra"), or an item of a list
     * of single words with another item a known given name and at least three items ("They had 6: Gaetane, Hannah,
     * Anthony", "founders: Eklund, Michael and Hodge"). Emits it (0.6) and returns its end, or -1. Reads at most
     * two items (of up to 20 letters) on each side.
     */
    /** The words before a caller's own name ("it's", "its", "this is", "hier ist", "c'est", "soy", "sono"). */
    private static final WordSet SELF_INTRO = new WordSet(java.util.Arrays.asList("it's", "it\u2019s", "its", "is",
        "ist", "c'est", "c\u2019est", "soy", "sono", "met"));
    /**
     * {@link #SELF_INTRO} and the first person's own introduction, before a name and where the writer is from
     * (thirty-fourth session: "Hi, I'm ... from the Leeds office", "ich bin ... von der Buchhaltung", "ik ben ... van
     * de helpdesk", "ici ... de la compta"); not at a message's opening alone ("Hey, I'm Back!").
     */
    private static final WordSet SELF_INTRO_FROM = new WordSet(java.util.Arrays.asList("it's", "it\u2019s", "its",
        "is", "ist", "c'est", "c\u2019est", "soy", "sono", "met", "i'm", "i\u2019m", "am", "bin", "ben", "ici"));
    /** Holidays, which follow "it's" as a season, not a caller. */
    private static final WordSet HOLIDAYS = new WordSet(java.util.Arrays.asList("christmas", "xmas", "easter",
        "halloween", "thanksgiving", "ramadan", "eid", "diwali", "hanukkah", "weihnachten", "ostern", "pfingsten",
        "kerst", "kerstmis", "pasen", "pinksteren", "noël", "noel", "pâques", "paques", "navidad", "pascua",
        "natale", "pasqua", "carnival", "karneval", "carnaval", "carnevale"));
    /** Prepositions after a caller's name that say where they call from ("from", "von", "van", "de", "da", "di"). */
    private static final WordSet FROM_WORDS = new WordSet(java.util.Arrays.asList("from", "von", "van", "vom", "de",
        "du", "del", "da", "di", "dal", "dello", "della", "dalla", "dall", "bij"));

    /**
     * Whether the capitalised word [i, e) is a caller naming themselves and where they call from: a lower-case
     * self-introduction word right before it ("its", "it's", "this is", "hier ist", "c'est", "soy", "sono", "u
     * spreekt met", "I'm", "I am", "ich bin", "ik ben", "ici") and a preposition of origin with a word after it
     * ("Grace from the dentist", "Jonas von der Bank", "Lucía de la clínica", "dell'ufficio"). "is" and "met" count
     * only after "this"/"dit"/"spreekt", "am", "bin" and "ben" only after "I", "ich" and "ik"; a word of
     * {@link Lexicon#NOT_NAMES} or a place is no caller. Reads 16 characters back.
     */
    static boolean selfIntroFrom(String text, int i, int e) {
        int n = text.length();
        if (e + 4 >= n || text.charAt(e) != ' ' || text.charAt(i - 1) != ' ') {
            return false;
        }
        int fs = e + 1;
        int fe = wordEnd(text, fs);
        int elided = fs;
        while (elided < n && elided - fs < 5 && Chars.letter(text.charAt(elided))) {
            elided++;
        }
        if (elided > fs && elided + 1 < n && (text.charAt(elided) == '\'' || text.charAt(elided) == '\u2019')
                && Chars.letter(text.charAt(elided + 1)) && (FROM_WORDS.contains(text, fs, elided)
                    || elided - fs == 4 && text.regionMatches(true, fs, "dell", 0, 4))) {
            fe = elided; // "sono Gavino dell'ufficio acquisti": an elided article
        } else if (fe == fs || fe - fs > 5 || fe + 1 >= n || text.charAt(fe) != ' '
                || !Chars.letter(text.charAt(fe + 1)) || !FROM_WORDS.contains(text, fs, fe)) {
            return false; // the preposition first: most words are followed by none
        }
        long w = wordBefore(text, i - 1, 6);
        if (w < 0) {
            return false;
        }
        int ws = (int) (w >>> 32);
        int we = (int) w;
        if (!(Chars.lower(text.charAt(ws)) || text.charAt(ws) == 'I' && we - ws == 3)
                || !SELF_INTRO_FROM.contains(text, ws, we)) {
            return false; // lower case, but for "I'm"
        }
        if (we - ws == 2 && text.charAt(ws) == 'a' || we - ws == 3 && text.charAt(ws) == 'b') {
            // "am", "bin", "ben" only after their subject: "I am", "ich bin", "ik ben"
            if (!(text.charAt(ws) == 'a' ? ws >= 2 && text.regionMatches(true, ws - 2, "i ", 0, 2)
                    && (ws == 2 || !Chars.letter(text.charAt(ws - 3)))
                    : ws >= 4 && (text.regionMatches(true, ws - 4, "ich ", 0, 4) && text.charAt(ws + 1) == 'i'
                        || text.regionMatches(true, ws - 3, "ik ", 0, 3) && text.charAt(ws + 1) == 'e')
                    && (ws == 4 || !Chars.letter(text.charAt(ws - (text.charAt(ws + 1) == 'i' ? 5 : 4)))))) {
                return false;
            }
        } else if ((we - ws == 2 || we - ws == 3 && text.charAt(ws) == 'm') && !(ws >= 6
                && (text.regionMatches(true, ws - 5, "this ", 0, 5) || text.regionMatches(ws - 4, "dit ", 0, 4)
                || ws >= 9 && text.regionMatches(ws - 8, "spreekt ", 0, 8)))) {
            return false; // "the form is Annex from ..." is no caller
        }
        if (Lexicon.NOT_NAMES.contains(text, i, e) || Lexicon.PLACES.contains(text, i, e)) {
            return false; // "I'm Dutch from birth", "ici Paris de ..."
        }
        boolean firstPerson = we - ws == 3 && (text.charAt(ws + 1) == '\'' || text.charAt(ws + 1) == '\u2019')
                || we - ws == 2 && text.charAt(ws) == 'a';
        if (firstPerson && text.charAt(fs) == 'f' && !(Chars.upper(text.charAt(fe + 1))
                    || text.startsWith("the ", fe + 1) || text.startsWith("our ", fe + 1))) {
            return false; // "I'm Back from holiday": after "I'm" / "I am", "from the ...", "from our ...", "from HR"
        }
        return !HOLIDAYS.contains(text, i, e); // not "it's Christmas from tomorrow"
    }

    /** Words after a caller's name that end the self-introduction ("it's Marisol here", "c'est Inès ici"). */
    private static final WordSet HERE_WORDS = new WordSet(java.util.Arrays.asList("here", "hier", "ici", "aquí",
        "aqui", "qui"));

    /**
     * Whether the capitalised word [i, e) is the writer naming themselves at the opening of a message: "it's",
     * "its", "c'est", "soy" or "sono" right before it, starting the line or after a greeting that does ("Hi its
     * Marisol, new number", "Hey, it's Tamsin here", "Coucou c'est Maëlys !", "Hola, soy Ximena."), and a comma,
     * full stop, '!', "here" or the line's end after it (round-12 tuning). Reads two words back and one after.
     */
    static boolean selfIntroOpening(String text, int i, int e) {
        int n = text.length();
        if (text.charAt(i - 1) != ' ' || HOLIDAYS.contains(text, i, e) || Lexicon.NOT_NAMES.contains(text, i, e)) {
            return false;
        }
        boolean ends = e >= n || ",.!\n\r".indexOf(text.charAt(e)) >= 0 || (text.charAt(e) == ' ' && e + 1 < n
                && (text.charAt(e + 1) == '!' || HERE_WORDS.contains(text, e + 1, wordEnd(text, e + 1))));
        if (!ends) {
            return false;
        }
        long w = wordBefore(text, i - 1, 6);
        if (w < 0) {
            return false;
        }
        int ws = (int) (w >>> 32);
        int we = (int) w;
        if (we - ws < 3 || !SELF_INTRO.contains(text, ws, we) || (we - ws == 3 && text.charAt(ws) == 'm')
                || (we - ws == 3 && text.regionMatches(true, ws, "ist", 0, 3))) {
            return false; // not "is", "met" or "ist" alone
        }
        if (lineStart(text, ws)) {
            return true;
        }
        int q = ws - 1;
        if (q >= 1 && text.charAt(q) == ' ' && text.charAt(q - 1) == ',') {
            q--;
        }
        if (q < 1 || (text.charAt(q) != ' ' && text.charAt(q) != ',')) {
            return false;
        }
        int ge = q;
        int gs = ge;
        while (gs > 0 && ge - gs < 12 && Chars.letter(text.charAt(gs - 1))) {
            gs--;
        }
        return gs < ge && Lexicon.GREETINGS.contains(text, gs, ge) && lineStart(text, gs);
    }

    /**
     * Whether the capitalised word [i, e) signs a message after a dash: a sentence's end ('.', '!', '?'), a space, a
     * dash ('-', '–', '—' or "--") and a space before it on the same line, and the text or line ending after it
     * ("Ring me back. - Rhiannon", "À demain ! — Apolline"; round-12 tuning): a known given name, or a word that is
     * no participle ("- Fixed", "- Updating") ending the text. A list item has no sentence end before its dash.
     * Reads five characters back.
     */
    static boolean dashSignature(String text, int i, int e) {
        int n = text.length();
        if (!(e >= n || text.charAt(e) == '\n' || text.charAt(e) == '\r') || i < 5 || text.charAt(i - 1) != ' '
                || Lexicon.NOT_NAMES.contains(text, i, e)) {
            return false;
        }
        int q = i - 2;
        char d = text.charAt(q);
        if (d != '-' && d != '\u2013' && d != '\u2014') {
            return false;
        }
        if (d == '-' && text.charAt(q - 1) == '-') {
            q--;
        }
        return q >= 2 && text.charAt(q - 1) == ' ' && ".!?".indexOf(text.charAt(q - 2)) >= 0
                && (Lexicon.isFirstName(text, i, e) || (e >= n && !endsWithIgnoreCase(text, e, "ed")
                && !endsWithIgnoreCase(text, e, "ing")));
    }

    static int singleWordName(String text, int i, int e, Sink sink) {
        int n = text.length();
        if (e - i >= 5 && e + 2 < n && text.charAt(e) == ' ' && koreanGivenShape(text, i, e)) {
            int ke = koreanName(text, i, e, sink); // "Ji-woo Park": the given name first, before a family name
            if (ke > 0) {
                return ke;
            }
        }
        if (i < 2 || afterNumberOrPlace(text, i)) {
            return -1;
        }
        if ((selfIntroFrom(text, i, e) || selfIntroOpening(text, i, e) || dashSignature(text, i, e))
                && !orgUnitIn(text, i, e)) {
            sink.person(i, e, INTRO); // "hi, its Grace from the surgery", "Hi its Marisol, new number"
            return e;
        }
        char b = text.charAt(i - 2);
        if (text.charAt(i - 1) == ' ' && (b == 's' || b == 'd' || b == 'e') && Chars.lower(text.charAt(i - 3 < 0 ? 0 : i - 3))
                && (nameEnds(text, e) || text.startsWith(" to ", e))) {
            long w = wordBefore(text, i - 1, 12);
            if (w >= 0 && Chars.lower(text.charAt((int) (w >>> 32)))
                    && SPEECH_VERBS.contains(text, (int) (w >>> 32), (int) w)) {
                sink.person(i, e, FIRST_ONLY);
                return e;
            }
        }
        if (e - i >= 3 && (nameEnds(text, e) || (e + 1 < n && text.charAt(e) == ' ' && Chars.lower(text.charAt(e + 1))))
                && actionPhraseBefore(text, i) && !orgUnitIn(text, i, e) && !germanNoun(text, i, e)
                && !DOCUMENT_NOUNS.contains(text, i, e)) {
            // (round-14 tuning: "laut Fehlermeldung", "laut Anleitung", "gemäß Rechnung": a German abstract or
            // document noun after an attribution is the source, not a person)
            sink.person(i, e, FIRST_ONLY); // "approved by Kowalczyk", "as agreed with Brennan,", "Laut Kretschmer fehlt"
            return e;
        }
        boolean sepAfter = e < n && (text.charAt(e) == ',' || text.startsWith(" and ", e) || text.startsWith(" & ", e));
        boolean sepBefore = text.charAt(i - 1) == ' ' && (b == ',' || b == '&' || (b == 'd' && i >= 5
                && text.regionMatches(i - 5, " and", 0, 4)));
        if (!sepAfter && !sepBefore) {
            return -1;
        }
        int items = 1;
        int hi = e + 6; // what was read: reported only when beyond the usual margins (no record per ordinary word)
        int lo = i - 7;
        int names = 0;
        int p = e;
        for (int k = 0; k < 2; k++) {
            int s = listItemAfter(text, p);
            if (s < 0) {
                break;
            }
            int ie = wordEnd(text, s);
            hi = Math.max(hi, ie + 6);
            if (ie - s > LIST_ITEM || !isTitleCase(text, s, ie) || (ie + 1 < n && text.charAt(ie) == ' '
                    && Chars.upper(text.charAt(ie + 1)))) {
                break;
            }
            items++;
            if (Lexicon.isFirstName(text, s, ie)) {
                names++;
            }
            p = ie;
        }
        p = i;
        for (int k = 0; k < 2; k++) {
            int pe = listItemBefore(text, p);
            if (pe < 0) {
                break;
            }
            int ps = pe;
            while (ps > 0 && pe - ps <= LIST_ITEM && Chars.letter(text.charAt(ps - 1))) {
                ps--;
            }
            lo = Math.min(lo, ps - LIST_ITEM - 8);
            if (pe - ps > LIST_ITEM || !isTitleCase(text, ps, pe) || (ps >= 2 && text.charAt(ps - 1) == ' '
                    && Chars.letter(text.charAt(ps - 2)) && isCapWordEndingAt(text, ps - 2))) {
                break;
            }
            items++;
            if (Lexicon.isFirstName(text, ps, pe)) {
                names++;
            }
            p = ps;
        }
        if (lo < i - PiiDetector.BACK_MARGIN + 2 || hi > e + 16) {
            sink.reads(lo, hi);
        }
        if (items < 3 || names == 0 || Lexicon.NOT_NAMES.contains(text, i, e) || orgUnitIn(text, i, e)) {
            return -1;
        }
        sink.person(i, e, FIRST_ONLY);
        return e;
    }

    /**
     * Whether the capitalised run [i, end) is a line of its own (after an optional quote mark '>'), the first of its
     * block, heading a postal address: one of the next three lines starts with a house number and a capitalised
     * word. Reads at most three lines of 80 characters after it.
     */
    static boolean addressHead(String text, int i, int end, Sink sink) {
        int n = text.length();
        if (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            return false;
        }
        int q = i - 1;
        while (q >= 0 && i - q <= 4 && (text.charAt(q) == ' ' || text.charAt(q) == '>' || text.charAt(q) == '\t')) {
            q--;
        }
        if (q >= 0 && text.charAt(q) != '\n') {
            return false;
        }
        // the first line of its block: the text starts or a blank line is above (not a company line below a name)
        int b = q - 1;
        while (b >= 0 && i - b <= 12 && (text.charAt(b) == ' ' || text.charAt(b) == '>' || text.charAt(b) == '\t'
                || text.charAt(b) == '\r')) {
            b--;
        }
        if (q >= 0 && b >= 0 && text.charAt(b) != '\n') {
            return false;
        }
        int p = end;
        int limit = Math.min(n, end + 3 * 81);
        sink.reads(i - 14, limit + 1);
        for (int k = 0; k < 3 && p < limit; k++) {
            while (p < limit && text.charAt(p) != '\n') {
                p++;
            }
            p++;
            int s = p;
            while (s < limit && (text.charAt(s) == ' ' || text.charAt(s) == '>' || text.charAt(s) == '\t')) {
                s++;
            }
            int d = s;
            while (d < limit && d - s < 6 && text.charAt(d) >= '0' && text.charAt(d) <= '9') {
                d++;
            }
            if (d > s && d + 1 < limit && text.charAt(d) == ' ' && (Chars.upper(text.charAt(d + 1))
                    || (text.charAt(d + 1) >= '0' && text.charAt(d + 1) <= '9'))) {
                return true;
            }
        }
        return false;
    }

    /** The longest list item looked at by {@link #singleWordName}. */
    private static final int LIST_ITEM = 20;

    /** The start of the next list item after a word ending at p (", X", " and X", ", and X", " & X"), or -1. */
    private static int listItemAfter(String text, int p) {
        int n = text.length();
        int q;
        if (p + 2 < n && text.charAt(p) == ',' && text.charAt(p + 1) == ' ') {
            q = text.startsWith("and ", p + 2) ? p + 6 : p + 2;
        } else if (text.startsWith(" and ", p)) {
            q = p + 5;
        } else if (text.startsWith(" & ", p)) {
            q = p + 3;
        } else {
            return -1;
        }
        return q < n && Chars.upper(text.charAt(q)) ? q : -1;
    }

    /** The end of the previous list item before a word starting at p ("X, ", "X and ", "X, and ", "X & "), or -1. */
    private static int listItemBefore(String text, int p) {
        int q;
        if (p >= 3 && text.charAt(p - 1) == ' ' && text.charAt(p - 2) == ',') {
            q = p - 2;
        } else if (p >= 6 && text.regionMatches(p - 5, " and ", 0, 5)) {
            q = text.charAt(p - 6) == ',' ? p - 6 : p - 5;
        } else if (p >= 4 && text.regionMatches(p - 3, " & ", 0, 3)) {
            q = p - 3;
        } else {
            return -1;
        }
        return q > 0 && Chars.letter(text.charAt(q - 1)) ? q : -1;
    }

    /** Whether the letters ending at {@code p} (inclusive) form a capitalised word. */
    private static boolean isCapWordEndingAt(String text, int p) {
        int s = p;
        while (s > 0 && p - s < LIST_ITEM && Chars.letter(text.charAt(s - 1))) {
            s--;
        }
        return Chars.upper(text.charAt(s));
    }

    /** Whether "'t" (or "\u2019t") starts at p (the Dutch article in "van 't Hof"). */
    static boolean isApostropheT(String text, int p) {
        return p + 1 < text.length() && (text.charAt(p) == '\'' || text.charAt(p) == '\u2019')
                && text.charAt(p + 1) == 't';
    }

    /** Whether a capitalised particle starting a surname is at p ("La Rochefoucauld", "Van den Berg"). */
    static boolean capitalParticleSurname(String text, int p) {
        if (p >= text.length() || !Chars.upper(text.charAt(p))) {
            return false;
        }
        int e = wordEnd(text, p);
        return e - p <= 4 && Lexicon.PARTICLES.contains(text, p, e) && particleSurnameEnd(text, e) > 0;
    }

    /** Whether the word at q follows a lower-case particle ("ter Horst", "van Dijk", "de Rosa"). */
    static boolean afterLowerParticle(String text, int q) {
        if (q < 3 || text.charAt(q - 1) != ' ') {
            return false;
        }
        int pe = q - 1;
        int ps = pe;
        while (ps > 0 && pe - ps < 4 && (Chars.lower(text.charAt(ps - 1)) || text.charAt(ps - 1) == '\'')) {
            ps--;
        }
        return ps < pe && (ps == 0 || !Chars.letter(text.charAt(ps - 1))) && Chars.lower(text.charAt(pe - 1))
                && Lexicon.PARTICLES.contains(text, ps, pe);
    }

    /**
     * The end of a name whose known first name at q starts inside a longer capitalised run ending at {@code end}:
     * the run's extension may have been used up by the words before it ("Alta de María José Fernández").
     */
    static int innerNameEnd(String text, int q, int end) {
        if (q == 0 || wordEnd(text, q) >= end) {
            return end;
        }
        int fe = extend(text, wordEnd(text, q), 3);
        return fe > end && !notPersonAfter(text, fe) ? fe : end;
    }

    /**
     * "Osei, Abena", "KACZMAREK, Małgorzata", "Papadakis, Eleni": the family name [i, e), a comma and a space, and
     * a known given name (perhaps a second one) that ends its item (line end, ';', a quote, '|', ')' or a full
     * stop). The first word must not be a cue or non-name ("Thanks, Anna"), and it is a family name when it is in
     * capitals, a known or surname-shaped family name, or it starts an item (after a line start, ':', ';', a quote,
     * '|', '(' or a tab); a known given name there ("Anna, Maria.") is two people. Reads at most 40 characters
     * after the comma. The name's end, or -1.
     */
    static int commaNameEnd(String text, int i, int e) {
        int n = text.length();
        if (e + 3 >= n || text.charAt(e) != ',' || text.charAt(e + 1) != ' ' || !Chars.upper(text.charAt(e + 2))) {
            return -1;
        }
        boolean caps = allUpper(text, i, e);
        int g = e + 2;
        int ge = wordEnd(text, g);
        if (ge - g < 2 || !(isTitleCase(text, g, ge) || (caps && allUpper(text, g, ge)))
                || !Lexicon.isFirstName(text, g, ge)) {
            return -1;
        }
        int end = ge;
        if (end + 2 < n && text.charAt(end) == ' ' && Chars.upper(text.charAt(end + 1))) {
            int g2 = wordEnd(text, end + 1);
            if (Lexicon.isFirstName(text, end + 1, g2)) {
                end = g2; // "Osei, Abena Serwaa"
            }
        }
        if (!itemEndsSpaced(text, end) || Lexicon.NOT_NAMES.contains(text, i, e) || Lexicon.CUES.contains(text, i, e)
                || Lexicon.PLACES.contains(text, i, e) || Lexicon.TITLES.contains(text, i, e)) {
            return -1;
        }
        boolean surname = caps || Lexicon.isSurname(text, i, e) || surnameShaped(text, i, e);
        if (!surname && (Lexicon.isFirstName(text, i, e) || !(surnameLike(text, e) || itemStart(text, i)))) {
            return -1;
        }
        return end;
    }

    /**
     * Whether the cued run [i, end) of two or more words is a family name before a given name ("Rodríguez Pérez",
     * "Di Pietro", "Van Damme"): it starts with a surname particle, or none of its words is a known given name.
     */
    static boolean familyNameRun(String text, int i, int end) {
        int we = wordEnd(text, i);
        if (we >= end) {
            return false;
        }
        return Lexicon.SURNAME_STARTS.contains(text, i, we) || Lexicon.PARTICLES.contains(text, i, we)
                || !anyWordIn(text, i, end, Lexicon::isFirstName);
    }

    /**
     * After a family name ending at {@code end}: a comma, a space and one or two capitalised known given names that
     * end the item ({@link #itemEndsSpaced}); their end, or -1. Reads at most 40 characters.
     */
    static int givenAfterComma(String text, int end) {
        int n = text.length();
        if (end + 3 >= n || text.charAt(end) != ',' || text.charAt(end + 1) != ' ' || !Chars.upper(text.charAt(end + 2))) {
            return -1;
        }
        int g = end + 2;
        int ge = wordEnd(text, g);
        if (ge - g < 2 || ge - g > 20 || !isTitleCase(text, g, ge) || !Lexicon.isFirstName(text, g, ge)) {
            return -1;
        }
        if (ge + 2 < n && text.charAt(ge) == ' ' && Chars.upper(text.charAt(ge + 1))) {
            int g2 = wordEnd(text, ge + 1);
            if (g2 - ge <= 20 && Lexicon.isFirstName(text, ge + 1, g2)) {
                ge = g2; // "Rodríguez Pérez, María José"
            }
        }
        return itemEndsSpaced(text, ge) ? ge : -1;
    }

    /**
     * {@link #itemEnds}, or a space before '|' or '(' ("OKAFOR, Ada | DOB ...", "Peeters, Lien (°1950)"), or a colon
     * before a space or the line's end ("Akte Özdemir, Ayşe: geb. ...", round-11 tuning).
     */
    static boolean itemEndsSpaced(String text, int end) {
        if (itemEnds(text, end)) {
            return true;
        }
        int n = text.length();
        return end + 1 < n && ((text.charAt(end) == ' ' && (text.charAt(end + 1) == '|' || text.charAt(end + 1) == '('))
                || (text.charAt(end) == ':' && (text.charAt(end + 1) == ' ' || text.charAt(end + 1) == '\n')));
    }

    /** Emits a {@link #commaNameEnd} name starting at i; its end, or -1. */
    static int commaName(String text, int i, int e, Sink sink) {
        int end = commaNameEnd(text, i, e);
        int start = i;
        if (end < 0) {
            // "Name: von Bülow, Katharina", "Naam: van Dijk, Sanne": lower-case particles start the item and the
            // family name, then a comma and a known given name end it (round-11 tuning)
            start = particlesStart(text, i);
            if (start == i || !itemStart(text, start)) {
                return -1;
            }
            sink.reads(start - 2, e);
            end = givenAfterComma(text, e);
        }
        if (end < 0 || orgUnitIn(text, i, end)) {
            return -1;
        }
        sink.person(start, end, CUED);
        return end;
    }

    /**
     * The start of up to three lower-case particles right before the capitalised word at i, each after a space
     * ("von ", "van der ", "de la "); i when there are none. Reads at most 16 characters back.
     */
    static int particlesStart(String text, int i) {
        int s = i;
        for (int k = 0; k < 3; k++) {
            if (s < 2 || text.charAt(s - 1) != ' ') {
                break;
            }
            int pe = s - 1;
            int ps = pe;
            while (ps > 0 && pe - ps < 4 && (Chars.lower(text.charAt(ps - 1)) || text.charAt(ps - 1) == '\'')) {
                ps--;
            }
            if (ps == pe || (ps > 0 && Chars.letterOrDigit(text.charAt(ps - 1)))
                    || !Lexicon.PARTICLES.contains(text, ps, pe)) {
                break;
            }
            s = ps;
        }
        return s;
    }

    /** Whether an item ends at {@code end}: the text or line ends, or ';', a quote, '|', ')', a tab or a full stop. */
    static boolean itemEnds(String text, int end) {
        int n = text.length();
        if (end >= n) {
            return true;
        }
        char c = text.charAt(end);
        return c == '\n' || c == '\r' || c == ';' || c == '"' || c == '\u201d' || c == '|' || c == ')' || c == '\t'
                || (c == '.' && (end + 1 >= n || text.charAt(end + 1) == ' ' || text.charAt(end + 1) == '\n'));
    }

    /** Whether the word at i starts an item: the text or a line, or after ':', ';', a quote, '|', '(' or a tab. */
    static boolean itemStart(String text, int i) {
        int q = i - 1;
        if (q >= 0 && text.charAt(q) == ' ') {
            q--;
        }
        return q < 0 || "\n\r:;\"|(\t\u201c".indexOf(text.charAt(q)) >= 0;
    }

    /**
     * A name in capitals at the word [i, e): "KACZMAREK, Małgorzata"; a known first name and another word in
     * capitals ("JOHN SMITH"); a known family name and a known first name ("NGUYEN THI MAI", "OKAFOR CHIAMAKA").
     * Emits it and returns its end, or -1.
     */
    static int allCapsName(String text, int i, int e, Sink sink) {
        int n = text.length();
        if (e < n && text.charAt(e) == ',') {
            int ce = commaNameEnd(text, i, e);
            if (ce > 0) {
                sink.person(i, ce, FIRST_AND_LAST);
                return ce;
            }
            return -1;
        }
        if (e + 2 >= n || text.charAt(e) != ' ' || !Chars.upper(text.charAt(e + 1))) {
            return -1;
        }
        int s2 = e + 1;
        int e2 = wordEnd(text, s2);
        if (e2 - s2 >= 2 && e - i >= 3 && isTitleCase(text, s2, e2) && capsSurnameCell(text, i, e, s2, e2)) {
            sink.person(i, e2, FIRST_AND_LAST); // "7189329404,ACHTERBERG Imogen,1962-..", "Name: MWANGI Peter"
            return e2;
        }
        if (e2 - s2 < 2 || !allUpper(text, s2, e2)) {
            return -1;
        }
        if (Lexicon.VIET_MIDDLE.contains(text, s2, e2) && e2 + 2 < n && text.charAt(e2) == ' '
                && Lexicon.VIET_SURNAMES.contains(text, i, e)) {
            int e3 = wordEnd(text, e2 + 1); // "NGUYEN THI MAI", "NGUYEN VAN AN"
            if (e3 - (e2 + 1) >= 2 && allUpper(text, e2 + 1, e3)) { // "AN" is a given name here
                sink.person(i, e3, FIRST_AND_LAST - 0.1);
                return e3;
            }
        }
        if (Lexicon.NOT_NAMES.contains(text, s2, e2)) {
            return -1;
        }
        if (Lexicon.isFirstName(text, i, e)) {
            sink.person(i, e2, FIRST_AND_LAST - 0.1);
            return e2;
        }
        if (!Lexicon.isSurname(text, i, e) && !Lexicon.VIET_SURNAMES.contains(text, i, e)) {
            return -1;
        }
        if (Lexicon.isFirstName(text, s2, e2)) {
            sink.person(i, e2, FIRST_AND_LAST - 0.1); // "OKAFOR CHIAMAKA"
            return e2;
        }
        return -1;
    }

    /**
     * Whether the word in capitals [i, e) and the capitalised known given name [s2, e2) after it are a family name
     * first in a record: the pair fills a cell (it starts right after ',', ';', '|', a tab or a label's ": " and
     * ends before ',' or ';' without a space, or an item end), the word in capitals has four letters or more (no
     * acronym) and is no non-name, title, role, place, organisation word or given name.
     */
    static boolean capsSurnameCell(String text, int i, int e, int s2, int e2) {
        int n = text.length();
        boolean cellEnd = e2 < n && (text.charAt(e2) == ',' || text.charAt(e2) == ';') && (e2 + 1 >= n
                || text.charAt(e2 + 1) != ' ') || itemEndsSpaced(text, e2);
        char b = i > 0 ? text.charAt(i - 1) : '\n';
        if (!cellEnd || e - i < 4 || !(b == ',' || b == ';' || b == '|' || b == '\t'
                || (b == ' ' && i >= 2 && text.charAt(i - 2) == ':'))) {
            return false;
        }
        if (!Lexicon.isFirstName(text, s2, e2) || Lexicon.NOT_NAMES.contains(text, s2, e2)) {
            return false;
        }
        return !Lexicon.NOT_NAMES.contains(text, i, e) && !Lexicon.TITLES.contains(text, i, e)
                && !Lexicon.ROLE_NOUNS.contains(text, i, e) && !Lexicon.PLACES.contains(text, i, e)
                && !Lexicon.ORG_UNITS.contains(text, i, e) && !Lexicon.ORG_FORMS.contains(text, i, e)
                && !Lexicon.isFirstName(text, i, e);
    }

    /**
     * A value in capitals after a person label ("Last name: OKAFOR", "Nachname: MÜLLER", "Beneficiary: NGOZI
     * OKAFOR"): one to three words in capitals that end the item. Emits it and returns its end, or -1.
     */
    static int labelledCaps(String text, int i, int e, Sink sink) {
        if (cueBefore(text, i) != CUE_LABEL) {
            return -1;
        }
        int n = text.length();
        int end = e;
        for (int k = 0; k < 2 && end + 2 < n && text.charAt(end) == ' ' && Chars.upper(text.charAt(end + 1)); k++) {
            int we = wordEnd(text, end + 1);
            if (we - (end + 1) < 2 || !allUpper(text, end + 1, we)) {
                break;
            }
            end = we;
        }
        if (!itemEnds(text, end) && !nameEnds(text, end)) {
            return -1;
        }
        if (anyWordIn(text, i, end, PersonHeuristics::notNameOrPlace)) {
            return -1;
        }
        sink.person(i, end, INTRO);
        return end;
    }

    private static boolean notNameOrPlace(String text, int q, int e) {
        return Lexicon.NOT_NAMES.contains(text, q, e) || Lexicon.PLACES.contains(text, q, e)
                || Lexicon.ORG_UNITS.contains(text, q, e) || Lexicon.ORG_FORMS.contains(text, q, e);
    }

    /**
     * Lower-case particles right before the capitalised word at i that start a cued name: a record value
     * ({"achternaam": "van Leeuwen"}, a CSV cell "de Vries") or a name after a title word ("mevrouw de Vries").
     * Returns the particles' start << 32 | the cue, or -1. Reads at most 16 characters back, then the cue's own.
     */
    static long particleCue(String text, int i, int end, Sink sink) {
        int s = particlesStart(text, i);
        if (s == i) {
            return -1;
        }
        sink.reads(s - 21, end); // the cue before the particles may lie beyond the usual margin
        int cue = cueBefore(text, s);
        if (cue == 0) {
            cue = StructuredFields.cue(text, s, end, sink);
        }
        if (cue == 0 || cue == CUE_THING || cue == CUE_KIN) {
            return -1;
        }
        return (long) s << 32 | cue;
    }

    static boolean isCapWord(String text, int p) {
        if (p >= text.length() || !Chars.upper(text.charAt(p))) {
            return false;
        }
        int e = wordEnd(text, p);
        return e - p == 1 || !Lexicon.NOT_NAMES.contains(text, p, e);
    }

    static boolean allUpper(String text, int s, int e) {
        for (int k = s; k < e; k++) {
            char ch = text.charAt(k);
            if (Chars.letter(ch) && !Chars.upper(ch)) {
                return false;
            }
        }
        return true;
    }

    /** Upper-case first letter and at least one lower-case letter after it ("McDonald", "O'Brien" pass). */
    static boolean isTitleCase(String text, int s, int e) {
        if (e - s < 2) {
            return false;
        }
        for (int k = s + 1; k < e; k++) {
            if (Chars.lower(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of {@code phrases} (lower case, ending in a space) ends right before i. The word before i is
     * first checked against the phrases' last words, so most words cost one hash probe.
     */
    static boolean introBefore(String text, int i, String[] phrases, WordSet lastWords) {
        int p = i - 1;
        if (p < 1 || text.charAt(p) != ' ') {
            return false;
        }
        if (lastWords == STRONG_LAST && !strongTail(text, p)) {
            return false;
        }
        long w = wordBefore(text, p, lastWords.maxLength());
        return w >= 0 && lastWords.contains(text, (int) (w >>> 32), (int) w) && phraseBefore(text, i, phrases);
    }

    /**
     * The word before the space at {@code p}, over up to two punctuation characters ("name: ", "regards, "),
     * packed as {@code start << 32 | end}; -1 when there is none or it is longer than {@code maxLength} (the walk
     * back stops there: a longer word cannot be in the set it is looked up in).
     */
    static long wordBefore(String text, int p, int maxLength) {
        int we = p;
        while (we > 0 && !Chars.letter(text.charAt(we - 1)) && p - we < 2) {
            we--;
        }
        int ws = we;
        int limit = we - maxLength - 1;
        while (ws > 0 && (Chars.letter(text.charAt(ws - 1)) || text.charAt(ws - 1) == '\'')) {
            if (--ws < limit) {
                return -1;
            }
        }
        return ws == we ? -1 : (long) ws << 32 | we;
    }

    /**
     * Whether the word ending right before the space at {@code p} can be the last word of a strong introduction
     * (is, es, heiße, heisse, appelle, llamo, chiamo, or "name:"), from its last two characters: a necessary
     * condition for {@code STRONG_LAST.contains}, so ordinary words ("notes", "the", "also") are rejected without
     * walking back over them.
     */
    static boolean strongTail(String text, int p) {
        char last = text.charAt(p - 1);
        switch (last) {
            case ':':
                return true;
            case 's': case 'S': // only the two-letter "is" / "es"
                return p < 3 || !Chars.letter(text.charAt(p - 3));
            case 'e': case 'E': { // heiße, heisse, appelle
                char b = p >= 2 ? text.charAt(p - 2) : ' ';
                return b == 's' || b == 'S' || b == '\u017f' || b == 'l' || b == 'L' || b == '\u00df' || b == '\u1e9e';
            }
            case 'o': case 'O': { // llamo, chiamo
                char b = p >= 2 ? text.charAt(p - 2) : ' ';
                return b == 'm' || b == 'M';
            }
            default:
                return false;
        }
    }

    static final int INTRO_MAX = Math.max(INTRO_LAST.maxLength(), WEAK_LAST.maxLength());

    /**
     * Whether the introduction before i is a field label ("name: "): in YAML and config text ("name: nginx",
     * "- name: Build with Maven") it labels anything, so it supports only a known first name or a capitalised
     * multi-word name, never a single unknown word or a lower-case one.
     */
    static boolean labelIntro(String text, int i) {
        return i >= 2 && text.charAt(i - 1) == ' ' && text.charAt(i - 2) == ':';
    }

    /**
     * 2 when a name introduction ({@link Lexicon#NAME_INTRO}) ends right before i, else 1 when a weak one does
     * ({@link Lexicon#WEAK_INTRO}) and {@code weakToo}, else 0: the word before is found once for both checks.
     */
    private static int introKind(String text, int i, boolean weakToo) {
        int p = i - 1;
        if (p < 1 || text.charAt(p) != ' ') {
            return 0;
        }
        long w = wordBefore(text, p, INTRO_MAX);
        if (w < 0) {
            return 0;
        }
        int ws = (int) (w >>> 32);
        int we = (int) w;
        if (INTRO_LAST.contains(text, ws, we) && phraseBefore(text, i, Lexicon.NAME_INTRO)) {
            return 2;
        }
        return weakToo && WEAK_LAST.contains(text, ws, we) && phraseBefore(text, i, Lexicon.WEAK_INTRO) ? 1 : 0;
    }

    static boolean phraseBefore(String text, int i, String[] phrases) {
        for (String phrase : phrases) {
            int s = i - phrase.length();
            // an ASCII mismatch of the character before the space (every phrase ends in one) rejects cheaply
            if (s >= 0 && Chars.asciiMatch(text.charAt(i - 2), phrase.charAt(phrase.length() - 2))
                    && text.regionMatches(true, s, phrase, 0, phrase.length())
                    && (s == 0 || !Chars.letter(text.charAt(s - 1)))) {
                return true;
            }
        }
        return false;
    }

    static boolean isNameChar(char c) {
        return Chars.letterOrDigit(c) || c == '_';
    }

    /** End of a name word: letters, with inner hyphens and apostrophes followed by an upper-case letter. */
    static int wordEnd(String text, int p) {
        int n = text.length();
        int q = p;
        while (q < n) {
            char c = text.charAt(q);
            if (Chars.letter(c)) {
                q++;
            } else if ((c == '-' || c == '\'' || c == '\u2019') && q + 1 < n && Chars.letter(text.charAt(q + 1))
                    && (c == '-' || Chars.upper(text.charAt(q + 1)))) {
                q++;
            } else {
                break;
            }
        }
        return q;
    }
}
