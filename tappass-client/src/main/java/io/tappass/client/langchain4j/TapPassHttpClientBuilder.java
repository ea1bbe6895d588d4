package io.tappass.client.langchain4j;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import io.tappass.client.GovernedHttpClient;
import io.tappass.pipeline.Pipeline;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A LangChain4j {@link HttpClientBuilder} whose clients send every call through a {@link GovernedHttpClient}:
 * <pre>{@code
 * OpenAiChatModel model = OpenAiChatModel.builder()
 *     .httpClientBuilder(TapPassHttpClientBuilder.of(pipeline))
 *     .apiKey(key).modelName("gpt-4o-mini").build();
 * }</pre>
 * Blocks surface as LangChain4j {@code HttpException(403, body)} (sync) or {@code onError} (streaming). Pass it
 * explicitly: it is deliberately not registered as a {@code HttpClientBuilderFactory} service, because a second
 * factory next to {@code langchain4j-http-client-jdk} makes LangChain4j's loader fail at startup.
 */
public final class TapPassHttpClientBuilder implements HttpClientBuilder {

    private final Pipeline pipeline;
    private Duration connectTimeout;
    private Duration readTimeout;
    private UnaryOperator<GovernedHttpClient.Builder> customizer = UnaryOperator.identity();
    private java.net.http.HttpClient.Builder jdkBuilder;

    private TapPassHttpClientBuilder(Pipeline pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    /** A builder governing with {@code pipeline}. */
    public static TapPassHttpClientBuilder of(Pipeline pipeline) {
        return new TapPassHttpClientBuilder(pipeline);
    }

    /** Customises the governed client (fail mode, listener, agent id, hold-back, ...). */
    public TapPassHttpClientBuilder governance(UnaryOperator<GovernedHttpClient.Builder> customizer) {
        this.customizer = Objects.requireNonNull(customizer, "customizer");
        return this;
    }

    /** The JDK client builder to start from (SSL context, proxy, HTTP version). */
    public TapPassHttpClientBuilder jdkHttpClientBuilder(java.net.http.HttpClient.Builder builder) {
        this.jdkBuilder = Objects.requireNonNull(builder, "builder");
        return this;
    }

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public TapPassHttpClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = timeout;
        return this;
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public TapPassHttpClientBuilder readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return this;
    }

    @Override
    public HttpClient build() {
        java.net.http.HttpClient.Builder jb = jdkBuilder != null ? jdkBuilder : java.net.http.HttpClient.newBuilder();
        if (connectTimeout != null) {
            jb.connectTimeout(connectTimeout);
        }
        GovernedHttpClient governed = customizer.apply(GovernedHttpClient.builder(jb.build()).pipeline(pipeline))
                .build();
        return new GovernedLangChain4jClient(governed, readTimeout);
    }
}
