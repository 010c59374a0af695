/**
 * The kit's reference Shogun clients: an integration token client and a dashboard client on
 * {@link java.net.http.HttpClient}, usable in production and the default target of the client suite.
 */
package io.shogun.authkit.client;
