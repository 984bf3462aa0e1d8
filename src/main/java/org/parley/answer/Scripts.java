package org.parley.answer;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Set;
import org.parley.corpus.Article;
import org.parley.corpus.Corpus;
import org.parley.corpus.Paragraph;
import org.parley.corpus.Sentence;

/** The writing systems (Unicode scripts) a text's letters are in: Latin, Cyrillic, Arabic, Han … */
final class Scripts {

    /** Letters read from each article: enough to know its script, cheap at a million sentences. */
    static final int LETTERS_PER_ARTICLE = 2_000;

    private Scripts() {}

    /** The scripts of the letters of {@code text}; none for text without letters. */
    static Set<Character.UnicodeScript> of(CharSequence text) {
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        addTo(scripts, text, Integer.MAX_VALUE);
        return scripts;
    }

    /** The scripts of every article's title and first letters. */
    static Set<Character.UnicodeScript> ofCorpus(Corpus corpus) {
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        for (Article article : corpus.articles()) {
            int left = LETTERS_PER_ARTICLE - addTo(scripts, article.title(), LETTERS_PER_ARTICLE);
            for (Iterator<Paragraph> p = article.paragraphs().iterator(); p.hasNext() && left > 0; ) {
                for (Sentence sentence : p.next().sentences()) left -= addTo(scripts, sentence.text(), left);
            }
        }
        return Collections.unmodifiableSet(scripts);
    }

    /** Whether the question has letters and none of them is in a script of the corpus. */
    static boolean disjoint(Set<Character.UnicodeScript> question, Set<Character.UnicodeScript> corpus) {
        return !question.isEmpty() && Collections.disjoint(question, corpus);
    }

    /** Adds the scripts of up to {@code max} letters; returns how many letters it read. */
    private static int addTo(Set<Character.UnicodeScript> scripts, CharSequence text, int max) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < max; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                scripts.add(script);
            }
            letters++;
        }
        return letters;
    }
}
