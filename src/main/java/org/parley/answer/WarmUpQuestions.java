package org.parley.answer;

import java.util.ArrayList;
import java.util.List;
import org.parley.corpus.Article;
import org.parley.corpus.Corpus;
import org.parley.corpus.Passage;

/**
 * Questions made from a corpus's own sentences, for {@link AnswerEngine#warmUp}: they reach its words, so each runs
 * the whole answer path (search, the model, facts) as a person's question would.
 */
final class WarmUpQuestions {
    /** More than a warm-up budget asks: a warmed process answers about 200 short questions a second here. */
    static final int MOST = 200;
    /** Words of a sentence a question keeps: about as many as a question people type. */
    private static final int WORDS = 7;
    /** Openings that lead the question reader down its main kinds of question. */
    private static final List<String> OPENINGS = List.of("What about ", "Who said ", "When did ", "Why did ");

    private WarmUpQuestions() {}

    /** The questions behind the standard commands, then up to {@link #MOST} in all made from the sentences. */
    static List<String> of(Corpus corpus) {
        List<String> questions = new ArrayList<>(
                List.of(StandardQuestions.PARTICIPANTS, StandardQuestions.OUTCOMES, StandardQuestions.OBJECTIONS));
        // Articles spread over a large corpus, only as many as give MOST sentences: listing every passage of a
        // million-sentence corpus would cost the bot's start more than the questions themselves.
        List<Article> articles = corpus.articles();
        List<Passage> passages = new ArrayList<>();
        int articleStep = Math.max(1, articles.size() / MOST);
        for (int a = 0; a < articles.size() && passages.size() < MOST; a += articleStep)
            passages.addAll(Corpus.passagesOf(articles.get(a)));
        if (passages.isEmpty()) return questions;
        // Round after round over the sentences, each round another opening and offset.
        int step = Math.max(1, passages.size() / MOST);
        for (int round = 0; questions.size() < MOST; round++) {
            String opening = OPENINGS.get(round % OPENINGS.size());
            for (int i = round % step; i < passages.size() && questions.size() < MOST; i += step) {
                List<String> words = List.of(passages.get(i).quote().split("\\s+"));
                int from = Math.min(round % 3, words.size() - 1);
                questions.add(opening + String.join(" ", words.subList(from, Math.min(from + WORDS, words.size())))
                        + "?");
            }
        }
        return questions;
    }
}
