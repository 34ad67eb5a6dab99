package org.w3id.ckg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.ckg.model.Entity;
import org.w3id.ckg.model.Mention;
import org.w3id.ckg.model.Metric;
import org.w3id.ckg.model.Observation;
import org.w3id.ckg.model.Period;
import org.w3id.ckg.model.Quantity;
import org.w3id.ckg.model.Sentence;

/**
 * Turns the numbers of a sentence into figures: which metric (the nearest cue of the metric
 * scheme that fits the number's unit), about whom (the organisation or unit named before it, or
 * the one whose growth it is), and for when (the period resolver). Expectations, targets and
 * prices are skipped, and so are changes ("up 22 million") and bracketed conversions.
 */
public final class MetricExtractor {

    private static final int WINDOW_BEFORE = 120, WINDOW_AFTER = 40;
    private static final Pattern GROWTH_IN = Pattern.compile("^\\s*(?:year-on-year\\s+|year-over-year\\s+)?(?:growth|increase|rise|jump)\\s+in\\s+(?:its\\s+|the\\s+)?");
    private static final Pattern LEVEL_AFTER_GROWTH = Pattern.compile("(%|percent|per cent)\\s+(?:[a-z-]+\\s+){0,3}?to\\s+(?:hit\\s+|reach\\s+)?$");
    private static final Pattern DECLINE = Pattern.compile("\\b(fell|fall|falls|declined|decline|declines|dropped|drop|decreased|decrease|down|shrank|slid|slumped)\\b");
    private static final Pattern EARNINGS = Pattern.compile("\\b(earnings|earned|net|profit|loss|income|shr|eps)\\b");
    private static final Pattern TABLE_LINE = Pattern.compile("^(?:net|sales|revs|revenues?|oper(?:ating)? net|net (?:profit|loss|income)|shr|qtly div)\\b");
    private static final Pattern YEAR_ON_YEAR = Pattern.compile("^\\s*(?:,\\s*)?(?:year-on-year|year on year|year-over-year|year over year|from a year)\\b");
    private static final Pattern PRICE_AFTER = Pattern.compile("^\\s*(?:/\\s*|per |a )(?:month|week|year|user|seat)\\b");
    /** "a 447,000 dlr gain on asset sales", "60 mln dlrs loss reported on operations": a part of the result, not the result. */
    private static final Pattern COMPONENT_AFTER = Pattern.compile(
            "^[\\s-]*(?:[\\p{L}-]+\\s+){0,3}?(?:loss|gain|charge|provision|writedown|write-off|credit)s?\\b(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:from|on|of|for)\\b"
            + "|^[\\s-]*(?:[\\p{L}-]+\\s+){0,3}?(?:asset sale|tax|extraordinary|one-time|special)\\s+(?:gain|loss|charge|credit)");
    /** "net includes 3.4 mln dlr …", "earnings exclude a loss of …": what a result contains is not the result. */
    private static final Pattern COMPONENT_BEFORE = Pattern.compile(
            "\\b(?:net|earnings|results|profits?|loss|income|figures?)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:includes?|included|excludes?|excluded|reflects?)\\b[^;]*$");
    private static final Pattern APPOSITION_START = Pattern.compile("^,\\s+(?:a|an)\\s");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|,\\s*(?:while|whereas|but)\\b|\\bwhile\\b");
    private static final Pattern LOSS = Pattern.compile("\\b(loss|losses)\\b");

    private final Lexicon lx;
    private final Map<Metric, List<Pattern>> cuePatterns = new HashMap<>();
    /** Every not-a-fact phrase in one pattern: its first match is where the earliest of them starts. */
    private final Pattern notFacts;
    /** The cue matches of each metric in the sentence at hand, found once for all its figures. */
    private String cuesOf;
    private final Map<Metric, List<int[]>> cueMatches = new HashMap<>();

