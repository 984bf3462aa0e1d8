package org.parley.cli;

import static org.parley.config.WordPatterns.anyOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.corpus.Article;
import org.parley.corpus.Corpus;
import org.parley.corpus.CorpusLoader;
import org.parley.corpus.Passage;

/**
 * A reproducible news-like corpus of any size for {@code parley bench}, and questions asked of its known sentences,
 * so the bench can tell whether an answer cites a right one.
 */
final class GeneratedNews {

    private static final String[] PEOPLE = {
        "Foreign Minister Ana Weller",
        "President Tomas Hrab",
        "Envoy Lina Osei",
        "Prime Minister Karl Juste",
        "Defence Minister Ivo Brandt",
        "Secretary Maya Lund",
        "Ambassador Omar Said"
    };
    private static final String[] PARTIES = {
        "Ukraine",
        "Russia",
        "France",
        "Germany",
        "Poland",
        "Turkey",
        "Qatar",
        "Egypt",
        "the United States",
        "the European Union",
        "China",
        "India",
        "Norway",
        "Brazil",
        "Japan"
    };
    private static final String[] VERBS = {
        "agreed to",
        "rejected",
        "proposed",
        "criticised",
        "welcomed",
        "postponed",
        "signed",
        "questioned",
        "announced",
        "opposed",
        "discussed",
        "endorsed"
    };
    private static final Map<String, String> VERB_BASE = Map.ofEntries(
            Map.entry("agreed to", "agree to"),
            Map.entry("rejected", "reject"),
            Map.entry("proposed", "propose"),
            Map.entry("criticised", "criticise"),
            Map.entry("welcomed", "welcome"),
            Map.entry("postponed", "postpone"),
            Map.entry("signed", "sign"),
            Map.entry("questioned", "question"),
            Map.entry("announced", "announce"),
            Map.entry("opposed", "oppose"),
            Map.entry("discussed", "discuss"),
            Map.entry("endorsed", "endorse"));
    private static final String[] OBJECTS = {
        "a ceasefire along the front line",
        "new sanctions on energy exports",
        "a prisoner exchange",
        "a roadmap for embassy staff",
        "talks on grain shipments",
        "a summit in the spring",
        "security guarantees",
        "a monitoring mission",
        "the release of detainees",
        "a trade corridor",
        "a water-sharing accord",
        "reconstruction funds",
        "a humanitarian pause",
        "border demarcation"
    };
    private static final String[] PLACES = {
        "Geneva", "Istanbul", "Doha", "Vienna", "Oslo", "Cairo", "Riyadh", "Helsinki"
    };
    private static final int PER_ARTICLE = 40;

    /**
     * A question and what makes a cited sentence answer it.
     *
     * @param mustContain every one of these is in a sentence that answers; empty for a question the corpus cannot
     *                    answer (asked for timing, not counted in the top-three share)
     */
    record Question(String text, List<String> mustContain) {
        boolean answerable() {
            return !mustContain.isEmpty();
        }

        boolean answeredBy(String quote) {
            return answerable() && mustContain.stream().allMatch(quote::contains);
        }
    }

    private GeneratedNews() {}

    /** Articles of 40 sentences in 4 sections, {@code sentences} in all (the same corpus for the same size). */
    static Corpus corpus(int sentences, CorpusLoader loader) {
        Random r = new Random(42);
        List<String> ids = new ArrayList<>(), texts = new ArrayList<>();
        for (int a = 0; a * PER_ARTICLE < sentences; a++) {
            ids.add("generated-" + a);
            texts.add(article(r, Math.min(PER_ARTICLE, sentences - a * PER_ARTICLE)));
        }
        return loader.fromTexts(ids, texts);
    }

    /** {@code base} and one more article of new sentences, as a newsroom adds one; {@code base}'s articles are shared. */
    static Corpus withOneMore(Corpus base, CorpusLoader loader) {
        String text = article(new Random(4242), PER_ARTICLE);
        Corpus added = loader.fromTexts(List.of("generated-added"), List.of(text));
        List<Article> articles = new ArrayList<>(base.articles());
        articles.addAll(added.articles());
        return new Corpus(articles, base.fingerprint() + "+" + added.fingerprint());
    }

