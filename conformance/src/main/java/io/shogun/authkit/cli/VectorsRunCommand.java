package io.shogun.authkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.ConformanceTarget;
import io.shogun.authkit.suite.CaseOutcome;
import io.shogun.authkit.suite.JwtCases;
import io.shogun.authkit.suite.OutcomeType;
import io.shogun.authkit.suite.RequirementCatalogue;
import io.shogun.authkit.suite.Targets;
import io.shogun.authkit.suite.WebhookCases;
import io.shogun.authkit.vectors.VectorCase;
import io.shogun.authkit.vectors.VectorFile;
import io.shogun.authkit.vectors.VectorFiles;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code vectors run FILE [--target SPEC]}: runs any webhook or JWT vector file in the kit's format against a target
 * and prints one JSON line per case, then a summary line. Exit 0 iff every case conforms.
 */
final class VectorsRunCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;

    VectorsRunCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> words) {
        Arguments arguments = new Arguments("vectors run", words, Set.of("target", "timeout-ms"));
        List<String> positionals = arguments.positionals(1);
        if (positionals.isEmpty()) {
            throw new UsageException("vectors run: which vector file? (vectors run FILE [--target SPEC])");
        }
        Path file = Path.of(positionals.get(0));
        if (!Files.exists(file)) {
            throw new UsageException("vectors run: no such file " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException("vectors run: " + file + " is not a regular file");
        }
        String spec = arguments.option("target").orElse(Targets.DEFAULT_SPEC);
        Duration timeout = Duration.ofMillis(arguments.option("timeout-ms").map(VectorsRunCommand::milliseconds)
                .orElse(10_000L));
        ConformanceTarget target = Targets.select(spec);
        String algorithm = VectorFiles.algorithm(file);
        RequirementCatalogue catalogue = RequirementCatalogue.bundled();
        return switch (algorithm) {
            case VectorFiles.WEBHOOK_ALGORITHM -> {
                requireCapability(target, Capability.WEBHOOK_VERIFIER, spec);
                WebhookCases cases = new WebhookCases(target, catalogue, timeout);
                yield report(file, spec, VectorFiles.readWebhook(file), cases::run);
            }
            case VectorFiles.JWT_ALGORITHM -> {
                requireCapability(target, Capability.JWT_VERIFIER, spec);
                JwtCases cases = new JwtCases(target, catalogue, timeout);
                yield report(file, spec, VectorFiles.readJwt(file), cases::run);
            }
            default -> throw new UsageException("vectors run: " + file + " holds '" + algorithm + "' vectors; this "
                    + "command runs " + VectorFiles.WEBHOOK_ALGORITHM + " and " + VectorFiles.JWT_ALGORITHM + " files");
        };
    }

    private <T extends VectorCase> int report(Path file, String spec, VectorFile<T> vectors,
            Function<T, CaseOutcome> runner) {
        Map<OutcomeType, Integer> counts = new EnumMap<>(OutcomeType.class);
        int failed = 0;
        int skipped = 0;
        for (T vector : vectors.tests()) {
            CaseOutcome outcome;
            try {
                outcome = runner.apply(vector);
            } catch (org.opentest4j.TestAbortedException notApplicable) {
                skipped++;
                out.println(JSON.createObjectNode().put("tcId", vector.tcId()).put("skipped",
                        notApplicable.getMessage().replaceFirst("^Assumption failed: ", "")));
                continue;
            }
            counts.merge(outcome.type(), 1, Integer::sum);
            failed += outcome.passed() ? 0 : 1;
            ObjectNode line = JSON.createObjectNode()
                    .put("tcId", vector.tcId())
                    .put("result", vector.result().jsonName())
                    .put("outcome", outcome.type().name())
                    .put("passed", outcome.passed())
                    .put("requirement", outcome.requirement().id())
                    .put("answer", outcome.answer())
                    .put("comment", vector.comment());
            line.putPOJO("flags", vector.flags());
            if (!outcome.detail().isEmpty()) {
                line.put("detail", outcome.detail());
            }
            out.println(line);
        }
        ObjectNode summary = JSON.createObjectNode()
                .put("file", file.toString())
                .put("target", spec)
                .put("cases", vectors.tests().size())
                .put("passed", vectors.tests().size() - failed - skipped)
                .put("failed", failed)
                .put("skipped", skipped);
        summary.putPOJO("outcomes", counts);
        out.println(JSON.createObjectNode().set("summary", summary));
        if (vectors.tests().size() == skipped) {
            return ExitCode.NOTHING_RAN;
        }
        return failed == 0 ? ExitCode.OK : ExitCode.FAILED;
    }

    private static long milliseconds(String value) {
        try {
            long milliseconds = Long.parseLong(value);
            if (milliseconds > 0 && milliseconds <= 86_400_000L) {
                return milliseconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("vectors run: --timeout-ms must be a whole number from 1 to 86400000, not '" + value
                + "'");
    }

    private static void requireCapability(ConformanceTarget target, Capability capability, String spec) {
        if (!target.capabilities().contains(capability)) {
            throw new UsageException("vectors run: target " + spec + " does not declare " + capability);
        }
    }
}
