package org.parley.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.corpus.Passage;
import org.parley.facts.Attribution;
import org.parley.facts.Facts;

/**
 * Finds sentences that attribute words to a named person: "Rashad described the round as …", "“…,” Rubio told
 * reporters", and "She noted that …" right after a sentence naming one person. Only sentences that name
 * exactly one person count, so the speaker is never in doubt.
 */
final class Speeches {

    private static final Pattern QUOTE = Pattern.compile("\u201C([^\u201C\u201D]*)\u201D|\"([^\"]*)\"");

    private static final String USED_WORDS = "Who used the words \u201C";

    private static final int MIN_REPORTED_WORDS = 4;
    private static final int MIN_QUOTE_WORDS = 3;

    private final Material material;
    private final Facts facts;
    private final Vocabulary vocabulary;

    Speeches(Material material) {
        this.material = material;
        this.facts = material.facts();
        this.vocabulary = material.vocabulary();
    }

    List<Speech> find() {
        List<Speech> out = new ArrayList<>();
        for (Passage p : material.corpus().passages()) {
            List<String> people = facts.of(p.key()).people();
            if (people.size() == 1 && vocabulary.personName(people.get(0))) {
                named(p, people.get(0)).ifPresent(out::add);
            } else if (people.isEmpty()) {
                pronoun(p).ifPresent(out::add);
            }
        }
        return out;
    }

    /** "Waltz said …", "Dr. Lena Hartmann, a Gulf diplomacy analyst …, said …", "“…,” said Rubio". */
    private Optional<Speech> named(Passage p, String speaker) {
        String text = p.quote();
        List<int[]> mentions = new ArrayList<>();
        for (String spelling : vocabulary.spellings(speaker)) mentions.addAll(Text.spans(text, spelling));
        return vocabulary
                .attribution
                .byName(text, mentions)
                .flatMap(said -> speech(p, speaker, Optional.empty(), said));
    }

    /** "She noted that …" or "“…,” he said", after a sentence in the same paragraph that names one person. */
    private Optional<Speech> pronoun(Passage p) {
        if (p.sentence().number() == 1) return Optional.empty();
        Optional<Passage> before = material.before(p);
        List<String> named = before.map(b -> facts.of(b.key()).people()).orElse(List.of());
        if (named.size() != 1 || !vocabulary.personName(named.get(0))) return Optional.empty();
        // "Doru's chief of staff briefed reporters. He said …": the one name there only owns the speaker
        String antecedent = before.get().quote();
        List<int[]> mentions = new ArrayList<>();
        for (String spelling : vocabulary.spellings(named.get(0))) mentions.addAll(Text.spans(antecedent, spelling));
        if (mentions.stream().allMatch(m -> Attribution.possessive(antecedent, m))) return Optional.empty();
        return vocabulary.attribution.byPronoun(p.quote()).flatMap(said -> speech(p, named.get(0), before, said));
    }

    /**
     * The prompt: "Who described the round as the most productive in months?" when the speaker opens the
     * sentence with a finite verb, else "Who used the words “…”?" with the longest quotation.
     */
    private Optional<Speech> speech(Passage p, String speaker, Optional<Passage> antecedent, Attribution.Said at) {
        String text = p.quote();
        String verbWord = text.substring(at.verbStart(), at.verbEnd());
        boolean finite = !verbWord.toLowerCase(Locale.ROOT).endsWith("ing");
        boolean quoteFirst = at.quotes().stream().anyMatch(q -> q[0] < at.verbStart());
        if (at.subjectFirst() && finite && !quoteFirst) {
            String said = text.substring(at.verbStart()).strip();
            // The sentence's own full stop goes, also inside a closing quotation mark: '… state."' is shown as
            // '… state"?', and what is checked against the sentence is '… state'.
            Matcher stop = FINAL_STOP.matcher(said);
            String closing = "";
            if (stop.find()) {
                closing = stop.group(1);
                said = said.substring(0, stop.start());
            }
            if (Text.words(said) > MIN_REPORTED_WORDS
                    && !said.endsWith("?")
                    && !names(said, speaker)
                    && !vocabulary.opensWithAnaphor(text.substring(at.verbEnd()))) {
                String shown = Text.cut(said, QuizMaker.MAX_PROMPT - "Who ?".length() - closing.length());
                String prompt = "Who " + shown + (shown.endsWith(Text.ELLIPSIS) ? "" : closing) + "?";
                return Optional.of(new Speech(speaker, p, antecedent, prompt, verbatim(shown)));
            }
        }
        String longest = "";
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            String q = (m.group(1) != null ? m.group(1) : m.group(2)).strip().replaceAll("[,;:]+$", "");
            if (q.length() > longest.length()) longest = q;
        }
        if (Text.words(longest) < MIN_QUOTE_WORDS || names(longest, speaker)) return Optional.empty();
        String end = "\u201D, according to " + material.source(p.article().id()) + "?";
        String shown = Text.cut(longest, QuizMaker.MAX_PROMPT - USED_WORDS.length() - end.length());
        return Optional.of(new Speech(speaker, p, antecedent, USED_WORDS + shown + end, verbatim(shown)));
    }

    /** A sentence's full stop, and the closing quotation marks after it. */
    private static final Pattern FINAL_STOP = Pattern.compile("\\.([\"\u201D\u2019']*)$");

    /** The part of a shown text that is verbatim from the sentence (what comes before an added ellipsis). */
    private static String verbatim(String shown) {
        return shown.endsWith(Text.ELLIPSIS) ? shown.substring(0, shown.length() - 1) : shown;
    }

    private boolean names(String text, String person) {
        return vocabulary.spellings(person).stream().anyMatch(s -> Text.hasWord(text, s));
    }
}
