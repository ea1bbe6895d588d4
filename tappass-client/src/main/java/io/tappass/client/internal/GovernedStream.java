package io.tappass.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tappass.client.wire.Json;
import io.tappass.client.wire.SseEvent;
import io.tappass.client.wire.StreamAssembler;
import io.tappass.client.wire.WireException;
import io.tappass.client.wire.WireFormat;
import io.tappass.core.ChatResponse;
import io.tappass.core.ToolCall;
import io.tappass.core.governance.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Governs one provider event stream: text deltas go through a {@link TextGovernor} per channel (bounded hold-back),
 * tool-call events are held until the stream's end and released only after the final output check (text plus
 * assembled tool calls) allows them; when that check rewrote a call's arguments, the call is re-streamed with its
 * complete governed arguments in one delta (OpenAI chat {@code tool_calls[].function.arguments}, Anthropic
 * {@code input_json_delta}, Responses {@code response.function_call_arguments.delta}/{@code .done} and the
 * {@code output_item.done}/{@code response.completed} items); removed or renamed calls end the stream with a
 * {@code policy_block} error. Every other event passes in order. A block (or a malformed event) ends the
 * stream with an error event in the provider's format. Events that carried full text copies
 * ({@code response.output_text.done}, {@code response.completed}, ...) are rewritten with the governed text.
 * OpenAI token log-probabilities travel with their text: the entries of held chunks are attached to the chunk that
 * releases their text unchanged, and are dropped only for text a rewrite touched.
 *
 * <p>Not thread-safe: one per stream, fed by one thread.
 */
public final class GovernedStream {

    private final WireFormat format;
    private final Function<String, Verdict> textCheck;
    private final Function<ChatResponse, Verdict> finalCheck;
    private final int holdBack;
    private final StreamAssembler assembler;
    private final Map<String, TextGovernor> channels = new LinkedHashMap<>();
    private final Map<String, JsonNode> templates = new LinkedHashMap<>();
    private final List<SseEvent> held = new ArrayList<>();
    private boolean holding;
    private boolean ended;
    private Verdict blockVerdict;
    private Verdict finalVerdict;
    private String upstreamError;
    /** Per tool-call position, the governed arguments JSON when policy rewrote them (null = unchanged). */
    private List<String> argRewrites;

    /**
     * @param format     the provider format
     * @param textCheck  output check of a text window
     * @param finalCheck output check of the assembled response (governed text plus tool calls)
     * @param holdBack   characters held back per channel
     */
    public GovernedStream(WireFormat format, Function<String, Verdict> textCheck,
                          Function<ChatResponse, Verdict> finalCheck, int holdBack) {
        this.format = format;
        this.textCheck = textCheck;
        this.finalCheck = finalCheck;
        this.holdBack = holdBack;
        this.assembler = format.codec().newAssembler();
    }

    /** Whether the stream has ended (normally, by a block or an error). */
    public boolean ended() {
        return ended;
    }

    /** The verdict that blocked the stream, or null. */
    public Verdict blockVerdict() {
        return blockVerdict;
    }

    /** The final output verdict (after the stream completed), or null. */
    public Verdict finalVerdict() {
        return finalVerdict;
    }

    /** The assembler fed with the original (upstream) events: usage, model, original text. */
    public StreamAssembler assembler() {
        return assembler;
    }

    /** An upstream error reported in the stream or by the connection, or null. */
    public String upstreamError() {
        return upstreamError != null ? upstreamError : assembler.error();
    }

    /** How many pipeline checks ran on text windows. */
    public int textChecks() {
        return channels.values().stream().mapToInt(TextGovernor::checks).sum();
    }

    /** The governed text of all channels joined (for audit). */
    public String governedText() {
        StringBuilder sb = new StringBuilder();
        channels.values().forEach(g -> sb.append(g.text()));
        return sb.toString();
    }

