package org.w3id.ckg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises web page furniture (paywalls, subscription offers and their prices, cookie
 * banners, navigation) by the rules in {@code data/lexicon/boilerplate.txt}.
 */
public final class Boilerplate {

    public enum Verdict { KEEP, DROP, CUT }

    private final List<Pattern> cut = new ArrayList<>();
    private final List<Pattern> drop = new ArrayList<>();

    public Boilerplate(List<String> rules) {
        for (String rule : rules) {
            String[] parts = rule.split("\\s+", 2);
            if (parts.length != 2) throw new IllegalArgumentException("boilerplate rule without a pattern: " + rule);
            Pattern p = Pattern.compile(parts[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            switch (parts[0]) {
                case "cut" -> cut.add(p);
                case "drop" -> drop.add(p);
                default -> throw new IllegalArgumentException("boilerplate rule must start with cut or drop: " + rule);
            }
        }
    }

    public static Boilerplate standard() {
        return new Boilerplate(DataFiles.lines("data/lexicon/boilerplate.txt"));
    }

    public Verdict judge(String line) {
        String l = line.strip();
        for (Pattern p : cut) if (p.matcher(l).find()) return Verdict.CUT;
        for (Pattern p : drop) if (p.matcher(l).find()) return Verdict.DROP;
        return Verdict.KEEP;
    }
}
