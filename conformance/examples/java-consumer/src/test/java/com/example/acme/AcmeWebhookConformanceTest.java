package com.example.acme;

import io.shogun.authkit.suite.WebhookConformanceSuite;

/** Every webhook vector, and the timing screen, against the target named by shogun.target (see pom.xml). */
class AcmeWebhookConformanceTest extends WebhookConformanceSuite {
}
