package org.w3id.ckg.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.w3id.ckg.model.Document;
import org.w3id.ckg.model.SourceText;

/**
 * Turns a {@link SourceText} into a {@link Document}: HTML to text, the text's date (a leading
 * {@code date YYYY-MM-DD} line or a dateline), its title, and its prose blocks, with paywalls
 * and other furniture left out so that no fact can come from them.
 */
public final class DocumentReader {

    private static final Pattern DATE_LINE = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE = Pattern.compile(
            "\\A\\s*(?:([A-Z][\\p{L} .'-]{1,40}),\\s*)?((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4})\\s*(?:[-—–]|\\(\\w+\\))");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;,\"”’)\\]]$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\(?\\d{1,4}\\)?$");

    private final Boilerplate boilerplate;

    public DocumentReader(Boilerplate boilerplate) { this.boilerplate = boilerplate; }

    public static DocumentReader standard() { return new DocumentReader(Boilerplate.standard()); }

    public Document read(SourceText source) {
        if (source.format() == SourceText.Format.HTML) return readHtml(source);
        if (source.format() == SourceText.Format.NEWSWIRE) return readNewswire(source);
        return readPlain(source.id(), source.content(), Optional.empty(), Optional.empty(), source.contentHash());
    }

    /** A newswire article comes in paragraphs already: each is prose, even a short table line ("Shr 12 cts vs 10 cts"). */
    private Document readNewswire(SourceText source) {
        String text = source.content();
        List<Document.Span> blocks = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            int end = text.indexOf("\n\n", pos);
            if (end < 0) end = text.length();
            String para = text.substring(pos, end).strip();
            if (!para.isEmpty() && boilerplate.judge(para) == Boilerplate.Verdict.KEEP) {
                int b = text.indexOf(para, pos);
                blocks.add(new Document.Span(b, b + para.length(), blocks.isEmpty() && source.title() != null));
            }
            pos = end + 2;
        }
        return new Document(source.id(), text, Optional.ofNullable(source.date()), Optional.ofNullable(source.title()),
                List.copyOf(blocks), source.contentHash(), Optional.ofNullable(source.place()));
    }

    private Document readHtml(SourceText source) {
        org.jsoup.nodes.Document html = Jsoup.parse(source.content());
        html.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, button").remove();
        Optional<LocalDate> date = Optional.empty();
        for (Element meta : html.select("meta[property='article:published_time'], meta[name=date], meta[itemprop=datePublished], time[datetime]")) {
            String v = meta.hasAttr("content") ? meta.attr("content") : meta.attr("datetime");
            date = parseIso(v.length() >= 10 ? v.substring(0, 10) : v);
            if (date.isPresent()) break;
        }
        Element h1 = html.selectFirst("h1");
        Optional<String> title = Optional.ofNullable(h1 != null ? h1.text() : html.title()).filter(t -> !t.isBlank());
        StringBuilder text = new StringBuilder();
        for (Element block : html.select("h1, h2, h3, h4, h5, h6, p, li, blockquote, td, pre")) {
            // a block holding other blocks leaves the words to them (select() counts the block itself)
            if (block.select("p, li, blockquote").size() > (block.is("p, li, blockquote") ? 1 : 0) && !block.is("td")) continue;
            String t = block.text().strip();
            if (!t.isEmpty()) text.append(t).append("\n\n");
        }
        return readPlain(source.id(), text.toString(), date, title, source.contentHash());
    }

    Document readPlain(String id, String text, Optional<LocalDate> knownDate, Optional<String> knownTitle, String hash) {
        int bodyStart = 0;
        Optional<LocalDate> date = knownDate;
        Optional<String> place = Optional.empty();
        Matcher m = DATE_LINE.matcher(text);
        if (m.find()) {
            date = parseIso(m.group(1));
            bodyStart = m.end();
        } else if (date.isEmpty()) {
            Matcher d = DATELINE.matcher(text);
            if (d.find()) {
                date = parseDateline(d.group(2));
                if (d.group(1) != null) place = Optional.of(d.group(1).strip());
            }
        }
        List<Document.Span> blocks = new ArrayList<>();
        Optional<String> title = knownTitle;
        int paraBegin = -1, paraEnd = -1;
        int pos = bodyStart;
        boolean firstLine = true;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, lineEnd);
            int lead = 0;
            while (lead < line.length() && Character.isWhitespace(line.charAt(lead))) lead++;
            int begin = pos + lead, end = pos + line.stripTrailing().length();
            String stripped = line.strip();
            boolean blank = stripped.isEmpty();
            Boilerplate.Verdict verdict = blank ? Boilerplate.Verdict.KEEP : boilerplate.judge(stripped);
            if (verdict == Boilerplate.Verdict.CUT) break;
            boolean nextBlank = nl < 0 || nextLineBlank(text, nl + 1);
            if (blank || verdict == Boilerplate.Verdict.DROP || PAGE_NUMBER.matcher(stripped).matches()) {
                if (paraBegin >= 0) blocks.add(new Document.Span(paraBegin, paraEnd, false));
                paraBegin = -1;
            } else if (isHeading(stripped, firstLine, nextBlank)) {
                if (paraBegin >= 0) blocks.add(new Document.Span(paraBegin, paraEnd, false));
                paraBegin = -1;
                blocks.add(new Document.Span(begin, end, true));
                if (firstLine && title.isEmpty()) title = Optional.of(stripped);
            } else {
                if (paraBegin < 0) paraBegin = begin;
                paraEnd = end;
            }
            if (!blank) firstLine = false;
            if (nl < 0) break;
            pos = nl + 1;
        }
        if (paraBegin >= 0) blocks.add(new Document.Span(paraBegin, paraEnd, false));
        return new Document(id, text, date, title, List.copyOf(blocks), hash, place);
    }

    /** A short line without closing punctuation stands alone: a headline or a section heading. */
    private static boolean isHeading(String line, boolean firstLine, boolean nextBlank) {
        if (SENTENCE_END.matcher(line).find()) return false;
        int words = line.split("\\s+").length;
        if (firstLine && nextBlank) return words <= 30;
        return words <= 8 && Character.isUpperCase(line.codePointAt(0));
    }

    private static boolean nextLineBlank(String text, int from) {
        int nl = text.indexOf('\n', from);
        return text.substring(from, nl < 0 ? text.length() : nl).isBlank();
    }

    private static Optional<LocalDate> parseIso(String s) {
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> parseDateline(String s) {
        String norm = s.replace(".", "").replace(",", "").replaceAll("\\s+", " ").strip();
        String[] parts = norm.split(" ");
        String month = parts[0].substring(0, 3);
        try {
            return Optional.of(LocalDate.parse(month + " " + parts[1] + " " + parts[2],
                    DateTimeFormatter.ofPattern("MMM d yyyy", Locale.ENGLISH)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