    /** Processes one upstream event; returns the events to send downstream, in order. */
    public List<SseEvent> accept(SseEvent e) {
        List<SseEvent> out = new ArrayList<>();
        if (ended) {
            return out;
        }
        try {
            assembler.accept(e);
            switch (format) {
                case OPENAI_CHAT: openAi(e, out); break;
                case ANTHROPIC_MESSAGES: anthropic(e, out); break;
                default: responses(e, out); break;
            }
        } catch (TextGovernor.Blocked b) {
            block(b.verdict(), out);
        } catch (WireException | ClassCastException | NullPointerException ex) {
            out.add(errorEvent("stream_error", "TapPass could not parse an upstream stream event ("
                    + ex.getClass().getSimpleName() + "); stream ended to fail closed", null, null, null));
            ended = true;
        }
        return out;
    }

    /** Upstream ended (EOF): releases what is held, runs the final check when no end event did. */
    public List<SseEvent> finish() {
        List<SseEvent> out = new ArrayList<>();
        if (ended) {
            return out;
        }
        try {
            flushAll(out);
            if (!finalGate(out)) {
                return out;
            }
            releaseHeld(out);
        } catch (TextGovernor.Blocked b) {
            block(b.verdict(), out);
        }
        ended = true;
        return out;
    }

    /** The upstream connection failed mid-stream: what is held is dropped, an error event ends the stream. */
    public List<SseEvent> upstreamFailed(Throwable cause) {
        List<SseEvent> out = new ArrayList<>();
        upstreamError = "upstream connection failed mid-stream: " + cause.getClass().getSimpleName();
        if (!ended) {
            out.add(errorEvent("upstream_error", upstreamError, null, null, null));
            ended = true;
        }
        return out;
    }

    private void block(Verdict v, List<SseEvent> out) {
        blockVerdict = v;
        held.clear();
        out.add(errorEvent(io.tappass.core.governance.PolicyBlockedException.TYPE,
                "Response blocked by policy", v.blockedBy(), v.reason(), v.classification().name()));
        ended = true;
    }

    private TextGovernor channel(String key) {
        return channels.computeIfAbsent(key, k -> new TextGovernor(textCheck, holdBack));
    }

    private void flushAll(List<SseEvent> out) throws TextGovernor.Blocked {
        for (Map.Entry<String, TextGovernor> c : channels.entrySet()) {
            String rest = c.getValue().flush();
            List<Object> ready = c.getValue().releasedPayloads();
            if (!rest.isEmpty()) {
                SseEvent d = syntheticDelta(c.getKey(), rest);
                if (format == WireFormat.OPENAI_CHAT && !ready.isEmpty()) {
                    ObjectNode n = (ObjectNode) Json.parse(d.data(), "synthetic chunk");
                    setLogprobs((ObjectNode) n.path("choices").get(0), null, ready);
                    d = d.withData(Json.string(n));
                }
                emit(out, d);
            }
        }
    }

    private void emit(List<SseEvent> out, SseEvent e) {
        if (holding) {
            held.add(e);
        } else {
            out.add(e);
        }
    }

    /** Runs the final check on the assembled, governed response; false when it blocked (error event added). */
    private boolean finalGate(List<SseEvent> out) {
        ChatResponse original = assembler.response();
        ChatResponse governed = original.withContent(governedText());
        Verdict v = finalCheck.apply(governed);
        finalVerdict = v;
        if (v.isBlocked() || v.outcome() == io.tappass.core.governance.Outcome.NEEDS_APPROVAL) {
            block(v, out);
            return false;
        }
        if (v.response() != null && !v.response().toolCalls().equals(original.toolCalls())) {
            List<String> rewrites = argumentRewrites(original.toolCalls(), v.response().toolCalls());
            if (rewrites == null) {
                blockVerdict = v;
                held.clear();
                out.add(errorEvent(io.tappass.core.governance.PolicyBlockedException.TYPE,
                        "Response blocked by policy: streamed tool calls were removed or renamed by policy",
                        v.blockedBy(), "tool_call_removed", v.classification().name()));
                ended = true;
                return false;
            }
            argRewrites = rewrites;
            restreamToolCalls();
        }
        return true;
    }

