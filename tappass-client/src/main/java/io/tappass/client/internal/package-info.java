/** Implementation details of the governed client and the gateway; not a public API. */
package io.tappass.client.internal;
