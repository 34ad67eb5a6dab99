package org.w3id.ckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.ckg.ingest.DocumentReader;
import org.w3id.ckg.model.Extraction;
import org.w3id.ckg.model.Observation;
import org.w3id.ckg.model.SourceText;

/** Extraction on sentences written for the test, about companies no data file knows. */
class ExtractorTest {

    static final Extractor EXTRACTOR = new Extractor();

    static Extraction extract(String text) {
        return EXTRACTOR.extract(DocumentReader.standard().read(new SourceText("t.txt", Path.of("t.txt"), text, "h", SourceText.Format.PLAIN)));
    }

    static Set<String> relations(Extraction x) {
        return x.relations().stream().map(r -> r.subject().label() + " " + r.type() + " " + r.object().label()).collect(Collectors.toSet());
    }

    static Set<String> figures(Extraction x) {
        return x.observations().stream().map(ExtractorTest::figure).collect(Collectors.toSet());
    }

    static String figure(Observation o) {
        return o.organization().label() + " " + o.metric().name() + " " + o.quantity().value().toPlainString() + " " + o.quantity().unit()
                + " " + o.period().start() + ".." + o.period().end();
    }

    @Test void unitsInAppositionAndTheirFigures() {
        Extraction x = extract(" date 2019-11-05 Globex Corp said its logistics business Speedway grew 20 percent to 3.1 billion yuan in the quarter ended September 30.\n");
        assertTrue(relations(x).contains("Speedway SUBSIDIARY_OF Globex Corp"), () -> relations(x).toString());
        assertTrue(figures(x).contains("Speedway RevenueGrowth 20 percent 2019-07-01..2019-09-30"), () -> figures(x).toString());
        assertTrue(figures(x).contains("Speedway Revenue 3100000000 CNY 2019-07-01..2019-09-30"), () -> figures(x).toString());
    }

    @Test void aPurchaseOfSharesIsAnInvestmentAndTheRegulatorBuysNothing() {
        Extraction x = extract("In a filing with the Securities and Exchange Commission, Globex Corp said it bought 362,700 Initech Inc common shares. "
                + "Umbrella Holdings said it bought 32,800 shares of Cyberdyne Corp last week.\n");
        Set<String> r = relations(x);
        assertTrue(r.contains("Globex Corp INVESTED_IN Initech Inc"), r::toString);
        assertTrue(r.contains("Umbrella Holdings INVESTED_IN Cyberdyne Corp"), r::toString);
        assertTrue(r.stream().noneMatch(t -> t.contains("SUBSIDIARY_OF") || t.contains("ACQUIRED")), r::toString);
    }

    @Test void aHalfYearLineOfAResultsTableBelongsToTheCompany() {
        Extraction x = newswire("GLOBEX CORP &lt;GLBX> 2ND QTR JAN 31 NET",
                "Shr six cts vs 12 cts\n    Revs 622,909 vs 968,428\n    1st half\n    Shr nine cts vs 24 cts\n    Revs 1,181,424 vs 1,867,892\n");
        assertTrue(x.mentioned().stream().noneMatch(e -> e.label().equals("1st")), () -> x.mentioned().toString());
        assertTrue(figures(x).contains("Globex Corp Revenue 1181424 USD 1986-08-01..1987-01-31"), () -> figures(x).toString());
    }

    /** One Reuters-21578 article, read as the SGML intake reads it. */
    static Extraction newswire(String title, String body) {
        String sgml = "<REUTERS NEWID=\"1\"><DATE> 2-MAR-1987 10:00:00.00</DATE><TEXT><TITLE>" + title + "</TITLE><BODY>" + body + " Reuter\n</BODY></TEXT></REUTERS>";
        List<SourceText> texts = new java.util.ArrayList<>();
        org.w3id.ckg.ingest.TextSource.read(Path.of("t.sgm"), sgml.getBytes(java.nio.charset.StandardCharsets.UTF_8), new org.w3id.ckg.ingest.TextSource.Handler() {
            @Override public void text(SourceText t) { texts.add(t); }
            @Override public void failure(org.w3id.ckg.ingest.TextSource.Failure f) { throw new AssertionError(f.toString()); }
        });
        return EXTRACTOR.extract(DocumentReader.standard().read(texts.get(0)));
    }

