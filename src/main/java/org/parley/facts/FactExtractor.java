package org.parley.facts;

import static org.parley.config.WordPatterns.anyOf;
import static org.parley.config.WordPatterns.capitalised;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.parley.config.Lexicon;
import org.parley.config.WordPatterns;
import org.parley.corpus.Article;
import org.parley.corpus.Corpus;
import org.parley.corpus.Passage;

/**
 * Entry point of the facts package: reads every sentence of a corpus for people (with role, side and
 * presence), parties, outcomes, objections and open questions. Patterns plus the lexicon's data; nothing
 * here knows any one article.
 */
public final class FactExtractor {

    /** How country names end ("Drevnia", "Tervanland") and how demonyms do ("Drevish", "Kestrian"). */
    private static final Pattern COUNTRY_ENDING = Pattern.compile("(ia|land|stan|a|e|o|y)$");

    private static final Pattern DEMONYM_ENDING = Pattern.compile("(ish|ian|an|ese|i|ic|ean|n)$");
    private static final Pattern CAPITALISED_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}.]*\\s$");
    private static final Pattern CAPITALISED_AFTER = Pattern.compile("^\\s\\p{Lu}");
    /** A word, for reading pronouns one at a time. */
    private static final Pattern FIRST_WORD = Pattern.compile("\\p{L}+");
    /** The city a dateline names: its words in capitals. */
    private static final Pattern DATELINE_CITY = Pattern.compile("^\\p{Lu}{2,}(?:[ .\\-]\\p{Lu}{2,})*");
    /**
     * A dateline before the story: "DOHA - ", "GENEVA, June 20 (Parley Test Wire) — ", "SHARM EL-SHEIKH, Egypt — ",
     * "GENEVA (June 16) — ".
     */
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}{2,}(?:[\\p{Lu}\\s.\\-]*\\p{Lu})?"
            + "(?:,[^\u2014\u2013\\-]{0,60})?(?:\\s\\([^()]{1,40}\\))?\\s[\\-\u2013\u2014]\\s");

    /**
     * The most words of a signpost ("Several questions remain open.", "Several issues were left open."); the
     * shortest open question of the fixtures that is no question itself has 6 ("The biggest open question is money.").
     */
    private static final int SIGNPOST_WORDS = 5;

    private static final int BEFORE_CUE_REACH = 150;
    private static final int AFTER_CUE_REACH = 120;
    /**
     * Most characters from a participle to its "by" ("signed in a ballroom of the Sheraton hotel in the Qatari capital
     * by", 71): a place and a time fit, another clause rarely does. Set on that sentence, not fit.
     */
    private static final int PASSIVE_BY_REACH = 80;

    private static final Pattern PASSIVE_BY = Pattern.compile("\\sby\\s");
    /** How far before a name "between" pairs it: "between Hun Sen and Thai Prime Minister Paetongtarn" (60). */
    private static final int PAIRED_REACH = 60;

    private final Lexicon lexicon;
    /** Finds the names of things, which no country of the corpus's own changes. */
    private final MentionFinder thingFinder;

    private final Pattern here;
    /** A name owning a group of people or a state's office: "Tegana's delegation", "Lodmark's Foreign Minister Lind". */
    private final Pattern owner;

    private final CuePattern outcomeStrong, outcomeWeak, objectionStrong, objectionWeak, open;
    /** Objection verbs whose subject is the one objecting ("rejected"), unlike "sidelined" or "accused". */
    private final CuePattern objectionBySubject;
    /** Phrases of someone standing up for the deal ("defended the agreement"): no objection on weak cues alone. */
    private final CuePattern objectionCountered;

    private final CuePattern participation, participationBefore, absence, event, headingOutcome, headingObjection;
    /** "took no part", "did not attend" (cues.non_participation): said right after a name, it keeps them away. */
    private final CuePattern nonParticipation;

    private final CuePattern clauseOpeners, auxiliaries;
    private final Set<String> subjectWords, pronouns;
    /** A word opening a contrasting clause ("while", "whereas"): what stands across it is about someone else. */
    private final Pattern contrast;
    /** Where one clause ends: punctuation, or a contrast word between spaces ("… led the team while Y sent …"). */
    private final Pattern clauseBreak;
    /** "talks … in Doha": the name after "in" or "at" (behind "the capital of", say) is where the talks were. */
    private final Pattern venue;
    /** A calendar date: "16 May 2025", "May 16, 2025", "18 February", "Oct. 3". */
    private final Pattern date;
    /** A day of the week the talks may be dated by: "met on Monday". */
    private final Pattern weekday;
    /** The lexicon's days, lower case, as the week's days. */
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    /** "the Serevan Republic" (group 1), "the Kingdom of Ostmark" (group 2). */
    private final Pattern stateName;
    /** "Esteria-Kovalia", "Esteria and Kovalia", "Veisari and the Republic of Kilau": two names paired. */
    private final Pattern pair;
    /** "since", "before": a date after one in its clause is another event's. */
    private final CuePattern otherTime;
    /** "since": a place after it in its clause is another event's. */
    private final CuePattern otherPlace;
    /** "is expected to", "will": a date after one in its clause is a plan's, not the talks'. */
    private final CuePattern future;
    /** "earlier", "previous": a venue named for such talks is another round's, not the meeting's. */
    private final CuePattern otherRounds;
    /** How far before "talks … in X" such a word still qualifies the talks: "Two earlier rounds of talks". */
    private static final int OTHER_ROUND_REACH = 30;
    /** Phrases that say the talks happened ("were held", "took place"). */
    private final CuePattern happened;
    /** A speech verb between a name and a verb puts the verb in what the person said, not what they did. */
    private final CuePattern reported;

    private final CuePattern pairedBy;
    /** Phrases that bring a companion into a name's company ("accompanied by"): the companion shares its side. */
    private final CuePattern companions;
    /** Phrases by which a name keeps another's company ("who accompanied"): it shares the other's side. */
    private final CuePattern accompanying;

    private final Pattern possessivePlace;

    private final Set<String> reportingVerbs;
    /** Subject pronouns that tell how the articles refer to a person: "he", "his"; "she", "hers". */
    private final Set<String> masculine, feminine;
    /** Bodies outside the delegations: "the farmers' union, led by …". */
    private final Set<String> civilBodies;
    /** "In talks in Riyadh, …": a phrase that sets the scene before the sentence's subject. */
    private final Pattern sceneOpener;
    /** "He ruled out …": a sentence that speaks for the person the sentence before named. */
    private final Pattern speakerPronoun;
    /** "in a summit", "at talks", "their summit": the sentence says what was done at an event. */
    private final Pattern atEvent;
    /** The lower-case words of titles ("leader" in "North Korean leader"), which may stand in a sentence's subject. */
    private final Set<String> titleWords;

    public FactExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.thingFinder = new MentionFinder(lexicon, Map.of());
        String placeNouns = String.join(
                "|", lexicon.names().placeNouns().stream().map(Pattern::quote).toList());
        // Talks placed where the dateline is: "talks in this lakeside town".
        // not a passive's agent: "buses … were met by crowds in Ramallah" places no meeting
        String venueBefore = "\\b" + anyOf(lexicon.cues("venue_before")) + "\\b(?!\\s+by\\b)";
        // "talks … in this lakeside town", and wire copy's "talks that began here yesterday"
        here = Pattern.compile(venueBefore + "(?:[^.?!]{0,80}?\\b(?:in|at)\\s+this\\s+(?:[\\p{L}\\-]+\\s+){0,3}?(?:"
                + placeNouns + ")\\b|[^.?!\u201C\u201D\"]{0,40}?\\bhere\\b)");
        // "Lodmark's Foreign Minister Marta Lind": a state's office, in the title case it takes before a name.
        String offices = anyOf(lexicon.question().offices().stream()
                .map(o -> Arrays.stream(o.split(" "))
                        .map(WordPatterns::capitalised)
                        .collect(Collectors.joining(" ")))
                .toList());
        owner = Pattern.compile("(?<![\\p{L}\\-])(\\p{Lu}\\p{L}{3,})['\u2019]s\\s+(?:(?:[\\p{Ll}\\-]+\\s+)?"
                + anyOf(lexicon.names().groupNouns()) + "(?![\\p{L}])|(?:Deputy\\s+)?" + offices + "\\s+(?=\\p{Lu}))");
        outcomeStrong = new CuePattern(lexicon.cues("outcome.strong"));
        outcomeWeak = new CuePattern(lexicon.cues("outcome.weak"));
        objectionStrong = new CuePattern(lexicon.cues("objection.strong"));
        objectionWeak = new CuePattern(lexicon.cues("objection.weak"));
        objectionBySubject = new CuePattern(lexicon.cues("objection.by_subject"));
        objectionCountered = new CuePattern(lexicon.cues("objection.countered_by"));
        open = new CuePattern(lexicon.cues("open_question"));
        participation = new CuePattern(lexicon.cues("participation"));
        participationBefore = new CuePattern(lexicon.cues("participation_before"));
        absence = new CuePattern(lexicon.cues("absence"));
        nonParticipation = new CuePattern(lexicon.cues("non_participation"));
        event = new CuePattern(lexicon.cues("event"));
        headingOutcome = new CuePattern(lexicon.cues("heading_outcome"));
        headingObjection = new CuePattern(lexicon.cues("heading_objection"));
        clauseOpeners = new CuePattern(lexicon.cues("subject.openers"));
        subjectWords = Set.copyOf(lexicon.cues("subject.words"));
        pronouns = Set.copyOf(lexicon.cues("subject.pronouns"));
        auxiliaries = new CuePattern(lexicon.cues("subject.auxiliaries"));
        contrast = Pattern.compile("(?i)\\b" + anyOf(lexicon.names().contrastWords()) + "\\b");
        clauseBreak =
                Pattern.compile("[,;:()\u2014]|\\s" + anyOf(lexicon.names().contrastWords()) + "\\s");
        String capitalisedWords = "\\p{Lu}[\\p{L}\\-]+(?:\\s\\p{Lu}[\\p{L}\\-]+)*";
        possessivePlace = Pattern.compile(
                "['\u2019]s\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}?(?:" + placeNouns + "),\\s+(" + capitalisedWords + ")");
        venue = Pattern.compile(venueBefore
                + "[^.?!]{0,120}?\\b(?:in|at)\\s+(?:the\\s+[\\p{L}\\s]{0,40}?\\bof\\s+|the\\s+)?"
                + "(" + capitalisedWords + "(?:,\\s" + capitalisedWords + ")?)");
        String month = java.util.stream.Stream.concat(
                        lexicon.names().months().stream().map(WordPatterns::capitalised),
                        lexicon.names().monthAbbreviations().stream().map(m -> capitalised(m) + "\\.?"))
                .collect(Collectors.joining("|", "(?:", ")"));
        otherTime = new CuePattern(lexicon.cues("other_time"));
        future = new CuePattern(lexicon.cues("future"));
        otherPlace = new CuePattern(lexicon.cues("other_place"));
        otherRounds = new CuePattern(lexicon.cues("other_rounds"));
        String stateNoun = anyOf(capitalised(lexicon.names().stateNouns()));
        pair = Pattern.compile("(?<![\\p{L}\\-])(\\p{Lu}\\p{L}{3,})(?:-| and (?:the\\s+" + stateNoun
                + "\\s+of\\s+)?)(\\p{Lu}\\p{L}{3,})(?![\\p{L}\\-])");
        stateName = Pattern.compile("(?<![\\p{L}\\-])(\\p{Lu}\\p{L}{3,})\\s+" + stateNoun + "(?![\\p{L}])|" + stateNoun
                + "\\s+of\\s+(?:the\\s+)?(\\p{Lu}\\p{L}{3,})(?![\\p{L}\\-])");
        date = Pattern.compile(
                "\\b(\\d{1,2}\\s+" + month + "(?:\\s+\\d{4})?|" + month + "\\s+\\d{1,2}(?:,\\s+\\d{4})?)\\b");
        List<String> days = lexicon.names().days();
        for (int i = 0; i < days.size(); i++) weekdays.put(days.get(i), DayOfWeek.of(i + 1));
        weekday = Pattern.compile("\\bon\\s+(" + anyOf(capitalised(days)) + ")\\b");
        happened = new CuePattern(lexicon.cues("happened"));
        reported = new CuePattern(lexicon.cues("reporting"));
        pairedBy = new CuePattern(lexicon.cues("paired_by"));
        companions = new CuePattern(lexicon.cues("companions"));
        accompanying = new CuePattern(lexicon.cues("accompanying"));
        reportingVerbs = Set.copyOf(lexicon.cues("reporting"));
        Set<String> objectForms = Set.copyOf(lexicon.cues("follow_up.object_forms"));
        masculine = lexicon.cues("follow_up.masculine").stream()
                .filter(w -> !objectForms.contains(w))
                .collect(Collectors.toUnmodifiableSet());
        feminine = lexicon.cues("follow_up.feminine").stream()
                .filter(w -> !objectForms.contains(w))
                .collect(Collectors.toUnmodifiableSet());
        civilBodies = Set.copyOf(lexicon.cues("civil_bodies"));
        sceneOpener = Pattern.compile("(?i)" + anyOf(lexicon.cues("scene_openers")) + "\\b");
        speakerPronoun = Pattern.compile(anyOf(capitalised(lexicon.cues("speaker_pronouns"))) + "\\b");
        // "… cut short their second summit": the event their own, as "in a summit" makes it
        atEvent = Pattern.compile(
                "\\b(?:(?:in|at|during)\\s+(?:" + anyOf(lexicon.names().articles())
                        + "\\s+)?|their\\s+)(?:[\\p{L}\\d\\-]+\\s+){0,2}?" + anyOf(lexicon.cues("event")) + "\\b");
        titleWords = lexicon.titles().stream()
                .flatMap(t -> Arrays.stream(t.split("\\s+")))
                .filter(w -> w.equals(w.toLowerCase(Locale.ROOT)))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * One sentence, read once: its tokens, parties and people, and what it says on its own (cue scores before the
     * paragraph's opener is weighed, and which of its names it places at the talks). Made from its {@link Said}
     * without tokens: the few readings that need them (outcomes) make them again.
     */
    private record Reading(
            Passage passage, List<Token> tokens, List<PartyMention> parties, List<NameMention> names, Cues cues) {
        String text() {
            return passage.quote();
        }

        Reading withTokens(List<Token> tokens) {
            return new Reading(passage, tokens, parties, names, cues);
        }
    }

    /**
     * @param present for each of the reading's names (by index), whether the sentence places that person at the
     *                talks: a value, so that the few distinct cues a corpus has are kept once each
     */
    private record Cues(
            int outcome,
            boolean strongOutcome,
            int objection,
            boolean question,
            boolean openQuestion,
            BitSet present) {}

    /**
     * What one sentence says on its own, as an article's reading keeps it until the next extraction: a few hundred
     * thousand of these stay in memory, so empty lists and equal cues are shared.
     */
    private record Said(List<PartyMention> parties, List<NameMention> names, Cues cues) {}

    /** A person as gathered over all their mentions. */
    private static final class Person {
        String name;
        String role = "";
        String side;
        boolean present;
        Passage citation;
        boolean citationHasRole;
        /** How often the articles refer to the person as "he" (positive) or "she" (negative). */
        int pronounVotes;
    }

    /**
     * What one article says that needs no other article to read, gathered before the corpus is read as a whole.
     *
     * @param words      capitalised words of four letters or more, each once, in reading order: candidates for a
     *                   country the lexicon does not know
     * @param standalone those of them seen at least once not followed by another capitalised word
     * @param stateNames names beside a noun of statehood, in reading order ("the Serevan Republic")
     * @param owners     names owning a delegation or an office, in reading order ("Tegana's delegation")
     * @param pairs      two names paired ("Esteria and Kovalia"), with no capitalised word either side
     * @param things     the names the article gives to things ("the tanker Sable Horizon")
     * @param keys       the lexicon key of every capitalised word, whatever its length ("Ve\u0301a" and "Véa" are
     *                   both "vea"), for telling which articles a change of the corpus's own countries reaches
     */
    private record PartyScan(
            List<String> words,
            Set<String> standalone,
            List<String> stateNames,
            List<String> owners,
            List<Pair> pairs,
            Set<String> things,
            String[] keys) {

        /**
         * Whether reading this article looks any of {@code changed} up (keys of the corpus's own countries): every
         * such country is a single word, and a mention is looked up from a capitalised word whose key is the first
         * word of the mention's key.
         */
        boolean reachedBy(Set<String> changed) {
            if (changed.isEmpty()) return false;
            for (String key : keys) if (changed.contains(key)) return true;
            return false;
        }
    }

    /** "Veisari and the Republic of Kilau": the two names, and whether a state noun and "of" join them. */
    private record Pair(String first, String second, boolean joinedByOf) {}

    /** One article as the last extraction read it, and the corpus-wide names its reading asked after. */
    static final class ArticleState {
        final Article article;
        final PartyScan scan;
        /** Pass 1's names as written. */
        final List<String> writtenNames;
        /** Pass 2's reading of each sentence, in reading order. */
        final List<Said> said;

        final Asked.Noted asked;

        private ArticleState(
                Article article, PartyScan scan, List<String> writtenNames, List<Said> said, Asked.Noted asked) {
            this.article = article;
            this.scan = scan;
            this.writtenNames = writtenNames;
            this.said = said;
            this.asked = asked;
        }

        /** The same reading, of an equal article of the new corpus. */
        ArticleState of(Article now) {
            return new ArticleState(now, scan, writtenNames, said, asked);
        }
    }

    /**
     * The corpus-wide names one article's reading looks up (surnames for a full name, names of things), noted as it
     * looks them up: a later change to any other name leaves that reading as it was.
     */
    private static final class Asked {
        private final Map<String, String> fullNameBySurname;
        private final Set<String> things;
        private final Set<String> surnames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        private final Set<String> thingNames = new HashSet<>();

        Asked(Map<String, String> fullNameBySurname, Set<String> things) {
            this.fullNameBySurname = fullNameBySurname;
            this.things = things;
        }

        String fullName(String written, String otherwise) {
            surnames.add(written);
            return fullNameBySurname.getOrDefault(written, otherwise);
        }

        boolean hasFullName(String written) {
            surnames.add(written);
            return fullNameBySurname.containsKey(written);
        }

        boolean isThing(String name) {
            thingNames.add(name);
            return things.contains(name);
        }

        Noted noted() {
            return new Noted(
                    surnames.stream().map(String::intern).toArray(String[]::new),
                    thingNames.stream().map(String::intern).toArray(String[]::new));
        }

        /** What was looked up, as arrays: a season of articles keeps one of these each. */
        record Noted(String[] surnames, String[] things) {
            boolean touchedBy(Changes changes) {
                if (!changes.surnames().isEmpty()) {
                    for (String s : surnames) if (changes.surnames().contains(s)) return true;
                }
                if (!changes.things().isEmpty()) {
                    for (String t : things) if (changes.things().contains(t)) return true;
                }
                return false;
            }
        }
    }

    /** The surnames whose full name differs between two readings of a corpus, and the things named in one only. */
    private record Changes(Set<String> surnames, Set<String> things) {
        static Changes between(FactCache.Context before, FactCache.Context now) {
            Set<String> surnames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            before.fullNameBySurname().forEach((surname, full) -> {
                if (!full.equals(now.fullNameBySurname().get(surname))) surnames.add(surname);
            });
            now.fullNameBySurname().forEach((surname, full) -> {
                if (!before.fullNameBySurname().containsKey(surname)) surnames.add(surname);
            });
            Set<String> things = new HashSet<>(before.things());
            things.addAll(now.things());
            things.removeIf(t -> before.things().contains(t) && now.things().contains(t));
            return new Changes(surnames, things);
        }
    }

    public Facts extract(Corpus corpus) {
        return extract(corpus, new FactCache());
    }

    /**
     * The same facts as {@link #extract(Corpus)}, reading again only what {@code cache} (the last corpus this
     * lineage read) cannot vouch for: a new or changed article, and an article whose reading asked after a name the
     * change gave another meaning (a surname that now has a full name, a thing's name), or that names a country only
     * the corpus reveals, newly found or lost ("Kestrian" once "Kestria" stands alone somewhere). The cache then holds
     * this corpus.
     */
    public Facts extract(Corpus corpus, FactCache cache) {
        synchronized (cache) {
            FactCache.Snapshot before = cache.snapshot(lexicon);
            List<Article> articles = corpus.articles();
            List<List<Passage>> passages =
                    articles.stream().map(Corpus::passagesOf).toList();
            // An article read before, unchanged, is taken as it was; equality compares its text and structure.
            List<ArticleState> kept = articles.stream()
                    .map(a -> Optional.ofNullable(before.articles().get(a.id()))
                            .filter(s -> s.article.equals(a))
                            .orElse(null))
                    .toList();
            List<PartyScan> scans = IntStream.range(0, articles.size())
                    .parallel()
                    .mapToObj(i -> kept.get(i) != null ? kept.get(i).scan : scan(passages.get(i)))
                    .toList();
            Map<String, String> localParties = localParties(scans, passages);
            MentionFinder finder = new MentionFinder(lexicon, localParties);
            // The names of things ("the tanker Sable Horizon"), so that no mention of them is taken for a person.
            Set<String> things = new HashSet<>();
            scans.forEach(s -> things.addAll(s.things()));
            // The keys of the corpus's own countries that mean something else now, or nothing (all of them on the
            // first reading): only articles holding one of those words read differently.
            Set<String> partiesChanged = before.context() == null
                    ? null
                    : changedKeys(before.context().localParties(), localParties);
            boolean[] reread = new boolean[articles.size()];
            for (int i = 0; i < reread.length; i++)
                reread[i] = kept.get(i) == null
                        || partiesChanged == null
                        || scans.get(i).reachedBy(partiesChanged);

            // Pass 1: full names, so that later surname-only mentions can be resolved.
            // "Al-Suwaidi" opening a sentence is "Mariam al-Suwaidi": surnames match whatever their case.
            List<List<String>> written = IntStream.range(0, articles.size())
                    .parallel()
                    .mapToObj(i -> reread[i] ? writtenNames(passages.get(i), finder) : kept.get(i).writtenNames)
                    .toList();
            Map<String, String> fullNameBySurname = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (List<String> names : written) {
                for (String writtenName : names) {
                    if (things.contains(writtenName)) continue;
                    String name = canonicalPerson(writtenName);
                    fullNameBySurname.merge(surname(name), name, (first, next) -> first.contains(" ") ? first : next);
                    // A double surname names its bearer too: "Medina Ferrer" is "Gustavo Medina Ferrer".
                    // So do the first two words of a longer name: "Sayyid Faisal" is "Sayyid Faisal bin Harith".
                    if (name.split("\\s+").length >= 3) {
                        fullNameBySurname.putIfAbsent(lastTwoWords(name), name);
                        fullNameBySurname.putIfAbsent(firstTwoWords(name), name);
                    }
                }
            }
            givenNames(fullNameBySurname).forEach(fullNameBySurname::putIfAbsent);
            titledGivenNames(fullNameBySurname).forEach(fullNameBySurname::putIfAbsent);
            FactCache.Context context = new FactCache.Context(localParties, Set.copyOf(things), fullNameBySurname);
            Changes changes = before.context() == null ? null : Changes.between(before.context(), context);

            // Pass 2: every mention, resolved, and what each sentence says on its own, an article at a time.
            AtomicInteger read = new AtomicInteger();
            Map<Object, Object> shared = new ConcurrentHashMap<>(); // equal cues and empty readings, kept once
            List<ArticleState> states = IntStream.range(0, articles.size())
                    .parallel()
                    .mapToObj(i -> {
                        ArticleState old = kept.get(i);
                        if (!reread[i] && !old.asked.touchedBy(changes)) return old.of(articles.get(i));
                        read.incrementAndGet();
                        Asked asked = new Asked(fullNameBySurname, things);
                        List<Said> said = passages.get(i).stream()
                                .map(p -> read(p, finder, asked, shared))
                                .toList();
                        return new ArticleState(articles.get(i), scans.get(i), written.get(i), said, asked.noted());
                    })
                    .toList();
            cache.keep(lexicon, states, context, read.get());
            return gather(corpus, states, passages, fullNameBySurname, localParties);
        }
    }

    /**
     * Given names that stand for their bearers: Malay, Thai and Indonesian news name leaders by them ("Anwar said",
     * "Prabowo arrived"), Chinese and Korean news by the family name written first ("Xi", "Lee"). Only a word that
     * opens one full name of the corpus and ends none, and that is neither a form of address nor a word that
     * shapes sentences or questions ("Will", "May").
     */
    private Map<String, String> givenNames(Map<String, String> fullNameBySurname) {
        Map<String, Set<String>> bearers = bearersByFirstWord(fullNameBySurname, 2);
        Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        bearers.forEach((given, names) -> {
            String lower = given.toLowerCase(Locale.ROOT);
            if (names.size() == 1
                    && !fullNameBySurname.containsKey(given)
                    && !lexicon.names().honorifics().contains(lower)
                    && !lexicon.names().notNameStart().contains(lower)
                    && !lexicon.question().stopWords().contains(lower)
                    && !lexicon.isNotName(given))
                out.put(given, names.iterator().next());
        });
        return out;
    }

    /**
     * An honorific title and a given name that stand for one longer name of the corpus: "Sheikh Abdullah" is the
     * "Abdullah bin Zayed Al Nahyan" the article named in full. Only a name with a particle after its given name ("bin")
     * is such a bearer, so "Prince Charles" never becomes a "Charles Michel".
     */
    private Map<String, String> titledGivenNames(Map<String, String> fullNameBySurname) {
        Map<String, Set<String>> bearers = bearersByFirstWord(fullNameBySurname, 3);
        // Sheikh, Prince, Princess: given-name titles that are honorifics too, never King or Emir, which the article's
        // own full name does not carry ("Jordan's King Abdullah" beside "Abdullah bin Zayed")
        List<String> titles = lexicon.names().givenNameTitles().stream()
                .filter(lexicon.names().honorifics()::contains)
                .toList();
        Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        bearers.forEach((given, names) -> {
            if (names.size() != 1) return;
            String full = names.iterator().next();
            // "Abdullah bin Zayed Al Nahyan", not "Hassan Sheikh Mohamud"
            if (!lexicon.names().particles().contains(full.split("\\s+")[1])) return;
            for (String title : titles) out.put(WordPatterns.capitalised(title) + " " + given, full);
        });
        return out;
    }

    /** The corpus's full names of at least {@code minWords} words, by their first word. */
    private static Map<String, Set<String>> bearersByFirstWord(Map<String, String> fullNameBySurname, int minWords) {
        Map<String, Set<String>> bearers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String full : fullNameBySurname.values()) {
            String[] words = full.split("\\s+");
            if (words.length >= minWords)
                bearers.computeIfAbsent(words[0], k -> new HashSet<>()).add(full);
        }
        return bearers;
    }

    /**
     * The keys whose country differs between two readings' own countries, with the first words of keys that begin a
     * country in one reading only (a mention is looked up when a word begins one).
     */
    private static Set<String> changedKeys(Map<String, String> before, Map<String, String> now) {
        Set<String> changed = new HashSet<>();
        before.forEach((key, party) -> {
            if (!party.equals(now.get(key))) changed.add(key);
        });
        now.keySet().forEach(key -> {
            if (!before.containsKey(key)) changed.add(key);
        });
        Set<String> out = new HashSet<>(changed);
        changed.forEach(key -> out.add(Lexicon.firstWord(key)));
        return out;
    }

    /** Every sentence's names as written, in reading order, before any is resolved or found to name a thing. */
    private List<String> writtenNames(List<Passage> passages, MentionFinder finder) {
        List<String> out = new ArrayList<>();
        for (Passage p : passages) {
            String text = p.quote();
            List<Token> tokens = Token.of(text);
            for (NameMention m : finder.names(text, tokens, finder.parties(text, tokens), s -> null))
                out.add(m.name().intern()); // the same few names fill a season of articles
        }
        return List.copyOf(out);
    }

    /**
     * Every sentence's reading gathered in reading order: who each person is, their side and presence, the parties,
     * outcomes, objections and open questions. Cheap beside the reading itself: a corpus change runs all of it again.
     */
    private Facts gather(
            Corpus corpus,
            List<ArticleState> states,
            List<List<Passage>> passages,
            Map<String, String> fullNameBySurname,
            Map<String, String> localParties) {
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, SentenceFacts> bySentence = new HashMap<>();
        Map<SentenceFacts, SentenceFacts> shared = new HashMap<>(); // most sentences say the same few things
        List<Reading> naming = new ArrayList<>();
        List<Reading> objecting = new ArrayList<>();
        List<Reading> agreeing = new ArrayList<>();
        List<OpenQuestion> openQuestions = new ArrayList<>();
        Mentions mentions = new Mentions();
        Reading previous = null;
        Reading previousNamed = null; // the last sentence that names someone, for "She said …" after a quote
        for (int article = 0; article < states.size(); article++) {
            List<Said> said = states.get(article).said;
            for (int i = 0; i < said.size(); i++) {
                Said it = said.get(i);
                Reading r = new Reading(passages.get(article).get(i), List.of(), it.parties(), it.names(), it.cues());
                // Only a sentence naming someone whose side is still unknown can settle a side below.
                boolean unsettled = r.names().stream()
                        .anyMatch(m -> !people.containsKey(m.name()) || people.get(m.name()).side == null);
                SentenceFacts facts = shared.computeIfAbsent(sentenceFacts(r, people, bySentence), f -> f);
                bySentence.put(r.passage().key(), facts);
                mentions.add(r);
                if (unsettled) naming.add(r);
                // Who objects and whose outcome it is wait until every person's side is known (below).
                if (facts.isObjection() && !signpost(r)) // "Not everyone was satisfied." announces the objections
                objecting.add(speakerFromBefore(r, previousNamed));
                else if (facts.isOutcome()) agreeing.add(r);
                if (facts.openQuestion() && !signpost(r)) openQuestions.add(new OpenQuestion(r.text(), r.passage()));
                votePronoun(r, previous, people);
                previous = r;
                if (!r.names().isEmpty()) previousNamed = r;
            }
        }
        // A well-known person speaks for the side the lexicon lists, whatever a clause about them names ("a challenge
        // from President Volodymyr Zelenskiy, who had said he would be waiting for the Russian leader"). Sides the
        // text did not give otherwise: the boss's, else the sentence's acting party.
        for (Person person : people.values()) {
            lexicon.knownSideOf(person.name).ifPresent(side -> person.side = side);
        }
        for (Reading r : naming) {
            for (NameMention m : r.names()) {
                Person person = people.get(m.name());
                if (person.side != null || m.sideOf() == null) continue;
                String owner = fullNameBySurname.getOrDefault(m.sideOf(), resolveSingle(m.sideOf(), fullNameBySurname));
                if (owner == null) owner = otherBearer(m.sideOf(), person.name, fullNameBySurname);
                Person boss = owner == null ? null : people.get(owner);
                person.side = boss != null && boss.side != null
                        ? boss.side
                        : owner == null ? null : lexicon.knownSideOf(owner).orElse(null);
            }
        }
        for (Reading r : naming) {
            for (NameMention m : r.names()) {
                Person person = people.get(m.name());
                if (person.side == null) person.side = nearestActor(r, m).orElse(null);
            }
        }
        // Last, a companion's: "Kosygin, accompanied by Foreign Minister Andrei Gromyko, shuttled …" and "Y.B. Chavan,
        // who accompanied Shastri, …" speak for the side the other is known to speak for, from any sentence.
        for (Reading r : naming) {
            for (NameMention m : r.names()) {
                Person person = people.get(m.name());
                if (person.side != null) continue;
                companionOf(r, m).map(people::get).ifPresent(other -> person.side = other.side);
            }
        }
        List<Objection> objections = new ArrayList<>();
        for (Reading r : objecting) {
            for (String[] who : objectingParties(r, people))
                objections.add(new Objection(who[0], who[1], r.text(), r.passage()));
        }
        List<Outcome> outcomes = agreeing.stream()
                .map(r -> new Outcome(r.text(), subjectParties(r.withTokens(Token.of(r.text())), people), r.passage()))
                .toList();
        List<Participant> participants = people.values().stream()
                .map(p -> new Participant(p.name, p.role, p.side == null ? "" : p.side, p.present, p.citation))
                .toList();
        return new Facts(
                participants,
                parties(mentions, participants),
                outcomes,
                objections,
                openQuestions,
                meeting(mentions, participants, corpus),
                bySentence,
                aliasGroups(localParties),
                mentions.venues,
                pronouns(people));
    }

    /**
     * "Several questions remain open.": a sentence that only announces what follows, too short to name a question
     * and naming no one, is no open question of its own (the sentences after it are).
     */
    private static boolean signpost(Reading r) {
        String text = r.text().strip();
        return r.names().isEmpty()
                && r.parties().isEmpty()
                && !text.endsWith("?") // "Who governs the valley?" asks one
                && text.split("\\s+").length <= SIGNPOST_WORDS;
    }

    /**
     * "Fisk said the parties would meet again … she told reporters": the first subject pronoun after the last name
     * of a sentence, or in the next sentence of its paragraph when that names nobody, is that person's.
     */
    private void votePronoun(Reading r, Reading previous, Map<String, Person> people) {
        String after;
        String name;
        if (!r.names().isEmpty()) {
            NameMention last = r.names().get(r.names().size() - 1);
            name = last.name();
            after = r.text().substring(last.end());
        } else if (previous != null
                && !previous.names().isEmpty()
                && previous.passage().paragraph() == r.passage().paragraph()) {
            // "“We have a calendar …,” she told reporters." after a sentence naming Fisk
            name = previous.names().get(previous.names().size() - 1).name();
            after = r.text();
        } else {
            return;
        }
        Person person = people.get(name);
        if (person == null) return;
        Matcher word = FIRST_WORD.matcher(after);
        while (word.find()) {
            String w = word.group().toLowerCase(Locale.ROOT);
            if (masculine.contains(w)) {
                person.pronounVotes++;
                return;
            }
            if (feminine.contains(w)) {
                person.pronounVotes--;
                return;
            }
        }
    }

    private static Map<String, Facts.Pronoun> pronouns(Map<String, Person> people) {
        Map<String, Facts.Pronoun> out = new HashMap<>();
        for (Person p : people.values()) {
            if (p.pronounVotes > 0) out.put(p.name, Facts.Pronoun.MASCULINE);
            else if (p.pronounVotes < 0) out.put(p.name, Facts.Pronoun.FEMININE);
        }
        return out;
    }

    /** One sentence's tokens, parties and people, its names resolved to full names where the corpus has them. */
    private Said read(Passage p, MentionFinder finder, Asked asked, Map<Object, Object> shared) {
        String text = p.quote();
        List<Token> tokens = Token.of(text);
        List<PartyMention> parties = finder.parties(text, tokens);
        List<NameMention> names =
                new ArrayList<>(finder.names(text, tokens, parties, single -> resolveSingle(single, asked)));
        names.removeIf(m -> asked.isThing(m.name()));
        List<NameMention> resolved = new ArrayList<>();
        for (NameMention m : names) {
            String full = m.name().contains(" ") ? canonicalPerson(m.name()) : asked.fullName(m.name(), m.name());
            if (full.split("\\s+").length == 2) full = asked.fullName(full, full);
            Optional<String> royal = givenNameTitle(m);
            if (royal.isPresent()) {
                // "Jordan's King Hussein": a given name after a royal title, never another person's surname; "Sheikh
                // Abdullah" is the "Abdullah bin Zayed Al Nahyan" the corpus names in full
                String titled = royal.get() + " " + m.name();
                resolved.add(m.withName(asked.fullName(titled, titled)));
                continue;
            }
            // A full name stays itself ("Erik Berg" is not "Anna Berg"); a surname alone resolves to the full name.
            resolved.add(m.withName(m.name().contains(" ") ? full : asked.fullName(surname(full), full)));
        }
        Cues cues = (Cues) shared.computeIfAbsent(cues(p, resolved), c -> c);
        Said said = new Said(List.copyOf(parties), List.copyOf(resolved), cues);
        return parties.isEmpty() && resolved.isEmpty() ? (Said) shared.computeIfAbsent(said, c -> c) : said;
    }

    private Cues cues(Passage p, List<NameMention> names) {
        String text = p.quote();
        BitSet present = new BitSet();
        for (int i = 0; i < names.size(); i++) present.set(i, placesAtTalks(text, names.get(i)));
        List<int[]> strongObjecting = objectionStrong.find(text);
        List<int[]> objecting = new ArrayList<>(strongObjecting);
        int objection = 2 * objecting.size();
        List<int[]> weakObjecting = objectionWeak.find(text);
        objection += weakObjecting.size();
        objecting.addAll(weakObjecting);
        // "We will not accept …": the words of an objection cue ("will", "accept") are no outcome cues as well
        int strong = outside(outcomeStrong.find(text), objecting);
        int outcome = 2 * strong + outside(outcomeWeak.find(text), objecting);
        // News structure: a section headed "Objections at Home" or "What Was Agreed" frames its sentences.
        String heading = p.section().title();
        if (headingOutcome.in(heading)) outcome++;
        if (headingObjection.in(heading)) objection++;
        // "Nabavi defended the agreement against hardline critics, noting that Iran had demanded …": one who stands up
        // for the deal is not objecting, whatever weak cues the sentence holds; a strong one still counts
        // (not across a contrast: "Blinken defended the deal, while Republican senators warned it must be
        // renegotiated")
        List<int[]> countered = objectionCountered.find(text);
        if (strongObjecting.isEmpty()
                && !countered.isEmpty()
                && !contrast.matcher(text.substring(countered.get(0)[1])).find()) objection = 0;
        boolean question = text.stripTrailing().endsWith("?");
        return new Cues(outcome, strong > 0, objection, question, question || open.in(text), present);
    }

    /** What a sentence says, in reading order: people met so far gather role, side, presence and citation here. */
    private SentenceFacts sentenceFacts(Reading r, Map<String, Person> people, Map<String, SentenceFacts> bySentence) {
        boolean anyPresent = false;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < r.names().size(); i++) {
            NameMention m = r.names().get(i);
            Person person = people.computeIfAbsent(m.name(), n -> {
                Person fresh = new Person();
                fresh.name = n;
                return fresh;
            });
            names.add(m.name());
            boolean present = r.cues().present().get(i);
            person.present |= present;
            anyPresent |= present;
            // "Mr. Okwany" gives a form of address, not a role: a later mention may still say what he does.
            String role = m.role().toLowerCase(Locale.ROOT);
            boolean addressOnly = lexicon.names().honorifics().contains(role)
                    && !lexicon.names().ranks().contains(role);
            // "Commodore Runa Elvestad" has a role, though "Elvestad, the coast guard's chief of staff" says more.
            boolean rankOnly = lexicon.names().ranks().contains(person.role.toLowerCase(Locale.ROOT));
            boolean fuller = person.role.isEmpty()
                    || rankOnly && !lexicon.names().ranks().contains(role);
            if (fuller && !m.role().isEmpty() && !addressOnly) person.role = m.role();
            if (person.side == null && m.side() != null) person.side = m.side();
            if (person.citation == null || (!person.citationHasRole && !m.role().isEmpty())) {
                person.citation = r.passage();
                person.citationHasRole = !m.role().isEmpty();
            }
        }
        Cues cues = r.cues();
        int outcome = cues.outcome();
        int objection = cues.objection();
        // A paragraph that opens with an objection goes on to explain it.
        Passage p = r.passage();
        if (p.sentence().number() > 1) {
            SentenceFacts opener =
                    bySentence.get(Passage.key(p.article().id(), p.paragraph().number(), 1));
            // … but not one it leaves open: "Holdt declined to say whether the missing soldiers had been discussed."
            if (opener != null && opener.isObjection() && !cues.openQuestion()) objection++;
        }
        if (cues.question()) {
            outcome = 0;
            objection = 0;
        }
        // "It remains unclear whether …", "Neither side would say whether …": what is still open was not agreed,
        // whatever weak outcome words it holds; only a strong cue ("agreed to hold a further round, though no date
        // has been set") makes it both.
        if (cues.openQuestion() && !cues.strongOutcome()) outcome = 0;
        List<String> partyNames =
                r.parties().stream().map(PartyMention::party).distinct().toList();
        return new SentenceFacts(
                List.copyOf(new LinkedHashSet<>(names)),
                anyPresent,
                outcome,
                objection,
                cues.openQuestion(),
                partyNames);
    }

    /** What the whole corpus says about parties and the scene, gathered sentence by sentence in reading order. */
    private final class Mentions {
        final Map<String, Integer> partyCounts = new LinkedHashMap<>();
        final Map<String, Passage> firstPartyMention = new HashMap<>();
        /** Each article's venue: the first sentence of it that says where talks took place. */
        final Map<String, String> venues = new LinkedHashMap<>();
        /** Each article's dateline city, for "in this mountain town" in a later sentence. */
        final Map<String, String> datelines = new HashMap<>();

        Optional<String> where = Optional.empty();
        Optional<Passage> whereCitation = Optional.empty();
        Optional<String> when = Optional.empty();
        Optional<Passage> whenCitation = Optional.empty();
        /** Each article's own date for the talks, the first its text gives, as {@link #when} is the corpus's. */
        final Map<String, Meeting.Dated> dates = new LinkedHashMap<>();
        /** The first day the talks are dated by weekday alone ("met on Monday"), reckoned from its article's date. */
        Optional<Meeting.Dated> weekdayDate = Optional.empty();

        void add(Reading r) {
            for (PartyMention p : r.parties()) {
                partyCounts.merge(p.party(), 1, Integer::sum);
                firstPartyMention.putIfAbsent(p.party(), r.passage());
            }
            String article = r.passage().article().id();
            if (!datelines.containsKey(article)) datelineCity(r.text()).ifPresent(c -> datelines.put(article, c));
            if (!venues.containsKey(article)) {
                venue(r.text(), Optional.ofNullable(datelines.get(article)), r.names())
                        .ifPresent(v -> {
                            venues.put(article, v);
                            if (where.isEmpty()) { // the first venue of the corpus is the meeting's
                                where = Optional.of(v);
                                whereCitation = Optional.of(r.passage());
                            }
                        });
            }
            boolean wantsDate = !dates.containsKey(article), wantsWeekday = weekdayDate.isEmpty();
            // the talks' cues are read only while the article, or the corpus by weekday, still lacks a date
            if (!(wantsDate || wantsWeekday) || !datesTheTalks(r)) return;
            if (wantsDate) {
                Matcher d = date.matcher(r.text());
                while (d.find()) {
                    // "the first meeting since a heated exchange on Feb. 28": another event's date
                    int clauseStart = clauseSpan(r.text(), d.start(), d.end())[0];
                    String before = r.text().substring(clauseStart, d.start());
                    // "The joint commission is expected to hold its first meeting … on May 2": a plan's date
                    if (otherTime.in(before) || future.in(before)) continue;
                    dates.put(article, new Meeting.Dated(d.group(1), r.passage()));
                    if (when.isEmpty()) { // the first date of the corpus is the meeting's
                        when = Optional.of(d.group(1));
                        whenCitation = Optional.of(r.passage());
                    }
                    break;
                }
            }
            if (wantsWeekday) weekdayDate = weekdayDate(r);
        }
    }

    /**
     * Whether a sentence's day would be the talks': it names them ("talks … on Monday"), or it is its article's first
     * sentence and says something happened or was agreed ("Armenia and Azerbaijan agreed on Monday to …").
     */
    private boolean datesTheTalks(Reading r) {
        if (event.in(r.text())) return true;
        Passage p = r.passage();
        boolean lead = p.paragraph().number() == 1 && p.sentence().number() == 1;
        return lead && (r.cues().strongOutcome() || happened.in(r.text()));
    }

    /** How a day reckoned from a weekday reads: "Monday 28 July 2025". */
    private static final DateTimeFormatter WEEKDAY_DATE =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    /**
     * The day a sentence's "on Monday" names: the last Monday on or before its article's date, as news writes of
     * the days just past. Empty without an article date to count from, or when the weekday is another event's or a
     * plan's ("since Monday", "will meet on Friday").
     */
    private Optional<Meeting.Dated> weekdayDate(Reading r) {
        Optional<LocalDate> published = r.passage().article().date().flatMap(FactExtractor::isoDate);
        if (published.isEmpty()) return Optional.empty();
        String text = r.text();
        Matcher w = weekday.matcher(text);
        while (w.find()) {
            String before = text.substring(clauseSpan(text, w.start(), w.end())[0], w.start());
            if (otherTime.in(before) || future.in(before)) continue;
            DayOfWeek day = weekdays.get(w.group(1).toLowerCase(Locale.ROOT));
            LocalDate on = published.get().with(TemporalAdjusters.previousOrSame(day));
            return Optional.of(new Meeting.Dated(WEEKDAY_DATE.format(on), r.passage()));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> isoDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Where a sentence places talks: the name after "talks … in". A name that only modifies a place noun ("in the
     * Mauritanian capital") is no venue: it, or "in this lakeside town", points to the dateline's city when the
     * sentence or its article opens with one ("NOUAKCHOTT — … talks in the Mauritanian capital"), else the phrase
     * stands as it is ("the Belgian capital").
     */
    private Optional<String> venue(String text, Optional<String> articleDateline, List<NameMention> people) {
        // The dateline's city, read only when a sentence needs it: this sentence's, else its article's
        Supplier<Optional<String>> datelineCity = () -> datelineCity(text).or(() -> articleDateline);
        Matcher v = venue.matcher(text);
        while (v.find()) {
            // "talks … in March": a date, not a place
            String first = v.group(1).split("[\\s,]", 2)[0].toLowerCase(Locale.ROOT);
            if (lexicon.names().isDayOrMonth(first)) continue;
            // "spoke … in Albusaidi's presence": a person, not a place
            int at = v.start(1);
            if (people.stream().anyMatch(m -> m.start() <= at && at < m.end())) continue;
            // "Two earlier rounds of talks, in Dakar in 2023 …": where other rounds were, not these talks
            if (otherRounds.in(text.substring(Math.max(0, v.start() - OTHER_ROUND_REACH), v.start(1)))) continue;
            // "the first negotiations since fighting in Zerhun's highlands resumed": where another event happened
            if (otherPlace.in(text.substring(clauseSpan(text, v.start(1), v.end(1))[0], v.start(1)))) continue;
            // "in Malaysia's administrative capital, Putrajaya": the place the phrase names
            Matcher named = possessivePlace.matcher(text).region(v.end(1), text.length());
            if (named.lookingAt()) return Optional.of(named.group(1));
            String after = text.substring(v.end(1)).stripLeading().toLowerCase(Locale.ROOT);
            Optional<String> noun = lexicon.names().placeNouns().stream()
                    .filter(n -> after.matches(Pattern.quote(n) + "(?![\\p{L}])(?s).*"))
                    .findFirst();
            if (noun.isEmpty()) return Optional.of(v.group(1));
            // Without a dateline, the phrase itself is the most the sentence says: "the Belgian capital".
            return datelineCity.get().or(() -> Optional.of("the " + v.group(1) + " " + noun.get()));
        }
        if (here.matcher(text).find()) return datelineCity.get();
        // "MUSCAT, Oman - … held their first talks … through Omani mediators in Muscat on Saturday": a lead sentence
        // that places its talks in its own dateline's city, however far from the cue
        Optional<String> own = datelineCity(text);
        if (own.isPresent() && event.in(text)) {
            Pattern inCity = Pattern.compile("\\b(?:in|at)\\s+" + Pattern.quote(own.get()) + "(?![\\p{L}])");
            if (inCity.matcher(text).find()) return own;
        }
        return Optional.empty();
    }

    /** The city of the dateline a sentence opens with: "TESH-KARIM — Peace talks …" gives "Tesh-Karim". */
    private static Optional<String> datelineCity(String text) {
        Matcher city = DATELINE_CITY.matcher(text);
        return DATELINE.matcher(text).find() && city.lookingAt()
                ? Optional.of(titleCase(city.group()))
                : Optional.empty();
    }

    /** "NOUAKCHOTT" → "Nouakchott", "NEW YORK" → "New York", "TESH-KARIM" → "Tesh-Karim". */
    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        boolean wordStart = true;
        for (char c : upper.strip().replaceAll("\\s+", " ").toCharArray()) {
            out.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = c == ' ' || c == '-';
        }
        return out.toString();
    }

    /** One article's {@link PartyScan}. */
    private PartyScan scan(List<Passage> passages) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> standalone = new HashSet<>(); // seen at least once not followed by another capitalised word
        List<String> stateNames = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        Set<String> things = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (Passage p : passages) {
            String text = p.quote();
            List<Token> tokens = Token.of(text);
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.capitalised()) keys.add(Lexicon.key(t.text()));
                if (!t.capitalised() || t.text().length() < 4 || t.text().contains(".")) continue;
                boolean beforeName = i + 1 < tokens.size()
                        && tokens.get(i + 1).capitalised()
                        && text.substring(t.end(), tokens.get(i + 1).start()).equals(" ");
                String word = t.text().intern(); // the same few words fill a season of articles
                words.add(word);
                if (!beforeName) standalone.add(word);
            }
            Matcher state = stateName.matcher(text);
            while (state.find()) stateNames.add(state.group(1) != null ? state.group(1) : state.group(2));
            Matcher own = owner.matcher(text);
            while (own.find()) owners.add(own.group(1));
            Matcher pair = this.pair.matcher(text);
            while (pair.find()) {
                // Two names standing alone ("Marco Rubio and Russian Foreign Minister …" pairs no countries)
                if (CAPITALISED_BEFORE.matcher(text.substring(0, pair.start())).find()
                        || CAPITALISED_AFTER.matcher(text.substring(pair.end())).find()) continue;
                pairs.add(new Pair(pair.group(1), pair.group(2), pair.group().contains(" of ")));
            }
            things.addAll(thingFinder.things(text));
        }
        return new PartyScan(
                List.copyOf(words),
                Set.copyOf(standalone),
                List.copyOf(stateNames),
                List.copyOf(owners),
                List.copyOf(pairs),
                Set.copyOf(things),
                keys.stream().map(String::intern).toArray(String[]::new));
    }

    /**
     * Countries the lexicon does not know, revealed by the corpus itself: a capitalised name that also
     * appears with a demonym ending ("Kestria" and "Kestrian", "Norvale" and "Norvalese").
     */
    private Map<String, String> localParties(List<PartyScan> scans, List<List<Passage>> passages) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> standalone = new HashSet<>(); // seen at least once not followed by another capitalised word
        for (PartyScan scan : scans) {
            words.addAll(scan.words());
            standalone.addAll(scan.standalone());
        }
        Map<String, String> local = new HashMap<>();
        // Only words sharing their first four letters can pair up below: compare within those groups, not every
        // word with every other (a large corpus has tens of thousands of capitalised words).
        Map<String, List<String>> byStem = new HashMap<>();
        for (String word : words)
            byStem.computeIfAbsent(word.substring(0, 4), k -> new ArrayList<>()).add(word);
        for (String name : words) {
            // Irregular demonyms share a stem of four letters or more: Drevnia / Drevish, Tervanland / Tervan.
            // A country's name stands alone somewhere; "Andriy" only ever stands before "Yermak": a first name.
            if (lexicon.partyOf(name).isPresent()
                    || lexicon.isNotName(name)
                    || !COUNTRY_ENDING.matcher(name).find()
                    || !standalone.contains(name)) continue;
            for (String other : byStem.get(name.substring(0, 4))) {
                if (other.equals(name) || lexicon.partyOf(other).isPresent()) continue;
                int common = commonPrefix(name, other);
                String rest = other.substring(common);
                // A bare prefix stands alone too ("Tervan officials"): "Abdel" only ever opens "Abdel Fattah el-Sisi",
                // and is no demonym of "Abdelatty".
                boolean demonym = DEMONYM_ENDING.matcher(other).find() && rest.length() <= 4
                        || rest.isEmpty() && standalone.contains(other);
                if (common >= 4 && demonym) {
                    local.put(Lexicon.key(name), name);
                    local.put(Lexicon.key(other), name);
                }
            }
        }
        for (String name : words) {
            if (lexicon.partyOf(name).isPresent() || lexicon.isNotName(name) || !standalone.contains(name)) continue;
            String stem = name.replaceAll("[aeiouy]$", "");
            List<String> demonyms =
                    new ArrayList<>(List.of(name + "ian", name + "ese", stem + "ian", stem + "an", stem + "ese"));
            if (name.endsWith("a")) demonyms.add(name + "n"); // Kestria → Kestrian
            if (!name.matches(".*[aeiouy]$")) demonyms.add(name + "i"); // Ostmark → Ostmarki
            for (String demonym : demonyms) {
                if (!demonym.equals(name) && words.contains(demonym)) {
                    local.put(Lexicon.key(name), name);
                    local.put(Lexicon.key(demonym), name);
                }
            }
        }
        // Names that own a delegation first, so that a name paired with one is found below ("Varland's delegation
        // …", "Varland and Ostrevia agreed …").
        speaksThroughADelegation(scans, passages, standalone)
                .forEach(name -> local.putIfAbsent(Lexicon.key(name), name));
        besideAStateNoun(scans, standalone).forEach(name -> local.putIfAbsent(Lexicon.key(name), name));
        // "the Esteria-Kovalia talks", "between Esteria and Kovalia": a name paired with a country is one too.
        for (PartyScan scan : scans) {
            for (Pair pair : scan.pairs()) {
                for (int k = 1; k <= 2; k++) {
                    String name = k == 1 ? pair.first() : pair.second(), other = k == 1 ? pair.second() : pair.first();
                    // a country's own name, not its demonym: "Zelenskyy and Ukrainian …" pairs no countries
                    boolean otherIsParty =
                            lexicon.partyOf(other).filter(other::equals).isPresent()
                                    || other.equals(local.get(Lexicon.key(other)));
                    if (otherIsParty
                            && lexicon.partyOf(name).isEmpty()
                            && !lexicon.isNotName(name)
                            && standalone.contains(name)
                            // paired with "the Republic of …", any ending: "Veisari and the Republic of Kilau"
                            && (COUNTRY_ENDING.matcher(name).find() || pair.joinedByOf())) {
                        local.putIfAbsent(Lexicon.key(name), name);
                    }
                }
            }
        }
        return local;
    }

    /**
     * Names beside a noun of statehood ("the Serevan Republic", "the Kingdom of Ostmark"): countries, whatever their
     * ending, when the name also stands alone somewhere.
     */
    private Set<String> besideAStateNoun(List<PartyScan> scans, Set<String> standalone) {
        Set<String> out = new LinkedHashSet<>();
        for (PartyScan scan : scans) {
            for (String name : scan.stateNames()) {
                if (standalone.contains(name)
                        && !lexicon.isNotName(name)
                        && lexicon.partyOf(name).isEmpty()) out.add(name);
            }
        }
        return out;
    }

    /**
     * Names that own a delegation, a government or a side ("Tegana's delegation was led by …", "Marovan's negotiating
     * team"): countries or blocs, when the name stands alone somewhere and never as a surname after a first name.
     */
    private Set<String> speaksThroughADelegation(
            List<PartyScan> scans, List<List<Passage>> passages, Set<String> standalone) {
        Set<String> owners = new LinkedHashSet<>();
        for (PartyScan scan : scans) {
            for (String name : scan.owners()) {
                if (lexicon.partyOf(name).isEmpty() && !lexicon.isNotName(name) && standalone.contains(name))
                    owners.add(name);
            }
        }
        if (owners.isEmpty()) return owners;
        // "Sergey Lavrov" makes "Lavrov's team" a person's: a capitalised word before the name, other than one
        // that only opens sentences ("In Tegana"), marks a surname.
        List<String> candidates = List.copyOf(owners);
        Pattern afterWord = Pattern.compile("(\\p{Lu}\\p{L}*)\\s("
                + String.join("|", candidates.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}])");
        for (List<Passage> article : passages) {
            for (Passage p : article) {
                String text = p.quote();
                // only a sentence holding one of the names can match
                if (candidates.stream().noneMatch(text::contains)) continue;
                Matcher m = afterWord.matcher(text);
                while (m.find()) {
                    if (!lexicon.names().notNameStart().contains(m.group(1).toLowerCase(Locale.ROOT))
                            && lexicon.partyOf(m.group(1)).isEmpty()) owners.remove(m.group(2));
                }
            }
        }
        return owners;
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        return i;
    }

    /** Lower-cased mention → canonical, turned into canonical → every spelling (canonical first). */
    private static Map<String, List<String>> aliasGroups(Map<String, String> localParties) {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        localParties
                .values()
                .forEach(c ->
                        groups.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(c));
        localParties.forEach((mention, canonical) -> groups.get(canonical).add(mention));
        Map<String, List<String>> out = new LinkedHashMap<>();
        groups.forEach((c, names) -> out.put(c, List.copyOf(names)));
        return out;
    }

    /** "Zelensky" and "Volodymyr Zelenskyy" are one person: the lexicon's canonical name when it knows one. */
    private String canonicalPerson(String written) {
        List<String> group = lexicon.aliasesOf(written);
        return group.isEmpty() ? written : group.get(0);
    }

    /**
     * The royal title ending a one-word name's role, as written ("King" of "Jordan's King Hussein"), if any: the
     * longest that fits ("Crown Prince", not "Prince"), whatever order the lexicon's set iterates in. None when the
     * title is someone else's ("Sheikh Abdullah, the brother of Abu Dhabi's crown prince").
     */
    private Optional<String> givenNameTitle(NameMention m) {
        if (m.name().contains(" ") || m.role().isEmpty()) return Optional.empty();
        String role = m.role().toLowerCase(Locale.ROOT);
        if (role.contains(" of ")) return Optional.empty();
        return lexicon.names().givenNameTitles().stream()
                .filter(t -> role.equals(t) || role.endsWith(" " + t))
                .max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                .map(t -> WordPatterns.capitalised(m.role().substring(m.role().length() - t.length())));
    }

    private String resolveSingle(String word, Map<String, String> fullNameBySurname) {
        return resolveSingle(word, fullNameBySurname.containsKey(word));
    }

    private String resolveSingle(String word, Asked asked) {
        return resolveSingle(word, asked.hasFullName(word));
    }

    /** A single word as a person's name: itself when the corpus gives it a full name, else a well-known person's. */
    private String resolveSingle(String word, boolean hasFullName) {
        if (hasFullName) return word;
        List<String> group = lexicon.aliasesOf(word);
        if (!group.isEmpty() && lexicon.knownSideOf(group.get(0)).isPresent()) return group.get(0);
        return null;
    }

    /**
     * The one other person a word of whose name is {@code word}: "Kim's sister, Kim Yo Jong" is the sister of the
     * corpus's other Kim, Kim Jong Un, though "Kim" alone names neither.
     */
    private static String otherBearer(String word, String self, Map<String, String> fullNameBySurname) {
        Set<String> bearers = new TreeSet<>();
        for (String full : fullNameBySurname.values()) {
            if (full.equals(self)) continue;
            for (String w : full.split("\\s+")) if (w.equalsIgnoreCase(word)) bearers.add(full);
        }
        return bearers.size() == 1 ? bearers.iterator().next() : null;
    }

    private static String firstTwoWords(String name) {
        String[] parts = name.split("\\s+");
        return parts[0] + " " + parts[1];
    }

    private static String lastTwoWords(String name) {
        String[] parts = name.split("\\s+");
        return parts[parts.length - 2] + " " + parts[parts.length - 1];
    }

    private static String surname(String name) {
        String[] parts = name.split("\\s+");
        return parts[parts.length - 1];
    }

    /** How many of the spans lie outside every one of {@code others}. */
    private static int outside(List<int[]> spans, List<int[]> others) {
        int count = 0;
        for (int[] span : spans) {
            boolean within = false;
            for (int[] other : others) within |= span[0] >= other[0] && span[1] <= other[1];
            if (!within) count++;
        }
        return count;
    }

    /** Whether this mention places the person at the talks: a participation cue near the name, not hedged. */
    /** Between a name and its verb: nothing, or one apposition set off by commas (", the best-known nationalist,"). */
    private static final Pattern APPOSITION_GAP = Pattern.compile("\\s*(?:,[^,;]*,\\s*)?");

    private boolean placesAtTalks(String text, NameMention m) {
        if (hedged(text, m)) return false;
        // "Ahmed Ben Bella, the best-known Algerian nationalist, took no part in the negotiations."
        for (int[] cue : nonParticipation.find(text)) {
            // right after the name or its apposition, so the name is the cue's subject: not "A met B, while C did not
            // attend"
            if (cue[0] >= m.end()
                    && cue[0] - m.end() <= AFTER_CUE_REACH
                    && APPOSITION_GAP.matcher(text.substring(m.end(), cue[0])).matches()) return false;
        }
        // "Steve Witkoff, President-elect Donald Trump's incoming envoy, … joined the talks": a name owning someone's
        // post is not the one the sentence places; "Rubio's meeting with Lavrov" and "Dovan's team included …" still
        // place them (an event, or a group of people: names.group_nouns).
        Matcher owner = POSSESSOR_OF.matcher(text).region(m.end(), text.length());
        if (owner.lookingAt() && !event.in(owner.group(1)) && !namesAGroup(owner.group(1))) return false;
        for (int[] cue : participationBefore.find(text)) {
            if (cue[1] <= m.start()
                    && m.start() - cue[1] <= BEFORE_CUE_REACH
                    && !text.substring(cue[1], m.start()).matches("(?s).*[;!?].*")
                    && !leadsABody(text, cue[0])) {
                return true;
            }
        }
        if (placedByPassive(text, m) || subjectAtEvent(text, m)) return true;
        // "A row over a call between Hun Sen and Paetongtarn led …": a name paired inside a phrase is not the verb's
        // subject
        int clauseStart = clauseSpan(text, m.start(), m.end())[0];
        boolean paired = pairedBy.in(text.substring(Math.max(clauseStart, m.start() - PAIRED_REACH), m.start()));
        for (int[] cue : paired ? List.<int[]>of() : participation.find(text)) {
            // Appositions between the name and the verb ("Medinsky, a former culture minister, led …") are
            // skipped: only the clause that holds the verb may hedge it.
            if (cue[0] >= m.end()
                    && cue[0] - m.end() <= AFTER_CUE_REACH
                    && !absence.in(clauseAround(text, cue[0], cue[1]))
                    && !reported.in(text.substring(m.end(), cue[0]))) { // "X said … the map was signed"
                return true;
            }
        }
        Matcher firstClause = clauseBreak.matcher(text);
        if (firstClause.find() && firstClause.end() <= m.start()) {
            String opening = text.substring(0, firstClause.start());
            if (sceneOpener.matcher(opening).lookingAt()
                    && event.in(opening)
                    && !absence.in(opening)
                    && !clauseBreak
                            .matcher(text.substring(firstClause.end(), m.start()))
                            .find()) {
                return true;
            }
        }
        for (int[] ev : event.find(text)) {
            // "Talks between X and Y were held …": only when the sentence says the event happened.
            String between = text.substring(ev[1], Math.max(ev[1], m.start()));
            if (ev[1] <= m.start()
                    && between.matches("(?s)\\s+between\\s.{0,80}")
                    && !absence.in(text)
                    && happened.in(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "President Joe Biden and Russian President Vladimir Putin agreed on Wednesday …, in a summit at an 18th-century
     * lakeside villa": the names a sentence opens with (past its dateline), when it says what they did at an event.
     */
    private boolean subjectAtEvent(String text, NameMention m) {
        Matcher at = atEvent.matcher(text);
        if (!at.find(m.end()) || absence.in(text)) return false;
        Matcher dateline = DATELINE.matcher(text);
        String subject = text.substring(dateline.lookingAt() ? dateline.end() : 0, m.start());
        for (Token t : Token.of(subject)) {
            String word = t.text();
            boolean possessive = word.equals("s"); // "Japan's Prime Minister …"
            if (!t.capitalised() && !possessive && !word.equals("and") && !titleWords.contains(word)) return false;
        }
        return true;
    }

    /**
     * "The document … was signed in a ballroom of the Sheraton hotel … by Zalmay Khalilzad …, and Mullah Abdul Ghani
     * Baradar": a participation verb's participle, then "by" in the same clause, places the names after it as
     * "led by" does. Only participles ("-ed"): "was met with criticism by" places no critic.
     */
    private boolean placedByPassive(String text, NameMention m) {
        for (int[] cue : participation.find(text)) {
            if (cue[1] > m.start() || !text.substring(cue[0], cue[1]).endsWith("ed")) continue;
            Matcher by = PASSIVE_BY.matcher(text).region(cue[1], m.start());
            if (!by.find()
                    || by.start() - cue[1] > PASSIVE_BY_REACH
                    || text.substring(cue[1], by.start()).matches("(?s).*[;:!?\u201c\u201d\"].*")) continue;
            String between = text.substring(by.end(), m.start());
            if (m.start() - by.end() <= BEFORE_CUE_REACH
                    && !between.matches("(?s).*[;!?].*")
                    && !absence.in(clauseAround(text, cue[0], cue[1]))
                    && !leadsABody(text, cue[0])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Lower Valley Farmers' Union, led by Teodor Salk", "the families' association …, headed by Elsa Korvin":
     * the nearest noun before the cue, in its part of the sentence, names a body outside the delegations (lexicon
     * cues.civil_bodies), not a delegation, a side or the talks, so the cue says whom the person leads.
     */
    private boolean leadsABody(String text, int cueStart) {
        String part = text.substring(0, cueStart);
        Matcher contrastBefore = contrast.matcher(part);
        int from = 0;
        while (contrastBefore.find()) from = contrastBefore.end(); // "… bloc was represented by A, while B was led by"
        from = Math.max(from, part.lastIndexOf(';') + 1);
        List<Token> before = Token.of(part.substring(from));
        for (int i = before.size() - 1; i >= 0; i--) {
            String word = before.get(i).text().toLowerCase(Locale.ROOT);
            if (civilBodies.contains(word)) return true;
            if (lexicon.names().groupNouns().contains(word) || event.in(word)) return false;
        }
        return false;
    }

    /**
     * Whether the clause around a name hedges it, words of the role written before it aside: "former U.S. Senator
     * George Mitchell, who has chaired the talks" is not hedged by its own "former"; "then-President Joe Biden" is.
     */
    private boolean hedged(String text, NameMention m) {
        int[] span = clauseSpan(text, m.start(), m.end());
        int roleStart = roleStart(text, m);
        for (int[] cue : absence.find(text)) {
            boolean inClause = cue[0] >= span[0] && cue[1] <= span[1];
            boolean inRole = cue[0] >= roleStart && cue[1] <= m.start();
            if (inClause && !inRole) return true;
        }
        return false;
    }

    private String clauseAround(String text, int start, int end) {
        int[] span = clauseSpan(text, start, end);
        return text.substring(span[0], span[1]);
    }

    private int[] clauseSpan(String text, int start, int end) {
        int from = 0;
        Matcher m = clauseBreak.matcher(text);
        int to = text.length();
        while (m.find()) {
            if (m.end() <= start) from = m.end();
            else if (m.start() >= end) {
                to = m.start();
                break;
            }
        }
        return new int[] {from, to};
    }

    /**
     * "He ruled out negotiating …": a sentence that opens with a pronoun and names nobody speaks for the last
     * person the sentence before it (in the same paragraph) named.
     */
    private Reading speakerFromBefore(Reading r, Reading previous) {
        // "She said …" is the last person named in its paragraph, or, opening a paragraph, the one person the
        // paragraph before last named ("Marrak … said …. '…,' she said." then "She said the Front …")
        boolean sameParagraph = previous != null
                && previous.passage().paragraph() == r.passage().paragraph();
        boolean paragraphBefore = previous != null
                && previous.passage().article() == r.passage().article()
                && previous.passage().paragraph().number()
                        == r.passage().paragraph().number() - 1
                && r.passage().sentence().number() == 1;
        if (!voices(r).isEmpty()
                || previous == null
                || previous.names().isEmpty()
                || !sameParagraph && !(paragraphBefore && previous.names().size() == 1)
                || !speakerPronoun.matcher(r.text()).lookingAt()) {
            return r;
        }
        // the last person named, past one named only as what someone belongs to ("Ian Smith, a member of Muzorewa's
        // delegation, had rejected …. He objected …" is Smith; "in Netanyahu's view" still names the one objecting)
        NameMention speaker = previous.names().get(previous.names().size() - 1);
        for (int k = previous.names().size() - 1; k >= 0; k--) {
            NameMention m = previous.names().get(k);
            boolean belongedTo = POSSESSIVE_AFTER
                            .matcher(previous.text())
                            .region(m.end(), previous.text().length())
                            .lookingAt()
                    && OF_BEFORE
                            .matcher(previous.text().substring(0, m.start()))
                            .find();
            if (!belongedTo) {
                speaker = m;
                break;
            }
        }
        return new Reading(
                r.passage(),
                r.tokens(),
                r.parties(),
                List.of(new NameMention(speaker.name(), 0, 0, "", null, null)),
                r.cues());
    }

    private static final Pattern OF_BEFORE = Pattern.compile("\\bof\\s+$");
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("['\u2019](?:s\\b|\\s)");

    /**
     * The people a sentence names who may voice its objection: not one right after an objection cue ("the
     * opposition Homeland Party accused Verin of …", "He also accused Marvan of …"), whom it is aimed at.
     */
    private List<NameMention> voices(Reading r) {
        List<int[]> cues = objectionStrong.find(r.text());
        return r.names().stream()
                .filter(m -> cues.stream()
                        .noneMatch(c -> c[1] <= m.start()
                                && r.text().substring(c[1], m.start()).isBlank()))
                .toList();
    }

    /** Who objects: the person voicing it, else the parties acting in the sentence (several if coordinated). */
    private List<String[]> objectingParties(Reading r, Map<String, Person> people) {
        List<String[]> out = new ArrayList<>();
        List<String> rejecting = partiesBeforeObjectionVerb(r);
        List<NameMention> speakers = voices(r);
        if (!speakers.isEmpty()) {
            NameMention first = speakers.get(0);
            Person p = people.get(first.name());
            String side = Optional.ofNullable(p.side)
                    .or(() -> Optional.ofNullable(first.side()))
                    .or(() -> lexicon.knownSideOf(first.name()))
                    .or(() -> nearestActor(r, first))
                    .orElse("");
            // "…, a claim that Ukrainian officials rejected": the speaker only reports another side's objection.
            if (rejecting.isEmpty() || rejecting.contains(side)) out.add(new String[] {side, first.name()});
            else rejecting.forEach(party -> out.add(new String[] {party, ""}));
            return out;
        }
        if (!rejecting.isEmpty()) {
            rejecting.forEach(party -> out.add(new String[] {party, ""}));
            return out;
        }
        List<PartyMention> actors = r.parties().stream()
                .filter(p -> !p.compound() && !p.prepositional())
                .toList();
        if (actors.isEmpty())
            actors = r.parties().stream().filter(p -> !p.compound()).toList();
        Set<String> seen = new LinkedHashSet<>();
        PartyMention previous = null;
        for (PartyMention p : actors) {
            boolean coordinated = previous != null
                    && r.text()
                            .substring(previous.end(), p.start())
                            .matches("\\s*(?:\\p{L}+\\s+)?(?:and|,)\\s+(?:\\p{L}+\\s+)?");
            if (previous == null || coordinated || p.group()) {
                if (seen.add(p.party())) out.add(new String[] {p.party(), ""});
            }
            if (previous != null && !coordinated && !p.group()) break;
            previous = p;
        }
        if (out.isEmpty()) out.add(new String[] {"", ""});
        return out;
    }

    /**
     * "Putin said thousands of Ukrainian soldiers were encircled there, a claim that Ukrainian officials rejected": the
     * parties right before the sentence's first verb whose subject objects (lexicon objection.by_subject: "rejected",
     * not "sidelined", whose subject is the one complained of), up to two lower-case words between ("officials", "had
     * flatly"), with those joined to them by "and" ("Ukraine and the European Union objected"). Empty when no party
     * stands right before that verb, or it is done to the party ("has been sidelined").
     */
    private List<String> partiesBeforeObjectionVerb(Reading r) {
        String text = r.text();
        List<int[]> cues = objectionBySubject.find(text);
        if (cues.isEmpty()) return List.of();
        int verb = cues.get(0)[0];
        List<PartyMention> parties = r.parties().stream()
                .filter(p -> p.end() <= verb && !p.prepositional())
                .toList();
        for (int i = parties.size() - 1; i >= 0; i--) {
            PartyMention p = parties.get(i);
            String gap = text.substring(p.end(), verb);
            if (!SUBJECT_GAP.matcher(gap).matches() || PASSIVE.matcher(gap).find()) continue;
            List<String> group = new ArrayList<>(List.of(p.party()));
            for (int j = i - 1; j >= 0; j--) {
                if (!COORDINATED
                        .matcher(text.substring(
                                parties.get(j).end(), parties.get(j + 1).start()))
                        .matches()) break;
                if (!group.contains(parties.get(j).party()))
                    group.add(0, parties.get(j).party());
            }
            return group;
        }
        return List.of();
    }

    /** Between two parties of one subject: "Ukraine and the European Union", "Kyiv, Paris and Berlin". */
    private static final Pattern COORDINATED = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?");

    /** "whose Palestinian Authority has been sidelined": done to the party, not by it. */
    private static final Pattern PASSIVE = Pattern.compile("\\b(?:been|being|was|were|is|are|be)\\b");

    /** Between a party and its verb: at most two lower-case words ("Ukrainian officials rejected"). */
    private static final Pattern SUBJECT_GAP = Pattern.compile("\\s+(?:\\p{Ll}[\\p{Ll}'\u2019-]*\\s+){0,2}");

    /**
     * Whose outcome a sentence reports: the parties its main clause opens with ("The United States and Russia
     * agreed", "Kestrian negotiators accepted"), a named person standing for their side ("Rubio and Lavrov
     * outlined"). Empty when the subject is no party ("A key outcome of the meeting was"): a party named
     * elsewhere in the sentence, or the sentence before, does not own it.
     */
    private List<String> subjectParties(Reading r, Map<String, Person> people) {
        Matcher dateline = DATELINE.matcher(r.text());
        return subjectParties(r, dateline.find() ? dateline.end() : 0, people);
    }

    private List<String> subjectParties(Reading r, int clauseStart, Map<String, Person> people) {
        String text = r.text();
        // "In landmark discussions, Rubio and Lavrov outlined …": the introductory phrase is no subject.
        int comma = text.indexOf(',', clauseStart);
        int from = comma >= 0
                        && startsWith(clauseOpeners, text.substring(clauseStart).stripLeading())
                ? comma + 1
                : clauseStart;
        Set<String> owners = new LinkedHashSet<>();
        boolean head = false; // the last words read name a party or a person
        boolean bare = false; // … a bare country name, which may still modify a noun ("Ukraine peace talks")
        List<Token> tokens = r.tokens();
        int i = indexAt(tokens, from);
        int previousEnd = from;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            String gap = text.substring(previousEnd, t.start());
            if (gap.matches("(?s).*[\u201C\u201D\"();:\u2014].*")) return List.of();
            NameMention person = personAt(r, t.start());
            PartyMention party = person != null ? null : partyAt(r, t.start());
            if (gap.contains(",") && head && person == null && party == null) {
                // An apposition ("U.S. officials, including …, acknowledge"): skip to where it closes.
                int close = text.indexOf(',', t.start());
                if (close < 0) return List.of();
                while (i < tokens.size() && tokens.get(i).start() < close) i++;
                previousEnd = close + 1;
                bare = false;
                continue;
            }
            int end;
            if (person != null) {
                Person p = people.get(person.name());
                if (p.side != null) owners.add(p.side);
                head = true;
                bare = false;
                end = person.end();
            } else if (party != null) {
                if (party.compound()) return List.of(); // "The U.S.-Russia talks": the parties name the event
                owners.add(party.party());
                head = true;
                bare = !party.group();
                end = party.end();
                if (party.group()) end = tokens.get(indexAt(tokens, end)).end(); // "Kestrian negotiators"
            } else if (subjectWords.contains(lower(t))
                    || lower(t).endsWith("ly") && !t.capitalised()
                    || lower(t).equals("of")
                            && i + 1 < tokens.size()
                            && tokens.get(i + 1).capitalised()) { // "Republic of Ostmark"
                end = t.end();
            } else if (t.capitalised()) {
                head = false; // "The Kestrian Foreign Ministry": a noun the lexicon does not know
                end = t.end();
            } else if (reportingVerbs.contains(lower(t))) {
                return reportedParties(r, i, List.copyOf(owners), people);
            } else {
                boolean verb = verbAt(r, i) || head && !bare;
                return verb ? List.copyOf(owners) : List.of();
            }
            if (head && (text.startsWith("'s", end) || text.startsWith("\u2019s", end))) {
                return List.copyOf(owners); // "Kestria's negotiators …": what follows is the party's
            }
            i = indexAt(tokens, end);
            previousEnd = end;
        }
        return List.of();
    }

    /**
     * After a speech verb at {@code said}: "Medinsky said the swap would …" is the swap's, not Russia's, while
     * "Ukraine said on Tuesday that it would …" stays the speaker's.
     */
    private List<String> reportedParties(Reading r, int said, List<String> speakers, Map<String, Person> people) {
        List<Token> tokens = r.tokens();
        int clause = tokens.get(said).end();
        for (int j = said + 1; j < Math.min(tokens.size(), said + 6); j++) {
            if (pronouns.contains(lower(tokens.get(j)))) return speakers;
            if (lower(tokens.get(j)).equals("that")
                    && clause == tokens.get(said).end()) clause = tokens.get(j).end();
        }
        return subjectParties(r, clause, people);
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    /** Whether the word at {@code i} reads as a verb: an auxiliary, a past form, a speech verb or a cue verb. */
    private boolean verbAt(Reading r, int i) {
        Token t = r.tokens().get(i);
        String word = lower(t);
        String rest = r.text().substring(t.start());
        if (startsWith(auxiliaries, rest) || word.endsWith("ed") || reportingVerbs.contains(word)) return true;
        for (CuePattern cue : List.of(outcomeStrong, outcomeWeak, objectionStrong, participation)) {
            if (startsWith(cue, rest)) return true;
        }
        // "agrees", not "talks" (an event) nor "sanctions will" (a noun before the verb)
        boolean nextIsAuxiliary = i + 1 < r.tokens().size()
                && startsWith(
                        auxiliaries, r.text().substring(r.tokens().get(i + 1).start()));
        return word.endsWith("s") && !word.endsWith("ss") && !event.in(word) && !nextIsAuxiliary;
    }

    private static boolean startsWith(CuePattern cue, String text) {
        List<int[]> found = cue.find(text);
        return !found.isEmpty() && found.get(0)[0] == 0;
    }

    /** The person whose name, or role before it, covers {@code at}. */
    private static NameMention personAt(Reading r, int at) {
        for (NameMention m : r.names()) {
            if (at >= roleStart(r, m) && at < m.end()) return m;
        }
        return null;
    }

    /** Where the mention's role starts when it stands just before the name ("Foreign Minister X", "its envoy, X"). */
    /** Two people of one list: each name from the first to the second follows the one before it after only ", ",
     *  " and " or ", and ". */
    private static boolean listed(Reading r, NameMention a, NameMention b) {
        List<NameMention> names = r.names().stream()
                .sorted(Comparator.comparingInt(NameMention::start))
                .toList();
        int from = Math.min(names.indexOf(a), names.indexOf(b)), to = Math.max(names.indexOf(a), names.indexOf(b));
        if (from < 0) return false; // a name of another reading ("She said" resolved to the sentence before)
        for (int k = from; k < to; k++) {
            int gapStart = names.get(k).end(), gapEnd = roleStart(r, names.get(k + 1));
            if (gapStart > gapEnd
                    || !LIST_GAP.matcher(r.text().substring(gapStart, gapEnd)).matches()) return false;
        }
        return true;
    }

    private static final Pattern LIST_GAP = Pattern.compile("\\s*,?\\s*(?:and\\s+)?");

    private static int roleStart(Reading r, NameMention m) {
        return roleStart(r.text(), m);
    }

    /** Where the name's role, written before it, begins (the name's start when none is). */
    private static int roleStart(String text, NameMention m) {
        int role = m.role().isEmpty() ? -1 : text.lastIndexOf(m.role(), m.start());
        if (role >= 0 && text.substring(role + m.role().length(), m.start()).matches("[\\s,]*")) return role;
        return m.start();
    }

    private static PartyMention partyAt(Reading r, int at) {
        return r.parties().stream()
                .filter(p -> at >= p.start() && at < p.end())
                .findFirst()
                .orElse(null);
    }

    /** The first token starting at or after {@code at}. */
    private static int indexAt(List<Token> tokens, int at) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < at) i++;
        return i;
    }

    /** The acting party nearest the name, preferring one in the name's own clause ("the Israeli delegation was
     *  headed by X, while the Hamas team …" gives X Israel, not Hamas). */
    private Optional<String> nearestActor(Reading r, NameMention m) {
        Optional<String> phrased = sidePhraseBefore(r, m);
        if (phrased.isPresent()) return phrased;
        // "its Minister for Water and Energy, Karma Dolkhar": the role before the name is in the name's clause
        int[] clause = clauseSpan(r.text(), roleStart(r, m), m.end());
        // "X's delegation was led by A, while Y sent B": a party across a contrast word is someone else's
        List<int[]> quotes = quoteSpans(r.text());
        Matcher dateline = DATELINE.matcher(r.text());
        int storyStart = dateline.lookingAt() ? dateline.end() : 0;
        List<PartyMention> actors = r.parties().stream()
                // "REYKJAVIK, Iceland, Oct. 12 - President Ronald Reagan …": the dateline's country is where the story
                // was filed, no one's side
                .filter(p -> p.start() >= storyStart)
                // '"We will closely watch the Taliban's compliance," Pompeo said': what a speaker's words name is
                // not the speaker's side
                .filter(p -> quotes.stream()
                        .noneMatch(q -> q[0] <= p.start() && p.end() <= q[1] && (m.start() < q[0] || m.end() > q[1])))
                // a party after a preposition is what someone acts on, unless it is the name's own: "Prime Minister
                // Ralph Gonsalves of St Vincent and the Grenadines"
                .filter(p -> !p.compound() && (!p.prepositional() || ofOrFrom(r, m, p)))
                // "Mabaso, a former Zambian diplomat, …" no longer speaks for Zambia
                .filter(p -> !MentionFinder.inThePast(
                        r.text(), p.start(), lexicon.names().pastMarkers()))
                .filter(p -> !contrast.matcher(
                                r.text().substring(Math.min(p.end(), m.start()), Math.max(p.start(), m.end())))
                        .find())
                // After the name, a party is the side only in the name's own phrase ("Lavrov of Russia", "Anna
                // Lisk, Kestria's envoy,"); past it, it is what the person acts on ("Eisenhower had allowed the Soviet
                // Union to …", "Netanyahu hailed from the Likud Party, which opposed Palestinian statehood").
                .filter(p -> p.start() < m.start() || inOwnPhrase(r, m, p))
                // "President Jimmy Carter, Egyptian President Anwar Sadat and …": in a list of people, a demonym in
                // another one's title is that one's side ("X, accompanied by Y" or "X, with Y" still share it)
                .filter(p -> r.names().stream()
                        .noneMatch(
                                n -> n != m && roleStart(r, n) <= p.start() && p.end() <= n.start() && listed(r, m, n)))
                .toList();
        List<PartyMention> sameClause = actors.stream()
                .filter(p -> p.start() >= clause[0] && p.end() <= clause[1])
                .toList();
        // Past the name's clause, a party is the side only when it is the sentence's one party: "Its secretary, Oren
        // Baski, said the patrols would let Seluvian officers board Kaimoran boats" makes Baski neither's.
        if (sameClause.isEmpty()
                && actors.stream().map(PartyMention::party).distinct().count() > 1) {
            return Optional.empty();
        }
        // nor for a name that only owns something there: "A late British offer …, especially President Samora Machel
        // of Mozambique, whose country hosts Mugabe's guerrillas" makes Mugabe no Briton
        if (sameClause.isEmpty()
                && POSSESSIVE_AFTER
                        .matcher(r.text())
                        .region(m.end(), r.text().length())
                        .lookingAt()) {
            return Optional.empty();
        }
        return (sameClause.isEmpty() ? actors : sameClause)
                .stream()
                        .min((a, b) ->
                                Integer.compare(Math.abs(a.start() - m.start()), Math.abs(b.start() - m.start())))
                        .map(PartyMention::party);
    }

    /**
     * How far apart a name and its companion's role may stand: ", accompanied by " is 17 characters, and the longest
     * phrase of cues.companions and cues.accompanying with a comma and an article before the role fits in 40.
     */
    private static final int COMPANION_REACH = 40;

    /**
     * The name {@code m} keeps company with in its sentence, when nothing but a companion phrase stands between them:
     * "A, accompanied by B" ({@code cues.companions}) or "B, who accompanied A" ({@code cues.accompanying}).
     */
    private Optional<String> companionOf(Reading r, NameMention m) {
        for (NameMention n : r.names()) {
            if (n == m || n.name().equals(m.name())) continue;
            if (n.end() <= roleStart(r, m) && roleStart(r, m) - n.end() <= COMPANION_REACH) {
                String gap = r.text().substring(n.end(), roleStart(r, m));
                if (gap.matches("\\s*,\\s*\\p{Ll}[^,;.]*") && companions.in(gap)) return Optional.of(n.name());
            }
            if (m.end() <= roleStart(r, n) && roleStart(r, n) - m.end() <= COMPANION_REACH) {
                String gap = r.text().substring(m.end(), roleStart(r, n));
                if (gap.matches("\\s*,\\s*\\p{Ll}[^,;.]*") && accompanying.in(gap)) return Optional.of(n.name());
            }
        }
        return Optional.empty();
    }

    /** The spans of direct speech in a sentence: between curly quotes, or between a pair of straight ones. */
    static List<int[]> quoteSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opens = c == '\u201C' || c == '"' && open < 0;
            boolean closes = c == '\u201D' || c == '"' && open >= 0;
            if (closes && open >= 0) {
                spans.add(new int[] {open, i + 1});
                open = -1;
            } else if (opens) open = i;
        }
        if (open >= 0) spans.add(new int[] {open, text.length()}); // a quote running on into the next paragraph
        return spans;
    }

    /** "on the", "for the", "from the" just before a party: "and, on the North Korean side, senior official …". */
    private static final Pattern SIDE_PREPOSITION = Pattern.compile("(?i)(?:\\bon|\\bfor|\\bfrom)\\s+the\\s+$");

    /**
     * How far before a name (its role included) "on the X side," still introduces it: metropole's "on the North Korean
     * side, senior official Kim Yong Chol and Foreign Minister Ri Yong Ho" reaches the second name at 59 characters.
     */
    private static final int SIDE_PHRASE_REACH = 80;

    /**
     * The party of "on the North Korean side," or "for the Russian team," written before the name in its sentence:
     * the names it introduces speak for it, though the party itself follows a preposition.
     */
    private Optional<String> sidePhraseBefore(Reading r, NameMention m) {
        int at = roleStart(r, m);
        String text = r.text();
        PartyMention best = null;
        for (PartyMention p : r.parties()) {
            if (p.end() > at
                    || at - p.end() > SIDE_PHRASE_REACH
                    || text.substring(p.end(), at).contains(";")) continue;
            Matcher preposition = SIDE_PREPOSITION.matcher(text).region(0, p.start());
            if (!preposition.find()) continue;
            Matcher noun = NEXT_WORD.matcher(text).region(p.end(), text.length());
            if (!noun.lookingAt()
                    || !lexicon.names().groupNouns().contains(noun.group(1).toLowerCase(Locale.ROOT))) continue;
            // "on the American side by Jared Kushner", "on the North Korean side, …"; never "on the Greek side of the
            // lake", where the side is a place
            if (noun.end() > at) continue;
            Matcher end = SIDE_PHRASE_END.matcher(text).region(noun.end(), at);
            if (!end.lookingAt()) continue;
            // "…, on the North Korean side, senior official …" opens its clause; "demands from the Pelagian side, Ivo
            // Pell said" does not, and only "… side by X" names X from inside a clause
            boolean opensClause =
                    CLAUSE_OPENING.matcher(text).region(0, preposition.start()).find();
            if (!opensClause && !end.group().contains("by")) continue;
            if (best == null || p.start() > best.start()) best = p;
        }
        return Optional.ofNullable(best).map(PartyMention::party);
    }

    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");
    private static final Pattern SIDE_PHRASE_END = Pattern.compile(",|\\s+by\\s");
    /** Where a clause may open: the sentence's start, a comma, or "and". */
    private static final Pattern CLAUSE_OPENING = Pattern.compile("(?:^|,|\\band)\\s*$");

    private static final Pattern OWN_PHRASE =
            Pattern.compile("\\s*(?:of|from)\\s+(?:the\\s+)?(?:\\p{Ll}+\\s+)?|,[^,;:]*");

    /** A possessive after a name, and the next few words: what the name owns. */
    private static final Pattern POSSESSOR_OF = Pattern.compile("['\u2019]s\\s+((?:[^\\s,;.]+\\s*){1,4})");

    /** Whether the words hold a noun for a group of people (names.group_nouns: "team", "delegation"). */
    private boolean namesAGroup(String words) {
        for (String w : words.toLowerCase(Locale.ROOT).split("\\s+"))
            if (lexicon.names().groupNouns().contains(w)) return true;
        return false;
    }

    private static final Pattern OF_OR_FROM = Pattern.compile("\\s+(?:of|from)\\s+(?:the\\s+)?");

    /** Whether party {@code p} follows name {@code m} as its "of" or "from": "Mirela Dovan of Kaldora". */
    private static boolean ofOrFrom(Reading r, NameMention m, PartyMention p) {
        return p.start() > m.end()
                && OF_OR_FROM.matcher(r.text().substring(m.end(), p.start())).matches();
    }

    /** Whether party {@code p}, after name {@code m}, stands in the name's own phrase or the appositive after it. */
    private static boolean inOwnPhrase(Reading r, NameMention m, PartyMention p) {
        if (!OWN_PHRASE.matcher(r.text().substring(m.end(), p.start())).matches()) return false;
        return r.names().stream().noneMatch(n -> n.start() > m.end() && n.start() < p.start());
    }

    private List<PartyFact> parties(Mentions mentions, List<Participant> participants) {
        Map<String, Integer> counts = mentions.partyCounts;
        Map<String, Passage> first = mentions.firstPartyMention;
        Set<String> atTalks = new LinkedHashSet<>();
        participants.stream()
                .filter(Participant::present)
                .map(Participant::side)
                .forEach(atTalks::add);
        List<PartyFact> out = new ArrayList<>();
        counts.forEach((party, n) -> out.add(new PartyFact(
                party,
                lexicon.isBloc(party) ? "bloc" : lexicon.isOrganisation(party) ? "organisation" : "country",
                atTalks.contains(party),
                n,
                first.get(party))));
        return out;
    }

    private Meeting meeting(Mentions mentions, List<Participant> participants, Corpus corpus) {
        List<String> who = participants.stream()
                .filter(Participant::present)
                .map(Participant::name)
                .toList();
        Optional<String> when = mentions.when;
        Optional<Passage> whenCitation = mentions.whenCitation;
        Optional<String> weekday = Optional.empty();
        if (when.isEmpty() && mentions.weekdayDate.isPresent()) {
            // No calendar date anywhere, but "met on Monday" in an article dated Tuesday 29 July 2025
            when = mentions.weekdayDate.map(Meeting.Dated::when);
            whenCitation = mentions.weekdayDate.map(Meeting.Dated::citation);
            weekday = when.map(w -> w.substring(0, w.indexOf(' ')));
        }
        if (when.isEmpty())
            when = corpus.articles().stream()
                    .map(a -> a.date())
                    .flatMap(Optional::stream)
                    .findFirst();
        // Another article that dates the talks to another day (outlets that disagree, or a later day of the talks):
        // the summary shows both.
        Set<String> days = new HashSet<>();
        mentions.when.map(FactExtractor::day).ifPresent(days::add);
        List<Meeting.Dated> otherDates = new ArrayList<>();
        for (Meeting.Dated d : mentions.dates.values()) {
            if (days.add(day(d.when()))) otherDates.add(d);
        }
        return new Meeting(who, mentions.where, mentions.whereCitation, when, whenCitation, weekday, otherDates);
    }

    private static final Pattern DAY_NUMBER = Pattern.compile("\\d{1,2}(?!\\d)");

    /** "11 March", "March 11, 2025" and "Mar. 11" as one day: its number and the month's first three letters. */
    private static String day(String date) {
        Matcher number = DAY_NUMBER.matcher(date);
        String month = date.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        return (number.find() ? number.group() : "") + "-" + month.substring(0, Math.min(3, month.length()));
    }
}
