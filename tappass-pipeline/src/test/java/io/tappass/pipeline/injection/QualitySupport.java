package io.tappass.pipeline.injection;

/** Helpers shared by the quality tests. */
final class QualitySupport {

    private QualitySupport() {
    }

    /**
     * Splits a CyberSecEval indirect {@code user_input} into the user's own request and the embedded document, the
     * way an agent would receive them (the request as a user message, the document as a tool result): the document
     * starts at the first colon within the first 200 characters that is followed by content; without one the
     * whole input is the document (e.g. a bare HTML page under "Summarize this HTML page").
     */
    static String[] splitDocument(String input) {
        int lim = Math.min(input.length(), 200);
        for (int i = 0; i < lim; i++) {
            if (input.charAt(i) == ':' && i + 1 < input.length() && Character.isWhitespace(input.charAt(i + 1))
                    && i > 0 && Character.isLetter(input.charAt(i - 1))) {
                String q = input.substring(0, i).strip();
                String d = input.substring(i + 1).strip();
                if (!q.isEmpty() && !d.isEmpty()) {
                    return new String[] {q.endsWith("?") ? q : q + "?", d};
                }
            }
        }
        return new String[] {"Please process the attached content.", input};
    }
}
