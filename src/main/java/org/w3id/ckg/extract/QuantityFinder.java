package org.w3id.ckg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
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
            "((?:(?<![\\s\\S])|[,(;]\\s*|\\b(?:was|were|is|are|be|been|and)\\s+)(?:up|down)(?: by)?|\\bincrease of|\\bincreased by|\\bdecrease of|\\bdecline of|\\badded|\\badding|\\badds|\\bgain of|\\brose by|\\bfell by|\\bgrew|\\bgrew by|\\bincrease by|\\bnet addition of)\\s+(?:an? |another |over |more than |nearly |about |approximately |some )?$",
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
    private final Map<Character, List<String>> numberWordsByFirst;
    private final int longestSymbol;
    /** Non-space characters the longest "compared with about" or "were up by more than" holds, and then some. */
    private static final int CUE_CHARS = 40;

    public QuantityFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        String scale = Regexes.longestFirst(lexicon.scales.keySet());
        String words = Regexes.longestFirst(lexicon.currencyWords.keySet());
        String sub = Regexes.longestFirst(lexicon.subunits.keySet());
        // a number written as a word counts only before a scale or a unit: "eight pct", "two billion", "five cts"
        String num = "(" + DIGITS + "|(?<![\\p{L}])(?:" + Regexes.longestFirst(lexicon.numberWords.keySet()) + ")(?=[\\s-]+(?:" + scale + "|" + words
                + "|" + sub + "|%|percent|per cent|pct)(?![\\p{L}])))";
        String scaleOpt = "(?:[\\s-]?(" + scale + ")(?![\\p{L}]))?(?:\\s(?:" + scale + ")(?![\\p{L}]))?";
        moneyBefore = Pattern.compile("(?<![\\p{L}])(" + Regexes.longestFirst(lexicon.currencySymbols.keySet()) + ")\\s?" + num + scaleOpt,
                Pattern.CASE_INSENSITIVE);
        moneyAfter = Pattern.compile(num + scaleOpt + "[\\s-](" + words + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
        cents = Pattern.compile(num + "[\\s-](" + sub + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
        percent = Pattern.compile(num + "[\\s-]?(%|percent\\b|per\\s?cent\\b|pct\\b)", Pattern.CASE_INSENSITIVE);
        count = Pattern.compile("(?<![\\p{L}\\d$£€¥₹.,/-])" + num + scaleOpt, Pattern.CASE_INSENSITIVE);
        numberWordsByFirst = lexicon.numberWords.keySet().stream()
                .collect(Collectors.groupingBy(w -> Character.toLowerCase(w.charAt(0))));
        longestSymbol = lexicon.currencySymbols.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    public List<Quantity> find(Sentence s) { return find(s, "USD"); }

    /** The quantities of a sentence; {@code dollar} is what a bare "$" or "dlrs" means in this text. */
    public List<Quantity> find(Sentence s, String dollar) {
        String t = s.text();
        List<Quantity> out = new ArrayList<>();
        int[] anchors = numberStarts(t);
        if (anchors.length == 0) return out;
        // every figure holds a number, so each pattern is tried where one starts, not at every position
        scan(moneyBefore, t, symbolStarts(t, anchors), m -> {
            String code = dollar(lexicon.currencySymbols.get(m.group(1).toLowerCase(Locale.ROOT)), dollar);
            add(out, s, m.start(), m.end(), value(m.group(2), m.group(3)), code);
        });
        scan(moneyAfter, t, anchors, m -> {
            String code = dollar(lexicon.currencyWords.get(m.group(3).toLowerCase(Locale.ROOT)), dollar);
            add(out, s, m.start(), m.end(), value(m.group(1), m.group(2)), code);
        });
        scan(cents, t, anchors, m -> {
            String code = dollar(lexicon.subunits.get(m.group(2).toLowerCase(Locale.ROOT)), dollar);
            BigDecimal v = number(m.group(1));
            if (v != null) add(out, s, m.start(), m.end(), v.movePointLeft(2).stripTrailingZeros(), code);
        });
        scan(percent, t, anchors, m -> add(out, s, m.start(), m.end(), number(m.group(1)), "percent"));
        scan(count, t, anchors, m -> {
            String digits = m.group(1);
            if (m.group(2) == null && YEAR.matcher(digits).matches()) return;
            if (m.group(2) == null && (endsAt(MONTH_NEAR, t, monthWordStart(t, m.start()), m.start()) || startsAt(MONTH_AFTER, t, m.end()))) return;
            add(out, s, m.start(), m.end(), value(digits, m.group(2)), "count");
        });
        out.sort(Comparator.comparingInt(Quantity::begin));
        return out;
    }

    /**
     * Where a number can start: at a digit, or where a number word begins a word. A superset of
     * where the {@code num} group can match, so trying the patterns only there finds what
     * {@link Matcher#find()} over the whole sentence would.
     */
    private int[] numberStarts(String t) {
        int[] out = new int[8];
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean start = c >= '0' && c <= '9'
                    || Character.isLetter(c) && (i == 0 || !Character.isLetter(t.charAt(i - 1))) && numberWordAt(t, i);
            if (!start) continue;
            if (n == out.length) out = java.util.Arrays.copyOf(out, 2 * n);
            out[n++] = i;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private boolean numberWordAt(String t, int i) {
        for (String w : numberWordsByFirst.getOrDefault(Character.toLowerCase(t.charAt(i)), List.of())) {
            if (t.regionMatches(true, i, w, 0, w.length())) return true;
        }
        return false;
    }

    /** Where a currency symbol before a number can start: up to the longest symbol and a space before it. */
    private int[] symbolStarts(String t, int[] anchors) {
        java.util.BitSet starts = new java.util.BitSet(t.length());
        for (int a : anchors) starts.set(Math.max(0, a - longestSymbol - 1), a + 1);
        return starts.stream().toArray();
    }

    /** Each match of {@code p} in {@code t}, left to right and not overlapping, as {@code find()} gives them, trying only the given starts. */
    private static void scan(Pattern p, String t, int[] starts, java.util.function.Consumer<Matcher> each) {
        Matcher m = p.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int a : starts) {
            if (a < from) continue;
            m.region(a, t.length());
            if (!m.lookingAt()) continue;
            each.accept(m);
            from = Math.max(m.end(), a + 1);
        }
    }

    /** Whether {@code p} (anchored with ^) matches the text from {@code at}, as it would on {@code t.substring(at)}. */
    private static boolean startsAt(Pattern p, String t, int at) {
        return p.matcher(t).region(at, t.length()).lookingAt();
    }

    /**
     * Whether {@code p} (anchored with $) matches the text before {@code at}, as it would on
     * {@code t.substring(0, at)}, trying it from {@code from} on only: its matches cannot start
     * earlier. Transparent bounds let a word boundary or look-behind at {@code from} see the text
     * before it, and the patterns say "start of text" with a look-behind, not ^.
     */
    private static boolean endsAt(Pattern p, String t, int from, int at) {
        return p.matcher(t).region(from, at).useTransparentBounds(true).find();
    }

    /** The window a "compared with" or "up by" cue before a figure fits in: its matches hold a few words only. */
    private static int cueWindowStart(String t, int at) {
        int chars = 0, i = at;
        while (i > 0 && chars < CUE_CHARS) {
            if (!isRegexSpace(t.charAt(--i))) chars++;
        }
        return i;
    }

    /** Where a month word before {@code at} can start: back over spaces, one full stop and letters. */
    private static int monthWordStart(String t, int at) {
        int i = at;
        while (i > 0 && isRegexSpace(t.charAt(i - 1))) i--;
        if (i > 0 && t.charAt(i - 1) == '.') i--;
        while (i > 0 && isAsciiLetter(t.charAt(i - 1))) i--;
        return i;
    }

    private static boolean isRegexSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'; }

    private static boolean isAsciiLetter(char c) { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'; }

    private void add(List<Quantity> out, Sentence s, int from, int to, BigDecimal value, String unit) {
        if (value == null || unit == null) return;
        for (Quantity q : out) if (q.begin() - s.begin() < to && from < q.end() - s.begin()) return; // first reading wins
        String t = s.text();
        Quantity.Role role = Quantity.Role.LEVEL;
        int window = cueWindowStart(t, from);
        if (endsAt(COMPARED_BEFORE, t, window, from)) role = Quantity.Role.COMPARED;
        else if (!"percent".equals(unit) && startsAt(PER_SHARE, t, to)) role = Quantity.Role.PER_SHARE;
        else if ("count".equals(unit) && startsAt(PER_SECOND, t, to)) role = Quantity.Role.PER_SECOND;
        else if (!"percent".equals(unit) && endsAt(CHANGE_BEFORE, t, window, from)) role = Quantity.Role.CHANGE;
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
