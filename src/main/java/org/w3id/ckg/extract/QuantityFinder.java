package org.w3id.ckg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.ckg.model.Quantity;
import org.w3id.ckg.model.Sentence;

/**
 * Finds money, percentages and counts in a sentence and normalises them: value in base units,
 * ISO 4217 code from the currency lexicon, scale words from the scale lexicon ("2.43 billion
 * yuan", "RMB 55,122m", "$342.1m", "£5.3bn", "USD 1.0 billion", "1.01 million", "96 percent").
 * It also tells a change ("up 22 million") and a rate ("per share", "per second") from a level.
 */
public final class QuantityFinder {

    private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?(?![\\d,])|\\d+\\.(?=\\s?[a-z])";
    private static final Pattern COMPARED_BEFORE = Pattern.compile(
            "\\b(?:vs\\.?|versus|against|compared (?:with|to)|from)\\s+(?:a |an |profit |loss |about |approximately )?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern CHANGE_BEFORE = Pattern.compile(
            "((?:^|[,(;]\\s*|\\b(?:was|were|is|are|be|been|and)\\s+)(?:up|down)(?: by)?|\\bincrease of|\\bincreased by|\\bdecrease of|\\bdecline of|\\badded|\\badding|\\badds|\\bgain of|\\brose by|\\bfell by|\\bgrew|\\bgrew by|\\bincrease by|\\bnet addition of)\\s+(?:an? |another |over |more than |nearly |about |approximately |some )?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PER_SHARE = Pattern.compile("^\\s?(per share|a share|per diluted share|per ordinary share|per ads)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PER_SECOND = Pattern.compile("^[\\s\\p{L}-]{0,30}?\\bper second", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_NEAR = Pattern.compile(
            "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_AFTER = Pattern.compile(
            "^\\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b", Pattern.CASE_INSENSITIVE);

    private final Lexicon lexicon;
    private final Pattern moneyBefore;
    private final Pattern moneyAfter;
    private final Pattern cents;
    private final Pattern percent;
    private final Pattern count;
    /** What a sentence without a digit needs for any quantity: a scale, currency or unit word after a number word. */
    private final Pattern unitWord;

    public QuantityFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        String scale = alternation(lexicon.scales.keySet());
        String words = alternation(lexicon.currencyWords.keySet());
        String sub = alternation(lexicon.subunits.keySet());
        // a number written as a word counts only before a scale or a unit: "eight pct", "two billion", "five cts"
        String num = "(" + DIGITS + "|(?<![\\p{L}])(?:" + alternation(lexicon.numberWords.keySet()) + ")(?=[\\s-]+(?:" + scale + "|" + words
                + "|" + sub + "|%|percent|per cent|pct)(?![\\p{L}])))";
        String scaleOpt = "(?:[\\s-]?(" + scale + ")(?![\\p{L}]))?(?:\\s(?:" + scale + ")(?![\\p{L}]))?";
        moneyBefore = Pattern.compile("(?<![\\p{L}])(" + alternation(lexicon.currencySymbols.keySet()) + ")\\s?" + num + scaleOpt,
                Pattern.CASE_INSENSITIVE);
        moneyAfter = Pattern.compile(num + scaleOpt + "[\\s-](" + words + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
        cents = Pattern.compile(num + "[\\s-](" + sub + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
        percent = Pattern.compile(num + "[\\s-]?(%|percent\\b|per\\s?cent\\b|pct\\b)", Pattern.CASE_INSENSITIVE);
        count = Pattern.compile("(?<![\\p{L}\\d$£€¥₹.,/-])" + num + scaleOpt, Pattern.CASE_INSENSITIVE);
        unitWord = Pattern.compile("(?:" + scale + "|" + words + "|" + sub + "|%|percent|per cent|pct)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) if (Character.isDigit(t.charAt(i))) return true;
        return false;
    }

    private static String alternation(Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    public List<Quantity> find(Sentence s) { return find(s, "USD"); }

    /** The quantities of a sentence; {@code dollar} is what a bare "$" or "dlrs" means in this text. */
    public List<Quantity> find(Sentence s, String dollar) {
        String t = s.text();
        List<Quantity> out = new ArrayList<>();
        // one scan instead of five for the many sentences that state no figure
        if (!hasDigit(t) && !unitWord.matcher(t).find()) return out;
        Matcher m = moneyBefore.matcher(t);
        while (m.find()) {
            String code = dollar(lexicon.currencySymbols.get(m.group(1).toLowerCase(Locale.ROOT)), dollar);
            add(out, s, m.start(), m.end(), value(m.group(2), m.group(3)), code);
        }
        m = moneyAfter.matcher(t);
        while (m.find()) {
            String code = dollar(lexicon.currencyWords.get(m.group(3).toLowerCase(Locale.ROOT)), dollar);
            add(out, s, m.start(), m.end(), value(m.group(1), m.group(2)), code);
        }
        m = cents.matcher(t);
        while (m.find()) {
            String code = dollar(lexicon.subunits.get(m.group(2).toLowerCase(Locale.ROOT)), dollar);
            BigDecimal v = number(m.group(1));
            if (v != null) add(out, s, m.start(), m.end(), v.movePointLeft(2).stripTrailingZeros(), code);
        }
        m = percent.matcher(t);
        while (m.find()) add(out, s, m.start(), m.end(), number(m.group(1)), "percent");
        m = count.matcher(t);
        while (m.find()) {
            String digits = m.group(1);
            if (m.group(2) == null && YEAR.matcher(digits).matches()) continue;
            if (m.group(2) == null && (MONTH_NEAR.matcher(t.substring(0, m.start())).find() || MONTH_AFTER.matcher(t.substring(m.end())).find())) continue;
            add(out, s, m.start(), m.end(), value(digits, m.group(2)), "count");
        }
        out.sort(Comparator.comparingInt(Quantity::begin));
        return out;
    }

    private void add(List<Quantity> out, Sentence s, int from, int to, BigDecimal value, String unit) {
        if (value == null || unit == null) return;
        for (Quantity q : out) if (q.begin() - s.begin() < to && from < q.end() - s.begin()) return; // first reading wins
        String t = s.text();
        Quantity.Role role = Quantity.Role.LEVEL;
        String after = t.substring(to);
        if (COMPARED_BEFORE.matcher(t.substring(0, from)).find()) role = Quantity.Role.COMPARED;
        else if (!"percent".equals(unit) && PER_SHARE.matcher(after).find()) role = Quantity.Role.PER_SHARE;
        else if ("count".equals(unit) && PER_SECOND.matcher(after).find()) role = Quantity.Role.PER_SECOND;
        else if (!"percent".equals(unit) && CHANGE_BEFORE.matcher(t.substring(0, from)).find()) role = Quantity.Role.CHANGE;
        out.add(new Quantity(value, unit, s.begin() + from, s.begin() + to, t.substring(from, to), role));
    }

    private BigDecimal value(String digits, String scaleWord) {
        BigDecimal v = number(digits);
        if (v == null) return null;
        if (scaleWord != null) {
            BigDecimal scale = lexicon.scales.get(scaleWord.toLowerCase(Locale.ROOT));
            if (scale != null) v = v.multiply(scale);
        }
        return v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
    }

    private static String dollar(String code, String dollar) {
        return "DOLLAR".equals(code) ? dollar : code;
    }

    private BigDecimal number(String digits) {
        BigDecimal word = lexicon.numberWords.get(digits.toLowerCase(Locale.ROOT));
        if (word != null) return word;
        String d = digits.replace(",", "");
        if (d.endsWith(".")) d = d.substring(0, d.length() - 1);
        try {
            return new BigDecimal(d);
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
