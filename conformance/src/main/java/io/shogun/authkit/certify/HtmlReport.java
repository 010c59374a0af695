package io.shogun.authkit.certify;

/**
 * {@code report.html}: one self-contained page a person reads first: the verdict, a table of requirements with their
 * level and the sentence they rest on, and every failing case with expected and actual.
 */
final class HtmlReport {

    private HtmlReport() {
    }

    static String write(CertificationReport report) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Shogun certification: ")
                .append(escape(report.targetId())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:72rem;color:#1b1b1b;"
                        + "padding:0 1rem}\n")
                .append("h1{font-size:1.6rem}.verdict{font-size:1.3rem;padding:.6rem 1rem;border-radius:.4rem;"
                        + "display:inline-block}\n")
                .append(".ok{background:#e3f6e5;color:#135a1c}.bad{background:#fde4e1;color:#8a1c0f}\n")
                .append("table{border-collapse:collapse;width:100%;margin:1rem 0}td,th{border-bottom:1px solid #ddd;"
                        + "padding:.35rem .5rem;text-align:left;vertical-align:top}\n")
                .append(".PASSED{color:#135a1c}.FAILED{color:#8a1c0f;font-weight:600}.WARNING{color:#8a5a00}"
                        + ".SKIPPED,.WAIVED{color:#666}\n")
                .append("pre{background:#f6f6f6;padding:.6rem;overflow-x:auto;white-space:pre-wrap}"
                        + "small{color:#555}\n</style></head><body>\n");
        out.append("<h1>Shogun certification report</h1>\n<p><b>").append(escape(report.targetId())).append("</b> ")
                .append(escape(report.targetVersion())).append(" <small>(").append(escape(report.targetSpec()))
                .append(")</small></p>\n");
        out.append("<p class=\"verdict ").append(report.certified() ? "ok\">CERTIFIED" : "bad\">NOT CERTIFIED")
                .append("</p>\n<p>").append(report.count(CaseResult.Status.PASSED)).append(" passed · ")
                .append(report.count(CaseResult.Status.FAILED)).append(" failed · ")
                .append(report.count(CaseResult.Status.WARNING)).append(" warnings · ")
                .append(report.count(CaseResult.Status.SKIPPED)).append(" skipped · ")
                .append(report.count(CaseResult.Status.WAIVED)).append(" waived</p>\n");
        out.append("<p><small>vector set ").append(escape(report.vectorSetSha256())).append(" · kit ")
                .append(escape(report.kitVersion())).append(" · ").append(escape(report.environment())).append(" · ")
                .append(report.startedAt()).append(" – ").append(report.finishedAt()).append("</small></p>\n");
        out.append("<h2>Requirements</h2>\n<table><tr><th>requirement</th><th>level</th><th>status</th>"
                + "<th>passed</th><th>failed</th><th>warnings</th><th>what it means, and the sentence it rests on"
                + "</th></tr>\n");
        for (CertificationReport.RequirementResult result : report.requirements()) {
            out.append("<tr><td>").append(result.requirement().id()).append("</td><td>")
                    .append(result.requirement().level()).append("</td><td class=\"").append(result.status())
                    .append("\">").append(result.status()).append("</td><td>").append(result.passed())
                    .append("</td><td>").append(result.failed()).append("</td><td>").append(result.warnings())
                    .append("</td><td>").append(escape(result.requirement().title())).append("<br><small>")
                    .append(escape(result.requirement().source())).append("</small></td></tr>\n");
        }
        out.append("</table>\n<h2>Failures and warnings</h2>\n");
        boolean any = false;
        for (CaseResult result : report.cases()) {
            if (result.status() == CaseResult.Status.FAILED || result.status() == CaseResult.Status.WARNING
                    || result.status() == CaseResult.Status.WAIVED) {
                any = true;
                out.append("<h3><span class=\"").append(result.status()).append("\">").append(result.status())
                        .append("</span> [").append(result.requirement()).append("] ").append(escape(result.name()))
                        .append("</h3>\n<pre>").append(escape(result.message())).append("</pre>\n");
            }
        }
        if (!any) {
            out.append("<p>None.</p>\n");
        }
        out.append("<h2>Measured</h2>\n<ul>\n");
        for (CaseResult result : report.cases()) {
            if (result.status() == CaseResult.Status.PASSED && !result.message().isEmpty()) {
                out.append("<li>[").append(result.requirement()).append("] ").append(escape(result.name()))
                        .append(": ").append(escape(result.message())).append("</li>\n");
            }
        }
        out.append("</ul>\n");
        return out.append("</body></html>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