    /**
     * The new JSON arguments per tool-call position (null = unchanged), or null when the calls were removed, added
     * or renamed (which cannot be re-streamed).
     */
    static List<String> argumentRewrites(List<ToolCall> before, List<ToolCall> after) {
        if (before.size() != after.size()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            ToolCall b = before.get(i);
            ToolCall a = after.get(i);
            if (!java.util.Objects.equals(b.name(), a.name()) || !java.util.Objects.equals(b.id(), a.id())) {
                return null;
            }
            out.add(b.arguments().equals(a.arguments()) ? null : Json.string(Json.toNode(a.arguments())));
        }
        return out;
    }

    /**
     * Rewrites the held tool-call events so that each rewritten call is released as one delta carrying its complete
     * governed arguments, in the provider's format (its other argument fragments are dropped).
     */
    private void restreamToolCalls() {
        switch (format) {
            case OPENAI_CHAT: restreamOpenAi(); break;
            case ANTHROPIC_MESSAGES: restreamAnthropic(); break;
            default: restreamResponses(); break;
        }
    }

    private void restreamOpenAi() {
        // positions: the named calls of the first choice in ascending tool index (the assembler's order)
        Integer firstChoice = null;
        java.util.TreeSet<Integer> named = new java.util.TreeSet<>();
        List<JsonNode> parsed = new ArrayList<>();
        for (SseEvent e : held) {
            JsonNode chunk = e.data() == null || e.data().isBlank() || e.isDone() ? null
                    : Json.parse(e.data(), "chat completion chunk");
            parsed.add(chunk);
            for (JsonNode c : chunk == null ? Json.array() : chunk.path("choices")) {
                int ci = c.path("index").asInt(0);
                firstChoice = firstChoice == null ? ci : Math.min(firstChoice, ci);
            }
        }
        if (firstChoice == null) {
            return;
        }
        for (JsonNode chunk : parsed) {
            for (JsonNode c : chunk == null ? Json.array() : chunk.path("choices")) {
                if (c.path("index").asInt(0) == firstChoice) {
                    for (JsonNode tc : c.path("delta").path("tool_calls")) {
                        String n = Json.text(tc.path("function"), "name");
                        if (n != null && !n.isBlank()) {
                            named.add(tc.path("index").asInt(0));
                        }
                    }
                }
            }
        }
        List<Integer> order = new ArrayList<>(named);
        java.util.Set<Integer> released = new java.util.HashSet<>();
        List<SseEvent> rewritten = new ArrayList<>();
        for (int k = 0; k < held.size(); k++) {
            JsonNode chunk = parsed.get(k);
            SseEvent e = held.get(k);
            boolean changed = false;
            boolean keep = true;
            for (JsonNode c : chunk == null ? Json.array() : chunk.path("choices")) {
                JsonNode tcs = c.path("delta").path("tool_calls");
                if (c.path("index").asInt(0) != firstChoice || !(tcs instanceof ArrayNode arr)) {
                    continue;
                }
                for (int i = arr.size() - 1; i >= 0; i--) {
                    int idx = arr.get(i).path("index").asInt(0);
                    int pos = order.indexOf(idx);
                    String args = pos < 0 || pos >= argRewrites.size() ? null : argRewrites.get(pos);
                    if (args == null) {
                        continue;
                    }
                    changed = true;
                    if (released.add(idx)) {
                        JsonNode fn = arr.get(i).path("function");
                        ObjectNode f = fn instanceof ObjectNode o ? o : ((ObjectNode) arr.get(i)).putObject("function");
                        f.put("arguments", args);
                    } else {
                        arr.remove(i);
                    }
                }
                if (arr.isEmpty()) {
                    ObjectNode delta = (ObjectNode) c.get("delta");
                    delta.remove("tool_calls");
                    if (delta.isEmpty() && Json.text(c, "finish_reason") == null
                            && (chunk.path("usage").isMissingNode() || chunk.path("usage").isNull())) {
                        keep = false;
                    }
                }
            }
            if (keep) {
                rewritten.add(changed ? e.withData(Json.string(chunk)) : e);
            }
        }
        held.clear();
        held.addAll(rewritten);
    }

