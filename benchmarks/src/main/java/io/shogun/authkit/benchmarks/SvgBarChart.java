package io.shogun.authkit.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as a self-contained SVG: one labelled bar per entry, its value printed at the end, an
 * optional reference line (the floor, 1.0x) and highlighted bars (the kit's own). Readable at a glance on GitHub.
 */
final class SvgBarChart {

    /** One bar. */
    record Bar(String label, double value, String annotation, boolean highlighted) {
    }

    private static final int LABEL_WIDTH = 260;
    private static final int BAR_AREA = 420;
    private static final int ROW = 24;
    private static final int TOP = 44;

    private SvgBarChart() {
    }

    /**
     * @param title     the chart's heading
     * @param unit      how values read, e.g. {@code x floor} or {@code ns/op}
     * @param bars      the bars, drawn in this order
     * @param reference a value to mark with a vertical line, or NaN for none
     */
    static String render(String title, String unit, List<Bar> bars, double reference) {
        double max = bars.stream().mapToDouble(Bar::value).filter(Double::isFinite).max().orElse(1);
        if (Double.isFinite(reference)) {
            max = Math.max(max, reference);
        }
        int width = LABEL_WIDTH + BAR_AREA + 170;
        int height = TOP + bars.size() * ROW + 16;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"13\">%n",
                width, height, width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", width, height));
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"24\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
                escape(title)));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = TOP + i * ROW;
            double length = Double.isFinite(bar.value()) ? bar.value() / max * BAR_AREA : 0;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
                    LABEL_WIDTH - 8, y + 15, escape(bar.label())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
                    LABEL_WIDTH, y + 3, length, ROW - 6, bar.highlighted() ? "#d9480f" : "#4c6ef5"));
            String value = Double.isFinite(bar.value()) ? Report.number(bar.value()) + " " + unit : "not measured";
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s%s</text>%n",
                    LABEL_WIDTH + length + 6, y + 15, escape(value),
                    bar.annotation().isEmpty() ? "" : escape("  " + bar.annotation())));
        }
        if (Double.isFinite(reference)) {
            double x = LABEL_WIDTH + reference / max * BAR_AREA;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#212529\" "
                    + "stroke-dasharray=\"4 3\"/>%n", x, TOP - 6, x, height - 10));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
