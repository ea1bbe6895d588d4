package io.tappass.client.springai;

import io.tappass.client.internal.TextGovernor;
import io.tappass.core.ChatRequest;
import io.tappass.core.Role;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Outcome;
import io.tappass.core.governance.PolicyBlockedException;
import io.tappass.core.governance.Verdict;
import io.tappass.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.ai.chat.client.ChatClientRequest;
import org.springframework.ai.chat.client.ChatClientResponse;
import org.springframework.ai.chat.client.advisor.api.CallAdvisor;
import org.springframework.ai.chat.client.advisor.api.CallAdvisorChain;
import org.springframework.ai.chat.client.advisor.api.StreamAdvisor;
import org.springframework.ai.chat.client.advisor.api.StreamAdvisorChain;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A Spring AI advisor that governs every {@code ChatClient} call with a pipeline:
 * <pre>{@code
 * ChatClient chat = ChatClient.builder(chatModel).defaultAdvisors(new TapPassAdvisor(pipeline)).build();
 * }</pre>
 * The prompt's messages go through the input checks (a block throws {@link PolicyBlockedException}, rewrites such
 * as redaction replace the message text); the answer goes through the output checks. Streams are governed with
 * the same bounded hold-back as the HTTP client: partial answers keep flowing, a secret split across chunks is
 * still caught, a block ends the {@code Flux} with {@link PolicyBlockedException}. Runs first by default
 * ({@link #getOrder()} = {@code HIGHEST_PRECEDENCE + 100}) so it sees the final prompt last and the raw answer
 * first. Checks run on {@code Schedulers.boundedElastic()} for streams.
 */
public final class TapPassAdvisor implements CallAdvisor, StreamAdvisor {

    private final Pipeline pipeline;
    private final Function<ChatClientRequest, GovernanceContext> context;
    private final int order;
    private final int holdBack;

    /** Governs with {@code pipeline} for the default agent. */
    public TapPassAdvisor(Pipeline pipeline) {
        this(pipeline, r -> GovernanceContext.empty(), org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 100, 64);
    }

    /**
     * @param pipeline the pipeline
     * @param context  the agent/session for a request (e.g. from {@code request.context()})
     * @param order    advisor order (lower runs first on the request)
     * @param holdBack streaming hold-back in characters
     */
    public TapPassAdvisor(Pipeline pipeline, Function<ChatClientRequest, GovernanceContext> context, int order,
                          int holdBack) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.context = Objects.requireNonNull(context, "context");
        this.order = order;
        this.holdBack = holdBack;
    }

    @Override
    public String getName() {
        return "TapPassAdvisor";
    }

    @Override
    public int getOrder() {
        return order;
    }

    @Override
    public ChatClientResponse adviseCall(ChatClientRequest request, CallAdvisorChain chain) {
        GovernanceContext ctx = context.apply(request);
        ChatClientResponse response = chain.nextCall(governInput(request, ctx));
        return governOutput(response, ctx);
    }

    @Override
    public Flux<ChatClientResponse> adviseStream(ChatClientRequest request, StreamAdvisorChain chain) {
        return Mono.fromCallable(() -> context.apply(request))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMapMany(ctx -> {
                    ChatClientRequest governed = governInput(request, ctx);
                    TextGovernor g = new TextGovernor(t -> pipeline.checkOutput(t, ctx), holdBack);
                    ChatClientResponse[] last = new ChatClientResponse[1];
                    Flux<ChatClientResponse> body = chain.nextStream(governed).publishOn(Schedulers.boundedElastic())
                            .concatMap(r -> {
                                last[0] = r;
                                String t = text(r);
                                if (t == null || t.isEmpty()) {
                                    return Mono.just(r);
                                }
                                try {
                                    String rel = g.append(t);
                                    return rel.isEmpty() ? Mono.empty() : Mono.just(withText(r, rel));
                                } catch (TextGovernor.Blocked b) {
                                    return Mono.error(blocked(b.verdict()));
                                }
                            });
                    Mono<ChatClientResponse> tail = Mono.defer(() -> {
                        try {
                            String rest = g.flush();
                            return rest.isEmpty() || last[0] == null ? Mono.empty() : Mono.just(withText(last[0], rest));
                        } catch (TextGovernor.Blocked b) {
                            return Mono.error(blocked(b.verdict()));
                        }
                    });
                    return body.concatWith(tail);
                });
    }

    private ChatClientRequest governInput(ChatClientRequest request, GovernanceContext ctx) {
        List<Message> messages = request.prompt().getInstructions();
        ChatRequest.Builder b = ChatRequest.builder();
        for (Message m : messages) {
            b.addMessage(io.tappass.core.Message.of(role(m), m.getText() == null ? "" : m.getText()));
        }
        ChatRequest core = b.build();
        Verdict v = pipeline.checkInput(core, ctx);
        if (v.isBlocked() || v.outcome() == Outcome.NEEDS_APPROVAL) {
            throw blocked(v);
        }
        if (v.request() == null || v.request().equals(core)) {
            return request;
        }
        List<io.tappass.core.Message> after = v.request().messages();
        if (after.size() != messages.size()) {
            throw new IllegalStateException("TapPass: the pipeline changed the number of prompt messages; "
                    + "refusing to send an ungoverned prompt");
        }
        List<Message> rewritten = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            String now = after.get(i).text();
            if (Objects.equals(now, m.getText() == null ? "" : m.getText())) {
                rewritten.add(m);
            } else if (m instanceof UserMessage u) {
                rewritten.add(u.mutate().text(now).build());
            } else if (m instanceof SystemMessage s) {
                rewritten.add(s.mutate().text(now).build());
            } else if (m instanceof AssistantMessage a) {
                rewritten.add(AssistantMessage.builder().content(now).properties(a.getMetadata())
                        .toolCalls(a.getToolCalls()).media(a.getMedia()).build());
            } else {
                throw new IllegalStateException("TapPass: the pipeline rewrote a " + m.getMessageType()
                        + " message, which cannot be rebuilt; refusing to send it");
            }
        }
        return request.mutate().prompt(new Prompt(rewritten, request.prompt().getOptions())).build();
    }

    private ChatClientResponse governOutput(ChatClientResponse response, GovernanceContext ctx) {
        String t = text(response);
        if (t == null) {
            return response;
        }
        Verdict v = pipeline.checkOutput(t, ctx);
        if (v.isBlocked() || v.outcome() == Outcome.NEEDS_APPROVAL) {
            throw blocked(v);
        }
        return v.text().equals(t) ? response : withText(response, v.text());
    }

    private static String text(ChatClientResponse r) {
        ChatResponse cr = r.chatResponse();
        if (cr == null || cr.getResult() == null || cr.getResult().getOutput() == null) {
            return null;
        }
        return cr.getResult().getOutput().getText();
    }

    private static ChatClientResponse withText(ChatClientResponse r, String text) {
        ChatResponse cr = r.chatResponse();
        Generation g = cr.getResult();
        AssistantMessage a = g.getOutput();
        AssistantMessage na = AssistantMessage.builder().content(text).properties(a.getMetadata())
                .toolCalls(a.getToolCalls()).media(a.getMedia()).build();
        List<Generation> gens = new ArrayList<>(cr.getResults());
        gens.set(gens.indexOf(g), new Generation(na, g.getMetadata()));
        return r.mutate().chatResponse(ChatResponse.builder().from(cr).generations(gens).build()).build();
    }

    private static Role role(Message m) {
        switch (m.getMessageType()) {
            case SYSTEM: return Role.SYSTEM;
            case ASSISTANT: return Role.ASSISTANT;
            case TOOL: return Role.TOOL;
            default: return Role.USER;
        }
    }

    private static PolicyBlockedException blocked(Verdict v) {
        return new PolicyBlockedException(v.blockedBy(), v.reason(), v.classification());
    }
}
