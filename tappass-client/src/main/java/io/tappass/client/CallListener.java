package io.tappass.client;

/**
 * Receives one {@link CallRecord} per governed call (after the body completed). The default does nothing; connect
 * it to an audit sink. Must be thread-safe and fast; exceptions are logged and ignored.
 */
@FunctionalInterface
public interface CallListener {

    /** A listener that ignores records. */
    CallListener NONE = record -> { };

    /** Called once per governed call. */
    void onCall(CallRecord record);
}