    public MetricExtractor(Lexicon lexicon) {
        this.lx = lexicon;
        for (Metric m : lexicon.metrics()) {
            // all of a metric's cues in one pattern, longest first; a word may stand between a cue's words
            List<String> alternatives = new ArrayList<>();
            for (String cue : m.cues()) {
                String[] w = cue.split(" ");
                StringBuilder re = new StringBuilder(Pattern.quote(w[0]));
                for (int i = 1; i < w.length; i++) re.append("(?:\\s+[\\p{L}-]+)?\\s+").append(Pattern.quote(w[i]));
                alternatives.add(re.toString());
            }
            cuePatterns.put(m, List.of(Pattern.compile("(?<![\\p{L}-])(?:" + String.join("|", alternatives) + ")(?![\\p{L}-])")));
        }
        notFacts = lexicon.notFacts.isEmpty() ? Pattern.compile("(?!)")
                : Pattern.compile("(?<![\\p{L}])(?:" + lexicon.notFacts.stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + ")(?![\\p{L}])");
    }

    List<Observation> extract(Sentence s, List<Quantity> quantities, Resolved r, Period stated, PeriodResolver periods, Entity contextSubject,
                              String dollar) {
        List<Observation> out = new ArrayList<>();
        if (s.heading()) return out;
        String lower = masked(s, r);
        Matcher nf = notFacts.matcher(lower);
        int notFactAt = nf.find() ? nf.start() : Integer.MAX_VALUE;
        Quantity previous = null;
        Entity previousWho = null;
        for (Quantity q : quantities) {
            Quantity before = previous;
            boolean conversion = previous != null && previous.isMoney() && q.isMoney()
                    && lower.substring(previous.end() - s.begin(), q.begin() - s.begin()).matches("\\s*\\(\\s*");
            previous = q;
            if (conversion) continue;
            int qb = q.begin() - s.begin();
            if (q.role() != Quantity.Role.COMPARED && (notFactAt < qb || PRICE_AFTER.matcher(lower.substring(q.end() - s.begin())).find())) continue;
            if (COMPONENT_AFTER.matcher(lower.substring(q.end() - s.begin())).find() || COMPONENT_BEFORE.matcher(lower.substring(0, qb)).find()) continue;
            q = tableMoney(q, lower, dollar);
            Metric metric = metricFor(q, lower, s);
            if (metric == null) metric = bracketedUnitFigure(q, s, r);
            if (metric != null && metric.name().equals("RevenueGrowth") && !aboutRevenue(q, lower, s, r)) continue;
            if (metric != null && metric.name().equals("AcquisitionPrice") && r.in(s).stream().filter(m -> m.kind() == Mention.Kind.NAME && isOrg(m)).count() < 2) continue;
            Period period = stated;
            if (q.role() == Quantity.Role.COMPARED) {
                period = periods.compared(lower.substring(q.end() - s.begin()), stated);
                if (period == null || metric == null || metric.kind() == Metric.Kind.PERCENT) continue;
            }
            if (metric == null) continue;
            if (q.role() == Quantity.Role.CHANGE) {
                if (!metric.name().endsWith("Customers")) continue;
                metric = lx.metric("NewPayingCustomers");
            }
            Entity who = DEAL_METRICS.contains(metric.name()) ? firstOrg(r.in(s)) : null;
            // "RMB 2,975 million …, up 99%": a figure right after another speaks of the same thing
            if (who == null && before != null && previousWho != null && !namedBetween(r.in(s), before.end(), q.begin())
                    && !CLAUSE_BREAK.matcher(lower.substring(before.end() - s.begin(), q.begin() - s.begin())).find()) who = previousWho;
            if (who == null) who = subject(q, s, r, contextSubject);
            previousWho = who;
            if (who == null) continue;
            BigDecimal value = q.value();
            String near = lower.substring(Math.max(0, q.begin() - s.begin() - 40), q.begin() - s.begin());
            if (q.isPercent() && DECLINE.matcher(near).find()) value = value.negate();
            if (q.isMoney() && LOSS.matcher(near).find() && metric.name().endsWith("Income")) value = value.negate();
            out.add(new Observation(who, metric, new Quantity(value, q.unit(), q.begin(), q.end(), q.surface(), q.role()),
                    periods.forMetric(metric, period), s, q.role() == Quantity.Role.COMPARED ? 0.6 : 0.7));
        }
        return out;
    }