    private void restreamAnthropic() {
        List<Integer> order = new ArrayList<>();
        List<SseEvent> rewritten = new ArrayList<>();
        for (SseEvent e : held) {
            if (e.data() == null || e.data().isBlank()) {
                rewritten.add(e);
                continue;
            }
            JsonNode p = Json.parse(e.data(), "anthropic stream event");
            String type = String.valueOf(Json.text(p, "type"));
            int index = p.path("index").asInt(0);
            if ("content_block_start".equals(type)) {
                JsonNode cb = p.path("content_block");
                String bt = Json.text(cb, "type");
                String name = Json.text(cb, "name");
                rewritten.add(e);
                if (("tool_use".equals(bt) || "server_tool_use".equals(bt)) && name != null && !name.isBlank()) {
                    order.add(index);
                    String args = argRewrites.size() >= order.size() ? argRewrites.get(order.size() - 1) : null;
                    if (args != null) {
                        ObjectNode n = Json.object();
                        n.put("type", "content_block_delta");
                        n.put("index", index);
                        n.putObject("delta").put("type", "input_json_delta").put("partial_json", args);
                        rewritten.add(SseEvent.of("content_block_delta", Json.string(n)));
                    }
                }
                continue;
            }
            if ("content_block_delta".equals(type) && "input_json_delta".equals(Json.text(p.path("delta"), "type"))) {
                int pos = order.indexOf(index);
                if (pos >= 0 && pos < argRewrites.size() && argRewrites.get(pos) != null) {
                    continue; // replaced by the single delta after content_block_start
                }
            }
            rewritten.add(e);
        }
        held.clear();
        held.addAll(rewritten);
    }

    private void restreamResponses() {
        Map<String, String> byItem = new LinkedHashMap<>();
        java.util.Set<String> released = new java.util.HashSet<>();
        int position = 0;
        List<SseEvent> rewritten = new ArrayList<>();
        for (SseEvent e : held) {
            if (e.data() == null || e.data().isBlank() || e.isDone()) {
                rewritten.add(e);
                continue;
            }
            JsonNode p = Json.parse(e.data(), "responses stream event");
            String type = String.valueOf(Json.text(p, "type"));
            switch (type) {
                case "response.output_item.added": {
                    JsonNode item = p.path("item");
                    if ("function_call".equals(Json.text(item, "type"))) {
                        String args = position < argRewrites.size() ? argRewrites.get(position) : null;
                        position++;
                        if (args != null && Json.text(item, "id") != null) {
                            byItem.put(Json.text(item, "id"), args);
                        }
                    }
                    rewritten.add(e);
                    break;
                }
                case "response.function_call_arguments.delta": {
                    String args = byItem.get(Json.text(p, "item_id"));
                    if (args == null) {
                        rewritten.add(e);
                    } else if (released.add(Json.text(p, "item_id"))) {
                        ((ObjectNode) p).put("delta", args);
                        rewritten.add(e.withData(Json.string(p)));
                    }
                    break;
                }
                case "response.function_call_arguments.done": {
                    String item = Json.text(p, "item_id");
                    String args = byItem.get(item);
                    if (args == null) {
                        rewritten.add(e);
                        break;
                    }
                    if (released.add(item)) {
                        // no delta was streamed for this call: release the arguments as one delta first
                        ObjectNode d = ((ObjectNode) p).deepCopy();
                        d.put("type", "response.function_call_arguments.delta");
                        d.remove("arguments");
                        d.put("delta", args);
                        rewritten.add(SseEvent.of("response.function_call_arguments.delta", Json.string(d)));
                    }
                    ((ObjectNode) p).put("arguments", args);
                    rewritten.add(e.withData(Json.string(p)));
                    break;
                }
                case "response.output_item.done": {
                    String args = byItem.get(Json.text(p.path("item"), "id"));
                    if (args != null && p.path("item").isObject()) {
                        ((ObjectNode) p.get("item")).put("arguments", args);
                        rewritten.add(e.withData(Json.string(p)));
                    } else {
                        rewritten.add(e);
                    }
                    break;
                }
                default:
                    rewritten.add(e);
            }
        }
        held.clear();
        held.addAll(rewritten);
    }

