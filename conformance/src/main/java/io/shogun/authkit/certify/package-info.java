/**
 * Certification: runs every suite a target's capabilities allow through the JUnit Platform, applies waivers, and
 * writes the reports ({@code report.json} with its own SHA-256, {@code report.md}, {@code report.html}, JUnit XML).
 */
package io.shogun.authkit.certify;
