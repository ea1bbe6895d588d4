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

    /** Spans [start, end) of the output that repeat the system prompt. */
    static List<int[]> leaks(String systemPrompt, String output) {
        List<int[]> spans = new ArrayList<>();
        if (systemPrompt == null || systemPrompt.isBlank() || output.isEmpty()) {
            return spans;
        }
        String prompt = systemPrompt.length() > MAX_PROMPT_CHARS ? systemPrompt.substring(0, MAX_PROMPT_CHARS)
                : systemPrompt;
        List<Word> pw = words(prompt);
        if (pw.size() < SHINGLE) {
            return spans;
        }
        Set<Long> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE <= pw.size(); i++) {
            shingles.add(shingle(pw, i));
        }
        List<Word> ow = words(output);
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
        return spans;
    }

    /** "My instructions", "my system prompt", "I was told", "rules I follow", "according to my ...". */
    private static final java.util.regex.Pattern DISCLOSURE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:(?:my|the) (?:system )?(?:prompt|instructions|guidelines|rules|directives|configuration|setup)"
                    + "|(?:i|we) (?:was|were|am|are|have been|'ve been|'m) (?:told|instructed|asked|configured|programmed"
                    + "|set up|supposed)|rules i (?:follow|must follow|have|obey)|according to my|i'm (?:told|instructed"
                    + "|configured|programmed)|my (?:developers?|creators?|operators?) (?:told|instructed|said|want))\\b");
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
     * Paraphrased leaks: the answer announces what it was told ("my instructions say", "I was told", "rules I
     * follow") and, within {@value #CUE_REACH} characters after the announcement, uses at least a fifth (and at
     * least {@value #MIN_OVERLAP}) of the prompt's distinct content words (four letters or more, not function
     * words, a plural "s" ignored). Describing one's role ("I'm the billing assistant") or applying a rule without
     * announcing it does not count. Returns the span from the cue to the last shared word, or null.
     */
    static int[] paraphrase(String systemPrompt, String output) {
        if (systemPrompt == null || systemPrompt.isBlank() || output.isEmpty()) {
            return null;
        }
        java.util.regex.Matcher cue = DISCLOSURE.matcher(output);
        if (!cue.find()) {
            return null;
        }
        String prompt = systemPrompt.length() > MAX_PROMPT_CHARS ? systemPrompt.substring(0, MAX_PROMPT_CHARS)
                : systemPrompt;
        int planted = prompt.indexOf("[Confidential marker " + Canary.PREFIX);
        if (planted >= 0) {
            prompt = prompt.substring(0, planted); // the canary's own line is not the application's prompt
        }
        Set<String> content = new HashSet<>();
        for (Word w : words(prompt)) {
            String k = key(prompt, w);
            if (k != null) {
                content.add(k);
            }
        }
        int need = Math.max(MIN_OVERLAP, (int) Math.ceil(SHARE * content.size()));
        if (content.size() < MIN_OVERLAP) {
            return null;
        }
        do {
            int from = cue.start();
            int to = Math.min(output.length(), cue.end() + CUE_REACH);
            Set<String> shared = new HashSet<>();
            int last = -1;
            for (Word w : words(output.substring(from, to))) {
                String k = key(output, new Word(from + w.start, from + w.end, 0));
                if (k != null && content.contains(k) && shared.add(k)) {
                    last = from + w.end;
                }
            }
            if (shared.size() >= need) {
                return new int[] {from, last};
            }
            // the next window starts at least half a reach further: every character is counted at most twice
        } while (cue.find(Math.min(output.length(), cue.start() + CUE_REACH / 2)));
        return null;
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
