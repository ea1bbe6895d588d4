package io.tappass.pipeline.pii;

import io.tappass.pipeline.session.SessionState;

/** The built-in stateless {@link RedactionStrategy} instances. */
final class RedactionStrategies {

    static final RedactionStrategy MASK = new RedactionStrategy() {
        @Override
        public String replacement(String type, String value, SessionState session) {
            return "[MASKED_" + PiiEntity.labelOf(type) + "]";
        }

        @Override
        public String name() {
            return "mask";
        }
    };

    static final RedactionStrategy TOKEN = new RedactionStrategy() {
        @Override
        public String replacement(String type, String value, SessionState session) {
            String t = PiiVault.of(session).tokenFor(PiiEntity.labelOf(type), value);
            return t != null ? t : MASK.replacement(type, value, session);
        }

        @Override
        public String name() {
            return "token";
        }
    };

    private RedactionStrategies() {
    }
}
