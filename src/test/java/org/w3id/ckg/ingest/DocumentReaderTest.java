package org.w3id.ckg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.ckg.model.Document;
import org.w3id.ckg.model.SourceText;

class DocumentReaderTest {

    static final DocumentReader READER = DocumentReader.standard();

    static Document read(String name, String text) {
        return READER.read(new SourceText(name, Path.of(name), text, "h", TextSource.formatOf(name, text)));
    }

    static String prose(Document d) {
        StringBuilder b = new StringBuilder();
        for (Document.Span s : d.blocks()) b.append(d.text(), s.begin(), s.end()).append('\n');
        return b.toString();
    }

    @Test void leadingDateLine() {
        Document d = read("a.txt", " date 2019-02-01 Acme Corp said sales rose.\n");
        assertEquals(Optional.of(LocalDate.parse("2019-02-01")), d.date());
        assertEquals("Acme Corp said sales rose.\n", prose(d));
    }

    @Test void datelineOfANewswire() {
        Document d = read("b.txt", "NEW YORK, March 3, 1987 - Acme Corp said sales rose.\n");
        assertEquals(Optional.of(LocalDate.parse("1987-03-03")), d.date());
    }

    @Test void noDateMeansNone() {
        assertTrue(read("c.txt", "Acme said sales rose.").date().isEmpty());
    }

    @Test void paywallAndOfferPricesAreNotProse() {
        Document d = read("d.txt", "Acme said sales rose 5 percent to $2 billion.\n"
                + "You’ve reached your limit of 5 free articles this month.\nSubscribe now for unlimited access.\n"
                + "Premium plan\n₹2,700\n1 Year\nAcme also said profit doubled to $9 billion.\n");
        String p = prose(d);
        assertTrue(p.contains("sales rose 5 percent"));
        assertFalse(p.contains("₹"));
        assertFalse(p.contains("profit doubled"), "everything after a paywall is furniture");
    }

    @Test void cookieBannersAndPricesAreDroppedWithoutAPaywall() {
        Document d = read("e.txt", "We use cookies to improve your experience. Accept all cookies\nAcme Corp said sales rose.\n$4.99/month\n");
        assertEquals("Acme Corp said sales rose.\n", prose(d));
    }

    @Test void htmlIsReadAsText() {
        Document d = read("f.html", "<html><head><title>T</title><script>var x='Globex Corp bought Initech';</script>"
                + "<meta property='article:published_time' content='2020-05-06T10:00:00Z'></head><body><nav>Home | News</nav>"
                + "<h1>Globex results</h1><p>Globex Corp said revenue rose.</p><footer>All rights reserved</footer></body></html>");
        assertEquals(Optional.of(LocalDate.parse("2020-05-06")), d.date());
        String p = prose(d);
        assertTrue(p.contains("Globex Corp said revenue rose."));
        assertFalse(p.contains("Initech"), "scripts are not text");
        assertFalse(p.contains("Home | News"), "navigation is not text");
    }

    @Test void headingsStandAlone() {
        Document d = read("g.txt", "Its customers rose.\nCloud Computing\nAcme Cloud is the largest provider.\n");
        assertTrue(d.blocks().stream().anyMatch(Document.Span::heading));
    }
}
