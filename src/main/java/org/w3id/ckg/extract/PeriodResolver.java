package org.w3id.ckg.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.ckg.model.Metric;
import org.w3id.ckg.model.Period;
import org.w3id.ckg.model.Sentence;

/**
 * Works out the period each figure covers. It reads the period expressions of each sentence
 * ("the quarter ended June 30", "the March quarter", "fiscal year ended March 31, 2016", "as of",
 * "in June", "last year", a named day), resolves them against the text's date, and carries the
 * current period from sentence to sentence as a reader does. A text without a date yields no
 * period unless it states the year. One resolver reads one document, in order.
 */
public final class PeriodResolver {

    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern QUARTER_ENDED = Pattern.compile(
            "\\b(?:quarter|qtr|three months|3 months|three mths)\\s+(?:(?:ended|ending|to|through)\\s+(?:in\\s+)?" + MONTH + "(?:\\s+(\\d{1,2}))?|"
            + MONTH + "\\s+(\\d{1,2})\\b)(?:,?\\s+(\\d{4}))?");
    /** "nine mths", "six months ended June 30", "1st half": a run of months ending where the text's quarter ends. */
    private static final Pattern MONTHS_RUN = Pattern.compile(
            "\\b(?:(six|nine|6|9)\\s+(?:months|mths)|(?:first|1st|second|2nd)[- ]half(?:[- ]year)?)\\b(?:\\s+(?:ended|ending|to)\\s+" + MONTH + "(?:\\s+(\\d{1,2}))?(?:,?\\s+(\\d{4}))?)?");
    private static final Pattern YEAR_ENDED = Pattern.compile(
            "\\b(fiscal year|financial year|fiscal|year|twelve months|12 months)\\s+(?:ended|ending|to|through)\\s+(?:in\\s+)?" + MONTH + "(?:\\s+(\\d{1,2}))?(?:,?\\s+(\\d{4}))?");
    private static final Pattern MONTH_QUARTER = Pattern.compile("\\b" + MONTH + "(?:\\s+(\\d{4}))?\\s+quarter\\b");
    private static final Pattern ORDINAL_QUARTER = Pattern.compile(
            "\\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:quarter|qtr)(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(\\d{4}))?|\\bq([1-4])\\s*(\\d{4})?\\b");
    private static final Pattern AS_OF = Pattern.compile("\\b(?:as of|as at|at the end of|end of)\\s+" + MONTH + "(?:\\s+(\\d{1,2}))?(?:,?\\s+(\\d{4}))?");
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:in|this|by|during)\\s+" + MONTH + "(?:\\s+(\\d{4}))?\\b(?!\\s+\\d{1,2}\\b)");
    private static final Pattern CURRENT_QUARTER = Pattern.compile("\\b(latest|most recent|last|this|the|current|for the)\\s+quarter\\b");
    private static final Pattern PREVIOUS_QUARTER = Pattern.compile("(?<!(?:from|over|than|versus|vs) (?:the )?)\\b(?:the\\s+)?(previous|prior|preceding)\\s+quarter\\b");
    private static final Pattern FISCAL_YEAR = Pattern.compile("\\b(?:this|the|current)\\s+fiscal year\\b|\\bfor the (?:full )?year\\b");
    private static final Pattern IN_YEAR = Pattern.compile("\\b(?:in|during|for|of)\\s+((?:19|20)\\d\\d)\\b(?!\\s*(?:-|to)\\s*\\d)");
    private static final Pattern LAST_YEAR = Pattern.compile("\\blast year\\b");
    private static final Pattern COMPARED_YEAR = Pattern.compile("^[\\s,]*(?:dlrs\\s+)?(?:in|for)\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern COMPARED_LAST_YEAR = Pattern.compile("^[\\s,]*(?:\\S+\\s+){0,2}?last year\\b");
    private static final Pattern COMPARED_YEAR_EARLIER = Pattern.compile("^[\\s,]*(?:\\S+\\s+){0,6}?a year (?:earlier|ago|before)\\b");
    private static final Pattern FY_STATEMENT = Pattern.compile("\\bfiscal year (?:ended|ending|ends)\\s+(?:on\\s+)?" + MONTH);

    private final Optional<LocalDate> date;
    private final Map<String, MonthDay> namedDays;
    private final Pattern namedDayPattern;
    private int fiscalYearEndMonth = 12;
    private Period context;
    /** The last quarter the text spoke of: what "the quarter" means even after a yearly figure. */
    private Period quarter;

    public PeriodResolver(Optional<LocalDate> date, String text, Map<String, MonthDay> namedDays) {
        this.date = date;
        this.namedDays = namedDays;
        this.namedDayPattern = Regexes.of(Regexes.anyOf(namedDays.keySet().stream().map(k -> k.toLowerCase(Locale.ROOT)).toList()).pattern()
                + "(?:\\s+(?:in|of)\\s+((?:19|20)\\d\\d))?");
        Matcher fy = FY_STATEMENT.matcher(text.toLowerCase(Locale.ROOT));
        if (fy.find()) fiscalYearEndMonth = month(fy.group(1));
        context = date.map(d -> quarterEnding(latestMonthEnd(quarterEndBefore(d)))).orElse(Period.UNKNOWN);
        quarter = context;
    }

    /** The period a sentence states, if any; it becomes the context for the sentences after it. */
    public Period read(Sentence s) {
        Period p = explicit(s.text().toLowerCase(Locale.ROOT).replace('’', '\''));
        if (p != null && p.known() && p.start() != null) {
            context = p;
            // about three months: a calendar quarter, or a fiscal one that ends on a stated day ("3RD QTR SEPT 26")
            long days = java.time.temporal.ChronoUnit.DAYS.between(p.start(), p.end()) + 1;
            if (days >= 84 && days <= 98) quarter = p;
        }
        else if (p != null && p.known() && context.end() == null) context = p;
        return p;
    }

    public Period context() { return context; }

    /** The period for a figure of {@code metric} in a sentence whose own period is {@code stated}. */
    public Period forMetric(Metric metric, Period stated) {
        Period p = stated != null ? stated : context;
        if (!p.known()) return Period.UNKNOWN;
        if (metric.pointInTime()) return p.asInstant();
        if (metric.trailingMonths() > 0 && p.end() != null) {
            if (p.start() != null && p.start().plusMonths(metric.trailingMonths()).minusDays(1).equals(p.end())) return p;
            return new Period(p.end().minusMonths(metric.trailingMonths()).plusDays(1).withDayOfMonth(1), p.end());
        }
        return p.start() == null ? new Period(null, p.end()) : p;
    }

    /**
     * Each pattern is tried only on sentences holding a word it cannot match without (most
     * sentences state no period, and fourteen scans of each cost more than the rest of this class).
     */
    private Period explicit(String t) {
        boolean quarterWord = t.contains("quarter"), months = t.contains("months") || t.contains("mths"), yearWord = t.contains("year");
        Matcher m = QUARTER_ENDED.matcher(t);
        if ((quarterWord || months || t.contains("qtr")) && m.find()) {
            String mon = m.group(1) != null ? m.group(1) : m.group(3), day = m.group(1) != null ? m.group(2) : m.group(4);
            return end(month(mon), day, m.group(5)).map(PeriodResolver::quarterEnding).orElse(Period.UNKNOWN);
        }
        m = MONTHS_RUN.matcher(t);
        if ((months || t.contains("half")) && m.find()) {
            // a half year in a results table is the six months to the quarter the text reports on
            int n = m.group(1) == null || m.group(1).startsWith("s") || m.group(1).equals("6") ? 6 : 9;
            LocalDate e = m.group(2) != null ? end(month(m.group(2)), m.group(3), m.group(4)).orElse(null) : quarter.end();
            return e == null ? Period.UNKNOWN : new Period(YearMonth.from(e).minusMonths(n - 1).atDay(1), e);
        }
        m = YEAR_ENDED.matcher(t);
        if ((yearWord || months || t.contains("fiscal")) && m.find()) return end(month(m.group(2)), m.group(3), m.group(4)).map(e -> new Period(e.minusYears(1).plusDays(1), e)).orElse(Period.UNKNOWN);
        m = MONTH_QUARTER.matcher(t);
        if (quarterWord && m.find()) return end(month(m.group(1)), null, m.group(2)).map(PeriodResolver::quarterEnding).orElse(Period.UNKNOWN);
        m = ORDINAL_QUARTER.matcher(t);
        if (t.indexOf('q') >= 0 && m.find()) {
            int q = m.group(3) != null ? Integer.parseInt(m.group(3)) : "first1st".contains(m.group(1)) ? 1
                    : "second2nd".contains(m.group(1)) ? 2 : "third3rd".contains(m.group(1)) ? 3 : 4;
            String y = m.group(3) != null ? m.group(4) : m.group(2);
            return end(q * 3, null, y).map(PeriodResolver::quarterEnding).orElse(Period.UNKNOWN);
        }
        m = AS_OF.matcher(t);
        if ((t.contains("as ") || t.contains("end of")) && m.find()) return end(month(m.group(1)), m.group(2), m.group(3)).map(e -> new Period(null, e)).orElse(Period.UNKNOWN);
        Matcher named = namedDayPattern.matcher(t);
        if (named.find()) {
            String which = named.group().replaceAll("\\s+(?:in|of)\\s+\\d{4}$", "");
            MonthDay day = namedDays.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(which)).map(Map.Entry::getValue).findFirst().orElse(null);
            Integer year = named.group(1) != null ? Integer.valueOf(named.group(1)) : date.map(LocalDate::getYear).orElse(null);
            if (day != null) return year == null ? Period.UNKNOWN : new Period(null, day.atYear(year));
        }
        // its look-behind is tried at every position: only sentences that speak of a quarter need it
        if (quarterWord && context.end() != null && PREVIOUS_QUARTER.matcher(t).find()) {
            return quarterEnding(YearMonth.from(context.end()).minusMonths(3).atEndOfMonth());
        }
        m = FISCAL_YEAR.matcher(t);
        if (yearWord && m.find() && context.end() != null) {
            YearMonth end = YearMonth.from(context.end());
            while (end.getMonthValue() != fiscalYearEndMonth) end = end.plusMonths(1);
            return new Period(end.minusMonths(11).atDay(1), end.atEndOfMonth());
        }
        if (quarterWord && CURRENT_QUARTER.matcher(t).find()) return quarter.start() != null ? quarter : null;
        m = IN_MONTH.matcher(t);
        if (m.find()) return end(month(m.group(1)), null, m.group(2)).map(e -> new Period(null, e)).orElse(Period.UNKNOWN);
        if (yearWord && LAST_YEAR.matcher(t).find()) {
            return date.map(d -> new Period(LocalDate.of(d.getYear() - 1, 1, 1), LocalDate.of(d.getYear() - 1, 12, 31))).orElse(Period.UNKNOWN);
        }
        m = IN_YEAR.matcher(t);
        if ((t.contains("19") || t.contains("20")) && m.find()) {
            int y = Integer.parseInt(m.group(1));
            return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        return null;
    }

    /** The day a period ends: the given day of the month, or the month's last; the year given or the latest before the text's date. */
    private Optional<LocalDate> end(int month, String day, String year) {
        YearMonth ym;
        if (year != null) {
            ym = YearMonth.of(Integer.parseInt(year), month);
        } else if (date.isPresent()) {
            ym = YearMonth.of(date.get().getYear(), month);
            if (ym.atEndOfMonth().isAfter(date.get()) && !YearMonth.from(date.get()).equals(ym)) ym = ym.minusYears(1);
        } else {
            return Optional.empty();
        }
        if (day != null) {
            int d = Integer.parseInt(day);
            if (d >= 1 && d <= ym.lengthOfMonth()) return Optional.of(ym.atDay(d));
        }
        return Optional.of(ym.atEndOfMonth());
    }

    /** The period of a figure given for comparison: "last year", "in 1985", "a year earlier" (the current period a year back). */
    public Period compared(String after, Period stated) {
        String t = after.toLowerCase(Locale.ROOT);
        Matcher y = COMPARED_YEAR.matcher(t);
        if (y.find()) {
            int year = Integer.parseInt(y.group(1));
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if (COMPARED_LAST_YEAR.matcher(t).find()) {
            return date.map(d -> new Period(LocalDate.of(d.getYear() - 1, 1, 1), LocalDate.of(d.getYear() - 1, 12, 31))).orElse(null);
        }
        if (COMPARED_YEAR_EARLIER.matcher(t).find()) {
            Period p = stated != null && stated.known() ? stated : context;
            return p.known() ? new Period(p.start() == null ? null : p.start().minusYears(1), p.end() == null ? null : p.end().minusYears(1)) : null;
        }
        return null;
    }

    private static Period quarterEnding(LocalDate end) {
        return new Period(YearMonth.from(end).minusMonths(2).atDay(1), end);
    }

    private static LocalDate quarterEndBefore(LocalDate d) {
        YearMonth ym = YearMonth.from(d).minusMonths(1);
        while (ym.getMonthValue() % 3 != 0) ym = ym.minusMonths(1);
        return ym.atEndOfMonth();
    }

    private static LocalDate latestMonthEnd(LocalDate d) { return YearMonth.from(d).atEndOfMonth(); }

    private static int month(String m) {
        return switch (m.substring(0, 3)) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
            case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; default -> 12;
        };
    }
}
