package io.shogun.authkit.suite;

/** The JWT suite against the selected target: the reference unless {@code -Dshogun.target} says otherwise. */
class JwtConformanceTest extends JwtConformanceSuite {
}
