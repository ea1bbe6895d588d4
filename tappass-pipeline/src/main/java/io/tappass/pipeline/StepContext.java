package io.tappass.pipeline;

import io.tappass.core.ChatRequest;
import io.tappass.core.ChatResponse;
import io.tappass.core.ToolCall;
import io.tappass.core.governance.Classification;
import io.tappass.core.governance.Finding;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Mode;
import io.tappass.pipeline.scan.TextPart;
import io.tappass.pipeline.session.SessionState;
import io.tappass.pipeline.session.SessionStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What a {@link Step} sees during one pipeline run. One context serves all steps of the run, in order; it is not
 * shared between threads.
 */
public interface StepContext {

    /** The phase being run. */
    Phase phase();

    /** The effective mode of this run. */
    Mode mode();

    /** Who is calling, with per-request flags. */
    GovernanceContext governance();

    /**
     * The text under governance: every text content part of the request's messages (input phase), or the model's
     * output (output phase). Texts reflect the redactions of earlier steps.
     */
    List<TextPart> parts();

    /** The request as it stands (current texts, current structure); null in the output phase if none was given. */
    ChatRequest request();

    /** The response as it stands; null in the input phase. */
    ChatResponse response();

    /** The tool call under governance in the tool phase; null otherwise. */
    ToolCall toolCall();

    /** The findings of the steps that ran before in this run (spans in current-text offsets of their time). */
    List<Finding> findings();

    /** The highest classification assigned so far in this run. */
    Classification classification();

    /** The state of this session (keyed by agent and session id; a throw-away state when there is no session id). */
    SessionState session();

    /** The state of this agent across sessions (rate limits, budgets). */
    SessionState agentState();

    /** The store behind {@link #session()} and {@link #agentState()}. */
    SessionStore sessionStore();

    /** The pipeline's clock. */
    Clock clock();

    /**
     * Scratch space shared by the steps of this run (e.g. a canary planted on input and checked on output goes
     * through {@link #session()} instead; this map dies with the run).
     */
    Map<String, Object> attributes();
}