    /** The sentence in lower case with the names blanked out, so that "Investment Corp" cues no investment. */
    private static String masked(Sentence s, Resolved r) {
        char[] c = s.text().toLowerCase(Locale.ROOT).replace('’', '\'').toCharArray();
        for (Mention m : r.in(s)) {
            if (m.kind() != Mention.Kind.NAME) continue;
            for (int i = Math.max(0, m.begin() - s.begin()); i < Math.min(c.length, m.end() - s.begin()); i++) if (c[i] != ' ') c[i] = 'x';
        }
        return new String(c);
    }

    /** "Net 2,524,000 vs 2,046,000": in a line of a results table, a bare number under a money heading is money. */
    private static Quantity tableMoney(Quantity q, String lower, String dollar) {
        if (!q.isCount() || lower.split("\\s+").length > 14 || !TABLE_LINE.matcher(lower).find()) return q;
        if (q.value().abs().compareTo(java.math.BigDecimal.valueOf(1000)) < 0 && !q.surface().matches(".*\\p{L}.*")) return q;
        return new Quantity(q.value(), dollar, q.begin(), q.end(), q.surface(), q.role());
    }

    /** A growth rate is revenue growth when revenue is named with it, it is year-on-year, or a business is what grew. */
    private boolean aboutRevenue(Quantity q, String lower, Sentence s, Resolved r) {
        int qb = q.begin() - s.begin(), qe = q.end() - s.begin();
        String after = lower.substring(qe, Math.min(lower.length(), qe + 40));
        if (YEAR_ON_YEAR.matcher(after).find()) return true;
        for (Pattern p : cuePatterns.get(lx.metric("Revenue"))) {
            Matcher c = p.matcher(lower);
            while (c.find()) {
                String between = c.end() <= qb ? lower.substring(c.end(), qb) : c.start() >= qe ? lower.substring(qe, c.start()) : "";
                int d = c.end() <= qb ? qb - c.end() : c.start() - qe;
                if (d <= (c.end() <= qb ? 90 : 30) && !CLAUSE_BREAK.matcher(between).find()) return true;
            }
        }
        Mention last = null;
        for (Mention m : r.in(s)) if (m.end() <= q.begin() && isOrg(m)) last = m;
        return last != null && lower.substring(last.end() - s.begin(), qb).strip().split("\\s+").length <= 3;
    }

