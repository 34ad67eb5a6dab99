package org.w3id.ckg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.ckg.model.EntityType;
import org.w3id.ckg.model.Mention;
import org.w3id.ckg.model.Sentence;
import org.w3id.ckg.model.Token;

/**
 * Finds the names in a sentence and what they stand for. A name is a run of capitalised tokens
 * (with "of", "for", "&" inside: "Bank of Nanjing"), or a gazetteer name or demonym; its type
 * comes from the gazetteer, from cue words inside it ("Group", "Administration"), from the words
 * around it (a title before a person, "database" before a product, "brand" before a company),
 * and otherwise defaults to Company, the commonest kind of name in company news.
 */
public final class MentionFinder {

    private static final Pattern NAME_TOKEN = Pattern.compile("[\\p{Lu}\\d][\\p{L}\\d&.'’/-]*|[\\p{Ll}][\\p{Ll}]*[\\p{Lu}][\\p{L}\\d.-]*");
    private static final Pattern ALPHA = Pattern.compile(".*\\p{L}.*");

    private final Lexicon lx;
    private final java.util.Set<String> connectors, sourceCues, governmentNouns, companyNouns, functionWords, headlineBreaks;
    /** ", chief executive of …" after a name: a role, from data/lexicon/roles.tsv. */
    private final Pattern roleAfterComma;

    public MentionFinder(Lexicon lexicon) {
        this.lx = lexicon;
        this.connectors = lexicon.words("connector");
        this.sourceCues = lexicon.words("source-cue");
        this.governmentNouns = lexicon.words("government-noun");
        this.companyNouns = lexicon.words("company-noun");
        this.functionWords = lexicon.words("function-word");
        this.headlineBreaks = lexicon.words("headline-break");
        this.roleAfterComma = Pattern.compile("(the |a |an )?(" + Regexes.anyOf(List.copyOf(lexicon.roles.keySet())).pattern() + ").*");
    }

    public List<Mention> find(Sentence s) {
        List<Token> tk = s.tokens();
        List<Mention> out = new ArrayList<>();
        if (s.heading() && !LOWER.matcher(s.text()).find()) return tickerHeadline(s);
        int i = 0;
        while (i < tk.size()) {
            int used = gazetteer(s, i, out);
            if (used == 0) used = demonym(s, i, out);
            if (used == 0) used = name(s, i, out);
            i += Math.max(1, used);
        }
        return out;
    }

    private static final Pattern LOWER = Pattern.compile("\\p{Ll}");
    private static final Pattern GLUE_STOP = Pattern.compile("['’]s?|[,;:)(\"“”]");
    private static final Pattern HYPHEN_SUFFIX = Pattern.compile("-\\p{Ll}.*");
    private static final Pattern TITLE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");
    private static final Pattern ABBREVIATION = Pattern.compile("(\\p{Lu}\\.)+");
    private static final Pattern TWO_WORDS_ON = Pattern.compile("^\\s+([\\p{L}-]+)\\s+([\\p{L}]+)");
    private static final Pattern PLACE_SUFFIX = Pattern.compile("^-(based|headquartered|listed|born|registered|area)\\b");
    private static final Pattern CALLED = Pattern.compile("\\b(called|named|dubbed|branded)\\s*[\"“]?$");
    private static final Pattern TICKER_HEADLINE = Pattern.compile("^\\W*(.+?)\\s*<([A-Z0-9.]{1,8})>");

