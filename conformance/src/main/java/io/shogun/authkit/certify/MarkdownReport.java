package io.shogun.authkit.certify;

/** {@code report.md}: the summary, one row per requirement, and every failing or warning case with its message. */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String write(CertificationReport report) {
        StringBuilder out = new StringBuilder();
        out.append("# Shogun certification report: ").append(report.targetId()).append(' ')
                .append(report.targetVersion()).append("\n\n");
        out.append("**").append(report.certified() ? "CERTIFIED" : "NOT CERTIFIED").append("**: ")
                .append(report.count(CaseResult.Status.PASSED)).append(" passed, ")
                .append(report.count(CaseResult.Status.FAILED)).append(" failed, ")
                .append(report.count(CaseResult.Status.WARNING)).append(" warnings, ")
                .append(report.count(CaseResult.Status.SKIPPED)).append(" skipped, ")
                .append(report.count(CaseResult.Status.WAIVED)).append(" waived.\n\n");
        out.append("| | |\n|---|---|\n")
                .append("| target spec | `").append(report.targetSpec()).append("` |\n")
                .append("| capabilities | ").append(String.join(", ", report.capabilities())).append(" |\n")
                .append("| vector set | `").append(report.vectorSetSha256()).append("` |\n")
                .append("| kit | ").append(report.kitVersion()).append(" |\n")
                .append("| environment | ").append(report.environment()).append(" |\n")
                .append("| run | ").append(report.startedAt()).append(" to ").append(report.finishedAt()).append(" |\n\n");
        out.append("## Requirements\n\n| requirement | level | status | passed | failed | warnings | waived | rests on |\n")
                .append("|---|---|---|---:|---:|---:|---:|---|\n");
        for (CertificationReport.RequirementResult result : report.requirements()) {
            out.append("| ").append(result.requirement().id()).append(" | ").append(result.requirement().level())
                    .append(" | ").append(result.status()).append(" | ").append(result.passed()).append(" | ")
                    .append(result.failed()).append(" | ").append(result.warnings()).append(" | ")
                    .append(result.waived()).append(" | ").append(escape(result.requirement().source())).append(" |\n");
        }
        out.append("\n## Failures and warnings\n\n");
        boolean any = false;
        for (CaseResult result : report.cases()) {
            if (result.status() == CaseResult.Status.FAILED || result.status() == CaseResult.Status.WARNING
                    || result.status() == CaseResult.Status.WAIVED) {
                any = true;
                out.append("### ").append(result.status()).append(" [").append(result.requirement()).append("] ")
                        .append(result.name()).append("\n\n```\n").append(result.message()).append("\n```\n\n");
            }
        }
        if (!any) {
            out.append("None.\n\n");
        }
        out.append("## Measured\n\n");
        boolean measured = false;
        for (CaseResult result : report.cases()) {
            if (result.status() == CaseResult.Status.PASSED && !result.message().isEmpty()) {
                measured = true;
                out.append("- [").append(result.requirement()).append("] ").append(result.name()).append(": ")
                        .append(result.message().replace('\n', ' ')).append('\n');
            }
        }
        out.append(measured ? "\n" : "Nothing beyond pass and fail.\n\n");
        if (!report.unusedWaivers().isEmpty()) {
            out.append("## Waivers that matched no failure\n\n");
            report.unusedWaivers().forEach(waiver -> out.append("- ").append(waiver.requirement()).append(' ')
                    .append(waiver.casePrefix()).append(": ").append(waiver.reason()).append('\n'));
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
