package io.tappass.client.wire;

import java.util.Locale;

/** The provider APIs TapPass understands. */
public enum WireFormat {
    /** OpenAI (and Azure OpenAI, and compatible servers) {@code POST /v1/chat/completions}. */
    OPENAI_CHAT("openai"),
    /** OpenAI {@code POST /v1/responses}. */
    OPENAI_RESPONSES("openai"),
    /** Anthropic {@code POST /v1/messages}. */
    ANTHROPIC_MESSAGES("anthropic");

    private final String provider;

    WireFormat(String provider) {
        this.provider = provider;
    }

    /** The provider name used in audit records: {@code openai} or {@code anthropic}. */
    public String provider() {
        return provider;
    }

    /** The codec for this format. */
    public WireCodec codec() {
        switch (this) {
            case OPENAI_CHAT: return OpenAiChatCodec.INSTANCE;
            case OPENAI_RESPONSES: return OpenAiResponsesCodec.INSTANCE;
            default: return AnthropicMessagesCodec.INSTANCE;
        }
    }

    /**
     * Recognises a request path: {@code .../chat/completions} (OpenAI, Azure {@code /openai/deployments/{d}/...}),
     * {@code .../responses} and {@code .../messages}. Returns null for any other path (passed through ungoverned).
     */
    public static WireFormat forPath(String path) {
        if (path == null) {
            return null;
        }
        String p = path.toLowerCase(Locale.ROOT);
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.endsWith("/chat/completions")) {
            return OPENAI_CHAT;
        }
        if (p.endsWith("/responses")) {
            return OPENAI_RESPONSES;
        }
        if (p.endsWith("/messages")) {
            return ANTHROPIC_MESSAGES;
        }
        return null;
    }

    /** The Azure deployment name in {@code /openai/deployments/{name}/...}, or null. */
    public static String azureDeployment(String path) {
        if (path == null) {
            return null;
        }
        int i = path.indexOf("/openai/deployments/");
        if (i < 0) {
            return null;
        }
        String rest = path.substring(i + "/openai/deployments/".length());
        int slash = rest.indexOf('/');
        return slash <= 0 ? null : rest.substring(0, slash);
    }
}
