package io.tappass.pipeline.pii;

/**
 * The person heuristics' scan as it was before the speed work (TapPass 2026-11, commit a7bc30f), kept as the
 * reference that {@link PersonHeuristicsEquivalenceTest} compares the optimised {@link PersonHeuristics#scan} with.
 * Kept in step with later rules (2026-11 blind-set work): names after a title may start with a capitalised particle
 * ({@code titleNameEnd}), a legal form, house number or street word after a run makes it a company or street ({@code notPersonAfter}), a cue word before a
 * name decides it ({@code cueBefore} / {@code cuedName}), a family name before a known given name starts the name,
 * a run with a family name is a name ({@code surnameIn}), a capitalised particle after a cue starts one, "of"
 * before a known first name and a surname is no place ({@code placeBlocks}), and "Park Ji-hoon" ({@code koreanName}).
 * Round 4 (2026-11): capitalised role nouns are no part of a name, a place-prefixed run is skipped whole, a firm "A &
 * B", a venue run ({@code venueRun}), an article before a shop name ({@code articleAfterWord}), lower-case chat cues
 * and mentions, and months inside log dates ({@code dateWord}).
 * The speed work changed only {@code scan} and {@code introKind}; the word tests, phrase lists and scores they call
 * are {@link PersonHeuristics}' own. Test only.
 */
final class PersonHeuristicsReference {

    private PersonHeuristicsReference() {
    }

    static void scan(String text, PersonHeuristics.Sink sink) {
        scan(text, sink, null);
    }

    /** Scans for persons and, when {@code birth} is non-null, for the words that introduce a date of birth. */
    static void scan(String text, PersonHeuristics.Sink sink, PersonHeuristics.BirthSink birth) {
        scan(text, 0, text.length(), sink, birth);
    }

