package org.w3id.ckg.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.w3id.ckg.model.SourceText;

/**
 * Cuts a Reuters-21578 SGML file into its articles: each {@code <REUTERS>} is a text whose
 * identifier is {@code reuters-NEWID}, whose date is its {@code <DATE>}, whose title its
 * {@code <TITLE>}; the body's wrapped lines are joined into paragraphs (an indented line starts
 * one) and the bracketed tickers after names are dropped.
 */
public final class ReutersSgml {
    private ReutersSgml() {}

    private static final Pattern ARTICLE = Pattern.compile("<REUTERS([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
    private static final DateTimeFormatter DATE = new java.time.format.DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("d-MMM-yyyy").toFormatter(Locale.ENGLISH);
    private static final Pattern TICKER = Pattern.compile("\\s*<([A-Z0-9.]{1,6})>");
    private static final Pattern BRACKETED_NAME = Pattern.compile("<([^<>]*[a-z][^<>]*)>");

    public static boolean isNewswire(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sgm");
    }

    /** The articles of one file, in order; an article without a body is skipped. */
    public static void split(Path file, byte[] bytes, Consumer<SourceText> out) {
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher a = ARTICLE.matcher(raw);
        while (a.find()) {
            Matcher id = NEWID.matcher(a.group(1));
            if (!id.find()) continue;
            String article = a.group(2);
            String body = element(article, "BODY");
            if (body == null || body.isBlank()) continue;
            String title = element(article, "TITLE");
            String text = paragraphs(body);
            if (text.isBlank()) continue;
            // the headline leads, as on the wire; its ticker tells which company it is about
            if (title != null) text = Parser.unescapeEntities(title, false).replaceAll("\\s+", " ").strip() + "\n\n" + text;
            out.accept(new SourceText("reuters-" + id.group(1), file, text,
                    TextSource.sha256(article.getBytes(StandardCharsets.UTF_8)), SourceText.Format.NEWSWIRE,
                    date(element(article, "DATE")), title == null ? null : clean(title), place(element(article, "DATELINE"))));
        }
    }

    private static String element(String article, String name) {
        int b = article.indexOf("<" + name + ">");
        int e = article.indexOf("</" + name + ">", b + 1);
        return b < 0 || e < 0 ? null : article.substring(b + name.length() + 2, e);
    }

    /** "    SYDNEY, April 8 - " gives "Sydney". */
    private static String place(String dateline) {
        if (dateline == null) return null;
        String p = clean(dateline).strip().split(",")[0].strip();
        if (p.isEmpty() || p.length() > 40) return null;
        StringBuilder b = new StringBuilder();
        for (String w : p.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!b.isEmpty()) b.append(' ');
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    private static LocalDate date(String s) {
        if (s == null) return null;
        try {
            return LocalDate.parse(s.strip().split(" ")[0], DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String clean(String s) {
        String t = Parser.unescapeEntities(s, false).replaceAll("[\\p{Cc}&&[^\\n]]", " ");
        t = TICKER.matcher(t).replaceAll("");
        return BRACKETED_NAME.matcher(t).replaceAll("$1");
    }

    /** Joins wrapped lines; an indented line, or a short line of a table, starts a paragraph. */
    static String paragraphs(String body) {
        List<String> paras = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : clean(body).split("\n")) {
            String l = line.strip();
            if (l.equals("Reuter") || l.equals("REUTER")) break;
            boolean indented = line.startsWith("  ");
            if (l.isEmpty() || indented) {
                if (!cur.isEmpty()) paras.add(cur.toString());
                cur.setLength(0);
            }
            if (l.isEmpty()) continue;
            if (!cur.isEmpty()) cur.append(' ');
            cur.append(l);
        }
        if (!cur.isEmpty()) paras.add(cur.toString());
        return String.join("\n\n", paras) + "\n";
    }
}
