/**
 * The kit's own conforming implementations: the default target of every suite and the subject the benchmarks hold
 * up as best in class. They are ordinary targets, found like any other through
 * {@link io.shogun.authkit.spi.ConformanceTarget}.
 */
package io.shogun.authkit.reference;