    /**
     * Scans the words starting in [from, to) (a name may run past {@code to}); returns the position where the
     * scan stopped, at least {@code to}.
     */
    static int scan(String text, int from, int to, PersonHeuristics.Sink sink, PersonHeuristics.BirthSink birth) {
        int n = text.length();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Chars.letter(c) || (i > 0 && PersonHeuristics.isNameChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int e = PersonHeuristics.wordEnd(text, i);
            if (birth != null && (e > i + 1 || (e < n && text.charAt(e) == '.')) && "bdgnfvcaBDGNFVCA".indexOf(c) >= 0 && "oie.\u00e9aOIEA\u00c9dD-unUN".indexOf(text.charAt(i + 1)) >= 0) {
                PersonHeuristics.birthWord(text, i, e, birth);
            }
            if (sink == null) {
                i = e;
                continue;
            }
            if (Chars.upper(c) && i > 1 && PersonHeuristics.isOpenQuote(text.charAt(i - 1))) {
                int qe = PersonHeuristics.quotedThingEnd(text, i, sink); // twenty-fifth session
                if (qe > 0) {
                    i = qe;
                    continue;
                }
            }
            if (Chars.upper(c) && i > 0 && StructuredFields.cellSep(text.charAt(i - 1))) {
                int te = StructuredFields.thingCellEnd(text, i, sink); // round 12: a product column's cell
                if (te > 0) {
                    i = te;
                    continue;
                }
            }
            if (Chars.upper(c) && e - i >= 2 && PersonHeuristics.allUpper(text, i, e)) {
                int ce = PersonHeuristics.allCapsName(text, i, e, sink);
                if (ce < 0) {
                    ce = PersonHeuristics.labelledCaps(text, i, e, sink);
                }
                i = ce > 0 ? ce : e;
                continue;
            }
            if (e == i + 1 && Chars.upper(c)) {
                int ie = PersonHeuristics.initialsName(text, i, sink);
                i = ie > 0 ? ie : e;
                continue;
            }
            if (Chars.upper(c) && (PersonHeuristics.dateWord(text, i, e) || PersonHeuristics.acronymCompound(text, i, e))) {
                i = e;
                continue;
            }
            if (Chars.upper(c)) {
                int be = PersonHeuristics.brandAt(text, i, e, Lexicon.BRAND_FIRST.contains(text, i, e));
                if (be > 0) {
                    i = be; // twenty-seventh session: a firm named after its founder
                    continue;
                }
                if (Lexicon.TITLES.contains(text, i, e)) {
                    int p = e;
                    boolean dot = p < n && text.charAt(p) == '.';
                    if (dot) {
                        p++;
                    }
                    int end;
                    int ns;
                    if ((dot || e - i > 2 || PersonHeuristics.bareTitle(text, i, e)) && p + 1 < n && text.charAt(p) == ' '
                            && (ns = PersonHeuristics.titleNameStart(text, p + 1)) > 0
                            && (end = PersonHeuristics.titleNameEnd(text, ns)) > 0) {
                        sink.person(ns, end, PersonHeuristics.TITLE);
                        i = end;
                        continue;
                    }
                } else if (Lexicon.MONTHS.contains(text, i, e) && (PersonHeuristics.monthGreeted(text, i, e)
                        || PersonHeuristics.monthAfterTimePreposition(text, i, e))) {
                    if (PersonHeuristics.monthGreeted(text, i, e)) {
                        sink.person(i, e, PersonHeuristics.FIRST_ONLY);
                    }
                    i = e; // round 14: a month after a preposition of time
                    continue;
                } else if (!Lexicon.NOT_NAMES.contains(text, i, e) && !Lexicon.PLACES.contains(text, i, e)
                        && PersonHeuristics.isTitleCase(text, i, e) && !Lexicon.ROLE_NOUNS.contains(text, i, e)) {
                    boolean first = Lexicon.isFirstName(text, i, e);
                    if (PersonHeuristics.placeBlocks(text, i, e, first)) {
                        i = PersonHeuristics.extend(text, e, 3); // round 4: the whole run names the place
                        continue;
                    }
                    int kind = introKind(text, i);
                    int end = PersonHeuristics.extend(text, e, 3);
                    if (end == e && PersonHeuristics.ampersandFirm(text, i, e, first)) {
                        i = e;
                        continue;
                    }
                    if (PersonHeuristics.notPersonAfter(text, end) || PersonHeuristics.venueRun(text, i, e, end)) {
                        i = end;
                        continue;
                    }
                    if (end == e && e < n && text.charAt(e) == ',') {
                        int ce = PersonHeuristics.commaName(text, i, e, sink);
                        if (ce > 0) {
                            i = ce;
                            continue;
                        }
                    }
                    int start = i;
                    int cue = PersonHeuristics.cueBefore(text, i);
                    if (cue == 0) {
                        cue = StructuredFields.cue(text, i, end, sink);
                    }
                    if (cue == 0 && i >= 3 && text.charAt(i - 1) == ' ' && Chars.lower(text.charAt(i - 2))) {
                        long pc = PersonHeuristics.particleCue(text, i, end, sink);
                        if (pc >= 0) {
                            start = (int) (pc >>> 32);
                            cue = (int) pc;
                        }
                    }
                    if (cue == PersonHeuristics.CUE_THING) {
                        i = end;
                        continue;
                    }
                    if (cue != 0) {
                        int ce = PersonHeuristics.cuedName(text, start, e, end, first, cue, sink);
                        if (ce >= 0) {
                            i = ce;
                            continue;
                        }
                    }
                    if (end == e && !first) {
                        int se = PersonHeuristics.singleWordName(text, i, e, sink);
                        if (se > 0) {
                            i = se;
                            continue;
                        }
                    }
                    boolean intro = kind == 2 && !(end == e && !first && PersonHeuristics.labelIntro(text, i));
                    boolean weak = kind == 1;
                    if (first && end == e && !intro && !weak
                            && PersonHeuristics.wordAtSentenceStart(text, i, e, WordSet.key(text, i, e))) {
                        i = e;
                        continue;
                    }
                    if (first && end > e && !intro && PersonHeuristics.articleAfterWord(text, i)) {
                        i = end;
                        continue;
                    }
                    if (end > e && !intro && PersonHeuristics.brandBeside(text, i, end)) {
                        i = end;
                        continue;
                    }
                    if (first || intro || (weak && end > e)) {
                        double score = first ? (end > e ? PersonHeuristics.FIRST_AND_LAST : PersonHeuristics.FIRST_ONLY)
                                : intro ? (end > e ? PersonHeuristics.INTRO + 0.05 : PersonHeuristics.INTRO) : 0.6;
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
                            int qe = PersonHeuristics.wordEnd(text, q);
                            if (qe > q && Lexicon.isFirstName(text, q, qe)
                                    && (qe < end || !PersonHeuristics.afterLowerParticle(text, q))) {
                                break;
                            }
                            q = qe;
                        }
                        if (q < end && Lexicon.BRAND_FIRST.contains(text, q, PersonHeuristics.wordEnd(text, q))
                                && PersonHeuristics.brandEnd(text, q) > 0) {
                            i = end; // twenty-seventh session: "Umsatz von Hugo Boss", a firm inside the run
                            continue;
                        }
                        if (q < end) {
                            int nameStart = PersonHeuristics.surnameIn(text, i, q) ? i : q;
                            end = PersonHeuristics.innerNameEnd(text, q, end);
                            sink.person(nameStart, end, PersonHeuristics.wordEnd(text, q) < end || nameStart < q
                                    ? PersonHeuristics.FIRST_AND_LAST : PersonHeuristics.FIRST_ONLY);
                            i = end;
                            continue;
                        }
                        int g = PersonHeuristics.nameAfterNoun(text, i, e, end); // twenty-fifth session
                        if (g > 0) {
                            sink.person(g, end, PersonHeuristics.FIRST_ONLY);
                            i = end;
                            continue;
                        }
                        int g2 = PersonHeuristics.fullNameAfterNoun(text, i, e, end); // round 12
                        if (g2 > 0) {
                            sink.person(g2, end, PersonHeuristics.SURNAME_RUN);
                            i = end;
                            continue;
                        }
                        if (PersonHeuristics.surnameRun(text, i, end)) {
                            sink.person(i, end, PersonHeuristics.SURNAME_RUN);
                            i = end;
                            continue;
                        }
                        if (!PersonHeuristics.afterArticleOrQuote(text, i) && !PersonHeuristics.orgUnitIn(text, i, end)
                                && !PersonHeuristics.placeIn(text, i, end)
                                && !PersonHeuristics.titleWordIn(text, i, end)
                                && !PersonHeuristics.nounPhraseRun(text, i, e, end)) {
                            double score = PersonHeuristics.CAPITALISED_RUN;
                            if (PersonHeuristics.surnameLike(text, end)) {
                                score += 0.1;
                            }
                            if (PersonHeuristics.personVerbAfter(text, end)) {
                                score += 0.1;
                            }
                            if (PersonHeuristics.hasInitialOrParticle(text, e, end)) {
                                score += 0.15; // "Elita B Desaulniers", "Ken N. Fukuda", "Dyan van Gijn"
                            }
                            if (PersonHeuristics.addressHead(text, i, end, sink)) {
                                score += 0.2;
                            }
                            sink.person(i, end, score);
                        }
                        i = end; // the whole run is decided
                        continue;
                    }
                } else if (Lexicon.PARTICLES.contains(text, i, e)) {
                    int end = PersonHeuristics.cuedParticleName(text, i, e, sink);
                    if (end > 0) {
                        i = end;
                        continue;
                    }
                } else if (Lexicon.KOREAN_SURNAMES.contains(text, i, e)) {
                    int end = PersonHeuristics.koreanName(text, i, e, sink);
                    if (end > 0) {
                        i = end;
                        continue;
                    }
                } else if (PersonHeuristics.capitalCue(text, i, e, Lexicon.LOWER_NAME_CUES.contains(text, i, e))) {
                    int ne = PersonHeuristics.lowerCuedName(text, i, e, sink); // round 11: "Hoi lotte!"
                    if (ne > 0) {
                        i = ne;
                        continue;
                    }
                }
            } else if (PersonHeuristics.lowerOpener(text, i, e) && PersonHeuristics.lowerName(text, i, e)) {
                sink.person(i, e, PersonHeuristics.FIRST_ONLY);
                i = e;
                continue;
            } else if (e < n && PersonHeuristics.speakerStart(text, i)
                    && PersonHeuristics.speakerName(text, i, e, sink) > 0) {
                int he = PersonHeuristics.speakerName(text, i, e, sink); // round 12: handles, "sara:", partners
                sink.person(i, he, PersonHeuristics.FIRST_ONLY);
                i = he;
                continue;
            } else if (PersonHeuristics.accountName(text, i, sink) > 0) {
                i = PersonHeuristics.handleEnd(text, i); // round 12: {"user":"kenji.watanabe"}, "for aoife from"
                continue;
            } else if (PersonHeuristics.lowerCue(text, i, e)) {
                int ne = PersonHeuristics.lowerCuedName(text, i, e, sink);
                i = ne > 0 ? ne : e;
                continue;
            } else if (i >= 1 && text.charAt(i - 1) == '@' && (i == 1 || " \n\t(".indexOf(text.charAt(i - 2)) >= 0)
                    && PersonHeuristics.lowerName(text, i, e)) {
                sink.person(i, e, PersonHeuristics.FIRST_ONLY);
                i = e;
                continue;
            } else if (PersonHeuristics.lowerPossessive(text, i, e)) {
                sink.person(i, e, PersonHeuristics.FIRST_ONLY); // round 11: "deepika's email"
                i = e;
                continue;
            } else if (PersonHeuristics.chatVerbAfter(text, e)
                    && (i == 0 || " \n\t(".indexOf(text.charAt(i - 1)) >= 0) && PersonHeuristics.lowerName(text, i, e)) {
                sink.person(i, e, PersonHeuristics.FIRST_ONLY); // round 12: "jake just told me"
                i = e;
                continue;
            } else if (!PersonHeuristics.labelIntro(text, i) && PersonHeuristics.introBefore(text, i, PersonHeuristics.STRONG, PersonHeuristics.STRONG_LAST)
                    && !Lexicon.NOT_NAMES.contains(text, i, e)) {
                int end = e;
                if (end + 1 < n && text.charAt(end) == ' ' && Chars.letter(text.charAt(end + 1))) {
                    int e2 = PersonHeuristics.wordEnd(text, end + 1);
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
     * 2 when a name introduction ({@link Lexicon#NAME_INTRO}) ends right before i, else 1 when a weak one does
     * ({@link Lexicon#WEAK_INTRO}), else 0: the word before is found once for both checks.
     */
    private static int introKind(String text, int i) {
        int p = i - 1;
        if (p < 1 || text.charAt(p) != ' ') {
            return 0;
        }
        long w = PersonHeuristics.wordBefore(text, p, PersonHeuristics.INTRO_MAX);
        if (w < 0) {
            return 0;
        }
        int ws = (int) (w >>> 32);
        int we = (int) w;
        if (PersonHeuristics.INTRO_LAST.contains(text, ws, we) && PersonHeuristics.phraseBefore(text, i, Lexicon.NAME_INTRO)) {
            return 2;
        }
        return PersonHeuristics.WEAK_LAST.contains(text, ws, we) && PersonHeuristics.phraseBefore(text, i, Lexicon.WEAK_INTRO) ? 1 : 0;
    }
}
