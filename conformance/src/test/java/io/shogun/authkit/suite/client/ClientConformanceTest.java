package io.shogun.authkit.suite.client;

/** The client suite against the selected target: the reference clients unless {@code -Dshogun.target} says otherwise. */
class ClientConformanceTest extends ClientConformanceSuite {
}
