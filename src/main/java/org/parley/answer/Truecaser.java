package org.parley.answer;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.corpus.Article;
import org.parley.corpus.Corpus;
import org.parley.corpus.Paragraph;
import org.parley.corpus.Section;
import org.parley.corpus.Sentence;

/**
 * Gives a question typed in lower case ("did lavrov attend", "what did the eu offer") the capitals the articles give
 * its words. Names are what a question is about, and Parley knows a name by its capital: without it, "lavrov" is an
 * unknown lower-case word, the answer-type and name features see no name, and the answerer grew sure of sentences
 * that merely share words (measured: the labelled sets typed in lower case refused a third fewer unanswerable
 * questions; README, "Questions typed in lower case").
 *
 * <p>A word is given capitals when the articles never write it without them, and write it with them mid-sentence
 * (not after a sentence's first word, a quotation mark or a colon, where the capital is the sentence's own) standing
 * alone at least as often as beside other capitals: "Kestria", "NATO", "Tesh-Karim", but not "talks" or "president",
 * which the articles also write in lower case, nor "foreign minister", which they capitalise only as a title before a
 * name ("Foreign Minister Ana Pell"). The people, parties and venues the facts found keep their capitals wherever the
 * articles put them. Question words and the lexicon's {@code question.never_recased} ("us") stay as typed. A question
 * with a capital past its first letter is read as typed: its writer chose the capitals. One typed all in capitals
 * ("WHO MET IN RIYADH") is read in lower case first, then given the articles' capitals.
 */
final class Truecaser {

    /**
     * Fewer words than this in capitals are an acronym or two ("NATO?", "US ELECTION"), not a question shouted; three
     * or more with no lower-case letter ("DID ZELENSKYY ATTEND") are read as typed in lower case.
     */
    private static final int SHOUTED_WORDS = 3;

    /** Names shorter than this are not read into a word with a trailing "s": "uss" is not "USs". */
    private static final int WITH_S_SHORTEST = 3;

    /**
     * The articles' capitalised form of each word they never write in lower case, keyed by its lower case; and the
     * same with an "s" (a plural, or a possessive typed without its apostrophe), keyed by its lower case.
     */
    private final Map<String, String> capitalised;

    private final Set<String> keep;

    private Truecaser(Map<String, String> capitalised, Set<String> keep) {
        this.capitalised = capitalised;
        this.keep = keep;
    }

    /**
     * Reads every sentence of {@code corpus} once.
     *
     * @param names the people, parties and places the facts found: each of their words keeps its capitals even where
     *     the articles write it only at a sentence's start or beside other capitals ("Lavrov agreed", "Sergey Lavrov")
     * @param keep lower-case words never given capitals (question words, the lexicon's stop words, "us")
     */
    static Truecaser of(Corpus corpus, Collection<String> names, Set<String> keep) {
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        Map<String, Integer> inRuns = new HashMap<>();
        Set<String> lowered = new HashSet<>();
        int[] spans = new int[64];
        for (Article article : corpus.articles()) {
            for (Section section : article.sections()) {
                for (Paragraph paragraph : section.paragraphs()) {
                    for (Sentence sentence : paragraph.sentences()) {
                        String text = sentence.text();
                        spans = WordSpans.of(text, spans);
                        int count = spans[0];
                        for (int i = 0; i < count; i++) {
                            int from = spans[1 + 2 * i], to = spans[2 + 2 * i];
                            if (!capitalised(text, from, to)) {
                                lowered.add(text.substring(from, to));
                                continue;
                            }
                            if (opensSentence(text, from)) continue;
                            String word = text.substring(from, to);
                            String key = word.toLowerCase(Locale.ROOT);
                            boolean run = (i > 0 && capitalisedNeighbour(text, spans[2 * i - 1], spans[2 * i], from))
                                    || (i + 1 < count
                                            && capitalisedNeighbour(text, spans[3 + 2 * i], spans[4 + 2 * i], to));
                            if (run) inRuns.merge(key, 1, Integer::sum);
                            else
                                forms.computeIfAbsent(key, k -> new HashMap<>()).merge(word, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        Map<String, String> capitalised = new HashMap<>();
        for (String name : names) {
            spans = WordSpans.of(name, spans);
            for (int i = 0; i < spans[0]; i++) {
                String word = name.substring(spans[1 + 2 * i], spans[2 + 2 * i]);
                String key = word.toLowerCase(Locale.ROOT);
                if (!word.equals(key) && !lowered.contains(key)) capitalised.put(key, word);
            }
        }
        forms.forEach((key, counts) -> {
            int alone = counts.values().stream().mapToInt(Integer::intValue).sum();
            if (lowered.contains(key) || inRuns.getOrDefault(key, 0) > alone) return;
            if (capitalised.containsKey(key)) return;
            counts.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .ifPresent(best -> capitalised.put(key, best.getKey()));
        });
        // A name with an "s" ("why did clintons people …", "what did the syrians want"), possessive or plural: the
        // name's capitals, unless the articles write that form themselves. The stemmer reads both forms alike.
        Map<String, String> withS = new HashMap<>(capitalised);
        capitalised.forEach((key, word) -> {
            String typed = key + "s";
            if (key.length() >= WITH_S_SHORTEST && !lowered.contains(typed) && !capitalised.containsKey(typed)) {
                withS.put(typed, word + "s");
            }
        });
        return new Truecaser(Map.copyOf(withS), Set.copyOf(keep));
    }

    private static boolean capitalised(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Whether the word at {@code from}..{@code to} is capitalised and only white space parts it from {@code at}. */
    private static boolean capitalisedNeighbour(String text, int from, int to, int at) {
        int gapFrom = Math.min(to, at), gapTo = Math.max(from, at);
        for (int i = gapFrom; i < gapTo; i++) if (!Character.isWhitespace(text.charAt(i))) return false;
        return capitalised(text, from, from + Character.charCount(text.codePointAt(from)));
    }

    /** {@code question} with the articles' capitals on its lower-case words; unchanged when it has none to gain. */
    String restore(String question) {
        if (readAsTyped(question)) return question;
        String text = shouted(question) ? question.toLowerCase(Locale.ROOT) : question;
        return WordSpans.replace(text, word -> {
            String key = word.toLowerCase(Locale.ROOT);
            return !word.equals(key) || keep.contains(key) ? null : capitalised.get(key);
        });
    }

    /**
     * Whether {@code question} is read with its own capitals: whoever wrote one past the first letter chose them ("What
     * did Karvania's foreign minister say" means the minister, not "Foreign Minister" as a name), unless all of it is
     * in capitals.
     */
    static boolean readAsTyped(String question) {
        return question.codePoints().skip(1).anyMatch(Character::isUpperCase) && !shouted(question);
    }

    /** Whether a capital at {@code at} may be the sentence's own: first word, or after a quotation mark or a colon. */
    private static boolean opensSentence(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) continue;
            return !(Character.isLetterOrDigit(c) || c == ',' || c == ';');
        }
        return true;
    }

    private static boolean shouted(String question) {
        if (question.chars().anyMatch(Character::isLowerCase)) return false;
        return WordSpans.of(question, new int[16])[0] >= SHOUTED_WORDS;
    }
}
