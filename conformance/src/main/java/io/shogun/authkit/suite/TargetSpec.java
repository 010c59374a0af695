package io.shogun.authkit.suite;

/** The target spec a run was started with ({@code reference}, {@code java:<id>}), for checks that need it. */
public record TargetSpec(String value) {
}
