package io.tappass.pipeline.output;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** What {@link #scan} found: verbatim spans, and a paraphrase span (null when none or when verbatim found). */
    record Leaks(List<int[]> verbatim, int[] paraphrase) {
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
            return new Leaks(spans, null);
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
        return new Leaks(spans, spans.isEmpty() ? paraphrase(prompt, pw, output, ow) : null);
    }

    /**
     * Announcements of what the model was told, as word sequences (the tokeniser splits "I've" into "i", "ve"):
     * "my instructions", "my system prompt", "the system prompt", "I was told", "I'm instructed", "I've been told",
     * "rules I follow", "according to my", "my developers told".
     */
    private static final String[][] CUES = {
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
        {"my", "creators", "told"}, {"my", "operator", "told"}, {"my", "operators", "told"}
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
            // the next window starts at least half a reach further: every word is counted at most twice
            int resume = cue + 1;
            while (resume < ow.size() && ow.get(resume).start < from + CUE_REACH / 2) {
                resume++;
            }
            cue = nextCue(output, ow, resume);
        }
        return null;
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
            if (c != 'm' && c != 't' && c != 'i' && c != 'w' && c != 'r' && c != 'a') {
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
