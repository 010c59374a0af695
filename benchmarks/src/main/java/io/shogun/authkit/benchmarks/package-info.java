/**
 * JMH benchmarks of the verification hot path, one class per question, every input taken from the golden vectors
 * and every verifier first checked to answer correctly; the report and the CI gate read their JSON results.
 */
package io.shogun.authkit.benchmarks;
