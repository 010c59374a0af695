package io.shogun.authkit.certify;

import io.shogun.authkit.suite.Level;
import io.shogun.authkit.suite.Requirement;
import io.shogun.authkit.suite.RequirementCatalogue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outcome of one certification run, from which every report format is written. */
public record CertificationReport(
        String kitVersion,
        String vectorSetSha256,
        String targetSpec,
        String targetId,
        String targetVersion,
        List<String> capabilities,
        String environment,
        Instant startedAt,
        Instant finishedAt,
        List<CaseResult> cases,
        List<Waivers.Waiver> unusedWaivers) {

    public CertificationReport {
        capabilities = List.copyOf(capabilities);
        cases = List.copyOf(cases);
        unusedWaivers = List.copyOf(unusedWaivers);
    }

    /** A requirement's result: its status, the counts behind it. */
    public record RequirementResult(Requirement requirement, CaseResult.Status status, int passed, int failed,
            int warnings, int skipped, int waived) {
    }

    /** Certified: something ran, and no MUST requirement failed (warnings and waived cases allowed). */
    public boolean certified() {
        return cases.stream().anyMatch(result -> result.status() == CaseResult.Status.PASSED)
                && requirements().stream().noneMatch(result -> result.status() == CaseResult.Status.FAILED
                        && result.requirement().level() == Level.MUST);
    }

    public long count(CaseResult.Status status) {
        return cases.stream().filter(result -> result.status() == status).count();
    }

    /** One entry per catalogue requirement that any case was filed under, in catalogue order. */
    public List<RequirementResult> requirements() {
        Map<String, List<CaseResult>> byRequirement = new LinkedHashMap<>();
        cases.forEach(result -> byRequirement.computeIfAbsent(result.requirement(), id -> new ArrayList<>())
                .add(result));
        List<RequirementResult> results = new ArrayList<>();
        for (Requirement requirement : RequirementCatalogue.bundled().all()) {
            List<CaseResult> filed = byRequirement.get(requirement.id());
            if (filed == null) {
                continue;
            }
            int passed = (int) filed.stream().filter(result -> result.status() == CaseResult.Status.PASSED).count();
            int failed = (int) filed.stream().filter(result -> result.status() == CaseResult.Status.FAILED).count();
            int warnings = (int) filed.stream().filter(result -> result.status() == CaseResult.Status.WARNING).count();
            int skipped = (int) filed.stream().filter(result -> result.status() == CaseResult.Status.SKIPPED).count();
            int waived = (int) filed.stream().filter(result -> result.status() == CaseResult.Status.WAIVED).count();
            CaseResult.Status status = failed > 0 ? CaseResult.Status.FAILED
                    : warnings > 0 ? CaseResult.Status.WARNING
                    : waived > 0 ? CaseResult.Status.WAIVED
                    : passed > 0 ? CaseResult.Status.PASSED : CaseResult.Status.SKIPPED;
            results.add(new RequirementResult(requirement, status, passed, failed, warnings, skipped, waived));
        }
        return results;
    }
}
