package org.parley.config;

import java.util.List;
import java.util.Set;

/**
 * The words articles are cut into sentences with (config/lexicon.yaml, {@code splitter:}), all in lower case.
 *
 * @param abbreviations   abbreviations, without their period, after which a period rarely ends a sentence
 * @param sentenceOpeners words that open sentences: after an acronym like "U.S." they mark a real boundary
 * @param clockTimes      clock times without their last period ("a.m"): a capitalised word after one starts a sentence
 * @param timeZoneNouns   nouns after a capitalised word that keep it in a clock time's sentence ("a.m. Washington time")
 * @param attributedAfter verbs that follow a name in a quotation's attribution ("… ready?” Zelenskyy asked.")
 * @param attributedBefore verbs that open an attribution before the name ("… ready?” said Mr. Roe.")
 * @param bylineOpeners   words that open a byline ("By Anna Lisk"), which is neither a heading nor article text
 * @param creditOpeners   words that open a credit line ("(Reporting by …; editing by …)"), which is not article text
 */
public record SplitterWords(
        Set<String> abbreviations,
        Set<String> sentenceOpeners,
        Set<String> clockTimes,
        List<String> timeZoneNouns,
        List<String> attributedAfter,
        List<String> attributedBefore,
        List<String> bylineOpeners,
        List<String> creditOpeners) {

    static SplitterWords of(LexiconSection s) {
        LexiconSection attribution = s.section("attribution");
        return new SplitterWords(
                s.set("abbreviations"),
                s.set("sentence_openers"),
                s.set("clock_times"),
                s.list("time_zone_nouns"),
                attribution.list("after_name"),
                attribution.list("before_name"),
                s.list("byline_openers"),
                s.list("credit_openers"));
    }
}
