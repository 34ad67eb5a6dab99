package org.w3id.ckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegexesTest {

    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) out.add(m.start() + ":" + m.group());
        return out;
    }

    /** The prefix tree finds (phrases in one case, as the lexicons give them) what the flat alternation sorted longest first finds, match for match, whatever follows it. */
    @Test void thePrefixTreeMatchesAsTheFlatListLongestFirst() {
        Random r = new Random(42);
        String letters = "abm. $", textLetters = "abmAM. $";
        for (int round = 0; round < 300; round++) {
            List<String> phrases = new ArrayList<>();
            for (int i = 0, n = 1 + r.nextInt(8); i < n; i++) {
                StringBuilder b = new StringBuilder();
                for (int j = 0, len = 1 + r.nextInt(4); j < len; j++) b.append(letters.charAt(r.nextInt(letters.length())));
                phrases.add(b.toString());
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 60; i++) text.append(textLetters.charAt(r.nextInt(textLetters.length())));
            String flat = phrases.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).collect(Collectors.joining("|"));
            String tree = Regexes.longestFirst(phrases);
            for (String after : List.of("", "(?![a-z])", "\\s")) {
                for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE}) {
                    assertEquals(matches(Pattern.compile("(?:" + flat + ")" + after, flags), text.toString()),
                            matches(Pattern.compile("(?:" + tree + ")" + after, flags), text.toString()), phrases + " in " + text);
                }
            }
        }
    }

    @Test void specialCharactersAreLiterals() {
        Pattern p = Pattern.compile("(?:" + Regexes.longestFirst(List.of("u.s.$", "$", "(a)", "a+b")) + ")");
        assertEquals(List.of("0:u.s.$", "6:$", "8:(a)", "12:a+b", "20:$"), matches(p, "u.s.$ $ (a) a+b uxsx$"));
    }
}
