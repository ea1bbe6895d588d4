package io.tappass.pipeline.pii;

/**
 * PERSON heuristics without a model: honorific titles ({@code Mr. Smith}), known first names followed by
 * capitalised surnames, introductions ({@code my name is}, {@code regards,}, {@code ich heiße}), and runs of
 * capitalised words (low score, raised by context). Plug a NER model through {@link EntityRecognizer} for more.
 */
final class PersonHeuristics {

    /** Receives a person span. */
    interface Sink {
        void person(int start, int end, double score);
    }

    static final double TITLE = 0.85;
    static final double FIRST_AND_LAST = 0.8;
    static final double FIRST_ONLY = 0.6;
    static final double INTRO = 0.7;
    static final double CAPITALISED_RUN = 0.5;

    private PersonHeuristics() {
    }

    static void scan(String text, String lower, int window, Sink sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) || (i > 0 && isNameChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int e = wordEnd(text, i);
            if (Character.isUpperCase(c)) {
                String lw = lower.substring(i, e);
                if (Lexicon.TITLES.contains(lw)) {
                    int p = e;
                    boolean dot = p < n && text.charAt(p) == '.';
                    if (dot) {
                        p++;
                    }
                    if ((dot || lw.length() > 2) && p + 1 < n && text.charAt(p) == ' '
                            && isCapWord(text, lower, p + 1)) {
                        int end = extend(text, lower, wordEnd(text, p + 1), 3);
                        sink.person(p + 1, end, TITLE);
                        i = end;
                        continue;
                    }
                } else if (!Lexicon.NOT_NAMES.contains(lw) && isTitleCase(text, i, e) && !afterNumberOrPlace(text, lower, i)) {
                    boolean first = Lexicon.isFirstName(lw);
                    boolean intro = introBefore(lower, i);
                    int end = extend(text, lower, e, 3);
                    if (first || intro) {
                        double score = end > e ? (first ? FIRST_AND_LAST : INTRO + 0.05) : (first ? FIRST_ONLY : INTRO);
                        if (first && intro) {
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
                            while (q < end && !Character.isLetter(text.charAt(q))) {
                                q++;
                            }
                            int qe = wordEnd(text, q);
                            if (qe > q && Lexicon.isFirstName(lower.substring(q, qe))) {
                                break;
                            }
                            q = qe;
                        }
                        if (q < end) {
                            sink.person(q, end, wordEnd(text, q) < end ? FIRST_AND_LAST : FIRST_ONLY);
                            i = end;
                            continue;
                        }
                    }
                    if (end > e && !afterArticleOrQuote(text, lower, i)) {
                        sink.person(i, end, CAPITALISED_RUN);
                        i = end;
                        continue;
                    }
                }
            } else if (strongIntroBefore(lower, i)) {
                String lw = lower.substring(i, e);
                if (!Lexicon.NOT_NAMES.contains(lw)) {
                    int end = e;
                    if (end + 1 < n && text.charAt(end) == ' ' && Character.isLetter(text.charAt(end + 1))) {
                        int e2 = wordEnd(text, end + 1);
                        if (!Lexicon.NOT_NAMES.contains(lower.substring(end + 1, e2))) {
                            end = e2;
                        }
                    }
                    sink.person(i, end, Lexicon.isFirstName(lw) ? 0.75 : 0.6);
                    i = end;
                    continue;
                }
            }
            i = e;
        }
    }

    /** Extends a name over up to {@code max} more surnames, initials or particle + surname. */
    private static int extend(String text, String lower, int end, int max) {
        int n = text.length();
        for (int k = 0; k < max; k++) {
            if (end + 1 >= n || text.charAt(end) != ' ') {
                return end;
            }
            int q = end + 1;
            if (!Character.isLetter(text.charAt(q))) {
                return end;
            }
            int e = wordEnd(text, q);
            if (Character.isUpperCase(text.charAt(q))) {
                if (e - q == 1) { // initial
                    if (e < n && text.charAt(e) == '.') {
                        end = e + 1;
                        continue;
                    }
                    if (e < n && text.charAt(e) == ' ' && e + 1 < n && Character.isUpperCase(text.charAt(e + 1))) {
                        end = e;
                        continue;
                    }
                    return end;
                }
                String lw = lower.substring(q, e);
                if (Lexicon.NOT_NAMES.contains(lw) || Lexicon.TITLES.contains(lw) || !isTitleCase(text, q, e)) {
                    return end;
                }
                end = e;
            } else {
                String lw = lower.substring(q, e);
                if (Lexicon.PARTICLES.contains(lw) && e + 1 < n && text.charAt(e) == ' '
                        && isCapWord(text, lower, e + 1)) {
                    end = e; // the surname follows in the next round
                    continue;
                }
                return end;
            }
        }
        return end;
    }

    /** Whether the word at i follows a number ("1317 Kimberly Way") or a place prefix ("St. John"). */
    private static boolean afterNumberOrPlace(String text, String lower, int i) {
        int p = i - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '.')) {
            p--;
        }
        if (p < 0 || p < i - 3) {
            return false;
        }
        if (Character.isDigit(text.charAt(p))) {
            return true;
        }
        int s = p;
        while (s >= 0 && Character.isLetter(text.charAt(s))) {
            s--;
        }
        return s < p && Lexicon.PLACE_PREFIX.contains(lower.substring(s + 1, p + 1));
    }

    /** Whether the word at i follows an article ("the White Stripes") or an opening quote (a title of a work). */
    private static boolean afterArticleOrQuote(String text, String lower, int i) {
        if (i > 0 && "\"\u201c\u00ab'".indexOf(text.charAt(i - 1)) >= 0) {
            return true;
        }
        int p = i - 1;
        if (p < 0 || text.charAt(p) != ' ') {
            return false;
        }
        p--;
        int s = p;
        while (s >= 0 && Character.isLetter(text.charAt(s))) {
            s--;
        }
        return s < p && Lexicon.ARTICLES.contains(lower.substring(s + 1, p + 1));
    }

    private static boolean isCapWord(String text, String lower, int p) {
        if (p >= text.length() || !Character.isUpperCase(text.charAt(p))) {
            return false;
        }
        int e = wordEnd(text, p);
        return !Lexicon.NOT_NAMES.contains(lower.substring(p, e)) || e - p == 1;
    }

    /** Upper-case first letter and at least one lower-case letter after it ("McDonald", "O'Brien" pass). */
    private static boolean isTitleCase(String text, int s, int e) {
        if (e - s < 2) {
            return false;
        }
        for (int k = s + 1; k < e; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean introBefore(String lower, int i) {
        for (String phrase : Lexicon.NAME_INTRO) {
            int s = i - phrase.length();
            if (s >= 0 && lower.startsWith(phrase, s) && (s == 0 || !Character.isLetter(lower.charAt(s - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static final String[] STRONG = {"my name is ", "mijn naam is ", "ich heiße ", "je m'appelle ",
        "me llamo ", "mi chiamo ", "name: "};

    private static boolean strongIntroBefore(String lower, int i) {
        for (String phrase : STRONG) {
            int s = i - phrase.length();
            if (s >= 0 && lower.startsWith(phrase, s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** End of a name word: letters, with inner hyphens and apostrophes followed by an upper-case letter. */
    static int wordEnd(String text, int p) {
        int n = text.length();
        int q = p;
        while (q < n) {
            char c = text.charAt(q);
            if (Character.isLetter(c)) {
                q++;
            } else if ((c == '-' || c == '\'' || c == '\u2019') && q + 1 < n && Character.isLetter(text.charAt(q + 1))
                    && (c == '-' || Character.isUpperCase(text.charAt(q + 1)))) {
                q++;
            } else {
                break;
            }
        }
        return q;
    }
}
