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
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|,\\s*(?:while|whereas|but)\\b|\\bwhile\\b");
    private static final Pattern LOSS = Pattern.compile("\\b(loss|losses)\\b");

    private final Lexicon lx;
    private final Map<Metric, List<Pattern>> cuePatterns = new HashMap<>();

    public MetricExtractor(Lexicon lexicon) {
        this.lx = lexicon;
        for (Metric m : lexicon.metrics()) {
            List<Pattern> ps = new ArrayList<>();
            for (String cue : m.cues()) {
                String[] w = cue.split(" ");
                StringBuilder re = new StringBuilder("(?<![\\p{L}-])").append(Pattern.quote(w[0]));
                for (int i = 1; i < w.length; i++) re.append("(?:\\s+[\\p{L}-]+)?\\s+").append(Pattern.quote(w[i]));
                ps.add(Pattern.compile(re.append("(?![\\p{L}-])").toString()));
            }
            cuePatterns.put(m, ps);
        }
    }

    List<Observation> extract(Sentence s, List<Quantity> quantities, Resolved r, Period stated, PeriodResolver periods, Entity contextSubject) {
        List<Observation> out = new ArrayList<>();
        if (s.heading()) return out;
        String lower = s.text().toLowerCase(Locale.ROOT).replace('’', '\'');
        for (String nf : lx.notFacts) if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(nf) + "(?![\\p{L}])").matcher(lower).find()) return out;
        Quantity previous = null;
        Entity previousWho = null;
        for (Quantity q : quantities) {
            Quantity before = previous;
            boolean conversion = previous != null && previous.isMoney() && q.isMoney()
                    && lower.substring(previous.end() - s.begin(), q.begin() - s.begin()).matches("\\s*\\(\\s*");
            previous = q;
            if (conversion) continue;
            Metric metric = metricFor(q, lower, s);
            if (metric == null) metric = bracketedUnitFigure(q, s, r);
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
                    periods.forMetric(metric, stated), s, 0.7));
        }
        return out;
    }

    private Metric metricFor(Quantity q, String lower, Sentence s) {
        if (q.role() == Quantity.Role.PER_SHARE) return q.isMoney() ? lx.metric("EarningsPerShare") : null;
        if (q.role() == Quantity.Role.PER_SECOND) return lx.metric("PeakOrdersPerSecond");
        int qb = q.begin() - s.begin(), qe = q.end() - s.begin();
        Metric best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Metric m : lx.metrics()) {
            if (!m.accepts(q) || m.name().equals("EarningsPerShare") || m.name().equals("PeakOrdersPerSecond") || m.name().equals("NewPayingCustomers")) continue;
            for (Pattern p : cuePatterns.get(m)) {
                Matcher c = p.matcher(lower);
                while (c.find()) {
                    int d;
                    if (c.end() <= qb) d = qb - c.end();
                    else if (c.start() >= qe) d = c.start() - qe + 10;
                    else continue;
                    if (c.end() <= qb ? d > WINDOW_BEFORE : d > WINDOW_AFTER) continue;
                    String between = c.end() <= qb ? lower.substring(c.end(), qb) : lower.substring(qe, c.start());
                    if (CLAUSE_BREAK.matcher(between).find()) continue;
                    int score = d * 10 - (c.end() - c.start());
                    if (score < bestScore) { bestScore = score; best = m; }
                }
            }
        }
        if (best == null && q.isMoney() && LEVEL_AFTER_GROWTH.matcher(lower.substring(Math.max(0, qb - 60), qb)).find()) {
            best = lx.metric("Revenue");
        }
        return best;
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
        for (Mention m : ms) if (m.end() <= q.begin() && isOrg(m)) before = m.entity();
        if (before != null) return before;
        return contextSubject != null ? contextSubject : r.main();
    }

    /** Who paid, invested or was fined: the sentence's subject, not the other party named nearer the figure. */
    private static final Set<String> DEAL_METRICS = Set.of("AcquisitionPrice", "InvestmentAmount", "FineAmount");

    private static Entity firstOrg(List<Mention> ms) {
        for (Mention m : ms) if (isOrg(m) && m.kind() != Mention.Kind.UNIT) return m.entity();
        return null;
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
            String k = o.organization().iri() + o.metric().name() + o.quantity().value().stripTrailingZeros().toPlainString() + o.quantity().unit() + o.period();
            if (seen.add(k)) out.add(o);
        }
        return out;
    }
}
