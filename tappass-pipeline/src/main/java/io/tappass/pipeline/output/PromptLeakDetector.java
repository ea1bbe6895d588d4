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
