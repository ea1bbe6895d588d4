/** Implementation details of the sandbox backends; not a public API and may change without notice. */
package io.tappass.sandbox.internal;