    /** Applies the tool-call argument rewrites to the function_call items of a Responses output array. */
    private void rewriteFunctionCallItems(JsonNode output) {
        if (argRewrites == null || !output.isArray()) {
            return;
        }
        int position = 0;
        for (JsonNode item : output) {
            if ("function_call".equals(Json.text(item, "type"))) {
                String args = position < argRewrites.size() ? argRewrites.get(position) : null;
                position++;
                if (args != null) {
                    ((ObjectNode) item).put("arguments", args);
                }
            }
        }
    }

    /** Releases the held events (tool calls waiting for the final check) after what {@code out} already has. */
    private void releaseHeld(List<SseEvent> out) {
        out.addAll(held);
        held.clear();
        holding = false; // nothing is held any more; callers end the stream or let events flow from here
    }

    // ---- OpenAI chat completions ----

    private void openAi(SseEvent e, List<SseEvent> out) throws TextGovernor.Blocked {
        if (e.isDone()) {
            flushAll(out);
            if (!finalGate(out)) {
                return;
            }
            releaseHeld(out);
            out.add(e);
            ended = true;
            return;
        }
        if (e.data() == null || e.data().isBlank()) {
            emit(out, e);
            return;
        }
        JsonNode chunk = Json.parse(e.data(), "chat completion chunk");
        if (chunk.has("error")) {
            upstreamError = Json.text(chunk.get("error"), "message");
            flushAll(out);
            releaseHeld(out);
            out.add(e);
            ended = true;
            return;
        }
        JsonNode choices = chunk.get("choices");
        if (choices == null || !choices.isArray() || choices.isEmpty()) {
            emit(out, e);
            return;
        }
        boolean changed = false;
        boolean meaningful = chunk.has("usage") && !chunk.get("usage").isNull();
        for (JsonNode c : choices) {
            JsonNode delta = c.get("delta");
            String key = String.valueOf(c.path("index").asInt(0));
            if (delta != null && delta.has("tool_calls") && !delta.get("tool_calls").isNull()) {
                holding = true;
                meaningful = true;
            }
            JsonNode lp = c.get("logprobs");
            JsonNode tokens = lp != null && lp.path("content").isArray() ? lp.get("content") : null;
            String content = Json.text(delta, "content");
            List<Object> ready = new ArrayList<>();
            boolean textChanged = false;
            if (content != null && !content.isEmpty()) {
                templates.put(key, chunk);
                TextGovernor g = channel(key);
                String rel = g.append(content, tokens);
                ready.addAll(g.releasedPayloads());
                // unchanged only when exactly this chunk's own text (and log-probabilities) is released now
                boolean own = rel.equals(content) && (tokens == null ? ready.isEmpty()
                        : ready.size() == 1 && ready.get(0) == tokens);
                if (!own) {
                    ((ObjectNode) delta).put("content", rel);
                    textChanged = true;
                }
                meaningful |= !rel.isEmpty();
            } else if (delta != null && delta.size() > 0) {
                meaningful = true;
            }
            String finish = Json.text(c, "finish_reason");
            if (finish != null) {
                meaningful = true;
                TextGovernor g = channels.get(key);
                if (g != null) {
                    String rest = g.flush();
                    ready.addAll(g.releasedPayloads());
                    if (!rest.isEmpty()) {
                        String now = Json.text(delta, "content");
                        ((ObjectNode) delta).put("content", (now == null ? "" : now) + rest);
                        textChanged = true;
                    }
                }
            }
            if (textChanged) {
                setLogprobs((ObjectNode) c, lp, ready);
                changed = true;
            }
        }
        if (!meaningful) {
            return;
        }
        emit(out, changed ? e.withData(Json.string(chunk)) : e);
    }

    /**
     * Sets a choice's {@code logprobs} to the token entries of the text released in it unchanged (the held chunks'
     * entries travel with the text they belong to); null when none (rewritten text has no log-probabilities).
     */
    private static void setLogprobs(ObjectNode choice, JsonNode template, List<Object> ready) {
        if (ready.isEmpty()) {
            if (choice.has("logprobs")) {
                choice.putNull("logprobs");
            }
            return;
        }
        ObjectNode lp = template instanceof ObjectNode o ? o.deepCopy() : Json.object();
        ArrayNode all = Json.array();
        for (Object r : ready) {
            for (JsonNode t : (JsonNode) r) {
                all.add(t);
            }
        }
        lp.set("content", all);
        if (!lp.has("refusal")) {
            lp.putNull("refusal");
        }
        choice.set("logprobs", lp);
    }

