package io.shogun.authkit.certify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code junit.xml}: one testsuite per suite, one testcase per check, for CI systems that read JUnit XML. */
final class JUnitXmlReport {

    private JUnitXmlReport() {
    }

    static String write(CertificationReport report) {
        Map<String, List<CaseResult>> bySuite = new LinkedHashMap<>();
        report.cases().forEach(result -> bySuite.computeIfAbsent(result.suite(), suite -> new java.util.ArrayList<>())
                .add(result));
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"shogun "
                + "certification of " + xml(report.targetId()) + "\">\n");
        for (Map.Entry<String, List<CaseResult>> suite : bySuite.entrySet()) {
            List<CaseResult> cases = suite.getValue();
            out.append("  <testsuite name=\"").append(xml(suite.getKey())).append("\" tests=\"").append(cases.size())
                    .append("\" failures=\"").append(count(cases, CaseResult.Status.FAILED)).append("\" skipped=\"")
                    .append(count(cases, CaseResult.Status.SKIPPED) + count(cases, CaseResult.Status.WARNING)
                            + count(cases, CaseResult.Status.WAIVED)).append("\">\n");
            for (CaseResult result : cases) {
                out.append("    <testcase classname=\"").append(xml(suite.getKey() + "." + result.requirement()))
                        .append("\" name=\"").append(xml(result.name())).append('"');
                switch (result.status()) {
                    case PASSED -> out.append("/>\n");
                    case FAILED -> out.append(">\n      <failure message=\"").append(xml(firstLine(result.message())))
                            .append("\">").append(xml(result.message())).append("</failure>\n    </testcase>\n");
                    default -> out.append(">\n      <skipped message=\"").append(result.status()).append(": ")
                            .append(xml(firstLine(result.message()))).append("\"/>\n    </testcase>\n");
                }
            }
            out.append("  </testsuite>\n");
        }
        return out.append("</testsuites>\n").toString();
    }

    private static long count(List<CaseResult> cases, CaseResult.Status status) {
        return cases.stream().filter(result -> result.status() == status).count();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static String xml(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? '?' : c);
            }
        }
        return out.toString();
    }
}
