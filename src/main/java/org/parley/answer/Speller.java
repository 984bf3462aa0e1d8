package org.parley.answer;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.parley.corpus.Article;
import org.parley.corpus.Corpus;
import org.parley.corpus.Paragraph;
import org.parley.corpus.Section;
import org.parley.corpus.Sentence;

/**
 * Reads a word of a question that no article holds as the articles' word one typing slip away: "Lavorv" as "Lavrov",
 * "delgation" as "delegation". Chat questions carry typos, and a misspelt name is an unknown name: the labelled sets
 * with one slip in a name refused 0.275 of their fair questions instead of 0.069 (README, "Questions with a typo").
 *
 * <p>A slip is one letter typed too many, left out or typed wrong, or two neighbours swapped, past the first letter
 * (which people rarely get wrong, and which keeps "hosted" from becoming "posted"). A letter more or less at the end is
 * no slip but another form ("Kestrian" of "Kestria", "mediators" of "mediator"), which the index's stemming matches
 * where it can. Among the articles' words one slip away the most frequent is read. Only words of {@value #SHORTEST}
 * letters or more are read back ("Wltz" as "Waltz", but "tlak" stays as typed), and the words in {@code keep} (the
 * English an embedding model knows whole, question words) stay as typed: "What is the price of oil" is not about an
 * article's prince. So do their regular forms ("rooting" of "root" is not the article's "rioting"), by the endings
 * of the lexicon's {@code question.english_endings}.
 */
final class Speller {

    /**
     * The shortest word a slip is read back to: shorter words have many neighbours one slip away ("talk": tall, task,
     * tale), so a slip in one cannot be read back with any confidence.
     */
    static final int SHORTEST = 5;

    /** How often the articles write each word, by its lower case. */
    private final Map<String, Integer> counts;
    /** The letters the articles' words are made of: what a changed or added letter may be. */
    private final char[] letters;

    private final Set<String> keep;
    private final List<String> endings;

    private Speller(Map<String, Integer> counts, char[] letters, Set<String> keep, List<String> endings) {
        this.counts = counts;
        this.letters = letters;
        this.keep = keep;
        this.endings = endings;
    }

    /**
     * Reads every sentence of {@code corpus} once.
     *
     * @param names the people, parties and places the facts found, counted as words of the articles too
     * @param keep lower-case words never read as another (question words, the lexicon's stop words, the English an
     *     embedding model knows whole)
     * @param endings endings that make a regular form of a word in {@code keep}, kept as typed too ("ing", "ed")
     */
    static Speller of(Corpus corpus, Collection<String> names, Set<String> keep, List<String> endings) {
        Map<String, Integer> counts = new HashMap<>();
        int[] spans = new int[64];
        for (Article article : corpus.articles()) {
            for (Section section : article.sections()) {
                for (Paragraph paragraph : section.paragraphs()) {
                    for (Sentence sentence : paragraph.sentences()) {
                        spans = count(sentence.text(), spans, counts);
                    }
                }
            }
        }
        for (String name : names) spans = count(name, spans, counts);
        Set<Character> alphabet = new TreeSet<>();
        for (String word : counts.keySet()) {
            for (int i = 0; i < word.length(); i++) alphabet.add(word.charAt(i));
        }
        char[] letters = new char[alphabet.size()];
        int i = 0;
        for (char c : alphabet) letters[i++] = c;
        return new Speller(Map.copyOf(counts), letters, Set.copyOf(keep), List.copyOf(endings));
    }

    private static int[] count(String text, int[] spans, Map<String, Integer> counts) {
        spans = WordSpans.of(text, spans);
        for (int i = 0; i < spans[0]; i++) {
            String key = text.substring(spans[1 + 2 * i], spans[2 + 2 * i]).toLowerCase(Locale.ROOT);
            counts.merge(key, 1, Integer::sum);
        }
        return spans;
    }

    /** {@code question} with each slip read as the articles' word, in the case it was typed; unchanged without one. */
    String correct(String question) {
        return WordSpans.replace(question, this::meant);
    }

    /** The articles' word {@code typed} is a slip for, in its case; null if it is none. */
    private String meant(String typed) {
        String key = typed.toLowerCase(Locale.ROOT);
        if (key.length() < SHORTEST - 1 || counts.containsKey(key) || keep.contains(key) || isFormOfKept(key)) {
            return null;
        }
        String meant = nearest(key);
        return meant == null ? null : inCaseOf(typed, meant);
    }

