/**
 * {@code classify_data}: assigns a data classification (PUBLIC, INTERNAL, CONFIDENTIAL, RESTRICTED) to a request
 * from the findings of the content detectors that ran before it.
 */
package io.tappass.pipeline.classify;
