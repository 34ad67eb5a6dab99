package org.w3id.ckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.ckg.model.Metric;
import org.w3id.ckg.model.Period;
import org.w3id.ckg.model.Sentence;

class PeriodResolverTest {

    static final Lexicon LX = Lexicon.standard();

    static Period read(PeriodResolver r, String text) {
        return r.read(new Sentence(0, 0, text.length(), text, List.of(), false));
    }

    static PeriodResolver dated(String date, String text) {
        return new PeriodResolver(Optional.ofNullable(date).map(LocalDate::parse), text, LX.namedDays);
    }

    @Test void quarterEndedResolvesAgainstTheTextsDate() {
        PeriodResolver r = dated("2017-08-17", "");
        assertEquals(new Period(LocalDate.parse("2017-04-01"), LocalDate.parse("2017-06-30")), read(r, "For the quarter ended June 30, sales rose."));
    }

    @Test void monthQuarterAndPreviousQuarter() {
        PeriodResolver r = dated("2021-05-13", "");
        assertEquals(new Period(LocalDate.parse("2021-01-01"), LocalDate.parse("2021-03-31")), read(r, "It posted a loss in its March quarter."));
        assertEquals(new Period(LocalDate.parse("2020-10-01"), LocalDate.parse("2020-12-31")), read(r, "The previous quarter saw revenues of $2 billion."));
    }

    @Test void aChangeFromThePreviousQuarterIsNotThePeriod() {
        PeriodResolver r = dated("2021-05-13", "");
        read(r, "It posted a loss in its March quarter.");
        assertEquals(null, read(r, "users reached 811 million, up 32 million from the previous quarter"));
    }

    @Test void fiscalYearAndAsOf() {
        PeriodResolver r = dated(null, "");
        assertEquals(new Period(LocalDate.parse("2015-04-01"), LocalDate.parse("2016-03-31")), read(r, "In the twelve months ended March 31, 2016, it processed $15 billion."));
        assertEquals(new Period(null, LocalDate.parse("2016-03-31")), read(r, "As of March 31, 2016, it had 137,000 members."));
    }

    @Test void aHalfYearInAResultsTableEndsWithTheQuarterReported() {
        PeriodResolver r = dated("1987-03-02", "");
        assertEquals(new Period(LocalDate.parse("1986-11-01"), LocalDate.parse("1987-01-31")), read(r, "QED Exploration Inc 2ND QTR JAN 31 NET"));
        assertEquals(new Period(LocalDate.parse("1986-08-01"), LocalDate.parse("1987-01-31")), read(r, "1st half"));
        assertEquals(null, read(r, "Shr six cts vs 12 cts"), "six alone is no run of months");
    }

    @Test void aFiscalQuarterEndingOnAStatedDayBoundsTheMonthsToIt() {
        PeriodResolver r = dated("1987-10-20", "");
        assertEquals(new Period(LocalDate.parse("1987-07-01"), LocalDate.parse("1987-09-26")), read(r, "KRAFT INC 3RD QTR SEPT 26 NET"));
        assertEquals(LocalDate.parse("1987-09-26"), read(r, "Nine mths").end(), "the nine months end where the quarter does");
    }

    @Test void aTextWithoutADateGetsNoGuessedPeriod() {
        PeriodResolver r = dated(null, "");
        assertEquals(Period.UNKNOWN, read(r, "Revenue for the quarter ended June 30 rose."));
        assertEquals(Period.UNKNOWN, r.context());
    }

    @Test void namedDaysAndTrailingWindows() {
        PeriodResolver r = dated(null, "");
        assertEquals(new Period(null, LocalDate.parse("2015-11-11")), read(r, "On Singles Day in 2015, it processed 140,000 orders per second."));
        PeriodResolver q = dated("2021-05-13", "in the fiscal year ended March 2021");
        Metric annual = LX.metric("AnnualActiveConsumers");
        assertEquals(new Period(LocalDate.parse("2020-04-01"), LocalDate.parse("2021-03-31")), q.forMetric(annual, null));
        Metric customers = LX.metric("Customers");
        assertEquals(new Period(null, LocalDate.parse("2021-03-31")), q.forMetric(customers, null));
    }
}
