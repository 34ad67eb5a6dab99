package org.w3id.ckg.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** How names are compared and turned into IRIs: one normal form for the same name however written. */
public final class Names {
    private Names() {}

    /** The normal form with the standard lexicon's legal-form words: what linking compares. */
    public static String key(String name) { return key(name, Lexicon.standard().nameCues); }

    /** "The Alibaba Group Holding Ltd." and "Alibaba" give the same key; designators come from the lexicon. */
    static String key(String name, Map<String, Lexicon.NameCue> cues) {
        String s = name.replace('’', '\'').replaceAll("'s\\b", "").replaceAll("^(?i)the\\s+", "");
        String[] words = s.split("\\s+");
        int end = words.length;
        while (end > 1) {
            Lexicon.NameCue c = cues.get(words[end - 1].replaceAll("[,]$", ""));
            if (c == null || !c.designator()) break;
            end--;
        }
        String joined = String.join(" ", java.util.Arrays.copyOf(words, end));
        return Normalizer.normalize(joined, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^\\p{L}\\p{N}.]+", " ").strip();
    }

    static String slug(String key) {
        return key.replace('.', '-').replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static String titleCase(String words) {
        StringBuilder b = new StringBuilder();
        for (String w : words.split(" ")) {
            if (!b.isEmpty()) b.append(' ');
            b.append(w.equals("and") || w.equals("of") ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }
}
