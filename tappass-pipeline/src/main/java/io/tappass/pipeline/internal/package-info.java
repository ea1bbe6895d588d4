/** Building blocks shared by the SDK's detectors (keyword automaton). Internal: not a supported API. */
package io.tappass.pipeline.internal;
