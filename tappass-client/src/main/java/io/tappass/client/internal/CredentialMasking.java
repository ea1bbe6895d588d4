package io.tappass.client.internal;

import java.net.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Masks credentials in headers before anything is logged or audited. A header is sensitive when its lower-cased
 * name contains auth, api-key, api_key, apikey, token, secret, password, credential, cookie or
 * subscription-key (the list LangChain4j's {@code HttpRequestLogger} uses, noted in the ecosystem research).
 */
public final class CredentialMasking {

    private static final String[] SENSITIVE = {"auth", "api-key", "api_key", "apikey", "token", "secret", "password",
        "credential", "cookie", "subscription-key"};

    private CredentialMasking() {
    }

    /** Whether a header name carries credentials. */
    public static boolean isSensitive(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String s : SENSITIVE) {
            if (n.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** A value with everything but a scheme word and the last 4 characters replaced ({@code Bearer ****cdef}). */
    public static String mask(String value) {
        if (value == null) {
            return null;
        }
        String scheme = "";
        String v = value;
        int sp = value.indexOf(' ');
        if (sp > 0 && sp < 10) {
            scheme = value.substring(0, sp + 1);
            v = value.substring(sp + 1);
        }
        return scheme + (v.length() > 16 ? "****" + v.substring(v.length() - 4) : "****");
    }

    /** All headers as a map of first values, sensitive ones masked. */
    public static Map<String, String> masked(HttpHeaders headers) {
        Map<String, String> out = new LinkedHashMap<>();
        headers.map().forEach((k, v) -> {
            String first = v.isEmpty() ? "" : v.get(0);
            out.put(k, isSensitive(k) ? mask(first) : first);
        });
        return out;
    }
}
