package org.w3id.ckg.extract;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.w3id.ckg.ingest.DocumentReader;
import org.w3id.ckg.model.SourceText;

/**
 * Hostile text for the extractor: a seeded generator strings together fragments of numbers,
 * currencies, dates, names, punctuation and noise. A bounded number of inputs must give no
 * exception and no hang, and a text four times as long must not take much more than four
 * times as long (no super-linear corner in the rules).
 */
class FuzzTest {

    static final List<String> FRAGMENTS = List.of(
            "US$", "RMB", "¥", "₹", "£", "€", "HK$", "Rs", "1,234.5", "2.43 billion yuan", "(US$359 million)", "0.", ".5", "99%", "per cent",
            "mln dlrs", "cts", "vs", "up", "from", "to", "Shr", "Net", "Revs", "quarter ended June 30", "the March quarter", "fiscal year ended",
            "as of", "last year", "a year earlier", "Nine mths", "Q4", "1987/88", "Singles Day in 2015", "Alibaba's", "its", "the company",
            "Acme Corp", "Bank of", "Group", "Inc.", "Ltd's", "X-Dragon", "<ABC>", "CEO", "chief executive officer", "said", "acquired",
            "a controlling stake in", "owns 51 pct of", "owned by", "unit of", "customers include", ",", ";", ".", "\"", "“", "(", ")",
            "'", "-", "/", "&", "and", "of", "The", "\n", "  ", "ÄÖÜ", "阿里巴巴", "\u0000x", "\uFEFF", "----", "((((", "....", "$$$$");

    static String text(Random r, int fragments) {
        StringBuilder b = new StringBuilder(" date 2020-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10) + " ");
        for (int i = 0; i < fragments; i++) {
            b.append(FRAGMENTS.get(r.nextInt(FRAGMENTS.size())));
            if (r.nextInt(3) > 0) b.append(' ');
            if (r.nextInt(25) == 0) b.append(r.nextInt(1_000_000));
        }
        return b.toString();
    }

    static long extract(Extractor x, String text) {
        long t0 = System.nanoTime();
        x.extract(DocumentReader.standard().read(new SourceText("fuzz.txt", Path.of("fuzz.txt"), text, "h", SourceText.Format.PLAIN)));
        return System.nanoTime() - t0;
    }

    @Test void noExceptionNoHang() {
        Extractor x = new Extractor();
        Random r = new Random(20261123);
        for (int i = 0; i < 400; i++) {
            String t = text(r, 5 + r.nextInt(120));
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> extract(x, t), () -> "input: " + t);
        }
    }

    @Test void noSuperLinearTime() {
        Extractor x = new Extractor();
        Random r = new Random(42);
        String small = text(r, 400), large = small.repeat(4);
        for (int i = 0; i < 5; i++) { extract(x, small); extract(x, large); } // warm up
        long s = Long.MAX_VALUE, l = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            s = Math.min(s, extract(x, small));
            l = Math.min(l, extract(x, large));
        }
        assertTrue(l < 10 * s, "4x the text took " + (double) l / s + "x the time");
    }

    @Test void aLongLineWithoutFullStops() {
        Extractor x = new Extractor();
        String line = "Acme Corp said revenue rose 5 pct to 3 mln dlrs and ".repeat(2000); // about 100 KB, one line
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> extract(x, line));
    }
}
