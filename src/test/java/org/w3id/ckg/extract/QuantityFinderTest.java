package org.w3id.ckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.w3id.ckg.model.Quantity;
import org.w3id.ckg.model.Sentence;

class QuantityFinderTest {

    static final QuantityFinder FINDER = new QuantityFinder(Lexicon.standard());

    static List<Quantity> find(String text) {
        return FINDER.find(new Sentence(0, 0, text.length(), text, List.of(), false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "revenue of RMB 2,975 million in the quarter | 2975000000 | CNY",
            "sales were 2.43 billion yuan | 2430000000 | CNY",
            "it paid US$359 million | 359000000 | USD",
            "revenue of $342.1m | 342100000 | USD",
            "core commerce at £5.3bn | 5300000000 | GBP",
            "an additional USD 1.0 billion investment | 1000000000 | USD",
            "a fine of 7.66 billion yuan | 7660000000 | CNY",
            "a plan for ₹900 | 900 | INR",
            "Rs 45 crore deal | 450000000 | INR",
            "profit of HK$12.5 million | 12500000 | HKD",
            "sales of 3.5 mln dlrs | 3500000 | USD",
            "a €20 billion bid | 20000000000 | EUR",
            "customers rose to 1.01 million | 1010000 | count",
            "an increase of 137,000 customers | 137000 | count",
            "revenue climbed 96 percent | 96 | percent",
            "up 99% year on year | 99 | percent",
            "more than 90 per cent of the market | 90 | percent",
    })
    void normalisesValueAndUnit(String text, String value, String unit) {
        List<Quantity> qs = find(text);
        assertEquals(1, qs.size(), () -> "one quantity in: " + text + " got " + qs);
        assertEquals(0, new BigDecimal(value).compareTo(qs.get(0).value()), () -> text + " -> " + qs.get(0).value());
        assertEquals(unit, qs.get(0).unit());
    }

    @Test void yearsAndDatesAreNotQuantities() {
        assertTrue(find("For the quarter ended June 30, 2017 it said").isEmpty());
        assertTrue(find("As of March 31, 2016 the company").isEmpty());
    }

    @Test void changesAndRatesAreTold() {
        List<Quantity> qs = find("monthly users totalled 529 million, up by 22 million from March");
        assertEquals(Quantity.Role.LEVEL, qs.get(0).role());
        assertEquals(Quantity.Role.CHANGE, qs.get(1).role());
        assertEquals(Quantity.Role.PER_SHARE, find("earnings came to $1.58 per share").get(0).role());
        assertEquals(Quantity.Role.PER_SECOND, find("peak of 140,000 orders per second").get(0).role());
    }
}
