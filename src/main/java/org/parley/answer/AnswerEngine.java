package org.parley.answer;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parley.config.Lexicon;
import org.parley.config.NameWords;
import org.parley.config.QuestionWords;
import org.parley.config.WordPatterns;
import org.parley.corpus.Article;
import org.parley.corpus.Corpus;
import org.parley.corpus.CorpusLoader;
import org.parley.corpus.Passage;
import org.parley.corpus.Sentence;
import org.parley.facts.Attribution;
import org.parley.facts.Cast;
import org.parley.facts.CuePattern;
import org.parley.facts.FactCache;
import org.parley.facts.FactExtractor;
import org.parley.facts.Facts;
import org.parley.facts.Objection;
import org.parley.facts.Participant;
import org.parley.facts.PartyFact;
import org.parley.facts.SentenceFacts;
import org.parley.index.EmbeddingModel;
import org.parley.index.OnnxEmbedder;
import org.parley.index.SearchRequest;
import org.parley.index.SentenceEmbedder;
import org.parley.index.SentenceHit;
import org.parley.index.SentenceIndex;

/**
 * Entry point of the answer package, and the API the Discord bot and the command line call: loads the
 * corpus, opens (or builds) its index, extracts its facts, and answers questions with cited quotes.
 * Thread-safe after construction.
 */