    // ---- Anthropic messages ----

    private void anthropic(SseEvent e, List<SseEvent> out) throws TextGovernor.Blocked {
        if (e.data() == null || e.data().isBlank()) {
            emit(out, e);
            return;
        }
        JsonNode p = Json.parse(e.data(), "anthropic stream event");
        String type = String.valueOf(Json.text(p, "type"));
        String key = String.valueOf(p.path("index").asInt(0));
        switch (type) {
            case "content_block_start": {
                String bt = Json.text(p.path("content_block"), "type");
                if (!"text".equals(bt) && !"thinking".equals(bt) && !"redacted_thinking".equals(bt)) {
                    holding = true;
                }
                emit(out, e);
                return;
            }
            case "content_block_delta": {
                JsonNode d = p.path("delta");
                if ("text_delta".equals(Json.text(d, "type")) && Json.text(d, "text") != null) {
                    templates.put(key, p);
                    String t = Json.text(d, "text");
                    String rel = channel(key).append(t);
                    if (!rel.isEmpty()) {
                        ((ObjectNode) d).put("text", rel);
                        emit(out, rel.equals(t) ? e : e.withData(Json.string(p)));
                    }
                    return;
                }
                emit(out, e);
                return;
            }
            case "content_block_stop": {
                TextGovernor g = channels.get(key);
                if (g != null) {
                    String rest = g.flush();
                    if (!rest.isEmpty()) {
                        emit(out, syntheticDelta(key, rest));
                    }
                }
                emit(out, e);
                return;
            }
            case "message_delta": {
                flushAll(out);
                if (!finalGate(out)) {
                    return;
                }
                releaseHeld(out);
                out.add(e);
                return;
            }
            case "message_stop":
                flushAll(out);
                releaseHeld(out);
                out.add(e);
                ended = true;
                return;
            case "error":
                flushAll(out);
                held.clear();
                out.add(e);
                ended = true;
                return;
            default:
                emit(out, e);
        }
    }

    // ---- OpenAI responses ----

    private void responses(SseEvent e, List<SseEvent> out) throws TextGovernor.Blocked {
        if (e.data() == null || e.data().isBlank() || e.isDone()) {
            emit(out, e);
            return;
        }
        JsonNode p = Json.parse(e.data(), "responses stream event");
        String type = String.valueOf(Json.text(p, "type"));
        String key = Json.text(p, "item_id") + ":" + p.path("content_index").asInt(0);
        switch (type) {
            case "response.output_text.delta": {
                templates.put(key, p);
                String t = String.valueOf(Json.text(p, "delta"));
                String rel = channel(key).append(t);
                if (!rel.isEmpty()) {
                    ((ObjectNode) p).put("delta", rel);
                    emit(out, rel.equals(t) ? e : e.withData(Json.string(p)));
                }
                return;
            }
            case "response.output_text.done": {
                TextGovernor g = channels.get(key);
                if (g != null) {
                    String rest = g.flush();
                    if (!rest.isEmpty()) {
                        emit(out, syntheticDelta(key, rest));
                    }
                    ((ObjectNode) p).put("text", g.text());
                }
                emit(out, e.withData(Json.string(p)));
                return;
            }
            case "response.content_part.done": {
                TextGovernor g = channels.get(key);
                if (g != null && p.path("part").isObject() && p.path("part").has("text")) {
                    ((ObjectNode) p.get("part")).put("text", g.text());
                }
                emit(out, e.withData(Json.string(p)));
                return;
            }
            case "response.output_item.added": {
                if (!"message".equals(Json.text(p.path("item"), "type"))
                        && !"reasoning".equals(Json.text(p.path("item"), "type"))) {
                    holding = true;
                }
                emit(out, e);
                return;
            }
            case "response.output_item.done":
                rewriteItem(p.path("item"));
                emit(out, e.withData(Json.string(p)));
                return;
            case "response.completed":
            case "response.incomplete": {
                flushAll(out);
                JsonNode output = p.path("response").path("output");
                if (output.isArray()) {
                    for (JsonNode item : output) {
                        rewriteItem(item);
                    }
                }
                if (!finalGate(out)) {
                    return;
                }
                rewriteFunctionCallItems(p.path("response").path("output"));
                releaseHeld(out);
                out.add(e.withData(Json.string(p)));
                ended = true;
                return;
            }
            case "error":
            case "response.failed":
                flushAll(out);
                held.clear();
                out.add(e);
                ended = true;
                return;
            default:
                emit(out, e);
        }
    }

