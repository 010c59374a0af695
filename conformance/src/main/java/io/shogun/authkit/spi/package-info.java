/**
 * The published contract between the Shogun Auth Kit and an implementation under test. It is stable: it evolves
 * only by adding. A Java implementation provides a {@link io.shogun.authkit.spi.ConformanceTarget} through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/io.shogun.authkit.spi.ConformanceTarget}) and is
 * selected with the target spec {@code java:<id>}.
 *
 * <p>Security contract for every verifier: a verifier decides, it never throws for any input, it reads time only
 * from the clock it is given, and it compares secrets in constant time. The kit reports a thrown exception, a hang
 * or a stack overflow as a failed case.
 */
package io.shogun.authkit.spi;