    @Test void aHeadlinesTickerNamesTheWordsBeforeItNotTheWholeHeadline() {
        Set<String> a = newswire("ZANTEX FIRM HAS 5.1 PCT OF QUORBIT &lt;QRBT.O>", "Zantex said it holds the shares for investment.\n")
                .mentioned().stream().map(e -> e.label()).collect(Collectors.toSet());
        assertTrue(a.contains("Quorbit") && a.stream().noneMatch(l -> l.contains(" Has ") || l.contains("Pct")), a::toString);
        Set<String> b = newswire("FLOMBO TO GO &lt;FLOM> GETS STORES", "Flombo To Go said it got twelve stores.\n")
                .mentioned().stream().map(e -> e.label()).collect(Collectors.toSet());
        assertTrue(b.contains("Flombo To Go"), b::toString);
    }

    @Test void aRegulatorHasNoBusinessUnits() {
        Extraction x = extract("John Dingell chairs the House panel responsible for the SEC's budget and operations. "
                + "Globex Corp said its cloud business grew.\n");
        Set<String> r = relations(x);
        assertTrue(r.stream().noneMatch(t -> t.endsWith("SUBSIDIARY_OF Securities and Exchange Commission")), r::toString);
        assertTrue(r.stream().anyMatch(t -> t.endsWith("SUBSIDIARY_OF Globex Corp")), "a company's unit still is one: " + r);
    }

    @Test void customerLists() {
        Extraction x = extract("Initech Inc makes payroll software. Initech's customers include Bank of Springfield, Acme Insurance and the Ministry of Finance.\n");
        Set<String> r = relations(x);
        assertTrue(r.containsAll(List.of("Initech Inc HAS_CUSTOMER Bank of Springfield", "Initech Inc HAS_CUSTOMER Acme Insurance",
                "Initech Inc HAS_CUSTOMER Ministry of Finance")), r::toString);
    }

    @Test void acquisitionsPricesAndDataCentres() {
        Extraction x = extract("Umbrella Holdings acquired a controlling stake in Cyberdyne for $2.5 billion. "
                + "Umbrella Holdings also plans to open data centres in Brazil and Mexico.\n");
        Set<String> r = relations(x);
        assertTrue(r.contains("Umbrella Holdings ACQUIRED Cyberdyne"), r::toString);
        assertTrue(r.contains("Cyberdyne SUBSIDIARY_OF Umbrella Holdings"), r::toString);
        assertTrue(r.contains("Umbrella Holdings DATA_CENTER_IN Brazil") && r.contains("Umbrella Holdings DATA_CENTER_IN Mexico"), r::toString);
        assertTrue(figures(x).stream().anyMatch(f -> f.startsWith("Umbrella Holdings AcquisitionPrice 2500000000 USD")), () -> figures(x).toString());
    }

    @Test void chiefExecutives() {
        Extraction x = extract("\"Sales were strong,\" said Maria Lopez, chief executive of Vandelay Industries.\n");
        assertTrue(relations(x).contains("Maria Lopez CEO_OF Vandelay Industries"), () -> relations(x).toString());
    }

    @Test void expectationsAreNotFigures() {
        Extraction x = extract("Analysts were expecting earnings of $1.79 per share on revenue of $27.8 billion at Hooli.\n");
        assertEquals(Set.of(), figures(x));
    }

    @Test void changesAreNotLevels() {
        Extraction x = extract(" date 2020-02-01 Pied Piper said monthly active users reached 40 million in December, up 3 million from September.\n");
        assertEquals(Set.of("Pied Piper MonthlyActiveUsers 40000000 count null..2019-12-31"), figures(x));
    }
}
