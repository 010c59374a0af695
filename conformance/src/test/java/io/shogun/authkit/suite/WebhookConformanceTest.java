package io.shogun.authkit.suite;

/** The webhook suite against the selected target: the reference unless {@code -Dshogun.target} says otherwise. */
class WebhookConformanceTest extends WebhookConformanceSuite {
}