    /**
     * Whether a lower-case word may be another spelling of an article's word, which the speller would not read back:
     * without its accents ("erdogan" of "Erdoğan"), beginning the same in its first {@value #SHORTEST} letters
     * ("zelensky" of "Zelenskyy"), or two edits away in a word of six letters or more, one in a shorter
     * ("zelinsky" of "Zelenskyy", "araqchi" of "Araghchi").
     */
    boolean resemblesArticleWord(String lowerCase) {
        String typed = folded(lowerCase);
        String start = typed.substring(0, Math.min(SHORTEST, typed.length()));
        int allowed = typed.length() >= 6 ? 2 : 1;
        for (String word : counts.keySet()) {
            String article = folded(word);
            if (article.startsWith(start)) return true;
            if (Math.abs(article.length() - typed.length()) <= allowed && edits(typed, article, allowed) <= allowed)
                return true;
        }
        return false;
    }

    /** A word without its accents: "erdoğan" as "erdogan". */
    private static String folded(String word) {
        return ACCENTS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
    }

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    /** The edits (a letter added, dropped or changed) between two words, or {@code most + 1} once past {@code most}. */
    private static int edits(String a, String b, int most) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int change = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
                best = Math.min(best, current[j]);
            }
            if (best > most) return most + 1;
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Whether a lower-case word is one this speller keeps as typed: English, a question word, or a regular form of one. */
    boolean keeps(String lowerCase) {
        return keep.contains(lowerCase) || isFormOfKept(lowerCase);
    }

    /**
     * Whether {@code key} is a kept word with a regular ending: its stem as it stands ("rooting"), with the "e" the
     * ending dropped ("hoping"), with "y" for "i" ("parties") or with its doubled last letter single ("stopping").
     */
    private boolean isFormOfKept(String key) {
        for (String ending : endings) {
            int stemLength = key.length() - ending.length();
            if (stemLength < 3 || !key.endsWith(ending)) continue;
            String stem = key.substring(0, stemLength);
            if (keep.contains(stem) || keep.contains(stem + "e")) return true;
            if (ending.startsWith("i") && keep.contains(stem + "y")) return true;
            if (stem.charAt(stemLength - 1) == stem.charAt(stemLength - 2)
                    && keep.contains(stem.substring(0, stemLength - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The most frequent of the articles' words one slip from {@code key}, or null. Neither the first letter nor a
     * letter added or missing at the end is a slip: "Kestrian" is not "Kestria", nor "mediator" "mediators".
     */
    private String nearest(String key) {
        char[] w = key.toCharArray();
        int n = w.length;
        Nearest nearest = new Nearest();
        for (int at = 1; at < n; at++) {
            // A letter typed too many, or two neighbours swapped.
            if (at < n - 1) nearest.consider(key.substring(0, at) + key.substring(at + 1));
            if (at < n - 1 && w[at] != w[at + 1]) {
                nearest.consider(key.substring(0, at) + w[at + 1] + w[at] + key.substring(at + 2));
            }
            for (char c : letters) {
                // A letter typed wrong, or one left out.
                if (c != w[at]) nearest.consider(key.substring(0, at) + c + key.substring(at + 1));
                nearest.consider(key.substring(0, at) + c + key.substring(at));
            }
        }
        return nearest.best;
    }

    /** The best candidate so far: the articles' most frequent, the first in order on a tie. */
    private final class Nearest {
        private String best;
        private int bestCount;

        void consider(String candidate) {
            Integer count = counts.get(candidate);
            if (count == null || candidate.length() < SHORTEST || count < bestCount) return;
            if (count > bestCount || candidate.compareTo(best) < 0) {
                best = candidate;
                bestCount = count;
            }
        }
    }

    /**
     * Whether {@code a} is one slip from {@code b}, anywhere in the word: a letter more, less or wrong, or two
     * neighbours swapped ("wher" and "where", "hwo" and "who").
     */
    static boolean oneSlipApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) return false;
        String shorter = a.length() <= b.length() ? a : b, longer = shorter == a ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) i++;
        if (shorter.length() < longer.length()) return shorter.substring(i).equals(longer.substring(i + 1));
        if (shorter.substring(i + 1).equals(longer.substring(i + 1))) return true;
        return i + 1 < shorter.length()
                && shorter.charAt(i) == longer.charAt(i + 1)
                && shorter.charAt(i + 1) == longer.charAt(i)
                && shorter.substring(i + 2).equals(longer.substring(i + 2));
    }

    /** {@code meant} in the case {@code typed} was written in: "lavorv" → "lavrov", "Lavorv" → "Lavrov". */
    static String inCaseOf(String typed, String meant) {
        if (typed.equals(typed.toUpperCase(Locale.ROOT))) return meant.toUpperCase(Locale.ROOT);
        if (Character.isUpperCase(typed.codePointAt(0))) {
            return meant.substring(0, 1).toUpperCase(Locale.ROOT) + meant.substring(1);
        }
        return meant;
    }
}