public final class AnswerEngine implements Closeable {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AnswerEngine.class);

    private static final int CANDIDATES = 50;
    /**
     * Past this many sentences the corpus is an archive rather than the coverage of a few talks, and two things
     * change. Each search returns {@link #LARGE_CORPUS_CANDIDATES}: a question's cost grows with the corpus, and the
     * last twenty of fifty candidates almost never reach the answer's top three (at 100,000 generated sentences:
     * right sentence in the top three 0.929 with 50, 0.930 with 30; p50 5.7 and 4.5 ms). And a place the question names no longer
     * confines the answer to the articles set there ({@link #articlesByVenue}): hundreds of articles share each venue,
     * and an article's venue is only the first place it puts talks in (same corpus: 0.93 without the confinement,
     * 0.73 with it; plain BM25 0.86). Article-sized corpora, and every evaluation set, are unchanged.
     */
    private static final int LARGE_CORPUS = 20_000;

    private static final int LARGE_CORPUS_CANDIDATES = 30;
    /** An alias or synonym of a question word searches at this share of the word's own weight. */
    private static final double ALIAS_WEIGHT = 0.7;

    /**
     * Quotes a list answer may cite when {@code maxCitations} allows fewer: a list gathers what several sentences say
     * ("Who objected?" on the first article cites five objections from three parties; three quotes would drop two).
     */
    private static final int LIST_CITATIONS = 5;
    /** Past this many sentences, list questions rely on search candidates instead of scanning every fact. */
    private static final int LIST_SCAN_LIMIT = 5_000;
    /**
     * How far after a surname "did not take part" is still said of that person: a relative clause of hosting or
     * chairing and its "but" (the Minsk host's is 75 characters); the facts' reach for a cue after a name is 120.
     */
    private static final int STAYS_OUT_REACH = 120;
    /** A citation after the first must be at least this share as likely as the best one (see README, "Measured"). */
    static final double FOLLOWER_SHARE = 0.05;
    /**
     * Below this confidence an answer's first quote is more likely not the answer than the answer. Not fitted: the
     * confidence is a calibrated probability (README, "Confidence you can read"), and one half is where it says so.
     */
    static final double LIKELY = 0.5;

    private final Corpus corpus;
    private final SentenceIndex index;
    private final Facts facts;
    /** What the facts' reading found in each article, handed to the engine a /reload opens. */
    private final FactCache factCache;

    private final FactCache.Count factCount;
    /** Each article's facts read alone, made when a summary of that article is first asked for. */
    private final Map<String, Facts> factsByArticle = new ConcurrentHashMap<>();

    private final QuestionReader reader;
    /**
     * The articles' capitals for questions typed without them, read in the background: a reload of 100,000 sentences
     * does not wait for them, and a question typed with capitals never does.
     */
    private final Future<Truecaser> truecaser;
    /**
     * The articles' words, for reading a typing slip in a question ("Lavorv"), read when a question first holds a word
     * the index does not: built in the background, it slowed a cold start's first answer by 0.25 s.
     */
    private final FutureTask<Speller> speller;
    /** Question words and the lexicon's stop words: never recased, never read as a slip. */
    private final Set<String> keptAsTyped;
    /** The words that open a question and give its type ("who", "where", "how"), for a slip in one. */
    private final List<String> questionOpeners;

    private final FeatureExtractor extractor;
    private final EngineSettings settings;
    private final Set<String> presentPeople;
    /**
     * Lower-case words that name those at the talks or what a where or when question asks: the sides of the people at
     * them with the sides' other spellings ("US", "Russian"), the lexicon's nouns for groups of people ("officials",
     * "delegations"), and its nouns for a place or a time ("town", "day"). Not people's names: "Where did Rubio and
     * Lavrov meet?" is answered by the sentence that names them.
     */
    private final Set<String> atTheTalks;
    /** The writing systems of the articles' letters (Latin for English news): a question in none of them is refused. */
    private final Set<Character.UnicodeScript> corpusScripts;
    /** The articles whose venue has each analyzed term: "Who met in Istanbul?" over several articles means the Istanbul one. */
    private final Map<String, Set<String>> articlesByVenueTerm = new HashMap<>();

    private final Optional<SentenceEmbedder> embedder;
    private final FollowUps followUps;
    /** The lexicon's offices, longest first, each as a whole-word pattern ignoring case: built once, not per question. */
    private final Map<String, Pattern> offices = new LinkedHashMap<>();
    // Per-corpus structures some answers need, made once here rather than for every question.
    private final Cast cast;
    private final Map<String, Participant> participantsByName = new HashMap<>();
    /** Everyone each article names, by article id (the lead of "who took part" names the rest of its cast). */
    private final Map<String, Set<String>> peopleByArticle = new HashMap<>();
    /** Where in {@link Facts#objections()} each sentence's objections are, by passage key, in ascending order. */
    private final Map<String, List<Integer>> objectionsByKey = new HashMap<>();
    /** Each participant with the pattern that finds their surname in a question ("Did Zelenskyy attend?"). */
    private final List<Map.Entry<Participant, Pattern>> surnames;
    /** "did not take part" (lexicon cues.non_participation): said of someone the facts place at the talks as a host or chair. */
    private final CuePattern nonParticipation;
    /** The lexicon's titles: a question naming a post asks about its holder, not the country. */
    private final CuePattern titles;
    /** Phrases that ask whether a country took part (lexicon question.attendance). */
    private final CuePattern attendance;
    /** The one-word participation cues ("met", "led", "signed"): the verbs a "who" question asks the subject of. */
    private final Set<String> participationVerbs;
    /** What may follow "by" as the means, not the agent ("by phone"): lexicon cues.by_means. */
    private final List<String> byMeans;
    /** Whose words a sentence reports: a reply to "What did Lavrov say?" must quote Lavrov. */
    private final Attribution attribution;
    /** Whose words or reactions a sentence reports: "How did Lind react?" is answered by "Lind rejected …". */
    private final Attribution reactions;
    /** The words that ask what someone said (lexicon question.words_of), as whole words in any case. */
    private final Pattern wordsOf;

    /** The words that ask how someone took something (lexicon question.view_of), as whole words in any case. */
    private final Pattern viewOf;
    /** A phrase that asks for a sum (lexicon question.sums) and a word of money (question.money), in any case. */
    private final Pattern sumAsked, moneyAsked, spendingAsked;
    /** A sum of money in a sentence (lexicon cues.currency): a sign before digits, or a currency's name. */
    private final Pattern currencySign, currencyName;
    /** A share in a sentence (lexicon cues.share): a sign after digits, or a word. */
    private final Pattern shareSign, shareName;
    /** A phrase that asks for a time of day (lexicon question.clock), and a time of day (cues.clock, or "12:40"). */
    private final Pattern clockAsked, clockGiven;
    /** A phrase that asks for a day (lexicon question.day), and a day: see {@link #dayGiven(List, List, NameWords)}. */
    private final Pattern dayAsked, dayGiven;
    /** A place written as part of a name (lexicon cues.place_compounds: "Brussels-based"), no mention of the place. */
    private final Pattern placeCompound;
    /** A number: digits, or a number word of the lexicon (answer.number_words). */
    private final Pattern number;
    /** Forms of "be" (lexicon quiz.passive_auxiliaries): "What was Brandauer told?" asks what was said to her. */
    private final Set<String> passiveAuxiliaries;
    /** The pronouns of a man and of a woman (lexicon cues.follow_up): "she said" is not a man's words. */
    private final Set<String> masculine, feminine;

    private AnswerEngine(
            EngineSettings settings,
            Corpus corpus,
            SentenceIndex index,
            Facts facts,
            FactCache factCache,
            Optional<SentenceEmbedder> embedder) {
        this.settings = settings;
        this.corpus = corpus;
        this.index = index;
        this.facts = facts;
        this.factCache = factCache;
        this.factCount = factCache.count();
        this.embedder = embedder;
        // What names the talks themselves: their venue and the articles' titles ("the Coral Strait talks").
        Set<String> frame = new HashSet<>();
        facts.meeting().where().ifPresent(w -> frame.addAll(index.analyze(w)));
        corpus.articles().forEach(a -> frame.addAll(index.analyze(a.title())));
        facts.venues().forEach((article, venue) -> {
            frame.addAll(index.analyze(venue));
            index.analyze(venue)
                    .forEach(t -> articlesByVenueTerm
                            .computeIfAbsent(t, k -> new HashSet<>())
                            .add(article));
        });
        this.reader = new QuestionReader(index, settings.lexicon(), frame, facts.localAliases());
        var questionWords = settings.lexicon().question();
        Set<String> keepLower = new HashSet<>(questionWords.stopWords());
        keepLower.addAll(questionWords.neverRecased());
        this.keptAsTyped = Set.copyOf(keepLower);
        var types = questionWords.types();
        this.questionOpeners = java.util.stream.Stream.of(
                        types.who(), types.where(), types.when(), types.why(), types.how(), types.what())
                .flatMap(Set::stream)
                .sorted()
                .toList();
        List<String> names = new ArrayList<>();
        facts.participants().forEach(p -> names.add(p.name()));
        facts.parties().forEach(p -> names.add(p.name()));
        names.addAll(facts.venues().values());
        FutureTask<Truecaser> casing = new FutureTask<>(() -> Truecaser.of(corpus, names, keptAsTyped));
        // Without a model's English vocabulary, "take place" would be read as "take palace" in an article with
        // palaces: no slip is mended then.
        FutureTask<Speller> spelling = new FutureTask<>(() -> embedder.map(e -> {
                    Set<String> english = new HashSet<>(e.wholeWords());
                    english.addAll(keptAsTyped);
                    return Speller.of(corpus, names, english, questionWords.englishEndings());
                })
                .orElse(null));
        Thread reading = new Thread(casing, "parley-truecaser");
        reading.setDaemon(true);
        reading.start();
        this.truecaser = casing;
        this.speller = spelling;
        this.extractor = new FeatureExtractor(index, settings.lexicon());
        this.corpusScripts = Scripts.ofCorpus(corpus);
        this.presentPeople = facts.participants().stream()
                .filter(Participant::present)
                .map(Participant::name)
                .collect(Collectors.toUnmodifiableSet());
        this.atTheTalks = wordsForThoseAtTheTalks(facts, settings.lexicon());
        this.followUps = new FollowUps(facts, settings.lexicon());
        for (String office : settings.lexicon().question().offices()) {
            offices.put(office, Pattern.compile("(?<![\\p{L}\\-])(?i:" + Pattern.quote(office) + ")(?![\\p{L}\\-])"));
        }
        this.cast = Cast.of(facts);
        facts.participants().forEach(p -> participantsByName.put(p.name(), p));
        facts.bySentence().forEach((key, f) -> {
            if (!f.people().isEmpty())
                peopleByArticle
                        .computeIfAbsent(articleOf(key), a -> new HashSet<>())
                        .addAll(f.people());
        });
        for (int i = 0; i < facts.objections().size(); i++) {
            objectionsByKey
                    .computeIfAbsent(facts.objections().get(i).citation().key(), k -> new ArrayList<>())
                    .add(i);
        }
        this.nonParticipation = new CuePattern(settings.lexicon().cues("non_participation"));
        this.titles = new CuePattern(settings.lexicon().titles());
        this.attendance = new CuePattern(settings.lexicon().question().attendance());
        this.byMeans = settings.lexicon().cues("by_means");
        this.attribution = new Attribution(settings.lexicon());
        this.reactions = Attribution.ofReactions(settings.lexicon());
        this.passiveAuxiliaries = Set.copyOf(settings.lexicon().quiz("passive_auxiliaries"));
        this.masculine = Set.copyOf(settings.lexicon().cues("follow_up.masculine"));
        this.feminine = Set.copyOf(settings.lexicon().cues("follow_up.feminine"));
        this.wordsOf = wholeWordsOf(settings.lexicon().question().wordsOf());
        this.viewOf = wholeWordsOf(settings.lexicon().question().viewOf());
        QuestionWords asked = settings.lexicon().question();
        this.sumAsked = wholeWordsOf(asked.sums());
        this.moneyAsked = wholeWordsOf(asked.money());
        this.spendingAsked = wholeWordsOf(asked.spending());
        this.clockAsked = wholeWordsOf(asked.clock());
        this.clockGiven = Pattern.compile(
                "\\b\\d{1,2}:\\d\\d\\b|(?<![\\p{L}])"
                        + WordPatterns.anyOf(settings.lexicon().cues("clock"))
                        + "(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.placeCompound = Pattern.compile(
                "[\\p{L}.]+-" + WordPatterns.anyOf(settings.lexicon().cues("place_compounds")) + "(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.dayAsked = wholeWordsOf(asked.day());
        this.dayGiven = dayGiven(
                settings.lexicon().cues("days_named"),
                settings.lexicon().cues("month_parts"),
                settings.lexicon().names());
        List<String> currency = settings.lexicon().cues("currency");
        this.currencySign = Pattern.compile(signsOf(currency) + "\\s?\\d");
        this.currencyName = wholeWordsOf(lettered(currency));
        List<String> share = settings.lexicon().cues("share");
        this.shareSign = Pattern.compile("\\d\\s?" + signsOf(share));
        this.shareName = wholeWordsOf(lettered(share));
        this.number = Pattern.compile(
                "\\d|" + wholeWordsOf(settings.lexicon().answer().numberWords()).pattern(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.participationVerbs = settings.lexicon().cues("participation").stream()
                .filter(c -> !c.contains(" "))
                .map(c -> c.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.surnames = facts.participants().stream()
                .map(p -> Map.entry(
                        p,
                        // "did lavrov attend?" as a chat types it, and "DID ZELENSKYY ATTEND?" too
                        Pattern.compile(
                                "\\b" + Pattern.quote(surname(p.name())) + "\\b",
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)))
                .toList();
    }

    private static String articleOf(String key) {
        return key.substring(0, key.indexOf('#'));
    }

    public static AnswerEngine open(EngineSettings settings) {
        Corpus corpus = new CorpusLoader(settings.lexicon()).load(settings.corpus());
        return open(settings, corpus);
    }

    /** Opens the engine over a corpus already in memory (a generated benchmark corpus, say). */
    public static AnswerEngine open(EngineSettings settings, Corpus corpus) {
        // The model loads on its own thread meanwhile: a start with an index already built waits only for it.
        Optional<SentenceEmbedder> embedder = settings.semantic()
                ? Optional.of(new OnnxEmbedder(settings.model().embedding()))
                : Optional.empty();
        return open(settings, corpus, embedder);
    }

    /**
     * Opens the engine over the configured corpus with a model the caller already started loading (a command line
     * starts it first, so it loads while the settings are read); it is used only when {@code settings.semantic()}.
     */
    public static AnswerEngine open(EngineSettings settings, OnnxEmbedder model) {
        return open(settings, new CorpusLoader(settings.lexicon()).load(settings.corpus()), model);
    }

    /**
     * Opens the engine over a corpus in memory with a model already loading (used only when {@code
     * settings.semantic()}), which must be the one the answer model was fit with.
     */
    public static AnswerEngine open(EngineSettings settings, Corpus corpus, OnnxEmbedder model) {
        EmbeddingModel fitWith = settings.model().embedding();
        if (!model.description().equals(fitWith)) {
            throw new IllegalArgumentException(
                    "the answer model was fit with " + fitWith.name() + " vectors, but the engine was given "
                            + model.description().name());
        }
        return open(settings, corpus, settings.semantic() ? Optional.of(model) : Optional.empty());
    }

    private static AnswerEngine open(EngineSettings settings, Corpus corpus, Optional<SentenceEmbedder> embedder) {
        return open(settings, corpus, embedder, new FactCache());
    }

    /**
     * {@link #reopen} for a caller that closed and let go of the engine before first, so that two corpora's facts are
     * never in memory at once (a benchmark at a million sentences in a 1 GB heap): {@code facts} is the closed
     * engine's {@link #factCache()}.
     */
    public static AnswerEngine open(EngineSettings settings, Corpus corpus, OnnxEmbedder model, FactCache facts) {
        return open(settings, corpus, settings.semantic() ? Optional.of(model) : Optional.empty(), facts);
    }

    private static AnswerEngine open(
            EngineSettings settings, Corpus corpus, Optional<SentenceEmbedder> embedder, FactCache factCache) {
        SentenceIndex index = SentenceIndex.openOrBuild(corpus, settings.index(), embedder);
        Facts facts = new FactExtractor(settings.lexicon()).extract(corpus, factCache);
        return new AnswerEngine(settings, corpus, index, facts, factCache, embedder);
    }

    /**
     * An engine over another version of the corpus with this one's settings and model (a /reload): on disk, only
     * the articles that changed are indexed again and only sentences never embedded before are embedded, and only
     * the articles a change reaches are read for facts again. This engine keeps answering meanwhile and afterwards,
     * until closed.
     */
    public AnswerEngine reopen(Corpus changed) {
        return open(settings, changed, embedder, factCache);
    }

    /** What this engine's facts' reading found in each article, for the engine that replaces it. */
    public FactCache factCache() {
        return factCache;
    }

    /** How many articles opening this engine read for facts, and how many it took as the engine before read them. */
    public FactCache.Count factsRead() {
        return factCount;
    }

    /**
     * The id of the sentence-embedding model this engine runs (the one its answer model was fit with); empty when
     * semantic matching is off.
     */
    public Optional<String> embedderId() {
        return embedder.map(SentenceEmbedder::id);
    }

    /** What opening this engine's index did: nothing, some articles rewritten, or a whole build. */
    public SentenceIndex.Build indexBuild() {
        return index.build();
    }

    /** Where the index is saved; empty when it lives in memory (see {@link SentenceIndex#location}). */
    public Optional<Path> indexLocation() {
        return index.location();
    }

    public Corpus corpus() {
        return corpus;
    }

    public Facts facts() {
        return facts;
    }

    /** The vocabulary this engine reads with (quizzes and follow-ups use the same). */
    public org.parley.config.Lexicon lexicon() {
        return settings.lexicon();
    }

    public List<Article> sources() {
        return corpus.articles();
    }

    /**
     * The articles someone means by {@code words}, case and apostrophes aside: the one whose file name or whole title
     * they are, else every article whose title or file name holds them ("istanbul", "Riyadh talks").
     */
    public List<Article> articlesNamed(String words) {
        // "istanbul-talks.md", as the folder lists it, names the article whose id is "istanbul-talks".
        String wanted = comparable(words).replaceFirst("\\.(?:md|txt)$", "");
        if (wanted.isEmpty()) return List.of();
        List<Article> exact = corpus.articles().stream()
                .filter(a -> comparable(a.id()).equals(wanted)
                        || comparable(a.title()).equals(wanted))
                .toList();
        if (!exact.isEmpty()) return exact;
        return corpus.articles().stream()
                .filter(a -> comparable(a.title()).contains(wanted)
                        || comparable(a.id()).contains(wanted))
                .toList();
    }

    private static String comparable(String name) {
        return name.strip().replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * One article's facts, read as if it were the only one: a summary of that story. A corpus that covers several
     * talks is no single meeting, and {@link #facts()} reads it as one.
     */
    public Facts factsOf(Article article) {
        if (corpus.articles().size() == 1) return facts;
        return factsByArticle.computeIfAbsent(
                article.id(),
                id -> new FactExtractor(settings.lexicon())
                        .extract(new Corpus(List.of(article), corpus.fingerprint() + "#" + id)));
    }

    /** Whether the message only greets or thanks ("hi", "thanks!"), which {@link #ask} answers in kind. */
    public boolean smallTalk(String raw) {
        return smallTalk(CleanQuestion.of(raw, settings.maxQuestionChars())).isPresent();
    }

    private Optional<Lead.Reason> smallTalk(CleanQuestion clean) {
        return SmallTalk.of(clean.text(), settings.lexicon().question().smallTalk());
    }

    /**
     * Builds the speller and answers questions made from the articles' own sentences, one and then more until {@code
     * budget} has passed, throwing the replies away: a fresh JVM answers its first few dozen questions two to three
     * times slower than a warmed one while the JIT compiles the answer path (README, "Speed and memory"). Returns how
     * many it asked.
     */
    public int warmUp(Duration budget) {
        long end = System.nanoTime() + budget.toNanos();
        speller.run(); // what the first question with a typing slip would otherwise wait for
        List<String> questions = WarmUpQuestions.of(corpus);
        int asked = 0;
        do {
            try {
                ask(questions.get(asked++));
            } catch (RuntimeException e) {
                // Warming up is an optimisation: a question of its own that fails must not keep real ones from being
                // answered (each of those reports its own failure).
                log.debug("Warm-up stopped at question {}: {}", asked, e.toString());
                break;
            }
        } while (asked < questions.size() && System.nanoTime() < end);
        return asked;
    }

    public Answer ask(String raw) {
        return decide(prepare(raw), settings.model(), settings.answerThreshold());
    }

    /** Reads a follow-up in the light of the conversation so far (pronouns, "And Rubio?"); ask what it resolves to. */
    public FollowUps.Reading readFollowUp(String followUp, List<FollowUps.Exchange> earlier) {
        if (followUp == null) return followUps.read(null, earlier);
        // Read with slips mended and the articles' capitals, as a question is: "and rubio?" after "what did lavrov
        // say", "and his reaction?" after "what did lavorv say".
        List<FollowUps.Exchange> cased = earlier.stream()
                .map(e -> new FollowUps.Exchange(withCapitals(spelled(e.question())), e.answerQuote()))
                .toList();
        FollowUps.Reading reading = followUps.read(withCapitals(spelled(followUp)), cased);
        String asked = followUp.strip(); // as typed, for the "Read as" line and the thread's title
        return reading.rewritten()
                ? new FollowUps.Reading(asked, reading.resolved(), reading.meanings())
                : new FollowUps.Reading(asked, asked, Map.of());
    }

    /** {@code question} with chat shorthand the articles do not use read as its word ("yrs" as "years"). */
    private String withoutShorthand(String question) {
        Map<String, String> shorthand = settings.lexicon().question().shorthand();
        return WordSpans.replace(question, word -> {
            String full = shorthand.get(word.toLowerCase(Locale.ROOT));
            if (full == null || index.analyze(word).stream().allMatch(index::knows)) return null;
            return Character.isUpperCase(word.codePointAt(0))
                    ? full.substring(0, 1).toUpperCase(Locale.ROOT) + full.substring(1)
                    : full;
        });
    }

    /** {@code question} with its typing slips read as the articles' words ({@link Speller}). */
    private String spelled(String typed) {
        String question = withQuestionWord(typed);
        if (!mayHoldSlip(question)) return question;
        speller.run(); // builds it on the first call; a no-op once built or while another thread builds it
        return awaited(speller, "the articles' words")
                .map(s -> s.correct(question))
                .orElse(question);
    }

    /**
     * {@code question} with its first word read as the question word it is one slip from ("wher did they meet", "whta
     * was agreed"), when it is no word the articles, the lexicon or English know and only one question word is that
     * near: the articles' words are too few to hold "where", and a question without its question word loses its type.
     */
    private String withQuestionWord(String question) {
        int[] spans = WordSpans.of(question, new int[4]);
        if (spans[0] == 0) return question;
        String first = question.substring(spans[1], spans[2]);
        String lower = first.toLowerCase(Locale.ROOT);
        if (lower.length() < 3 || keptAsTyped.contains(lower)) return question;
        List<String> near = questionOpeners.stream()
                .filter(w -> Speller.oneSlipApart(lower, w))
                .toList();
        // a word cut short is the likelier slip: "wher" is "where" rather than "when"
        if (near.size() > 1 && lower.length() > 3)
            near = near.stream().filter(w -> w.startsWith(lower)).toList();
        if (near.size() != 1) return question; // "whe": who, when or why alike
        if (index.analyze(first).stream().anyMatch(index::knows)) return question; // a word the articles hold
        // nor English: "Show me the outcomes" is no "How", "Way forward?" no "Why"; but "whats", "wheres" are the
        // question word's contraction typed without its apostrophe, read as the word
        String meant = near.get(0);
        speller.run();
        if (!lower.equals(meant + "s")
                && awaited(speller, "the articles' words")
                        .map(s -> s.keeps(lower))
                        .orElse(false)) return question;
        return question.substring(0, spans[1]) + Speller.inCaseOf(first, meant) + question.substring(spans[2]);
    }

    /**
     * Whether a word of {@code question} long enough to be read back is neither a question word nor one the index
     * holds (as its stem): only then is the speller built, whose English vocabulary takes a cold start 0.25 s to read.
     */
    private boolean mayHoldSlip(String question) {
        int[] spans = WordSpans.of(question, new int[16]);
        for (int i = 0; i < spans[0]; i++) {
            String word = question.substring(spans[1 + 2 * i], spans[2 + 2 * i]);
            if (word.length() < Speller.SHORTEST - 1 || keptAsTyped.contains(word.toLowerCase(Locale.ROOT))) continue;
            if (!index.analyze(word).stream().allMatch(index::knows)) return true;
        }
        return false;
    }

    /** {@code question} with the articles' capitals if it was typed without them ({@link Truecaser}). */
    private String withCapitals(String question) {
        if (Truecaser.readAsTyped(question)) return question;
        return awaited(truecaser, "the articles' capitals")
                .map(t -> t.restore(question))
                .orElse(question);
    }

    /** What a reading of the articles for questions gave; empty when there is none or it failed (then logged). */
    private static <T> Optional<T> awaited(Future<T> reading, String what) {
        try {
            return Optional.ofNullable(reading.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            log.warn(
                    "Reading the question as typed: {} could not be read ({})",
                    what,
                    e.getCause().toString());
            return Optional.empty();
        }
    }

    /**
     * The costly half of answering, which no model weight changes: read the question, search, and measure
     * every candidate sentence. {@code parley train} prepares each labelled question once and then decides
     * it under many models.
     */
    public Prepared prepare(String raw) {
        long started = System.nanoTime();
        CleanQuestion clean = CleanQuestion.of(raw, settings.maxQuestionChars());
        if (clean.isEmpty()) {
            return Prepared.early(unanswered(clean.text(), Lead.Reason.EMPTY_QUESTION, List.of(), null, 0, started));
        }
        Optional<Lead.Reason> smallTalk = smallTalk(clean);
        if (smallTalk.isPresent()) {
            return Prepared.early(unanswered(clean.text(), smallTalk.get(), List.of(), null, 0, started));
        }
        List<Note> notes = new ArrayList<>();
        if (clean.truncated()) notes.add(new Note.QuestionCut(settings.maxQuestionChars()));
        if (!corpusScripts.isEmpty() && Scripts.disjoint(Scripts.of(clean.text()), corpusScripts)) {
            // No word of it can match an article, and the sentence vectors of English models place such text
            // near whatever sounds like it: "مرحبا" ("hello") sat next to the Riyadh sentences at 0.49.
            return Prepared.early(unanswered(clean.text(), Lead.Reason.OTHER_SCRIPT, notes, null, 0, started));
        }
        // Read with typing slips mended and the articles' capitals ("did lavorv attend" as "did Lavrov attend");
        // the question is still shown as it was typed.
        String mended = spelled(withoutShorthand(clean.text()));
        if (!mended.equals(clean.text())) notes.add(new Note.ReadAs(mended));
        Question q = reader.read(withCapitals(mended));
        if (q.terms().isEmpty() && !q.listIntent()) {
            return Prepared.early(unanswered(clean.text(), Lead.Reason.TOO_VAGUE, notes, q, 0, started));
        }
        var vector = index.embedQuestionLater(mended);
        String unnamed = withoutNames(q);
        // What the question asks of its names, embedded alone: a sentence that merely shares the names scores low.
        var predicate = unnamed.equals(q.text()) ? vector : index.embedQuestionLater(unnamed);
        return new Prepared(clean.text(), notes, q, candidates(q, vector, predicate), null, started);
    }

    /** The cheap half: rank the prepared candidates with {@code model} and answer, or abstain below {@code threshold}. */
    public Answer decide(Prepared prepared, AnswerModel model, double threshold) {
        if (prepared.early() != null) return prepared.early();
        Question q = prepared.question();
        long started = prepared.started();
        List<ScoredPassage> ranked = rank(prepared.candidates(), model);
        List<ScoredPassage> unfiltered = ranked;
        List<Participant> asked = attendanceQuestion(q);
        if (!asked.isEmpty()) {
            // "Did Zelenskyy attend?": the roster knows; cite the sentences that name the person (or the country).
            ranked = ranked.stream()
                    .filter(p -> asked.stream()
                            .anyMatch(a -> p.facts().people().contains(a.name())
                                    || p.facts().parties().contains(a.name())))
                    .sorted(Comparator.comparingInt(p -> attests(p, asked) ? 0 : 1))
                    .toList();
        }
        Optional<Participant> post = asked.isEmpty() ? postQuestion(q) : Optional.empty();
        if (post.isPresent()) {
            // "What is Rubio's role?": the facts know; the sentence that gives the post first, then others naming him.
            Participant p = post.get();
            List<ScoredPassage> naming = ranked.stream()
                    .filter(c -> c.facts().people().contains(p.name()))
                    .sorted(Comparator.comparingInt((ScoredPassage c) ->
                            c.passage().key().equals(p.citation().key()) ? 0 : 1))
                    .toList();
            if (!naming.isEmpty()) ranked = naming;
            else post = Optional.empty();
        }
        Optional<Participant> speaker = asked.isEmpty() && post.isEmpty() ? speakerAsked(q) : Optional.empty();
        if (speaker.isPresent()) {
            // "What did Gromyko say about the agreement?": only his words answer, so Ayub Khan's are no reply, nor is
            // a sentence that merely names him; where the articles give none of his words, none is cited.
            Participant p = speaker.get();
            Pattern named = ownNameWords(p);
            ranked = ranked.stream()
                    .filter(c -> givesWordsOf(p, named, c.passage()))
                    .toList();
        }
        // Each rule below reads only a question no rule before it took.
        boolean untaken = asked.isEmpty() && post.isEmpty() && speaker.isEmpty();
        Optional<Participant> viewer = untaken ? viewAsked(q) : Optional.empty();
        untaken &= viewer.isEmpty();
        if (viewer.isPresent()) {
            // "How did Vesk react?": his words answer, or a sentence that is about him (he is the first it names:
            // "Bhutto was said by aides to be unhappy"), never one that names him as whom someone else met; where the
            // articles have none, none is cited. Confidence keeps its margin over every candidate, as for words.
            Participant p = viewer.get();
            Pattern named = ownNameWords(p);
            ranked = ranked.stream()
                    .filter(c -> givesWordsOf(p, named, c.passage())
                            || reactsBy(p, named, c.passage().quote())
                            || firstNamed(c.passage().quote(), x -> true)
                                    .filter(p::equals)
                                    .isPresent())
                    .toList();
        }
        List<QueryTerm> voice = untaken ? voiceAsked(q) : List.of();
        if (!voice.isEmpty()) {
            // "How did the Kremlin react?", "What did Russia say?" of no one on the roster: a sentence answers only
            // where it, or its paragraph before it, names whoever was asked ("“…,” he said" after "Ushakov, a Kremlin
            // aide, …"); where none does, none is cited.
            ranked = ranked.stream().filter(c -> namesVoice(voice, c.passage())).toList();
        }
        Optional<Predicate<String>> typed = untaken ? typeAsked(q) : Optional.empty();
        if (typed.isPresent()) {
            // "How much did Qatar pledge?", "What time did they sign?": a sentence without a sum or a time of day is
            // no answer, however much of the question it shares ("Qatar pledged to host the conference"); where none
            // has one, none is cited.
            ranked = ranked.stream()
                    .filter(c -> typed.get().test(c.passage().quote()))
                    .toList();
        }
        if (untaken && asksWordsOfStranger(q, prepared.text()))
            return unanswered(prepared.text(), Lead.Reason.NOT_FOUND, prepared.notes(), q, 0, started);
        if (asksWeekdayDatedTalks(q)) {
            // "When did they meet?" where the text dates the talks by weekday alone: the facts know the day, as they
            // know a post, so the sentence that gives it comes first (a sentence with a clock time would outrank it).
            // "When will they meet again?" asks about a plan, which the ranker finds.
            ranked = ranked.stream()
                    .sorted(Comparator.comparingInt((ScoredPassage c) -> isScene(c) ? 0 : 1))
                    .toList();
        }
        if (ranked.isEmpty())
            return unanswered(prepared.text(), Lead.Reason.NOT_FOUND, prepared.notes(), q, 0, started);
        double confidence = speaker.isPresent() || viewer.isPresent() || !voice.isEmpty() || typed.isPresent()
                ? confidenceAmong(ranked.get(0), unfiltered, model)
                : confidence(ranked, model);
        if (log.isDebugEnabled()) {
            ScoredPassage b = ranked.get(0);
            log.debug(
                    "q={} type={} facet={} list={} terms={} confidence={} best: p={} cov={} cos={} | {} | why: {}",
                    prepared.text(),
                    q.type(),
                    q.facet(),
                    q.listIntent(),
                    q.terms().stream()
                            .map(t -> t.surface() + ":" + String.format("%.2f", t.weight()) + (t.known() ? "" : "?")
                                    + (t.generic() ? "~" : ""))
                            .toList(),
                    String.format("%.3f", confidence),
                    String.format("%.3f", b.probability()),
                    String.format("%.2f", b.get(Feature.COVERAGE)),
                    String.format("%.3f", b.get(Feature.COSINE)),
                    b.passage().quote(),
                    model.answerer().contributions(answererInput(ranked)).stream()
                            .limit(8)
                            .map(e -> e.getKey() + String.format("%+.2f", e.getValue()))
                            .toList());
        }
        // A list question ("Who objected?") is answered by the facet's sentences whenever the articles have any.
        boolean listAnswer = q.listIntent() && ranked.stream().anyMatch(p -> inFacet(q.facet(), p.facts()));
        // "When did the delegations meet?" on an article that never dates them is answered by its date line, whatever
        // sentence ranks first, so no sentence can make it a coincidence; nor can the sentence the facts found placing
        // or dating the meeting, when it ranks first for where or when the meeting was.
        boolean coincidence = !undatedMeeting(q)
                && !isScene(ranked.get(0))
                && Coincidence.refuses(ranked.get(0).features());
        if (asked.isEmpty() && post.isEmpty() && !listAnswer && (confidence < threshold || coincidence)) {
            // A coincidence is refused whatever the model says, so its reply reports no confidence: "answered
            // false, confidence 0.61" read as a contradiction (the trainer scores refusals as 0 too).
            double reported = coincidence ? 0 : confidence;
            return unanswered(prepared.text(), Lead.Reason.NOT_FOUND, prepared.notes(), q, reported, started);
        }
        List<ScoredPassage> chosen = listAnswer ? listCitations(q, ranked) : followers(ranked);
        List<Citation> citations = chosen.stream().map(this::cite).toList();
        if (q.type() == QuestionType.WHEN && !listAnswer) citations = withTimeStamp(chosen.get(0), citations);
        boolean negated = !asked.isEmpty() && extractor.negates(q.text());
        Lead lead = post.isPresent()
                ? new Lead.Post(Lead.Person.of(post.get()))
                : asked.isEmpty() || asked.stream().anyMatch(a -> staysOut(a, chosen))
                        ? lead(q, chosen)
                        : asked.size() == 1 && !negated
                                ? attendance(asked.get(0), chosen)
                                : new Lead.Roll(
                                        asked.stream()
                                                .map(a -> attendance(a, chosen))
                                                .toList(),
                                        negated);
        if (confidence < LIKELY && (lead instanceof Lead.Quoted || lead instanceof Lead.People)) {
            // Answered, but the first quote is more likely wrong than right: say so, and name no one as the answer.
            lead = new Lead.Closest();
        }
        return new Answer(
                prepared.text(), lead, prepared.notes(), citations, confidence, elapsed(started), q.type(), q.facet());
    }

    /** The answerer's probability that the best candidate answers the question. */
    private static double confidence(List<ScoredPassage> ranked, AnswerModel model) {
        return model.confidence(answererInput(ranked));
    }

    /** The answerer's probability for {@code best}, its margin taken over every other candidate, kept or not. */
    private static double confidenceAmong(ScoredPassage best, List<ScoredPassage> all, AnswerModel model) {
        double other = all.stream()
                .filter(c -> c != best)
                .mapToDouble(ScoredPassage::score)
                .max()
                .orElse(Double.NaN);
        double margin = Double.isNaN(other) ? AnswerModel.MARGIN_ALONE : best.score() - other;
        return model.confidence(AnswerModel.answererInput(best.features(), margin, best.probability()));
    }

    private static double[] answererInput(List<ScoredPassage> ranked) {
        ScoredPassage best = ranked.get(0);
        double margin = ranked.size() > 1 ? best.score() - ranked.get(1).score() : AnswerModel.MARGIN_ALONE;
        return AnswerModel.answererInput(best.features(), margin, best.probability());
    }

    /** Scores with the model, best first; each candidate's probability is the softmax over the question's candidates. */
    static List<ScoredPassage> rank(List<ScoredPassage> candidates, AnswerModel model) {
        if (candidates.isEmpty()) return List.of();
        double[] scores = new double[candidates.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = model.rank(candidates.get(i).features());
            max = Math.max(max, scores[i]);
        }
        double sum = 0;
        for (double s : scores) sum += Math.exp(s - max);
        List<ScoredPassage> ranked = new ArrayList<>(candidates.size());
        for (int i = 0; i < scores.length; i++) {
            ranked.add(candidates.get(i).scored(scores[i], Math.exp(scores[i] - max) / sum));
        }
        ranked.sort(Comparator.comparingDouble(ScoredPassage::score).reversed());
        return ranked;
    }

    /** The question with the names and numbers it asks about taken out ("What is the capital of France?" → "What is the capital of ?"). */
    static String withoutNames(Question q) {
        String text = q.text();
        for (QueryTerm t : q.terms()) {
            if (FeatureExtractor.isName(t.surface())) text = text.replace(t.surface(), " ");
        }
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Every candidate sentence the search finds for the question, measured; in no particular order. */
    private List<ScoredPassage> candidates(
            Question q, CompletableFuture<Optional<float[]>> vector, CompletableFuture<Optional<float[]>> predicate) {
        List<SearchRequest.WeightedTerm> terms = new ArrayList<>();
        for (QueryTerm t : q.terms()) {
            for (int i = 0; i < t.forms().size(); i++) {
                float w = (float) (t.weight() * (i == 0 ? 1.0 : ALIAS_WEIGHT));
                for (String term : t.forms().get(i)) terms.add(new SearchRequest.WeightedTerm(term, w));
            }
        }
        int candidates = index.sentenceCount() > LARGE_CORPUS ? LARGE_CORPUS_CANDIDATES : CANDIDATES;
        List<SentenceHit> hits = index.search(terms, vector, predicate, candidates);
        Map<String, SentenceHit> byKey = new LinkedHashMap<>();
        hits.forEach(h -> byKey.put(h.key(), h));
        Optional<Passage> scene = Optional.empty();
        if (aboutTheMeeting(q)) {
            // "Where did the talks take place?": the sentence that places (or dates) the meeting is a candidate.
            scene = q.type() == QuestionType.WHERE
                    ? facts.meeting().whereCitation()
                    : facts.meeting().whenCitation();
            scene.ifPresent(p -> byKey.putIfAbsent(p.key(), new SentenceHit(p.key(), 0f, 0f)));
        }
        if (q.listIntent() && facts.bySentence().size() <= LIST_SCAN_LIMIT) {
            // In an article-sized corpus every sentence of the asked-for facet is a candidate, whatever its words.
            for (Passage p : corpus.passages()) { // reading order, so equal scores always come out the same way
                if (inFacet(q.facet(), facts.of(p.key()))) byKey.putIfAbsent(p.key(), new SentenceHit(p.key(), 0f, 0f));
            }
        }
        Set<String> venueArticles = articlesByVenue(q);
        if (!venueArticles.isEmpty()) {
            byKey.keySet().removeIf(key -> !venueArticles.contains(key.substring(0, key.indexOf('#'))));
        }
        List<SentenceHit> found = new ArrayList<>(byKey.values());
        Map<String, Integer> lexicalRank = ranks(found, SentenceHit::lexical);
        Map<String, Integer> semanticRank = ranks(found, SentenceHit::semantic);
        double maxLexical =
                found.stream().mapToDouble(SentenceHit::lexical).max().orElse(0);
        double bestCosine =
                found.stream().mapToDouble(SentenceHit::semantic).max().orElse(0);
        String sceneKey = scene.map(Passage::key).orElse("");
        FeatureExtractor.QuestionView view = extractor.view(q);
        List<ScoredPassage> out = new ArrayList<>(found.size());
        for (SentenceHit h : found) {
            Optional<Passage> p = corpus.passage(h.key());
            if (p.isEmpty()) continue;
            var retrieval = new FeatureExtractor.Retrieval(
                    maxLexical > 0 ? h.lexical() / maxLexical : 0,
                    lexicalRank.getOrDefault(h.key(), 0),
                    h.semantic(),
                    semanticRank.getOrDefault(h.key(), 0),
                    bestCosine,
                    h.second(),
                    h.key().equals(sceneKey));
            SentenceFacts sf = facts.of(h.key());
            out.add(new ScoredPassage(p.get(), sf, extractor.measure(view, p.get(), sf, retrieval), 0, 0));
        }
        return out;
    }

    /** 1-based rank of each hit by a score, best first; hits scoring 0 get no rank. */
    private static Map<String, Integer> ranks(List<SentenceHit> hits, ToDoubleFunction<SentenceHit> score) {
        List<SentenceHit> sorted = hits.stream()
                .filter(h -> score.applyAsDouble(h) > 0)
                .sorted(Comparator.comparingDouble(score).reversed())
                .toList();
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) out.put(sorted.get(i).key(), i + 1);
        return out;
    }

    /** The articles whose venue the question names, when that singles out some of several articles (not in an archive). */
    private Set<String> articlesByVenue(Question q) {
        if (corpus.articles().size() < 2 || index.sentenceCount() > LARGE_CORPUS) return Set.of();
        Set<String> asked = new HashSet<>();
        q.terms().forEach(t -> t.forms().forEach(asked::addAll));
        Set<String> named = new HashSet<>();
        for (String term : asked) named.addAll(articlesByVenueTerm.getOrDefault(term, Set.of()));
        return named.size() < corpus.articles().size() ? named : Set.of();
    }

    private static boolean inFacet(Facet facet, SentenceFacts f) {
        return switch (facet) {
            case PARTICIPANTS -> f.presentParticipants();
            case OUTCOMES -> f.isOutcome();
            case OBJECTIONS -> f.isObjection();
            case OPEN_QUESTIONS -> f.openQuestion();
            case NONE -> false;
        };
    }

    private List<ScoredPassage> followers(List<ScoredPassage> ranked) {
        ScoredPassage best = ranked.get(0);
        List<ScoredPassage> out = new ArrayList<>(List.of(best));
        for (ScoredPassage p : ranked.subList(1, ranked.size())) {
            if (out.size() >= settings.maxCitations()) break;
            if (p.probability() >= FOLLOWER_SHARE * best.probability()) out.add(p);
        }
        return out;
    }

    /** A list question: the facet's sentences, best first, then anything else that scores close. */
    private List<ScoredPassage> listCitations(Question q, List<ScoredPassage> ranked) {
        List<ScoredPassage> out = new ArrayList<>();
        if (q.facet() == Facet.PARTICIPANTS) {
            // The sentences that place the most people at the talks answer "who took part" best.
            ranked = new ArrayList<>(ranked);
            ranked.sort(Comparator.comparingInt((ScoredPassage p) -> -presentCount(p))
                    .thenComparingDouble(p -> -p.score()));
        }
        int cap = Math.max(LIST_CITATIONS, settings.maxCitations());
        if (q.facet() == Facet.OBJECTIONS) {
            // Every objecting party first, each with its best sentence; then the rest by score.
            Set<String> covered = new LinkedHashSet<>();
            for (ScoredPassage p : ranked) {
                if (out.size() >= cap) break;
                Set<String> parties = objectionsByKey.getOrDefault(p.passage().key(), List.of()).stream()
                        .map(i -> facts.objections().get(i).party())
                        .collect(Collectors.toSet());
                if (inFacet(q.facet(), p.facts()) && !covered.containsAll(parties)) {
                    out.add(p);
                    covered.addAll(parties);
                }
            }
        }
        for (ScoredPassage p : ranked) {
            if (out.size() >= cap) break;
            if (inFacet(q.facet(), p.facts()) && !out.contains(p)) out.add(p);
        }
        return out.isEmpty() ? followers(ranked) : out;
    }

    /**
     * The parties a question asks who spoke for: a party just before a delegation noun ("the Russian delegation",
     * "Kestria's negotiating team", "the Ukrainian side"). Empty for any other mention of a party.
     */
    private Set<String> delegationsAsked(Question q) {
        Set<String> nouns = settings.lexicon().question().delegation();
        List<String> words = QuestionReader.words(q.text());
        Set<String> sides = new HashSet<>();
        // "Who signed for Lodmark?": a party after "for" (the lexicon's speaks_for) is one spoken for, too.
        for (String opening : settings.lexicon().cues("speaks_for")) {
            List<String> before = QuestionReader.words(opening);
            for (int i = 0; i + before.size() < words.size(); i++) {
                if (!String.join(" ", words.subList(i, i + before.size())).equalsIgnoreCase(opening)) continue;
                int from = i + before.size();
                if (from < words.size() && isArticle(words.get(from))) from++; // "for the Kestrians"
                partiesFrom(words, from, sides);
            }
        }
        for (int i = 1; i < words.size(); i++) {
            if (!nouns.contains(words.get(i).toLowerCase(Locale.ROOT))) continue;
            // the party may be one or two words, with one more delegation noun between ("Kestrian negotiating team")
            for (int from = Math.max(0, i - 3); from < i; from++) {
                partyNamed(String.join(" ", words.subList(from, i))).ifPresent(sides::add);
            }
        }
        return sides;
    }

    /**
     * Every party the question names, in one to three words ("Ostrevia", "the United States"), but not as a place
     * ("Who met in Cairo?" asks about the city, not about Egypt).
     */
    private Set<String> partiesAsked(Question q) {
        List<String> words = QuestionReader.words(q.text());
        Set<String> places = settings.lexicon().question().placePrepositions();
        Set<String> sides = new HashSet<>();
        for (int from = 0; from < words.size(); from++) {
            int before = from - 1;
            if (before >= 0 && isArticle(words.get(before))) before--; // "in the United States"
            if (before >= 0 && places.contains(words.get(before).toLowerCase(Locale.ROOT))) continue;
            partiesFrom(words, from, sides);
        }
        return sides;
    }

    /** The parties named in one to three words from {@code from} ("Ostrevia", "the United States"), into {@code sides}. */
    private void partiesFrom(List<String> words, int from, Set<String> sides) {
        for (int to = from + 1; to <= Math.min(words.size(), from + 3); to++) {
            partyNamed(String.join(" ", words.subList(from, to))).ifPresent(sides::add);
        }
    }

    private boolean isArticle(String word) {
        return settings.lexicon().names().articles().contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The office a who-question asks for ("Who is the president of Salandria?": president), the longest of the
     * lexicon's {@code question.offices} it holds, unless a name follows it ("What did President Trump say?").
     */
    private Optional<String> postAsked(Question q) {
        return longestOffice(q.text(), true);
    }

    /** A name right after an office: "President Trump" names him, it does not ask for the office. */
    private static final Pattern NAME_AFTER = Pattern.compile("\\s+\\p{Lu}");

    /** The longest office in {@code text} ("Vice President" before "President"), if any. */
    private Optional<String> longestOffice(String text, boolean notBeforeAName) {
        for (Map.Entry<String, Pattern> office : offices.entrySet()) {
            Matcher m = office.getValue().matcher(text);
            while (m.find()) {
                if (!notBeforeAName
                        || !NAME_AFTER
                                .matcher(text)
                                .region(m.end(), text.length())
                                .lookingAt()) return Optional.of(office.getKey());
            }
        }
        return Optional.empty();
    }

    /** Whether a role holds the office: the longest office in it is that one ("Vice-President" holds no presidency). */
    private boolean holds(String role, String office) {
        return longestOffice(role, false).filter(office::equals).isPresent();
    }

    private Optional<String> partyNamed(String mention) {
        return settings.lexicon().partyOf(mention).or(() -> localParty(mention));
    }

    /** The country the corpus itself revealed that {@code mention} names (one the lexicon lacks). */
    private Optional<String> localParty(String mention) {
        return facts.localAliases().entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(n -> n.equalsIgnoreCase(mention)))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /**
     * "Lukashenko, who hosted the meeting but did not take part in the negotiations themselves": the facts place a
     * host or a chair at the talks, but a plain yes to "Did Lukashenko take part?" would contradict the quote under
     * it, so such a person gets the quotes alone. The phrase must follow the surname with no other name between.
     */
    private boolean staysOut(Participant p, List<ScoredPassage> chosen) {
        return p.present() && saysNotThere(p, chosen);
    }

    /** Whether a cited sentence says of the person that they took no part ("Putin did not attend the talks"). */
    private boolean saysNotThere(Participant p, List<ScoredPassage> chosen) {
        Pattern surname = surnamePattern(p.name());
        for (ScoredPassage c : chosen) {
            String quote = c.passage().quote();
            Matcher name = surname.matcher(quote);
            while (name.find()) {
                for (int[] cue : nonParticipation.find(quote)) {
                    if (cue[0] < name.end() || cue[0] - name.end() > STAYS_OUT_REACH) continue;
                    String between = quote.substring(name.end(), cue[0]);
                    // Said of the same person: no other one named between ("Palace of Independence" may be), and no new
                    // clause with its own subject ("…, and his defence minister did not attend").
                    if (!between.matches(
                                    "(?s).*(?:[;.!?]|\\b(?:and|but)\\s+(?:his|her|its|their|the|a|an|some|other)\\b).*")
                            && surnames.stream()
                                    .noneMatch(e -> e.getKey() != p
                                            && e.getValue().matcher(between).find())) return true;
                }
            }
        }
        return false;
    }

    /** "Which countries took part?", "What nations were at the talks?": asks for parties, not for people. */
    private boolean asksForParties(Question q) {
        if (q.type() == QuestionType.WHO || q.type() == QuestionType.YES_NO) return false;
        Set<String> nouns = settings.lexicon().question().parties();
        return QuestionReader.words(q.text()).stream().anyMatch(w -> nouns.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** A yes/no question about whether someone on the roster took part: "Did Zelenskyy attend the talks?" */
    private Lead.Attendance attendance(Participant p, List<ScoredPassage> chosen) {
        return new Lead.Attendance(Lead.Person.of(p), p.present(), !p.present() && saysNotThere(p, chosen));
    }

    /**
     * The one person a question about a post names ("What is Rubio's role?", "What position does Lavrov hold?",
     * "Who is Sergey Lavrov?"), when the facts give that person a role and no other word narrows the question: "What
     * is Lavrov's position on sanctions?" asks for a view, and "Who is Lavrov meeting?" for someone else.
     */
    private Optional<Participant> postQuestion(Question q) {
        if (q.listIntent() || q.type() == QuestionType.YES_NO) return Optional.empty();
        String text = q.text();
        Set<String> postWords = settings.lexicon().question().post();
        boolean mayAskPost =
                q.terms().stream().anyMatch(t -> postWords.contains(t.surface().toLowerCase(Locale.ROOT)));
        boolean whoIs = q.type() == QuestionType.WHO && WHO_IS.matcher(text).find();
        // Checked first: the roster's surnames are scanned only for the few questions that may ask for a post.
        if (!mayAskPost && !whoIs) return Optional.empty();
        List<Participant> named = namedOnRoster(text);
        if (named.size() != 1 || named.get(0).role().isEmpty()) return Optional.empty();
        Participant p = named.get(0);
        Set<String> nameWords =
                new HashSet<>(List.of(p.name().toLowerCase(Locale.ROOT).split("[\\s-]+")));
        boolean asksPost = false, framed = false;
        for (QueryTerm t : q.terms()) {
            String surface = t.surface().toLowerCase(Locale.ROOT);
            if (nameWords.containsAll(List.of(surface.split("[\\s-]+")))) continue;
            if (postWords.contains(surface)) asksPost = true;
            else if (t.generic()) framed = true;
            else return Optional.empty();
        }
        // "Who is Sergey Lavrov?" names the person and nothing else; "What was Rubio's role in the talks?" may frame
        // it.
        return asksPost || whoIs && !framed ? Optional.of(p) : Optional.empty();
    }

    /**
     * The one person on the roster a what-question asks the words of: named before the word that asks for words
     * (lexicon question.words_of), so "What did Trump say about Kim?" asks Trump's, and "What did the PM say?" no one's.
     */
    private Optional<Participant> speakerAsked(Question q) {
        Optional<String> subject = wordsAskedOf(q);
        if (subject.isEmpty()) return Optional.empty();
        String before = subject.get();
        // "What did Khamenei's adviser say?" asks the adviser's words
        List<Participant> named = namedOnRoster(before).stream()
                .filter(p -> spans(surnamePattern(p.name()), before).stream()
                        .anyMatch(m -> !Attribution.possessive(before, m)))
                .toList();
        return theOneNamed(named, before);
    }

    /**
     * The one of {@code named} that {@code text} asks about: the only one, or where several share a surname ("What did
     * Anna Marek say?" where Pavel Marek is named too) the one named in full.
     */
    private static Optional<Participant> theOneNamed(List<Participant> named, String text) {
        if (named.size() > 1) {
            named = named.stream()
                    .filter(p -> wholeWords(p.name(), text).find())
                    .toList();
        }
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /**
     * The one person on the roster a question asks the view of: named before a word of lexicon question.view_of, not as
     * the owner of anything but the view ("How did Vesk react?", "What was Vesk's reaction?", not "How did Vesk's
     * party react?").
     */
    private Optional<Participant> viewAsked(Question q) {
        Matcher asking = viewOf.matcher(q.text());
        if (!asking.find()) return Optional.empty();
        String before = q.text().substring(0, asking.start());
        List<Participant> named = namedOnRoster(before).stream()
                .filter(p -> spans(surnamePattern(p.name()), before).stream()
                        .anyMatch(m -> !Attribution.possessive(before, m)
                                || before.substring(m[1]).matches("(?s)\\W*s?\\s*")))
                .toList();
        return theOneNamed(named, before);
    }

    /**
     * The words a question that asks someone's words or view names them by, where no roster person is that someone
     * and one of the words is a name: "Kremlin" of "How did the Kremlin react?", "Russia" of "What did Russia say?",
     * "Witkoff" of "What did Witkoff think?" where no article names him. Empty for other questions, and where the
     * someone is a post ("What did the foreign minister say?", the roster knows posts), a word of a roster person's
     * name ("What did Indira say?" of Indira Gandhi), or a word that may stand for an article's (a slip, an accent, the
     * initials of someone named).
     */
    private List<QueryTerm> voiceAsked(Question q) {
        Optional<String> subject = wordsAskedOf(q);
        if (subject.isEmpty()) {
            Matcher asking = viewOf.matcher(q.text());
            if (asking.find()) subject = Optional.of(q.text().substring(0, asking.start()));
        }
        if (subject.isEmpty() || titles.in(subject.get())) return List.of();
        String named = subject.get();
        List<QueryTerm> naming = q.terms().stream()
                .filter(t -> !t.generic()
                        && !t.forms().isEmpty()
                        && wholeWords(t.surface(), named).find())
                .toList();
        if (naming.stream().noneMatch(t -> t.entity() || FeatureExtractor.isName(t.surface()) || !t.known()))
            return List.of();
        Set<String> rosterWords = new HashSet<>();
        facts.participants()
                .forEach(p -> rosterWords.addAll(
                        List.of(p.name().toLowerCase(Locale.ROOT).split("[\\s.-]+"))));
        List<String> words = naming.stream()
                .flatMap(t -> Arrays.stream(t.surface().toLowerCase(Locale.ROOT).split("\\s+")))
                .toList();
        if (words.stream().anyMatch(rosterWords::contains)) return List.of();
        List<String> unknown = naming.stream()
                .filter(t -> !t.known() && partyAsked(t).isEmpty())
                .flatMap(t -> Arrays.stream(t.surface().toLowerCase(Locale.ROOT).split("\\s+")))
                .toList();
        if (unknown.isEmpty()) return naming;
        speller.run(); // builds it on the first call; a no-op once built
        Optional<Speller> english = awaited(speller, "the English vocabulary");
        if (english.isEmpty()) return List.of();
        boolean mayStandFor =
                unknown.stream().anyMatch(w -> english.get().resemblesArticleWord(w) || initialsOfSomeone(w));
        return mayStandFor ? List.of() : naming;
    }

    /**
     * Whether a sentence, or its paragraph before it, names one of {@code voice}: by any of its forms, or by the
     * initials of capitalised words written out ("WTO" of "the World Trade Organization").
     */
    private boolean namesVoice(List<QueryTerm> voice, Passage p) {
        StringBuilder upTo = new StringBuilder();
        for (Sentence s : p.paragraph().sentences()) {
            upTo.append(s.text()).append(' ');
            if (s.number() == p.sentence().number()) break;
        }
        // "the Brussels-based International Crisis Group" is no word of Brussels
        String text = placeCompound.matcher(upTo).replaceAll(" ");
        Set<String> words = new HashSet<>(index.analyze(text));
        Set<String> parties = partiesWritten(text);
        return voice.stream()
                .anyMatch(t -> t.forms().stream().anyMatch(words::containsAll)
                        || partyAsked(t).filter(parties::contains).isPresent()
                        || Arrays.stream(t.surface().split("\\s+"))
                                .anyMatch(w -> spelledOutIn(w, text) || sharesStem(w, text)));
    }

    /** The country or bloc a question's word names, in any case ("uk", "the americans", "tehran"). */
    private Optional<String> partyAsked(QueryTerm t) {
        return settings.lexicon().partyOf(t.surface()).or(() -> localParty(t.surface()));
    }

    /**
     * Whether a capitalised word of {@code text} and {@code word} begin one with the other, the shorter of five
     * letters or more: "Pakistani" of "Pakistan's Sharif", a demonym the lexicon does not list.
     */
    private static boolean sharesStem(String word, String text) {
        String asked = word.toLowerCase(Locale.ROOT);
        for (String w : text.split("[^\\p{L}]+")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
            String written = w.toLowerCase(Locale.ROOT);
            boolean writtenShorter = written.length() < asked.length();
            String shorter = writtenShorter ? written : asked, longer = writtenShorter ? asked : written;
            if (shorter.length() >= 5 && longer.startsWith(shorter)) return true;
        }
        return false;
    }

    /** Whether {@code text} writes out what {@code initials} abbreviates: "WTO" of "World Trade Organization". */
    private static boolean spelledOutIn(String initials, String text) {
        if (initials.length() < 2 || !initials.chars().allMatch(Character::isLetter)) return false;
        String[] words = text.split("[\\s,;:()\"“”]+");
        for (int i = 0; i + initials.length() <= words.length; i++) {
            boolean spelled = true;
            for (int k = 0; k < initials.length() && spelled; k++) {
                String w = words[i + k];
                spelled = !w.isEmpty()
                        && Character.isUpperCase(w.charAt(0))
                        && Character.toLowerCase(w.charAt(0)) == Character.toLowerCase(initials.charAt(k));
            }
            if (spelled) return true;
        }
        return false;
    }

    /**
     * The words between "what" and a word asking for someone's words (lexicon question.words_of): "did Lavrov" of
     * "What did Lavrov say?", "Lavrov" of "Tell me what Lavrov said"; empty for "What was Brandauer told?", which
     * asks what she heard.
     */
    private Optional<String> wordsAskedOf(Question q) {
        Matcher what = WHAT_THEN.matcher(q.text());
        if (!what.find() || passiveAuxiliaries.contains(what.group(1).toLowerCase(Locale.ROOT)))
            return Optional.empty();
        Matcher asking = wordsOf.matcher(q.text());
        if (!asking.find(what.start(1))) return Optional.empty();
        return Optional.of(q.text().substring(what.start(1), asking.start()));
    }

    /**
     * Whether a question asks the words of someone no article names ("What did Pelosi say?" of talks she took no part
     * in): every word it names them by is unknown to the articles, and one is a name, capitalised as typed past the
     * first word or no whole word of the embedding model's English. "What does the text actually say?" asks no one's.
     */
    private boolean asksWordsOfStranger(Question q, String typed) {
        Optional<String> subject = wordsAskedOf(q);
        if (subject.isEmpty()) return false;
        String named = subject.get();
        List<QueryTerm> naming = q.terms().stream()
                .filter(t -> !t.generic() && wholeWords(t.surface(), named).find())
                .toList();
        if (naming.isEmpty() || naming.stream().anyMatch(QueryTerm::known)) return false;
        speller.run(); // builds it on the first call; a no-op once built
        Optional<Speller> english = awaited(speller, "the English vocabulary");
        if (english.isEmpty()) return false;
        List<String> words = naming.stream()
                .flatMap(t -> Arrays.stream(t.surface().split("\\s+")))
                .map(w -> w.toLowerCase(Locale.ROOT))
                .toList();
        // "Zelensky" of the articles' "Zelenskyy", "Erdogan" of "Erdoğan" may be the same name, which the speller
        // leaves alone; "FDR" and "WTO" may stand for a name the articles write out
        if (words.stream()
                .anyMatch(w ->
                        english.get().resemblesArticleWord(w) || typedInCapitals(w, typed) || initialsOfSomeone(w)))
            return false;
        return words.stream()
                .anyMatch(w -> capitalisedAsTyped(w, typed) || !english.get().keeps(w));
    }

    /** Whether {@code word} stands in {@code typed} in capitals, as an abbreviation does ("WTO"). */
    private static boolean typedInCapitals(String word, String typed) {
        Matcher m = wholeWords(word, typed);
        while (m.find()) {
            if (word.length() > 1 && m.group().equals(m.group().toUpperCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** Whether a lower-case word spells the initials of someone the facts name: "fdr" of Franklin D. Roosevelt. */
    private boolean initialsOfSomeone(String word) {
        return facts.participants().stream().anyMatch(p -> {
            StringBuilder initials = new StringBuilder();
            for (String part : p.name().split("[\\s.]+")) {
                if (!part.isEmpty()) initials.append(Character.toLowerCase(part.charAt(0)));
            }
            return initials.length() > 1 && initials.toString().equals(word);
        });
    }

    /** The entries of a lexicon list that are signs ("$", "%"), as alternatives. */
    private static String signsOf(List<String> entries) {
        return WordPatterns.anyOf(
                entries.stream().filter(c -> !Character.isLetter(c.charAt(0))).toList());
    }

    /** The entries of a lexicon list that are words ("dollars", "percent"). */
    private static List<String> lettered(List<String> entries) {
        return entries.stream().filter(c -> Character.isLetter(c.charAt(0))).toList();
    }

    /** Any of {@code words} as a whole word, in any case. */
    private static Pattern wholeWordsOf(Collection<String> words) {
        return Pattern.compile(
                "(?<![\\p{L}])" + WordPatterns.anyOf(words) + "(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * What a sentence must hold to answer a question that asks for a sum of money ("how much" of lexicon
     * question.sums with a word of question.money), money or a share (a word of question.spending: "How much will
     * allies spend?") or a time of day (question.clock); empty for other questions.
     */
    private Optional<Predicate<String>> typeAsked(Question q) {
        String text = q.text();
        if (sumAsked.matcher(text).find()) {
            if (moneyAsked.matcher(text).find()) return Optional.of(this::givesSum);
            if (spendingAsked.matcher(text).find()) return Optional.of(s -> givesSum(s) || givesShare(s));
        }
        if (clockAsked.matcher(text).find())
            return Optional.of(s -> clockGiven.matcher(s).find());
        if (dayAsked.matcher(text).find())
            return Optional.of(s -> dayGiven.matcher(s).find());
        return Optional.empty();
    }

    /**
     * What gives a day: a weekday, a word naming one ("yesterday"), a month beside a number ("Sept. 15", "15 May"), a
     * part of a month ("the end of October", "mid-May") or digits ("15/01", "2026-01-15"). Months only with their
     * capital, as "may" is a verb.
     */
    private static Pattern dayGiven(List<String> daysNamed, List<String> monthParts, NameWords names) {
        List<String> months = new ArrayList<>();
        names.months().forEach(m -> months.add(WordPatterns.capitalised(m)));
        names.monthAbbreviations().forEach(m -> months.add(WordPatterns.capitalised(m) + "\\.?"));
        String month = "(?:" + String.join("|", months) + ")(?![\\p{L}])";
        return Pattern.compile("(?<![\\p{L}])" + month + "\\s+\\d{1,2}(?!\\d)"
                + "|(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + month
                + "|(?i:(?<![\\p{L}])" + WordPatterns.anyOf(monthParts) + ")[\\s-]*" + month
                + "|(?i:(?<![\\p{L}])(?:" + WordPatterns.anyOf(names.days()) + "|" + WordPatterns.anyOf(daysNamed)
                + "))(?![\\p{L}])"
                + "|(?<!\\d)\\d{1,2}/\\d{1,2}(?!\\d)|(?<!\\d)\\d{4}-\\d{2}-\\d{2}(?!\\d)");
    }

    /** Whether a sentence gives a share: "5 percent of GDP", "a 40% stake". */
    private boolean givesShare(String sentence) {
        return shareSign.matcher(sentence).find()
                || shareName.matcher(sentence).find()
                        && number.matcher(sentence).find();
    }

    /** Whether a sentence gives a sum of money: "$7.2 million", "20 million Singapore dollars", "billions of euros". */
    private boolean givesSum(String sentence) {
        return currencySign.matcher(sentence).find()
                || currencyName.matcher(sentence).find()
                        && number.matcher(sentence).find();
    }

    /** A matcher of {@code words} in {@code text} as whole words, in any case. */
    private static Matcher wholeWords(String words, String text) {
        return Pattern.compile(
                        "(?<![\\p{L}])" + Pattern.quote(words) + "(?![\\p{L}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text);
    }

    /** Whether {@code word} stands capitalised in {@code typed} past its first word. */
    private static boolean capitalisedAsTyped(String word, String typed) {
        Matcher m = wholeWords(word, typed);
        while (m.find()) {
            if (Character.isUpperCase(typed.charAt(m.start()))
                    && !typed.substring(0, m.start()).isBlank()) return true;
        }
        return false;
    }

    /** Where {@code text} names people on the roster other than {@code person}, outside {@code person}'s mentions. */
    private List<int[]> othersNamed(Participant person, List<int[]> mentions, String text) {
        List<int[]> others = new ArrayList<>();
        for (Map.Entry<Participant, Pattern> e : surnames) {
            if (!e.getKey().equals(person)) others.addAll(spans(e.getValue(), text));
        }
        others.removeIf(o -> mentions.stream().anyMatch(m -> m[0] <= o[0] && o[1] <= m[1]));
        return others;
    }

    /** Whether {@code person} is the subject of a verb of speech or reaction in a sentence: "Lind rejected …". */
    private boolean reactsBy(Participant person, Pattern named, String text) {
        List<int[]> mentions = spans(named, text);
        List<int[]> others = othersNamed(person, mentions, text);
        return reactions.byName(text, mentions, others).isPresent();
    }

    /** "what" and the word after it: "What did …", "tell me what Lavrov …". */
    private static final Pattern WHAT_THEN = Pattern.compile("(?i)(?<![\\p{L}])what\\s+(\\p{L}+)");

    /**
     * Whether a sentence gives {@code person}'s words ({@code named} finds their name: {@link #ownNameWords}): they
     * are its speaker by name ("Lavrov said …", "“…,” said Lavrov"), a pronoun speaks ("“…,” he said") that no name
     * in the sentence comes before, right after a sentence whose first name (not an owner's) is theirs, or the
     * sentence is a quotation alone going on from their words.
     */
    private boolean givesWordsOf(Participant person, Pattern named, Passage sentence) {
        String text = sentence.quote();
        List<int[]> mentions = spans(named, text);
        List<int[]> others = othersNamed(person, mentions, text);
        if (attribution.byName(text, mentions, others).isPresent()) return true;
        if (sentence.sentence().number() == 1) return false;
        Passage before = new Passage(
                sentence.article(),
                sentence.section(),
                sentence.paragraph(),
                sentence.paragraph().sentences().get(sentence.sentence().number() - 2));
        // “We see this as a positive step.” goes on with the words of the sentence before
        if (attribution.unattributedQuotation(text)) return givesWordsOf(person, named, before);
        Optional<Attribution.Said> pronoun = attribution.byPronounInClause(text);
        // "On Crimea, he said Trump …" is the pronoun's; "Trump met Putin, and he said …" is in doubt
        if (pronoun.isEmpty()
                || firstNamed(text.substring(0, pronoun.get().verbStart()), p -> true)
                        .isPresent()) return false;
        // "Reyvik greeted Brandauer. She said …" is Brandauer's where the articles call Reyvik "he"
        Optional<Facts.Pronoun> said = pronounBefore(text, pronoun.get().verbStart());
        return firstNamed(
                        before.quote(),
                        p -> said.isEmpty()
                                || !facts.pronouns().containsKey(p.name())
                                || facts.pronouns().get(p.name()) == said.get())
                .filter(person::equals)
                .isPresent();
    }

    /** The person pronoun nearest before {@code end} ("he" or "she", lexicon cues.follow_up), as a gender. */
    private Optional<Facts.Pronoun> pronounBefore(String text, int end) {
        Matcher m = A_WORD.matcher(text).region(0, end);
        Optional<Facts.Pronoun> last = Optional.empty();
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (masculine.contains(w)) last = Optional.of(Facts.Pronoun.MASCULINE);
            else if (feminine.contains(w)) last = Optional.of(Facts.Pronoun.FEMININE);
        }
        return last;
    }

    private static final Pattern A_WORD = Pattern.compile("(?<![\\p{L}])\\p{L}+(?![\\p{L}])");

    private static List<int[]> spans(Pattern pattern, String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) out.add(new int[] {m.start(), m.end()});
        return out;
    }

    /**
     * A person's full name, and the words of it no one else on the roster shares, as whole words: "Wang said" is Wang
     * Yi's, while "Mohammed" may be anyone's.
     */
    private Pattern ownNameWords(Participant person) {
        List<String> own = new ArrayList<>();
        own.add(person.name());
        String surname = surname(person.name());
        for (String word : person.name().split("\\s+")) {
            // "Marek" is no one's own where Anna and Pavel Marek are both named; Ashraf Ghani's surname stays his
            // beside Abdul Ghani Baradar
            boolean shared = participantsByName.keySet().stream()
                    .filter(other -> !other.equals(person.name()))
                    .anyMatch(other -> word.equals(surname)
                            ? surname(other).equals(word)
                            : List.of(other.split("\\s+")).contains(word));
            boolean mayStandAlone =
                    word.equals(surname) || word.length() >= MIN_OWN_NAME_WORD && Character.isUpperCase(word.charAt(0));
            if (mayStandAlone && !shared) own.add(word);
        }
        return Pattern.compile("(?<![\\p{L}])" + WordPatterns.anyOf(own) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    }

    /** Shortest word of a name that may stand for the person alone: not "Al", "Le", "Xi" (a surname always may). */
    private static final int MIN_OWN_NAME_WORD = 3;

    /** The person on the roster {@code text} names first: the subject a pronoun in the next sentence stands for. */
    private Optional<Participant> firstNamed(String text, Predicate<Participant> may) {
        String outside = Attribution.outsideQuotes(text);
        Participant first = null;
        int at = Integer.MAX_VALUE;
        for (Map.Entry<Participant, Pattern> e : surnames) {
            for (int[] m : spans(e.getValue(), outside)) {
                // "Reyvik's spokeswoman, Dana Holm, briefed reporters. She said …": the owner is not the subject
                if (m[0] < at && !Attribution.possessive(outside, m) && may.test(e.getKey())) {
                    at = m[0];
                    first = e.getKey();
                }
            }
        }
        return Optional.ofNullable(first);
    }

    private static final Pattern WHO_IS = Pattern.compile("(?i)^\\W*who(?:\\s+is|\\s+was|['\u2019]s)\\b");

    /** The people a yes/no question about attendance names ("Did Zelenskyy or Lavrov attend?"), in roster order. */
    private List<Participant> attendanceQuestion(Question q) {
        if (q.type() != QuestionType.YES_NO) return List.of();
        if (q.facet() != Facet.PARTICIPANTS && !endsAskingPresence(q.text())) return List.of();
        // "Did Zelenskyy or Lavrov attend?" asks about each of them; "Did Ukraine attend?" about the country.
        List<Participant> people = namedOnRoster(q.text());
        if (!people.isEmpty()) return people;
        // a country only when the question asks just that: not "Was the president of Kessaria there?" (a post), nor
        // "Did the Tervanese delegation storm out?" (another act)
        if (titles.in(q.text())) return List.of();
        if (!attendance.in(q.text()) && !endsAskingPresence(q.text())) return List.of();
        return partiesNamed(q.text());
    }

    /**
     * Whether a sentence says what an attendance reply about a country claims: for one at the talks, it places
     * someone speaking for it there; for one not, it is the side objecting there (news reports a side left out as its
     * objection: "Ukraine was not invited"). People are cited as the model ranks their sentences.
     */
    private boolean attests(ScoredPassage sentence, List<Participant> asked) {
        SentenceFacts f = sentence.facts();
        for (Participant a : asked) {
            // a person's name is never among a sentence's parties, so this keeps to the countries asked about
            if (!f.parties().contains(a.name())) continue;
            if (!a.present()
                    && objectionsByKey.getOrDefault(sentence.passage().key(), List.of()).stream()
                            .anyMatch(i -> facts.objections().get(i).party().equals(a.name()))) return true;
            if (a.present()
                    && f.presentParticipants()
                    && f.people().stream()
                            .anyMatch(n -> participantsByName.containsKey(n)
                                    && participantsByName.get(n).side().equals(a.name()))) return true;
        }
        return false;
    }

    /** Most words a party's name has that a question may name it by ("Democratic Republic of the Congo"). */
    private static final int LONGEST_PARTY_NAME = 5;

    /**
     * The countries and blocs the articles name that {@code question} names ("Did Ukraine attend?", "Was the EU
     * there?"), as entries for an attendance reply: at the talks when someone speaking for them is placed there. A
     * mention known only as an acronym counts only in capitals ("can you tell us" names no United States).
     */
    private List<Participant> partiesNamed(String question) {
        Set<String> named = partiesWritten(question);
        return facts.parties().stream()
                .filter(p -> named.contains(p.name()))
                .map(p -> new Participant(p.name(), "", "", p.atTalks(), p.citation()))
                .toList();
    }

    /** The countries and blocs {@code text} names, as written: by the lexicon's mentions or the articles' own. */
    private Set<String> partiesWritten(String text) {
        List<String> words = QuestionReader.words(text);
        Set<String> named = new HashSet<>();
        for (int n = 1; n <= LONGEST_PARTY_NAME; n++) {
            for (int i = 0; i + n <= words.size(); i++) {
                String phrase = String.join(" ", words.subList(i, i + n));
                settings.lexicon()
                        .partyAsWritten(phrase)
                        .or(() -> localParty(phrase))
                        .ifPresent(named::add);
            }
        }
        return named;
    }

    /** "Was Lavrov there?", "Was Putin present?": the question ends on a word of presence (lexicon question.presence). */
    private boolean endsAskingPresence(String question) {
        String text = question.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\s]+$", "");
        // "Was Lavrov there?", not "Did Putin say troops were present?" nor "Was Lavrov told what happened there?"
        if (!PRESENCE_OPENING.matcher(text).lookingAt()) return false;
        Set<String> speech = settings.lexicon().question().speech();
        if (QuestionReader.words(text).stream().anyMatch(speech::contains)) return false;
        return settings.lexicon().question().presence().stream().anyMatch(p -> text.endsWith(" " + p));
    }

    private static final Pattern PRESENCE_OPENING = Pattern.compile("\\W*(?:was|were|is|are)\\b");

    /** The people on the roster whose surname {@code text} contains, in any case, in roster order. */
    private List<Participant> namedOnRoster(String text) {
        return surnames.stream()
                .filter(e -> e.getValue().matcher(text).find())
                .map(Map.Entry::getKey)
                .distinct()
                .toList();
    }

    /** The pattern {@link #surnames} holds for a person on the roster; made here for anyone else. */
    private Pattern surnamePattern(String name) {
        return surnames.stream()
                .filter(e -> e.getKey().name().equals(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseGet(() -> Pattern.compile(
                        "\\b" + Pattern.quote(surname(name)) + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    private static String surname(String name) {
        String[] parts = name.split("\\s+");
        return parts[parts.length - 1];
    }

    private int presentCount(ScoredPassage p) {
        if (!p.facts().presentParticipants()) return 0;
        return (int) p.facts().people().stream().filter(presentPeople::contains).count();
    }

    /**
     * "Where did the talks take place?", and "In which town did the US and Russian officials meet?": about the meeting
     * itself when its words are the meeting's own (generic) or, past one of those, name the sides at the talks, a group
     * of people, or the kind of place or time asked for.
     */
    private boolean aboutTheMeeting(Question q) {
        if (q.asksAboutTheMeeting()) return true;
        if (q.type() != QuestionType.WHERE && q.type() != QuestionType.WHEN) return false;
        return q.terms().stream().anyMatch(QueryTerm::generic)
                && q.terms().stream().allMatch(t -> t.generic() || atTheTalks.contains(atTheTalksKey(t.surface())));
    }

    /** "U.S." and "US" alike. */
    private static String atTheTalksKey(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "");
    }

    private static Set<String> wordsForThoseAtTheTalks(Facts facts, Lexicon lexicon) {
        Set<String> words = new HashSet<>(lexicon.names().groupNouns());
        // the noun that made the question a where or when question: "In which town did …", "On what day did …"
        words.addAll(lexicon.question().types().whatWhere());
        words.addAll(lexicon.question().types().whatWhen());
        Set<String> sides = new HashSet<>();
        for (Participant p : facts.participants()) {
            if (p.present() && !p.side().isEmpty()) sides.add(p.side());
        }
        for (String side : sides) {
            words.add(atTheTalksKey(side));
            lexicon.aliasesOf(side).forEach(w -> words.add(atTheTalksKey(w)));
            lexicon.partyMentionsOf(side).forEach(w -> words.add(atTheTalksKey(w)));
        }
        return Set.copyOf(words);
    }

    /** Whether the candidate is the sentence the facts found placing or dating the meeting a question asks about. */
    private static boolean isScene(ScoredPassage candidate) {
        return candidate.get(Feature.SCENE) == 1;
    }

    /** Whether the question asks when talks were that the text dates by weekday alone, not when a plan will be. */
    private boolean asksWeekdayDatedTalks(Question q) {
        return q.type() == QuestionType.WHEN
                && facts.meeting().weekday().isPresent()
                && !extractor.looksAhead(q.text());
    }

    /** Whether the question asks when the talks were and the articles date only themselves, not the talks. */
    private boolean undatedMeeting(Question q) {
        return aboutTheMeeting(q)
                && q.type() == QuestionType.WHEN
                && facts.meeting().whenCitation().isEmpty()
                && facts.meeting().when().isPresent();
    }

    /** The facts the reply leads with; the quotes it cites are {@code chosen}. */
    private Lead lead(Question q, List<ScoredPassage> chosen) {
        if (q.facet() == Facet.PARTICIPANTS && extractor.negates(q.text())) {
            // "Who didn't attend the talks?": the roster and the quote's people at the talks answer the opposite;
            // only people the facts keep from the talks may be named, else the quote speaks for itself.
            List<Lead.Person> away = chosen.get(0).facts().people().stream()
                    .map(participantsByName::get)
                    .filter(p -> p != null && !p.present())
                    .map(Lead.Person::of)
                    .toList();
            return away.isEmpty() ? new Lead.Quoted() : new Lead.People(away);
        }
        if (q.listIntent() && q.facet() == Facet.PARTICIPANTS && asksForParties(q)) {
            // The countries and blocs the cited sentences name, or speak for through someone placed at the talks.
            Set<String> cited = new HashSet<>();
            for (ScoredPassage c : chosen) {
                cited.addAll(c.facts().parties());
                c.facts().people().stream()
                        .map(participantsByName::get)
                        .filter(p -> p != null && p.present() && !p.side().isEmpty())
                        .forEach(p -> cited.add(p.side()));
            }
            List<String> present = facts.parties().stream()
                    .filter(PartyFact::atTalks)
                    .map(PartyFact::name)
                    .filter(cited::contains)
                    .toList();
            if (!present.isEmpty()) return new Lead.Parties(present);
        }
        if (q.listIntent() && q.facet() == Facet.PARTICIPANTS) {
            // Only people the cited sentences name: with several articles, every name in the lead has its quote.
            Set<String> cited =
                    chosen.stream().flatMap(c -> c.facts().people().stream()).collect(Collectors.toSet());
            List<Lead.Person> present = facts.participants().stream()
                    .filter(Participant::present)
                    .filter(p -> cited.contains(p.name()))
                    .map(Lead.Person::of)
                    .toList();
            // "Who represented Ostrevia?": that side's people, when the cited sentences place any at the talks.
            Set<String> asked = partiesAsked(q);
            List<Lead.Person> forAsked = present.stream()
                    .filter(p -> asked.contains(participantsByName.get(p.name()).side()))
                    .toList();
            if (!forAsked.isEmpty()) return new Lead.Attendees(forAsked, List.of());
            if (!present.isEmpty()) {
                // The rest of the cast, as the cited articles name it, so the answer says who was not there too.
                Set<String> named = chosen.stream()
                        .map(c -> c.passage().article().id())
                        .distinct()
                        .flatMap(a -> peopleByArticle.getOrDefault(a, Set.of()).stream())
                        .collect(Collectors.toSet());
                List<String> others = cast.named().stream()
                        .map(Cast.Member::name)
                        .filter(named::contains)
                        .toList();
                return new Lead.Attendees(present, others);
            }
        }
        if (q.listIntent() && q.facet() == Facet.OBJECTIONS) {
            // The cited sentences' objections, in the order the facts list them.
            List<Integer> voiced = chosen.stream()
                    .map(c -> c.passage().key())
                    .distinct()
                    .flatMap(k -> objectionsByKey.getOrDefault(k, List.of()).stream())
                    .sorted()
                    .toList();
            Set<String> parties = new LinkedHashSet<>();
            for (int i : voiced) {
                Objection o = facts.objections().get(i);
                if (!o.party().isEmpty()) parties.add(o.party());
            }
            if (!parties.isEmpty()) return new Lead.Objectors(new ArrayList<>(parties));
        }
        if (q.listIntent() && q.facet() == Facet.OUTCOMES) return new Lead.Outcomes();
        if (q.listIntent() && q.facet() == Facet.OPEN_QUESTIONS) return new Lead.OpenQuestions();
        if (undatedMeeting(q)) {
            // Honest about dates: the text does not date the talks; only the article carries a date.
            return new Lead.Undated(facts.meeting().when().get());
        }
        if (asksWeekdayDatedTalks(q) && isScene(chosen.get(0))) {
            // "met on Monday": the quote gives the weekday, the lead the day it was
            Optional<String> published = chosen.get(0).passage().article().date();
            if (published.isPresent())
                return new Lead.Weekday(facts.meeting().when().get(), published.get());
        }
        if (q.type() == QuestionType.WHO) {
            List<String> people = chosen.get(0).facts().people();
            if (q.facet() == Facet.OBJECTIONS) {
                // "Who objected to the deal?" names who objects in a cited objection, never the people of a
                // cited sentence that only shares the question's words ("The deal was announced by …")
                Optional<ScoredPassage> objection =
                        chosen.stream().filter(c -> c.facts().isObjection()).findFirst();
                if (objection.isEmpty()) return new Lead.Quoted();
                // Who voices it, as the facts read it: not whom it accuses ("… accused Ruusk of selling the sea").
                people = objectionsByKey.getOrDefault(objection.get().passage().key(), List.of()).stream()
                        .map(i -> facts.objections().get(i).person())
                        .filter(p -> !p.isEmpty())
                        .distinct()
                        .toList();
            }
            Set<String> sides = delegationsAsked(q);
            List<String> speakingFor = people.stream()
                    .filter(n -> participantsByName.containsKey(n)
                            && sides.contains(participantsByName.get(n).side()))
                    .toList();
            // "Who led the Russian delegation?": the Russians the quote names. When it names none, only people whose
            // side the facts do not know may still be the answer; naming another side's would answer wrongly ("Who
            // headed the Syrian delegation?" is not answered by the conference's co-chairs).
            if (!speakingFor.isEmpty()) people = speakingFor;
            else if (!sides.isEmpty()) {
                people = people.stream()
                        .filter(n -> !participantsByName.containsKey(n)
                                || participantsByName.get(n).side().isEmpty())
                        .toList();
                if (people.isEmpty()) return new Lead.Quoted();
            }
            if (q.facet() != Facet.OBJECTIONS)
                people = subjectsOf(q, chosen.get(0).passage().quote(), people);
            // "Who is the president of Salandria?" is not answered by naming its envoy: with a post asked for that
            // no one named holds, the quote speaks for itself.
            Optional<String> post = postAsked(q);
            if (post.isPresent()) {
                List<String> holders = people.stream()
                        .filter(n -> participantsByName.containsKey(n)
                                && holds(participantsByName.get(n).role(), post.get()))
                        .toList();
                if (holders.isEmpty()) return new Lead.Quoted();
                people = holders; // "Who is Varland's foreign minister?": not its negotiator beside her
            }
            if (!people.isEmpty()) {
                return new Lead.People(people.stream()
                        .map(n -> participantsByName.containsKey(n)
                                ? Lead.Person.of(participantsByName.get(n))
                                : Lead.Person.named(n))
                        .toList());
            }
        }
        return new Lead.Quoted();
    }

    /**
     * Who a "who" question asks for among the people a quote names: not those the question names itself ("Who met
     * Lavrov?" is not answered "Rubio and Lavrov"), and when the quote holds the question's verb with people on both
     * sides of it, those on its subject's side ("Who mediated?" against "Merkel and Hollande, who mediated between
     * Putin and Poroshenko": before the verb; "was brokered by Qatar's emir": after "by"). None when the quote names
     * only people the question names: then the quote speaks for itself.
     */
    private List<String> subjectsOf(Question q, String quote, List<String> people) {
        List<String> unasked = people.stream()
                .filter(n -> !surnamePattern(n).matcher(q.text()).find())
                .toList();
        if (unasked.size() < 2) return unasked;
        for (QueryTerm t : q.terms()) {
            if (FeatureExtractor.isName(t.surface()) || t.generic() || t.forms().isEmpty()) continue;
            // Only a verb splits the quote: a past form ("mediated", "led") or a participation verb ("met"); a noun
            // ("talks") may stand anywhere.
            String surface = t.surface().toLowerCase(Locale.ROOT);
            if (!surface.endsWith("ed") && !participationVerbs.contains(surface)) continue;
            // "Who was invited to join the talks?" asks for the verb's object: no split then.
            if (Pattern.compile("(?i)\\b(?:was|were|is|are|been|be|being|got|get)\\s+(?:\\p{L}+\\s+)?"
                            + Pattern.quote(surface) + "\\b")
                    .matcher(q.text())
                    .find()) return unasked;
            List<String> stem = t.forms().get(0);
            Matcher word = QUOTE_WORD.matcher(quote);
            while (word.find()) {
                String found = word.group().toLowerCase(Locale.ROOT);
                // a verb in the quote too: "headed" is not found in "the head of the Ports Authority"
                if (!found.endsWith("ed") && !participationVerbs.contains(found)) continue;
                if (!index.analyze(word.group()).equals(stem)) continue;
                Matcher by = PASSIVE_BY.matcher(quote).region(word.end(), quote.length());
                boolean passive = by.lookingAt() && !byMeans(quote, by.end());
                // Passive: those from "by" to the end of its clause. Active: those in the verb's clause before it (a
                // relative clause's "who" reaches back to the clause it follows), and those it did it with ("signed
                // the memorandum with Faisal").
                int from = passive ? by.end() : clauseStart(quote, word.start());
                int to = passive ? clauseEnd(quote, by.end()) : word.start();
                int withFrom = passive ? -1 : withAfter(quote, word.end());
                int withTo = withFrom < 0 ? -1 : clauseEnd(quote, withFrom);
                List<String> subjects = unasked.stream()
                        .filter(n -> {
                            int named = quote.indexOf(surname(n));
                            return named >= from && named < to || named >= withFrom && named < withTo;
                        })
                        .toList();
                if (!subjects.isEmpty() && subjects.size() < unasked.size()) return subjects;
            }
        }
        return unasked;
    }

    /** "by phone", "by video link": the means, not an agent (lexicon cues.by_means). */
    private boolean byMeans(String quote, int afterBy) {
        String rest = quote.substring(afterBy).stripLeading().toLowerCase(Locale.ROOT);
        return byMeans.stream()
                .anyMatch(m -> rest.startsWith(m)
                        && (rest.length() == m.length() || !Character.isLetter(rest.charAt(m.length()))));
    }

    /**
     * Where the clause holding {@code at} begins: after the last comma, semicolon or dash before it; a clause that opens
     * with "who" or "which" begins where the clause before it does ("Merkel and Hollande, who mediated …").
     */
    private static int clauseStart(String text, int at) {
        int start = 0;
        Matcher breaks = CLAUSE_BREAK.matcher(text).region(0, at);
        List<Integer> ends = new ArrayList<>();
        while (breaks.find()) ends.add(breaks.end());
        for (int i = ends.size() - 1; i >= 0; i--) {
            start = ends.get(i);
            if (!RELATIVE_OPENING.matcher(text.substring(start, at)).lookingAt()) return start;
            if (i == 0) return 0;
        }
        return start;
    }

    /** Where the people a verb was done with start ("signed the memorandum with Faisal"), in its clause; else -1. */
    private static int withAfter(String text, int verbEnd) {
        int end = clauseEnd(text, verbEnd);
        Matcher with = WITH.matcher(text).region(verbEnd, end);
        return with.find() ? with.end() : -1;
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:\u2014]");
    private static final Pattern RELATIVE_OPENING = Pattern.compile("\\s*(?:who|which|that)\\b");
    private static final Pattern WITH = Pattern.compile("\\bwith\\b");

    private static int clauseEnd(String text, int from) {
        Matcher end = CLAUSE_END.matcher(text).region(from, text.length());
        return end.find() ? end.start() : text.length();
    }

    /**
     * Where the agents after "by" end: a stop or a new clause ("…, while the Hamas team was led by …", "…, who met
     * Kolb"), not an apposition's comma ("and the head of its water authority, Katarina Venn").
     */
    private static final Pattern CLAUSE_END = Pattern.compile(
            "[;:()\u2014]|,\\s+(?:while|but|whereas|although|though|as|who|whom|which|where|when|after|before|and\\s+then)\\b");

    private static final Pattern QUOTE_WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*");
    /**
     * "was mediated by …", "a delegation led on the technical side by …": the agents come after the verb. Only
     * lower-case words may stand between, so "met Lavrov by the lake" stays active.
     */
    private static final Pattern PASSIVE_BY = Pattern.compile("(?:\\s+\\p{Ll}+){0,5}?\\s+by\\b");

    private Answer unanswered(
            String question, Lead.Reason reason, List<Note> notes, Question q, double confidence, long started) {
        List<Article> articles = corpus.articles();
        Lead refusal = new Lead.Refusal(
                reason,
                articles.size(),
                articles.size() == 1 ? Optional.of(articles.get(0).title()) : Optional.empty());
        return new Answer(
                question,
                refusal,
                notes,
                List.of(),
                confidence,
                elapsed(started),
                q == null ? QuestionType.OTHER : q.type(),
                q == null ? Facet.NONE : q.facet());
    }

    /** A clock time opening a paragraph, as a live blog stamps its entries: "13:40 — Talks resume." */
    private static final Pattern CLOCK_STAMP = Pattern.compile("^\\s*\\d{1,2}[:.]\\d{2}(?!\\d)");

    /**
     * "When did the EU envoy join?": a live blog's entry says when in its opening stamp ("13:40 — Talks resume."),
     * not in the sentence that answers. When the best sentence says no time and its paragraph opens with a stamp,
     * that opening sentence is cited second, so the reply shows the time.
     */
    private List<Citation> withTimeStamp(ScoredPassage best, List<Citation> citations) {
        Passage p = best.passage();
        if (extractor.saysWhen(p.quote())) return citations;
        var opening = p.paragraph().sentences().get(0);
        if (opening.number() == p.sentence().number()
                || !CLOCK_STAMP.matcher(opening.text()).find()) return citations;
        Passage stamp = new Passage(p.article(), p.section(), p.paragraph(), opening);
        if (citations.stream().anyMatch(c -> c.quote().equals(stamp.quote()))) return citations;
        List<Citation> out = new ArrayList<>(citations);
        out.add(1, cite(stamp, citations.get(0).score())); // part of the best answer: as likely as it
        return out;
    }

    private Citation cite(ScoredPassage s) {
        return cite(s.passage(), Math.round(s.probability() * 1000) / 1000.0);
    }

    private static Citation cite(Passage p, double score) {
        return new Citation(
                p.quote(),
                p.article().id(),
                p.article().title(),
                p.section().title(),
                p.paragraph().number(),
                p.sentence().number(),
                p.article().url(),
                p.paragraph().text(),
                score);
    }

    /** The citation for a passage key (for "show context" on a posted answer). */
    public Optional<Citation> citation(String key) {
        return corpus.passage(key).map(p -> cite(p, 0));
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