    private static String article(Random r, int n) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < n; s++) {
            if (s % 10 == 0)
                text.append(s == 0 ? "" : "\n\n")
                        .append("Section ")
                        .append(s / 10 + 1)
                        .append(" of the talks\n\n");
            else if (s % 3 == 0) text.append("\n\n");
            text.append(sentence(r)).append(' ');
        }
        return text.toString().strip();
    }

    private static String sentence(Random r) {
        String who = pick(r, PEOPLE) + " of " + pick(r, PARTIES);
        return switch (r.nextInt(4)) {
            case 0 -> who + " " + pick(r, VERBS) + " " + pick(r, OBJECTS) + " in " + pick(r, PLACES) + ".";
            case 1 ->
                "In " + pick(r, PLACES) + ", " + who + " said " + pick(r, PARTIES) + " had " + pick(r, VERBS) + " "
                        + pick(r, OBJECTS) + ".";
            case 2 ->
                "Officials from " + pick(r, PARTIES) + " and " + pick(r, PARTIES) + " " + pick(r, VERBS) + " "
                        + pick(r, OBJECTS) + " on day " + (1 + r.nextInt(28)) + ".";
            default ->
                "Critics in " + pick(r, PARTIES) + " warned that " + pick(r, OBJECTS) + " would fail without "
                        + pick(r, OBJECTS) + ".";
        };
    }

    private static final String PERSON = anyOf(List.of(PEOPLE)),
            PARTY = anyOf(List.of(PARTIES)),
            VERB = anyOf(List.of(VERBS)),
            OBJECT = anyOf(List.of(OBJECTS)),
            PLACE = anyOf(List.of(PLACES));
    private static final Pattern ACTED =
            Pattern.compile("(" + PERSON + " of " + PARTY + ") (" + VERB + ") (" + OBJECT + ") in (" + PLACE + ")\\.");
    private static final Pattern SAID = Pattern.compile("In (" + PLACE + "), (" + PERSON + " of " + PARTY + ") said "
            + PARTY + " had " + VERB + " (" + OBJECT + ")\\.");
    private static final Pattern OFFICIALS = Pattern.compile(
            "Officials from (" + PARTY + ") and (" + PARTY + ") (" + VERB + ") (" + OBJECT + ") on day \\d+\\.");
    private static final Pattern CRITICS = Pattern.compile(
            "Critics in (" + PARTY + ") warned that (" + OBJECT + ") would fail without " + OBJECT + "\\.");

    /**
     * {@code n} questions: five in six ask about a sentence picked at random from {@code corpus} (its right answers
     * are the sentences that state the same thing), one in six about what no article says.
     */
    static List<Question> questions(Corpus corpus, int n, long seed) {
        Random r = new Random(seed);
        List<Passage> passages = corpus.passages();
        List<Question> out = new ArrayList<>(n);
        while (out.size() < n) {
            if (r.nextInt(6) == 0) {
                out.add(new Question(
                        r.nextBoolean()
                                ? "What is the population of " + pick(r, PARTIES) + "?"
                                : "Who won the football final in " + pick(r, PLACES) + "?",
                        List.of()));
                continue;
            }
            String quote = passages.get(r.nextInt(passages.size())).quote();
            Matcher m;
            if ((m = ACTED.matcher(quote)).matches()) {
                out.add(new Question(
                        "Where did " + m.group(1) + " " + VERB_BASE.get(m.group(2)) + " " + m.group(3) + "?",
                        List.of(m.group(1) + " " + m.group(2) + " " + m.group(3))));
            } else if ((m = SAID.matcher(quote)).matches()) {
                out.add(new Question(
                        "What did " + m.group(2) + " say in " + m.group(1) + " about " + m.group(3) + "?",
                        List.of("In " + m.group(1) + ", " + m.group(2) + " said", m.group(3))));
            } else if ((m = OFFICIALS.matcher(quote)).matches()) {
                out.add(new Question(
                        "When did officials from " + m.group(1) + " and " + m.group(2) + " " + VERB_BASE.get(m.group(3))
                                + " " + m.group(4) + "?",
                        List.of("Officials from " + m.group(1) + " and " + m.group(2) + " " + m.group(3) + " "
                                + m.group(4))));
            } else if ((m = CRITICS.matcher(quote)).matches()) {
                out.add(new Question(
                        "Why did critics in " + m.group(1) + " say " + m.group(2) + " would fail?",
                        List.of("Critics in " + m.group(1) + " warned that " + m.group(2) + " would fail")));
            }
        }
        return out;
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
