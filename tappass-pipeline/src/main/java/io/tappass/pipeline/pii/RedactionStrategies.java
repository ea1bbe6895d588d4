package io.tappass.pipeline.pii;

import io.tappass.pipeline.session.SessionState;

/** The built-in stateless {@link RedactionStrategy} instances. */
final class RedactionStrategies {

    private static final java.util.Map<String, String> MASKS = new java.util.concurrent.ConcurrentHashMap<>();

    static final RedactionStrategy MASK = new RedactionStrategy() {
        @Override
        public String replacement(String type, String value, SessionState session) {
            // one string per entity type, not one per match
            return MASKS.computeIfAbsent(type, t -> "[MASKED_" + PiiEntity.labelOf(t) + "]");
        }

        @Override
        public String name() {
            return "mask";
        }

        @Override
        public boolean usesSession() {
            return false;
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
