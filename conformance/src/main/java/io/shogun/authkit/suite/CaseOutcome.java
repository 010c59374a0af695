package io.shogun.authkit.suite;

import io.shogun.authkit.vectors.FlagNote;
import io.shogun.authkit.vectors.VectorCase;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The result of one vector case against one target.
 *
 * @param requirement where the case is filed (the robustness requirement when the target threw or hung)
 * @param answer      what the target said, e.g. {@code ACCEPTED} or {@code rejected: expired}
 * @param detail      anything else worth reading: a claims difference, the exception, a different reject reason
 */
public record CaseOutcome(Requirement requirement, VectorCase vectorCase, OutcomeType type, String answer,
        String detail) {

    public boolean passed() {
        return type.passed();
    }

    /**
     * The outcome when the target did not answer: it threw, hung or returned null. Filed under the area's
     * robustness requirement.
     *
     * @return empty when the call returned a decision
     */
    static java.util.Optional<CaseOutcome> unanswered(TargetCall.Result<?> result, Requirement robustness,
            VectorCase vectorCase) {
        if (result instanceof TargetCall.Threw<?> threw) {
            return java.util.Optional.of(new CaseOutcome(robustness, vectorCase, OutcomeType.THREW, "threw",
                    TargetCall.describe(threw.thrown())));
        }
        if (result instanceof TargetCall.TimedOut<?> timedOut) {
            return java.util.Optional.of(new CaseOutcome(robustness, vectorCase, OutcomeType.TIMED_OUT, "no answer",
                    "no decision within " + timedOut.after().toMillis() + " ms"));
        }
        if (((TargetCall.Returned<?>) result).value() == null) {
            return java.util.Optional.of(new CaseOutcome(robustness, vectorCase, OutcomeType.THREW, "null",
                    "returned null instead of a decision"));
        }
        return java.util.Optional.empty();
    }

    /** The message a person reads for this case: case, requirement, flags with their meaning, expected vs actual. */
    public String describe(Map<String, FlagNote> notes) {
        String flags = vectorCase.flags().isEmpty() ? "none" : vectorCase.flags().stream()
                .map(flag -> notes.containsKey(flag)
                        ? flag + " (" + notes.get(flag).bugType() + ": " + notes.get(flag).description() + ")"
                        : flag)
                .collect(Collectors.joining("; "));
        StringBuilder text = new StringBuilder()
                .append("tcId ").append(vectorCase.tcId()).append(" [").append(requirement.label()).append("] ")
                .append(vectorCase.comment()).append('\n')
                .append("  outcome:  ").append(type).append('\n')
                .append("  expected: ").append(expected()).append('\n')
                .append("  actual:   ").append(answer).append('\n')
                .append("  flags:    ").append(flags);
        if (detail != null && !detail.isEmpty()) {
            text.append('\n').append("  detail:   ").append(detail);
        }
        return text.toString();
    }

    private String expected() {
        return switch (vectorCase.result()) {
            case VALID -> "accepted (valid)";
            case INVALID -> "rejected (invalid)";
            case ACCEPTABLE -> "accepted or rejected (acceptable)";
        };
    }
}