    private void rewriteItem(JsonNode item) {
        String id = Json.text(item, "id");
        JsonNode content = item.path("content");
        if (id == null || !(content instanceof ArrayNode arr)) {
            return;
        }
        for (int k = 0; k < arr.size(); k++) {
            TextGovernor g = channels.get(id + ":" + k);
            JsonNode part = arr.get(k);
            if (part.has("text")) {
                // a part we never saw deltas for is replaced by an empty text rather than passed ungoverned
                ((ObjectNode) part).put("text", g == null ? governOnce(Json.text(part, "text")) : g.text());
            }
        }
    }

    private String governOnce(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        Verdict v = textCheck.apply(text);
        if (v.isBlocked()) {
            return "";
        }
        return v.response() == null ? text : v.response().content();
    }

    private SseEvent syntheticDelta(String key, String text) {
        JsonNode t = templates.get(key);
        switch (format) {
            case OPENAI_CHAT: {
                ObjectNode n = t == null ? Json.object() : ((ObjectNode) t).deepCopy();
                ArrayNode cs = n.putArray("choices");
                ObjectNode c = cs.addObject();
                c.put("index", Integer.parseInt(key));
                c.putObject("delta").put("content", text);
                c.putNull("logprobs");
                c.putNull("finish_reason");
                n.remove("usage");
                return SseEvent.data(Json.string(n));
            }
            case ANTHROPIC_MESSAGES: {
                ObjectNode n = Json.object();
                n.put("type", "content_block_delta");
                n.put("index", Integer.parseInt(key));
                n.putObject("delta").put("type", "text_delta").put("text", text);
                return SseEvent.of("content_block_delta", Json.string(n));
            }
            default: {
                ObjectNode n = t == null ? Json.object() : ((ObjectNode) t).deepCopy();
                n.put("type", "response.output_text.delta");
                n.put("delta", text);
                n.remove("logprobs");
                return SseEvent.of("response.output_text.delta", Json.string(n));
            }
        }
    }

    /** An error event in this stream's provider format. */
    public SseEvent errorEvent(String type, String message, String blockedBy, String reason, String classification) {
        ObjectNode err = Json.object();
        switch (format) {
            case OPENAI_CHAT: {
                ObjectNode n = Json.object();
                fill(n.putObject("error"), type, message, blockedBy, reason, classification);
                return SseEvent.data(Json.string(n));
            }
            case ANTHROPIC_MESSAGES: {
                err.put("type", "error");
                fill(err.putObject("error"), type, message, blockedBy, reason, classification);
                return SseEvent.of("error", Json.string(err));
            }
            default: {
                err.put("type", "error");
                err.put("code", type);
                err.put("message", message);
                err.putNull("param");
                if (blockedBy != null) {
                    err.put("blocked_by", blockedBy);
                }
                if (reason != null) {
                    err.put("reason", reason);
                }
                if (classification != null) {
                    err.put("classification", classification);
                }
                return SseEvent.of("error", Json.string(err));
            }
        }
    }

    private static void fill(ObjectNode e, String type, String message, String blockedBy, String reason,
                             String classification) {
        e.put("message", message);
        e.put("type", type);
        if (blockedBy != null) {
            e.put("blocked_by", blockedBy);
        }
        if (reason != null) {
            e.put("reason", reason);
        }
        if (classification != null) {
            e.put("classification", classification);
        }
    }
}