    private Metric metricFor(Quantity q, String lower, Sentence s) {
        Matcher head = TABLE_LINE.matcher(lower);
        if (head.find() && lower.split("\\s+").length <= 14) {
            String h = head.group();
            Metric m = h.startsWith("shr") ? lx.metric("EarningsPerShare") : h.startsWith("net") || h.startsWith("oper") ? lx.metric("NetIncome")
                    : h.startsWith("qtly") ? null : lx.metric("Revenue");
            return m != null && m.accepts(q) ? m : null;
        }
        if (q.role() == Quantity.Role.PER_SHARE) {
            String before = lower.substring(Math.max(0, q.begin() - s.begin() - 60), q.begin() - s.begin());
            return q.isMoney() && EARNINGS.matcher(before).find() ? lx.metric("EarningsPerShare") : null;
        }
        if (q.role() == Quantity.Role.PER_SECOND) return lx.metric("PeakOrdersPerSecond");
        int qb = q.begin() - s.begin(), qe = q.end() - s.begin();
        Metric best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Metric m : lx.metrics()) {
            if (!m.accepts(q) || m.name().equals("PeakOrdersPerSecond") || m.name().equals("NewPayingCustomers")) continue;
            for (int[] c : cues(m, lower)) {
                int start = c[0], end = c[1];
                int d;
                if (end <= qb) d = qb - end;
                else if (start >= qe) d = start - qe + 10;
                else continue;
                if (end <= qb ? d > WINDOW_BEFORE : d > WINDOW_AFTER) continue;
                String between = end <= qb ? lower.substring(end, qb) : lower.substring(qe, start);
                if (CLAUSE_BREAK.matcher(between).find()) continue;
                int score = d * 10 - (end - start);
                if (score < bestScore) { bestScore = score; best = m; }
            }
        }
        if (best == null && q.isMoney() && LEVEL_AFTER_GROWTH.matcher(lower.substring(Math.max(0, qb - 60), qb)).find()) {
            best = lx.metric("Revenue");
        }
        return best;
    }

    /** Where the metric's cues stand in {@code lower}: start and end of each match, in order. */
    private List<int[]> cues(Metric m, String lower) {
        if (!lower.equals(cuesOf)) {
            cuesOf = lower;
            cueMatches.clear();
        }
        return cueMatches.computeIfAbsent(m, k -> {
            List<int[]> found = new ArrayList<>();
            for (Pattern p : cuePatterns.get(k)) {
                Matcher c = p.matcher(lower);
                while (c.find()) found.add(new int[] {c.start(), c.end()});
            }
            return found;
        });
    }

    /** "digital media and entertainment (£551m)": a unit with its figure in brackets is its revenue. */
    private Metric bracketedUnitFigure(Quantity q, Sentence s, Resolved r) {
        if (!q.isMoney()) return null;
        for (Mention m : r.in(s)) {
            if (m.kind() == Mention.Kind.UNIT && m.end() <= q.begin()
                    && s.text().substring(m.end() - s.begin(), q.begin() - s.begin()).matches("['’]?\\s*\\(\\s*")) return lx.metric("Revenue");
        }
        return null;
    }

    private static Entity subject(Quantity q, Sentence s, Resolved r, Entity contextSubject) {
        List<Mention> ms = r.in(s);
        String after = s.text().substring(q.end() - s.begin());
        Matcher g = GROWTH_IN.matcher(after.toLowerCase(Locale.ROOT));
        if (g.find()) {
            int at = q.end() + g.end();
            for (Mention m : ms) if (m.begin() >= at - 1 && m.begin() <= at + 40 && isOrg(m)) return m.entity();
        }
        for (Mention m : ms) {
            if (m.kind() == Mention.Kind.UNIT && m.begin() >= q.end() && m.begin() - q.end() <= 12) return m.entity();
        }
        Entity before = null;
        for (Mention m : ms) if (m.end() <= q.begin() && isOrg(m) && !inApposition(s, m)) before = m.entity();
        if (before != null) return before;
        return contextSubject != null ? contextSubject : r.main();
    }

    /** Who paid, invested or was fined: the sentence's subject, not the other party named nearer the figure. */
    private static final Set<String> DEAL_METRICS = Set.of("AcquisitionPrice", "InvestmentAmount", "FineAmount");

    private static Entity firstOrg(List<Mention> ms) {
        for (Mention m : ms) if (isOrg(m) && m.kind() != Mention.Kind.UNIT) return m.entity();
        return null;
    }

    /** "CBS/Fox Video Co, an equal partnership of CBS Inc and …, expects": names inside ", a … ," describe, they are not subjects. */
    private static boolean inApposition(Sentence s, Mention m) {
        String before = s.text().substring(0, m.begin() - s.begin());
        int comma = before.lastIndexOf(',');
        if (comma < 0 || !APPOSITION_START.matcher(before.substring(comma)).find()) return false;
        return s.text().indexOf(',', m.end() - s.begin()) >= 0;
    }

    private static boolean namedBetween(List<Mention> ms, int from, int to) {
        for (Mention m : ms) if (m.begin() >= from && m.end() <= to && m.kind() != Mention.Kind.REFERENCE && isOrg(m)) return true;
        return false;
    }

    private static boolean isOrg(Mention m) { return m.entity() != null && m.entity().type().isOrganization(); }

    static List<Observation> dedupe(List<Observation> obs) {
        Set<String> seen = new LinkedHashSet<>();
        List<Observation> out = new ArrayList<>();
        for (Observation o : obs) {
            String k = o.organization().iri() + o.metric().name() + o.quantity().value().stripTrailingZeros().toPlainString() + o.quantity().unit();
            if (seen.add(k)) out.add(o);
        }
        return out;
    }
}
