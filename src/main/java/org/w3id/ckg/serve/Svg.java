package org.w3id.ckg.serve;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** A small line chart of one metric over time, drawn as SVG on the server: no script, no font from anywhere. */
final class Svg {
    private Svg() {}

    /** A value at the end of its period (ISO date). */
    record Point(String date, BigDecimal value) {}

    static String chart(String title, String unit, List<Point> points) {
        int w = 420, h = 160, left = 70, bottom = 30, top = 20, right = 10;
        double min = points.stream().mapToDouble(p -> p.value().doubleValue()).min().orElse(0);
        double max = points.stream().mapToDouble(p -> p.value().doubleValue()).max().orElse(1);
        if (min > 0) min = 0;
        if (max == min) max = min + 1;
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">",
                w, h, Html.esc(title + " (" + unit + ")")));
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"14\" font-size=\"12\">%s (%s)</text>", left, Html.esc(title), Html.esc(unit)));
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>", left, h - bottom, w - right, h - bottom));
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>", left, top, left, h - bottom));
        b.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" font-size=\"10\">%s</text>", top + 8, Html.esc(compact(max))));
        b.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" font-size=\"10\">%s</text>", h - bottom, Html.esc(compact(min))));
        int n = points.size();
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            double x = n == 1 ? (left + w - right) / 2.0 : left + (w - left - right) * i / (double) (n - 1);
            double y = h - bottom - (h - bottom - top) * (p.value().doubleValue() - min) / (max - min);
            path.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#2563eb\"><title>%s: %s</title></circle>",
                    x, y, Html.esc(p.date()), Html.esc(compact(p.value().doubleValue()))));
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"9\" text-anchor=\"middle\">%s</text>", x, h - bottom + 14, Html.esc(p.date())));
        }
        if (n > 1) b.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#2563eb\" stroke-width=\"2\"/>");
        return b.append("</svg>").toString();
    }

    static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 1e12) return String.format(Locale.ROOT, "%.2f trillion", v / 1e12);
        if (a >= 1e9) return String.format(Locale.ROOT, "%.2f billion", v / 1e9);
        if (a >= 1e6) return String.format(Locale.ROOT, "%.2f million", v / 1e6);
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
