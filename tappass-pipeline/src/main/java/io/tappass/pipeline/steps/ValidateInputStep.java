package io.tappass.pipeline.steps;

import io.tappass.core.ChatRequest;
import io.tappass.core.Message;
import io.tappass.core.Role;
import io.tappass.core.governance.Finding;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Severity;
import io.tappass.pipeline.BaseStep;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.StepConfig;
import io.tappass.pipeline.StepContext;
import io.tappass.pipeline.StepResult;
import io.tappass.pipeline.internal.AbstractStepFactory;
import io.tappass.pipeline.scan.CharStats;
import io.tappass.pipeline.scan.TextPart;
import java.util.List;
import java.util.Set;

/**
 * {@code validate_input} (TapPass position 100): request structure and size limits. Blocks a request with no
 * messages, too many messages, an oversized message or request, a tool message that answers no call, or text with
 * unpaired UTF-16 surrogates (which is how invalid UTF-8 surfaces after lenient decoding).
 *
 * <p>Options: {@code max_messages} (default 500), {@code max_message_chars} (default 200,000),
 * {@code max_total_chars} (default 1,000,000), {@code max_tools} (default 128).
 */
public final class ValidateInputStep extends BaseStep {

    /** The step id. */
    public static final String NAME = "validate_input";
    /** TapPass's position. */
    public static final int POSITION = 100;
    public static final int DEFAULT_MAX_MESSAGES = 500;
    public static final int DEFAULT_MAX_MESSAGE_CHARS = 200_000;
    public static final int DEFAULT_MAX_TOTAL_CHARS = 1_000_000;
    public static final int DEFAULT_MAX_TOOLS = 128;

    private final int maxMessages;
    private final int maxMessageChars;
    private final int maxTotalChars;
    private final int maxTools;

    ValidateInputStep(StepConfig config) {
        super(config, Phase.INPUT, POSITION);
        this.maxMessages = config.intOption("max_messages", DEFAULT_MAX_MESSAGES, 1);
        this.maxMessageChars = config.intOption("max_message_chars", DEFAULT_MAX_MESSAGE_CHARS, 1);
        this.maxTotalChars = config.intOption("max_total_chars", DEFAULT_MAX_TOTAL_CHARS, 1);
        this.maxTools = config.intOption("max_tools", DEFAULT_MAX_TOOLS, 0);
    }

    @Override
    public StepResult apply(StepContext context) {
        ChatRequest request = context.request();
        if (request == null) {
            return StepResult.pass();
        }
        List<Message> messages = request.messages();
        if (messages.isEmpty()) {
            return block("empty_request", "the request has no messages");
        }
        if (messages.size() > maxMessages) {
            return block("too_many_messages", "the request has " + messages.size() + " messages; the limit is "
                    + maxMessages);
        }
        if (request.tools().size() > maxTools) {
            return block("too_many_tools", "the request offers " + request.tools().size() + " tools; the limit is "
                    + maxTools);
        }
        long total = 0;
        Set<String> callIds = new java.util.HashSet<>();
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            for (var call : m.toolCalls()) {
                if (call.id() != null) {
                    callIds.add(call.id());
                }
            }
            String text = m.text();
            if (text.length() > maxMessageChars) {
                return block("message_too_large", "message " + i + " has " + text.length()
                        + " characters; the limit is " + maxMessageChars);
            }
            total += text.length();
            if (m.role() == Role.TOOL && m.toolCallId() != null && !callIds.isEmpty()
                    && !callIds.contains(m.toolCallId())) {
                return block("orphan_tool_result", "message " + i + " answers tool call '" + m.toolCallId()
                        + "', which no earlier assistant message made");
            }
        }
        if (total > maxTotalChars) {
            return block("request_too_large", "the request has " + total + " characters; the limit is "
                    + maxTotalChars);
        }
        // one pass per part, shared with detect_unicode and the normaliser (and carried across redactions)
        for (TextPart part : context.parts()) {
            int bad = CharStats.of(part).firstUnpairedSurrogate();
            if (bad >= 0) {
                return block("invalid_text", "message " + part.messageIndex() + " (content part "
                        + part.contentIndex() + ") contains invalid Unicode (an unpaired surrogate at index " + bad
                        + "), e.g. from invalid UTF-8");
            }
        }
        return StepResult.pass();
    }

    private StepResult block(String type, String reason) {
        return StepResult.block(reason, Finding.of(NAME, type, Severity.MEDIUM, null));
    }

    /** Reads only the text under governance: may run concurrently with the other content detectors. */
    @Override
    public boolean isPure() {
        return true;
    }

    /** Registers {@code validate_input}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of(), Phase.INPUT, POSITION, OnDetection.BLOCK, Set.of("max_messages", "max_message_chars", "max_total_chars", "max_tools"), ValidateInputStep::new);
        }
    }
}
