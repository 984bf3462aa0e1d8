package org.parley.answer;

import static org.parley.config.WordPatterns.anyOf;
import static org.parley.config.WordPatterns.capitalised;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parley.config.AnswerWords;
import org.parley.config.Lexicon;

/**
 * What kinds of answer a sentence can give (a time, a number, a place, a cause, someone's words), for the answer
 * model's type features. The words are the lexicon's ({@code answer:}, {@code names.days}, {@code names.months});
 * only the shapes of numbers, years and quotations are written here.
 */
final class SentenceTypes {

    /** A year, a century, a day, a month or a time word ("overnight"). */
    private final Pattern time;
    /** A number that is not a year or a day of the month ("16 May"), or a number word. */
    private final Pattern quantity;
    /** A preposition before a capitalised word ("in Riyadh", "at the Diriyah Palace"), or a verb of hosting. */
    private final Pattern place;

    private final Pattern cause;
    /** A quotation mark, or a word that reports speech. */
    private final Pattern speech;
    /** A closing quotation mark, a word and a verb naming the speaker: "…," Lavrov said. */
    private final Pattern attribution;
    /** A capitalised pronoun opening the sentence. */
    private final Pattern pronounOpener;
    /** A quotation a pronoun speaks: "…," he said. */
    private final Pattern pronounAttribution;

    SentenceTypes(Lexicon lexicon) {
        AnswerWords words = lexicon.answer();
        List<String> months = lexicon.names().months();
        // A month that is also an auxiliary verb ("may") is a month only with its capital.
        Set<String> auxiliaries = Set.copyOf(lexicon.cues("subject.auxiliaries"));
        List<String> capitalOnly = months.stream().filter(auxiliaries::contains).toList();
        List<String> anyCase = new ArrayList<>(months);
        anyCase.removeAll(capitalOnly);
        anyCase.addAll(lexicon.names().days());
        anyCase.addAll(words.timeWords());
        time = Pattern.compile("\\b" + anyOf(capitalised(capitalOnly)) + "\\b"
                + "|(?i)\\b((1[0-9]|20)\\d{2}|\\d{1,2}(st|nd|rd|th) century|"
                + anyOf(anyCase) + ")\\b");
        // Not a count: a day after its month ("December 14", "Aug. 16", "(Aug 16)"), a designation ("B-52",
        // "COVID-19"), a number word in a name ("the Five-Power Treaty").
        List<String> monthForms = new ArrayList<>(capitalised(months));
        monthForms.addAll(capitalised(lexicon.names().monthAbbreviations()));
        String month =
                monthForms.stream().map(m -> Pattern.quote(m) + "\\.?").collect(Collectors.joining("|", "(?:", ")"));
        quantity = Pattern.compile("(?<![\\p{N}])(?<!\\p{L}-)(?<!" + month + "\\s)"
                + "(?!(?:19|20)\\d\\d(?!\\d))\\p{N}[\\p{N},.]*(?!\\p{N})"
                + "(?!\\s+" + month + "(?![\\p{L}]))"
                + "|(?i)\\b(" + anyOf(words.numberWords()) + ")\\b(?!(?-i:-\\p{Lu}))");
        place = Pattern.compile("\\b" + anyOf(words.placePrepositions()) + "\\s+(?:the\\s+)?\\p{Lu}" + "|\\b"
                + anyOf(words.placeVerbs()) + "\\b");
        cause = Pattern.compile("(?i)\\b(" + anyOf(words.causeWords()) + ")\\b");
        speech = Pattern.compile("[\u201C\"]|(?i)\\b(" + anyOf(words.speechWords()) + ")\\b");
        attribution = Pattern.compile("(?i)[\u201D\"],?\\s+\\p{L}+\\s+(" + anyOf(words.attributionVerbs()) + ")\\b");
        pronounOpener = Pattern.compile("^(" + anyOf(capitalised(words.pronounOpeners())) + ")\\b");
        pronounAttribution = Pattern.compile("(?i)[\u201D\"],?\\s+" + anyOf(words.pronounOpeners()) + "\\s+"
                + anyOf(words.attributionVerbs()) + "\\b");
    }

    boolean saysWhen(String sentence) {
        return time.matcher(sentence).find();
    }

    boolean saysHowMany(String sentence) {
        return quantity.matcher(sentence).find();
    }

    boolean saysWhere(String sentence) {
        return place.matcher(sentence).find();
    }

    boolean saysWhy(String sentence) {
        return cause.matcher(sentence).find();
    }

    boolean reportsWords(String sentence) {
        return speech.matcher(sentence).find();
    }

    /** "He said …", "Its envoy …": the sentence's subject is in the sentence before. */
    boolean opensWithPronoun(String sentence) {
        return pronounOpener.matcher(sentence).find();
    }

    /** "“This is a victory,” he said.": the speaker is named in the sentence before. */
    boolean quotesPronoun(String sentence) {
        return pronounAttribution.matcher(sentence).find();
    }

    /** “We see this as a positive step.”: a quotation with no attribution after it, so the speaker is before it. */
    boolean isBareQuotation(String sentence) {
        return !sentence.isEmpty()
                && "\u201C\"".indexOf(sentence.charAt(0)) >= 0
                && !attribution.matcher(sentence).find();
    }
}
