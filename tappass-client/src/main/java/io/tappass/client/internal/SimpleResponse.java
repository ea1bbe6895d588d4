package io.tappass.client.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/** An {@link HttpResponse} assembled by TapPass (governed or synthetic body). */
public record SimpleResponse<T>(int statusCode, HttpRequest request, HttpHeaders headers, T body,
                                Optional<SSLSession> sslSession, URI uri, HttpClient.Version version,
                                Optional<HttpResponse<T>> previousResponse) implements HttpResponse<T> {

    /** The response info handed to the caller's body handler. */
    public static HttpResponse.ResponseInfo info(int status, HttpHeaders headers, HttpClient.Version version) {
        return new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public HttpHeaders headers() {
                return headers;
            }

            @Override
            public HttpClient.Version version() {
                return version;
            }
        };
    }
}