    /** An all-capitals newswire headline names its company before the ticker: "KRAFT INC <KRA> 3RD QTR NET". */
    private List<Mention> tickerHeadline(Sentence s) {
        Matcher m = TICKER_HEADLINE.matcher(s.text());
        if (!m.find()) return List.of();
        // "HONG KONG FIRM HAS 5.1 PCT OF MCGILL <MGLL.O>": the company is the run of words before the ticker,
        // back to a verb, particle or figure of the headline
        String[] words = m.group(1).split("\\s+");
        int from = words.length - 1;
        while (from > 0 && !headlineBreak(words[from - 1])) from--;
        // unless the ticker spells a longer name: "STARS TO GO <STAR>"
        String ticker = m.group(2).replaceAll("\\..*$", "");
        for (int k = 0; k < from; k++) {
            StringBuilder initials = new StringBuilder();
            for (int j = k; j < words.length; j++) initials.append(words[j].charAt(0));
            if (words[k].startsWith(ticker) || initials.toString().equals(ticker)) { from = k; break; }
        }
        while (from < words.length - 1 && connectors.contains(words[from].toLowerCase(Locale.ROOT))) from++;
        int begin = m.start(1);
        for (int k = 0; k < from; k++) begin = s.text().indexOf(words[k], begin) + words[k].length();
        begin = s.text().indexOf(words[from], begin);
        StringBuilder name = new StringBuilder();
        for (String w : java.util.Arrays.copyOfRange(words, from, words.length)) {
            if (!name.isEmpty()) name.append(' ');
            Lexicon.NameCue cue = lx.nameCues.get(w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
            String lower = w.toLowerCase(Locale.ROOT);
            boolean acronym = w.replace(".", "").length() <= 3 && cue == null && !lx.commonWords.contains(lower) && !headlineBreak(w);
            name.append(acronym ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
        }
        Lexicon.Known k = lx.names.get(name.toString());
        return List.of(new Mention(name.toString(), k != null ? k.type() : EntityType.COMPANY, s.begin() + begin, s.begin() + m.end(1), s.index(), null));
    }

    /** A word of a headline that no company name runs across: a verb or particle (data/lexicon/word-classes.tsv), a figure. */
    private boolean headlineBreak(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (l.chars().anyMatch(Character::isDigit)) return true;
        return headlineBreaks.contains(l) || lx.numberWords.containsKey(l) && !l.equals("a");
    }

    /** The longest gazetteer name of two tokens or more starting here, lower-case words and all. */
    private int gazetteer(Sentence s, int i, List<Mention> out) {
        List<Token> tk = s.tokens();
        if (!tk.get(i).capitalized()) return 0;
        for (int n = Math.min(lx.longestName + 2, tk.size() - i); n >= 2; n--) {
            if (!tk.get(i + n - 1).capitalized()) continue;
            String surface = s.slice(tk.get(i).begin(), tk.get(i + n - 1).end());
            Lexicon.Known k = lx.names.get(surface);
            if (k == null || !surface.contains(" ")) continue;
            if (i + n < tk.size() && nameLike(tk.get(i + n)) && tk.get(i + n).begin() == tk.get(i + n - 1).end() + 1 && !designator(tk.get(i + n).text())) continue;
            out.add(new Mention(surface, k.type(), tk.get(i).begin(), tk.get(i + n - 1).end(), s.index(), null));
            return n;
        }
        return 0;
    }

    /** "Southeast Asian" is the place; "Chinese regulators" a government body; "the Chinese giant" neither. */
    private int demonym(Sentence s, int i, List<Mention> out) {
        List<Token> tk = s.tokens();
        for (int n = Math.min(3, tk.size() - i); n >= 1; n--) {
            String surface = s.slice(tk.get(i).begin(), tk.get(i + n - 1).end());
            Lexicon.Known place = lx.demonyms.get(surface);
            if (place == null) continue;
            String next = i + n < tk.size() ? tk.get(i + n).text().toLowerCase(Locale.ROOT) : "";
            String after = i + n + 1 < tk.size() ? tk.get(i + n + 1).text().toLowerCase(Locale.ROOT) : "";
            if (governmentNouns.contains(next)) {
                out.add(new Mention(surface + " " + tk.get(i + n).text(), EntityType.GOVERNMENT_BODY, tk.get(i).begin(), tk.get(i + n).end(), s.index(), null));
                return n + 1;
            }
            if (i + n < tk.size() && tk.get(i + n).capitalized() && !lx.notNames.contains(tk.get(i + n).text())) return 0; // "Chinese Academy"
            if (companyNouns.contains(next) || companyNouns.contains(after)) return n;
            if (lx.currencyWords.containsKey(next)) return n; // "Canadian dlrs" names a currency
            out.add(new Mention(place.label(), EntityType.PLACE, tk.get(i).begin(), tk.get(i + n - 1).end(), s.index(), null));
            return n;
        }
        return 0;
    }

    private int name(Sentence s, int i, List<Mention> out) {
        List<Token> tk = s.tokens();
        if (!nameLike(tk.get(i))) return 1;
        int j = i + 1;
        int cut = -1; // where a name ends inside its last token: "Alibaba's", "Hong Kong-based"
        while (j <= tk.size()) {
            Token last = tk.get(j - 1);
            int inner = innerEnd(last.text());
            if (inner > 0 && !(possessive(last.text()) && designatorWithin(tk, j, 3))) { cut = last.begin() + inner; break; }
            if (j == tk.size()) break;
            Token t = tk.get(j);
            boolean glued = t.begin() == tk.get(j - 1).end() && !GLUE_STOP.matcher(t.text()).matches();
            if (glued && HYPHEN_SUFFIX.matcher(t.text()).matches()) { cut = t.begin(); j++; break; } // "York" + "-listed"
            if (nameLike(t) || glued && ALPHA.matcher(t.text()).matches()) { j++; continue; }
            if (glued && (t.text().equals(".") || t.text().equals("-") || t.text().equals("/")) && j + 1 < tk.size() && tk.get(j + 1).begin() == t.end() && nameLike(tk.get(j + 1))) { j += 2; continue; }
            boolean afterDesignator = designator(tk.get(j - 1).text());
            if (t.text().equals("and") && !afterDesignator && !designatorWithin(tk, i, j - i) && designatorWithin(tk, j + 1, 3)) { j += 2; continue; }
            if (connectors.contains(t.text()) && !afterDesignator && j + 1 < tk.size() && nameLike(tk.get(j + 1))) { j += 2; continue; }
            break;
        }
        // a sentence's first word is capitalised anyway: drop it when it is a common word
        int from = i;
        boolean known = lx.names.containsKey(s.slice(tk.get(i).begin(), cut > 0 ? cut : tk.get(j - 1).end()));
        while (!known && from < j && (atSentenceStart(s, from) && lx.commonWords.contains(tk.get(from).text().toLowerCase(Locale.ROOT))
                && (from + 1 >= j || tk.get(from).text().endsWith("ly") || !tk.get(from + 1).capitalized())
                || lx.notNames.contains(tk.get(from).text()) || connectors.contains(tk.get(from).text()))) from++;
        int to = j;
        while (to > from && (lx.notNames.contains(tk.get(to - 1).text()) || connectors.contains(tk.get(to - 1).text()))) to--;
        if (from >= to) return j - i;
        // "French Transport Ministry Jacques Douffiagues": an organisation's cue word, then a person
        for (int k = from + 1; k < to - 1; k++) {
            if (lx.nameCues.containsKey(tk.get(k - 1).text()) && lx.givenNames.contains(tk.get(k).text()) && tk.get(k + 1).capitalized()) {
                emit(s, from, k, out);
                out.add(new Mention(s.slice(tk.get(k).begin(), cut > 0 && to == j ? cut : tk.get(to - 1).end()), EntityType.PERSON,
                        tk.get(k).begin(), cut > 0 && to == j ? cut : tk.get(to - 1).end(), s.index(), null));
                return j - i;
            }
        }
        if (cut > 0 && to == j && PLACE_SUFFIX.matcher(s.text().substring(cut - s.begin())).find()) {
            String surface = s.slice(tk.get(from).begin(), cut);
            Lexicon.Known k = lx.names.get(surface);
            out.add(new Mention(k != null ? k.label() : surface, k != null ? k.type() : EntityType.PLACE, tk.get(from).begin(), cut, s.index(), null));
            return j - i;
        }
        emit(s, from, to, cut > 0 && to == j ? cut : -1, out);
        return j - i;
    }

    private static boolean possessive(String token) { return token.endsWith("'s") || token.endsWith("’s"); }

    /** Whether one of the {@code n} capitalised tokens from {@code from} is a legal-form word ("Inc", "Corp"). */
    private boolean designatorWithin(List<Token> tk, int from, int n) {
        for (int k = from; k < Math.min(tk.size(), from + n); k++) {
            if (designator(tk.get(k).text())) return true;
            if (!tk.get(k).capitalized()) return false;
        }
        return false;
    }

    private boolean designator(String word) {
        Lexicon.NameCue c = lx.nameCues.get(word);
        return c != null && c.designator() && !word.equals("Group") && !word.equals("Company");
    }

    /** Where a name stops inside a token: before a possessive or a lower-case hyphenated word ("Kong-based"). */
    private static int innerEnd(String token) {
        if (token.endsWith("'s") || token.endsWith("’s")) return token.length() > 2 ? token.length() - 2 : -1;
        if (token.endsWith("-") && token.length() > 1) return token.length() - 1; // "Cincinnati-" + "based"
        int hyphen = token.indexOf('-');
        if (hyphen > 0 && hyphen + 1 < token.length() && Character.isLowerCase(token.charAt(hyphen + 1))) return hyphen;
        return -1;
    }

    private void emit(Sentence s, int from, int to, List<Mention> out) { emit(s, from, to, -1, out); }

    private void emit(Sentence s, int from, int to, int cut, List<Mention> out) {
        List<Token> tk = s.tokens();
        // "1st half", "2nd qtr": an ordinal may begin a name ("1st Source Corp") but is none alone
        boolean word = false;
        for (int k = from; k < to && !word; k++) word = !Character.isDigit(tk.get(k).text().charAt(0));
        if (!word) return;
        int end = cut > 0 ? cut : tk.get(to - 1).end();
        String surface = s.slice(tk.get(from).begin(), end);
        if (surface.endsWith("'s") || surface.endsWith("’s")) { surface = surface.substring(0, surface.length() - 2); end -= 2; }
        // the sentence's full stop glued to its last word ("POLARDB."), not an abbreviation ("Inc.", "U.S.")
        if (surface.endsWith(".") && to == tk.size() && !designator(tk.get(to - 1).text()) && !ABBREVIATION.matcher(tk.get(to - 1).text()).matches()
                && tk.get(to - 1).text().length() > 4) { surface = surface.substring(0, surface.length() - 1); end -= 1; }
        if (surface.isEmpty()) return;
        Lexicon.Known known = lx.names.get(surface);
        if (known == null && surface.startsWith("the ")) known = lx.names.get(surface.substring(4));
        if (known != null) {
            String nextWord = to < tk.size() ? tk.get(to).text().toLowerCase(Locale.ROOT) : "";
            if (known.type() == EntityType.PLACE && (companyNouns.contains(nextWord) || lx.currencyWords.containsKey(nextWord))) return;
            out.add(new Mention(surface, known.type(), tk.get(from).begin(), end, s.index(), null));
            return;
        }
        EntityType cue = cueType(tk, from, to);
        if (cue == null && to - from > 1) {
            // "China Railway" is a name of its own, but "Malaysia Indonesia" is two: split on gazetteer places
            if (splitKnown(s, from, to, out)) return;
        }
        String last = tk.get(to - 1).text();
        if (lx.eventWords.contains(last)) return;
        if (allCueWords(tk, from, to)) return;
        EntityType type = cue != null ? cue : contextType(s, from, to);
        if (type == null) return;
        out.add(new Mention(surface, type, tk.get(from).begin(), end, s.index(), null));
    }

    private boolean splitKnown(Sentence s, int from, int to, List<Mention> out) {
        List<Token> tk = s.tokens();
        for (int a = from; a < to; a++) {
            for (int b = to; b > a; b--) {
                if (a == from && b == to) continue;
                Lexicon.Known k = lx.names.get(s.slice(tk.get(a).begin(), tk.get(b - 1).end()));
                if (k != null && k.type() == EntityType.PLACE && a > from && b == to) {
                    int end = a;
                    while (end > from && connectors.contains(tk.get(end - 1).text())) end--; // "Interactive Computer Aids of Norway"
                    if (end > from) emit(s, from, end, out);
                    out.add(new Mention(k.label(), k.type(), tk.get(a).begin(), tk.get(b - 1).end(), s.index(), null));
                    if (b < to) emit(s, b, to, out);
                    return true;
                }
            }
        }
        return false;
    }

    private EntityType cueType(List<Token> tk, int from, int to) {
        EntityType type = null;
        for (int k = to - 1; k >= from; k--) {
            Lexicon.NameCue c = lx.nameCues.get(tk.get(k).text());
            if (c == null) continue;
            if (k == to - 1 || c.type() == EntityType.GOVERNMENT_BODY || tk.get(k + 1).text().equals("of")) {
                if (type == null || c.type() == EntityType.GOVERNMENT_BODY) type = c.type();
            }
        }
        return to - from == 1 && type != null ? null : type;
    }

    private boolean allCueWords(List<Token> tk, int from, int to) {
        for (int k = from; k < to; k++) if (!lx.nameCues.containsKey(tk.get(k).text())) return false;
        return true;
    }

    /** The type the words around a name give it, or null when the name is not one to keep. */
    private EntityType contextType(Sentence s, int from, int to) {
        List<Token> tk = s.tokens();
        String before = s.slice(s.begin(), tk.get(from).begin()).toLowerCase(Locale.ROOT).stripTrailing();
        String next = to < tk.size() ? tk.get(to).text().toLowerCase(Locale.ROOT) : "";
        String prev = from > 0 ? tk.get(from - 1).text().toLowerCase(Locale.ROOT) : "";
        String prev2 = from > 1 ? tk.get(from - 2).text().toLowerCase(Locale.ROOT) : "";
        boolean personShape = to - from >= 2 && to - from <= 3 && tk.subList(from, to).stream().allMatch(t -> TITLE_WORD.matcher(t.text()).matches());
        for (String role : lx.roles.keySet()) {
            if (before.endsWith(role) && (personShape || to - from == 1 && TITLE_WORD.matcher(tk.get(from).text()).matches())) return EntityType.PERSON;
        }
        if (personShape && lx.givenNames.contains(tk.get(from).text())) return EntityType.PERSON;
        if (personShape && next.equals(",") && to + 1 < tk.size()
                && roleAfterComma.matcher(s.slice(tk.get(to + 1).begin(), s.end()).toLowerCase(Locale.ROOT)).matches()) {
            return EntityType.PERSON;
        }
        Matcher app = RelationExtractor.APPOSITIVE.matcher(s.text().substring(tk.get(to - 1).end() - s.begin()));
        if (app.find() && lx.descriptors.containsKey(app.group(1))) return "product".equals(lx.descriptors.get(app.group(1))) ? EntityType.PRODUCT : EntityType.COMPANY;
        String d = lx.descriptors.get(next);
        Matcher twoOn = TWO_WORDS_ON.matcher(s.text().substring(tk.get(to - 1).end() - s.begin()));
        boolean productTwoOn = twoOn.find() && !functionWords.contains(twoOn.group(1).toLowerCase(Locale.ROOT))
                && "product".equals(lx.descriptors.get(twoOn.group(2).toLowerCase(Locale.ROOT)));
        if ("product".equals(d) || productTwoOn) return EntityType.PRODUCT;
        if (CALLED.matcher(before).find()) return EntityType.PRODUCT;
        String dp = lx.descriptors.get(prev.equals(",") ? prev2 : prev);
        if ("product".equals(dp)) return EntityType.PRODUCT;
        if ("unit".equals(dp) || "unit".equals(d)) return EntityType.COMPANY;
        for (String cue : sourceCues) if (before.endsWith(cue)) return EntityType.ORGANIZATION;
        for (String cue : lx.cues("product-list")) {
            int at = before.lastIndexOf(cue);
            if (at >= 0 && before.indexOf("includ", at) >= 0 && !before.substring(at).contains(";")) return EntityType.PRODUCT;
        }
        return EntityType.COMPANY;
    }

    private boolean nameLike(Token t) {
        String x = t.text();
        return NAME_TOKEN.matcher(x).matches() && ALPHA.matcher(x).matches() && !lx.notNames.contains(x)
                && !(x.endsWith(".") && lx.notNames.contains(x.substring(0, x.length() - 1)))
                && (!Character.isDigit(x.charAt(0)) || ORDINAL.matcher(x).matches()) ;
    }

    private static boolean atSentenceStart(Sentence s, int i) {
        if (i > 0 && ABBREVIATION.matcher(s.tokens().get(i - 1).text()).matches()) return true; // "U.S. Manufacturers"
        for (int k = 0; k < i; k++) if (Character.isLetter(s.tokens().get(k).text().charAt(0))) return false;
        return true;
    }
}
