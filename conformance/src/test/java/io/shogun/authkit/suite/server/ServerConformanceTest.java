package io.shogun.authkit.suite.server;

/** The server suite against the embedded simulator, or the server named by {@code -Dshogun.server}. */
class ServerConformanceTest extends ServerConformanceSuite {
}
