package org.parley.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parley.config.Lexicon;
import org.parley.config.WordPatterns;
import org.parley.facts.Facts;
import org.parley.facts.Participant;
import org.parley.facts.PartyFact;

/**
 * Reads a follow-up in a conversation: "What did he say about it?" after "What did Lavrov say about sanctions?"
 * becomes "What did Lavrov say about sanctions?" with the new question's own words kept. Pronouns are resolved
 * to the people and parties the articles name (nothing else can be cited anyway), the newest mention first:
 * first in the earlier question, then in the first quote of its answer. "And Rubio?" repeats the earlier
 * question about someone else. A question with nothing to resolve is left exactly as asked.
 */
public final class FollowUps {

    /** One earlier turn of the conversation: what was asked, and the first quote Parley answered with (or ""). */
    public record Exchange(String question, String answerQuote) {}

    /**
     * How a follow-up was read.
     *
     * @param resolved the question the engine is asked; equal to {@code asked} when nothing was resolved
     * @param meanings each resolved word with what it was read as ("he" → "Sergei Lavrov"), for the reply's note
     */
    public record Reading(String asked, String resolved, Map<String, String> meanings) {
        public Reading {
            meanings = Map.copyOf(meanings);
        }

        public boolean rewritten() {
            return !resolved.equals(asked);
        }

        static Reading unchanged(String asked) {
            return new Reading(asked, asked, Map.of());
        }
    }

    private final List<Participant> people;
    private final List<String> parties;
    private final Set<String> personPronouns;
    private final Set<String> groupPronouns;
    private final Set<String> thingPronouns;
    /** Pronouns that stand for someone's or something's: "his" becomes "Lavrov's". */
    private final Set<String> possessivePronouns;
    /** "he" and "she": resolved to the newest person the articles refer to so, or do not say of. */
    private final Set<String> masculinePronouns, femininePronouns;
    /** How the articles refer to each person, when they say. */
    private final Map<String, Facts.Pronoun> pronouns;
    /** Words that ask for someone's words: after "it", the pronoun is a speaker. */
    private final Set<String> speechWords;

    private final List<String> topicMarkers;
    private final List<String> ellipsisOpenings;
    private final Set<String> notTopic;
    /** Words that open a question ("what", "did"): "And what did she say?" is a question, not "And Rubio?". */
    private final Set<String> questionOpeners;
    /** The question words a bare follow-up asks with ("Why?", "When was that?") and the auxiliaries after them. */
    private final Set<String> bareQuestionWords, auxiliaries;
    /** What may follow them in a bare follow-up: "When was that?", "Why so?". */
    private final Set<String> bareFillers;
    /** "how much", "how long": a question word with the word that completes it. */
    private final List<String> degreePhrases;
    /** "who" and "what": a question opening with one and a verb asks for its subject ("Who confirmed …?"). */
    private final Set<String> subjectOpeners;
    /** "when" and "where": asked after "Who signed the accord?", of the event ("Where was the accord signed?"). */
    private final Set<String> sceneWords;
    /** Words that open a noun phrase ("the", "its") and pronouns: what must follow "What did …" for it to be asked of. */
    private final Set<String> phraseOpeners;
    /** Forms of "be": after "What is …?" the question word is what is asked, not a word to replace. */
    private final Set<String> copulas;
    /** Prepositions: the head of "the talks between Kessé and Ndiaro" stands before the first. */
    private final Set<String> prepositions;

    public FollowUps(Facts facts, Lexicon lexicon) {
        this.people = facts.participants();
        this.parties = facts.parties().stream().map(PartyFact::name).toList();
        this.personPronouns = lower(lexicon.cues("follow_up.person"));
        this.groupPronouns = lower(lexicon.cues("follow_up.group"));
        this.thingPronouns = lower(lexicon.cues("follow_up.thing"));
        this.possessivePronouns = lower(lexicon.cues("follow_up.possessive"));
        this.masculinePronouns = lower(lexicon.cues("follow_up.masculine"));
        this.femininePronouns = lower(lexicon.cues("follow_up.feminine"));
        this.pronouns = facts.pronouns();
        this.speechWords = lexicon.question().speech();
        this.topicMarkers = List.copyOf(lower(lexicon.cues("follow_up.topic")));
        // Longest opening first, so "and what about" wins over "and".
        this.ellipsisOpenings = lower(lexicon.cues("follow_up.ellipsis")).stream()
                .sorted((a, b) -> b.length() - a.length())
                .toList();
        this.notTopic = lower(lexicon.cues("follow_up.not_topic"));
        var types = lexicon.question().types();
        this.auxiliaries = lower(types.yesNo());
        this.questionOpeners =
                lower(types.yesNo(), types.who(), types.where(), types.when(), types.why(), types.how(), types.what());
        this.bareQuestionWords = lower(types.where(), types.when(), types.why(), types.how());
        this.bareFillers = lower(lexicon.cues("follow_up.bare_fillers"));
        this.subjectOpeners = lower(types.who(), types.what());
        this.sceneWords = lower(types.when(), types.where());
        this.phraseOpeners = lower(lexicon.question().determiners(), personPronouns, groupPronouns, thingPronouns);
        this.prepositions = lower(lexicon.names().prepositions());
        this.copulas = lower(lexicon.cues("follow_up.copulas"));
        this.degreePhrases = lexicon.question().quantity().stream()
                .map(w -> w.toLowerCase(Locale.ROOT))
                .filter(w -> w.split(" ").length == 2 && bareQuestionWords.contains(w.split(" ")[0]))
                .toList();
    }

    /** @param earlier the conversation so far, oldest first */
    public Reading read(String followUp, List<Exchange> earlier) {
        String asked = followUp == null ? "" : followUp.strip();
        if (earlier.isEmpty() || asked.isEmpty()) return Reading.unchanged(asked);
        Exchange last = earlier.get(earlier.size() - 1);
        Optional<Reading> bare = bareQuestion(asked, last);
        if (bare.isPresent()) return bare.get();
        Optional<Reading> elliptical = ellipsis(asked, last);
        if (elliptical.isPresent()) return elliptical.get();

        Map<Optional<Facts.Pronoun>, Optional<String>> personFor = new HashMap<>();
        Optional<String> party = newestParty(earlier, true);
        // "they" points back to the asker's last question: a party only an answer names is often not whom they
        // mean ("Who hosted the talks?" → "Amaryl's former prime minister …", then "Why did they fail?"), and one
        // named questions ago is out of the conversation.
        Optional<String> askedParty = newestParty(List.of(last), false);
        Optional<String> topic = topic(last.question());
        Map<String, String> meanings = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder();
        String body = questionAfterOpening(asked); // "And what did she say?" reads as "What did Haskari say?"
        Matcher words = WORD.matcher(body);
        int at = 0;
        while (words.find()) {
            out.append(body, at, words.start());
            at = words.end();
            String word = words.group();
            String lower = word.toLowerCase(Locale.ROOT);
            Optional<String> meaning = Optional.empty();
            if (personPronouns.contains(lower)) {
                Optional<Facts.Pronoun> wanted = masculinePronouns.contains(lower)
                        ? Optional.of(Facts.Pronoun.MASCULINE)
                        : femininePronouns.contains(lower) ? Optional.of(Facts.Pronoun.FEMININE) : Optional.empty();
                meaning = personFor.computeIfAbsent(wanted, w -> newestPerson(earlier, w));
            } else if (groupPronouns.contains(lower)) meaning = askedParty; // a topic is "it": "Did autonomy sign …?"
            else if (thingPronouns.contains(lower)) {
                // "What did it say about civilians?": what speaks is a country or body, not the last topic
                meaning = speaks(body.substring(words.end())) ? party : topic;
            }
            if (meaning.isEmpty()) {
                out.append(word);
                continue;
            }
            meanings.putIfAbsent(lower, meaning.get());
            out.append(possessivePronouns.contains(lower) ? meaning.get() + "'s" : meaning.get());
        }
        out.append(body.substring(at));
        if (meanings.isEmpty()) return Reading.unchanged(asked);
        return new Reading(asked, out.toString(), meanings);
    }

    /** Whether the text after a pronoun opens with a word that asks for someone's words ("… say", "… think"). */
    private boolean speaks(String rest) {
        Matcher next = WORD.matcher(rest);
        return next.find() && speechWords.contains(next.group().toLowerCase(Locale.ROOT));
    }

    /**
     * "Why?", "When was that?" or "How much?" after "What did the EU offer?": the earlier question asked the new way
     * ("How much did the EU offer?"). Only an earlier question that opens with an auxiliary, or with a question word
     * and then one, can be asked so, or one that {@link #passive} turns.
     */
    private Optional<Reading> bareQuestion(String asked, Exchange last) {
        List<String> words = words(asked.toLowerCase(Locale.ROOT));
        if (!words.isEmpty() && ellipsisOpenings.contains(words.get(0))) words = words.subList(1, words.size());
        if (words.isEmpty() || !bareQuestionWords.contains(words.get(0))) return Optional.empty();
        int phrase = words.size() > 1 && degreePhrases.contains(words.get(0) + " " + words.get(1)) ? 2 : 1;
        for (String w : words.subList(phrase, words.size())) {
            if (!auxiliaries.contains(w) && !bareFillers.contains(w)) return Optional.empty();
        }
        List<String> before = words(last.question());
        // "Why?" after "What did Haskari say (about …)?" asks why she said it, not "Why did Haskari say?": left as
        // asked.
        if (before.isEmpty() || before.stream().anyMatch(w -> speechWords.contains(w.toLowerCase(Locale.ROOT))))
            return Optional.empty();
        int aux = -1;
        for (int i = 0; i < Math.min(before.size(), 4) && aux < 0; i++) {
            if (auxiliaries.contains(before.get(i).toLowerCase(Locale.ROOT))) aux = i;
        }
        boolean opensWithQuestionWord = questionOpeners.contains(before.get(0).toLowerCase(Locale.ROOT));
        String ask = String.join(" ", words.subList(0, phrase));
        if (aux < 0) return sceneWords.contains(ask) ? passive(asked, ask, last.question(), before) : Optional.empty();
        // "What role does Anselm have?", "How long did the talks last?": the words after the question word are what
        // was asked, and "Why does Anselm have?" no question. Only a question word right before the auxiliary goes.
        if (aux > 1 || (aux == 1 && !opensWithQuestionWord)) return Optional.empty();
        // "What was not included?", "Who will run the harbour?": the question word is the subject, and "Why was not
        // included?" no question. It is asked of what follows the auxiliary only when a noun phrase does.
        if (aux + 1 >= before.size() || !opensNounPhrase(before.get(aux + 1))) return Optional.empty();
        // "What is Kallas's job?": "what" is what is asked, and "Why is Kallas's job?" no question.
        if (aux == 1
                && subjectOpeners.contains(before.get(0).toLowerCase(Locale.ROOT))
                && copulas.contains(before.get(1).toLowerCase(Locale.ROOT))) return Optional.empty();
        // The earlier question from its auxiliary on, as written: "did the EU offer?".
        String rest = last.question().substring(word(last.question(), aux).start());
        if (aux == 0) rest = rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1); // "Did" → "did"
        String resolved = WordPatterns.capitalised(ask) + " " + rest;
        return Optional.of(new Reading(asked, resolved, Map.of(withoutEnd(asked), last.question())));
    }

    /**
     * "When?" after "Who confirmed the memorandum?": "When was the memorandum confirmed?". Only a question that opens
     * with who or what and a regular past verb can be turned so (its past participle is the same word); "the talks"
     * take "were". "Why?" after it asks why they did it, which this cannot say: left as asked.
     */
    private Optional<Reading> passive(String asked, String ask, String question, List<String> before) {
        if (before.size() < 3) return Optional.empty();
        String opener = before.get(0).toLowerCase(Locale.ROOT), verb = before.get(1);
        if (!subjectOpeners.contains(opener) || !verb.toLowerCase(Locale.ROOT).endsWith("ed")) return Optional.empty();
        String object = withoutEnd(question.substring(word(question, 1).end()).strip());
        // "Who negotiated for each country?" has no object to turn: "When was for each country negotiated?"
        if (object.isEmpty() || !opensNounPhrase(before.get(2))) return Optional.empty();
        String head = before.get(before.size() - 1).toLowerCase(Locale.ROOT);
        for (int i = 3; i < before.size(); i++) { // "the talks between Kessé and Ndiaro": "talks"
            if (prepositions.contains(before.get(i).toLowerCase(Locale.ROOT))) {
                head = before.get(i - 1).toLowerCase(Locale.ROOT);
                break;
            }
        }
        String be = head.endsWith("s") && !head.endsWith("ss") ? "were" : "was";
        String resolved = WordPatterns.capitalised(ask) + " " + be + " " + object + " " + verb + "?";
        return Optional.of(new Reading(asked, resolved, Map.of(withoutEnd(asked), question)));
    }

    /** "the", "its", "they" or a name: the word opens a noun phrase. */
    private boolean opensNounPhrase(String word) {
        return phraseOpeners.contains(word.toLowerCase(Locale.ROOT)) || Character.isUpperCase(word.charAt(0));
    }

    /** The question after an opening such as "and" ("And what did she say?"), capitalised; else the text itself. */
    private String questionAfterOpening(String asked) {
        List<String> words = words(asked);
        if (words.size() < 2 || !ellipsisOpenings.contains(words.get(0).toLowerCase(Locale.ROOT))) return asked;
        if (!questionOpeners.contains(words.get(1).toLowerCase(Locale.ROOT))) return asked;
        return WordPatterns.capitalised(asked.substring(word(asked, 1).start()));
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** "And Rubio?" / "What about the EU?": the earlier question again, about the new name. */
    private Optional<Reading> ellipsis(String asked, Exchange last) {
        String lower = withoutEnd(asked.toLowerCase(Locale.ROOT));
        for (String opening : ellipsisOpenings) {
            if (!lower.startsWith(opening + " ")) continue;
            String rest = withoutEnd(asked.substring(opening.length()).strip());
            if (rest.isEmpty() || rest.split("\\s+").length > 4) return Optional.empty();
            String first = rest.split("\\s+")[0].toLowerCase(Locale.ROOT);
            // "And what did she say?" is a question of its own, its pronouns resolved as any other's.
            if (questionOpeners.contains(first)) return Optional.empty();
            if (topicMarkers.contains(first)) {
                return newTopic(asked, opening, rest, last.question());
            }
            Optional<String> subject = newestPerson(List.of(new Exchange(last.question(), "")))
                    .or(() -> newestParty(List.of(last), false));
            if (subject.isEmpty()) return Optional.empty();
            String named = mentionIn(last.question(), subject.get()).orElse(subject.get());
            String resolved = last.question().replace(named, rest);
            if (resolved.equals(last.question())) return Optional.empty();
            return Optional.of(new Reading(asked, resolved, Map.of(opening, last.question())));
        }
        return Optional.empty();
    }

    /**
     * "And about disarmament?" after "What did Adjei-Boateng say about autonomy?": the earlier question about the new
     * topic ("… say about disarmament?"); after one without a topic ("What did Haskari say?"), with it added.
     */
    private Optional<Reading> newTopic(String asked, String opening, String topic, String before) {
        String question = withoutEnd(before.strip());
        List<String> words = words(question);
        int marker = -1;
        for (int i = words.size() - 2; i >= 0 && marker < 0; i--) {
            if (topicMarkers.contains(words.get(i).toLowerCase(Locale.ROOT))) marker = i;
        }
        String kept = question;
        if (marker >= 0)
            kept = question.substring(0, word(question, marker).start()).stripTrailing();
        String resolved = kept + " " + topic + "?";
        return Optional.of(new Reading(asked, resolved, Map.of(opening, before)));
    }

    private Optional<String> newestPerson(List<Exchange> earlier) {
        return newestPerson(earlier, Optional.empty());
    }

    /**
     * The person the conversation last asked about or was answered with; for "he" or "she", passing over people
     * the articles refer to otherwise ("What did he say?" after a question about Magdalena Fisk).
     */
    private Optional<String> newestPerson(List<Exchange> earlier, Optional<Facts.Pronoun> wanted) {
        List<Participant> fitting = people.stream()
                .filter(p ->
                        wanted.isEmpty() || !pronouns.containsKey(p.name()) || pronouns.get(p.name()) == wanted.get())
                .toList();
        // Within a turn, someone the articles call "she" comes before someone they never call anything: after an
        // answer naming Henrik Saar and Marta Lind ("… she said"), "Why did she stay home?" means Lind.
        List<Participant> known = wanted.isEmpty()
                ? fitting
                : fitting.stream()
                        .filter(p -> pronouns.get(p.name()) == wanted.get())
                        .toList();
        for (int i = earlier.size() - 1; i >= 0; i--) {
            for (List<Participant> candidates : known == fitting ? List.of(fitting) : List.of(known, fitting)) {
                Optional<String> inQuestion = lastNamedPerson(earlier.get(i).question(), candidates);
                if (inQuestion.isPresent()) return inQuestion;
                Optional<String> inAnswer = personNearest(
                        earlier.get(i).answerQuote(), earlier.get(i).question(), candidates);
                if (inAnswer.isPresent()) return inAnswer;
            }
        }
        return Optional.empty();
    }

    /** The party named last in the conversation: in the questions and, with {@code inAnswers}, their quotes. */
    private Optional<String> newestParty(List<Exchange> earlier, boolean inAnswers) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            List<String> texts = inAnswers
                    ? List.of(earlier.get(i).question(), earlier.get(i).answerQuote())
                    : List.of(earlier.get(i).question());
            for (String text : texts) {
                Optional<String> found = parties.stream()
                        .filter(p -> containsWord(text, p))
                        .max((a, b) -> Integer.compare(text.lastIndexOf(a), text.lastIndexOf(b)));
                if (found.isPresent()) return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> lastNamedPerson(String text, List<Participant> people) {
        return people.stream()
                .filter(p -> mentionIn(text, p.name()).isPresent())
                .max((a, b) -> Integer.compare(position(text, a.name()), position(text, b.name())))
                .map(Participant::name);
    }

    /**
     * The person a quote answers with: a quote may name several ("Rubio described … Lavrov agreed, calling the
     * conversation very useful"), so take the one named nearest the words the question asked about.
     */
    private Optional<String> personNearest(String quote, String question, List<Participant> people) {
        List<List<Integer>> asked = new ArrayList<>();
        for (String word : words(question)) {
            if (notTopic.contains(word.toLowerCase(Locale.ROOT)) || word.length() < 4) continue;
            List<Integer> positions = new ArrayList<>();
            Matcher at =
                    Pattern.compile("(?i)(?<![\\p{L}])" + Pattern.quote(word)).matcher(quote);
            while (at.find()) positions.add(at.start());
            if (!positions.isEmpty()) asked.add(positions);
        }
        return people.stream()
                .filter(p -> mentionIn(quote, p.name()).isPresent())
                .min((a, b) -> Long.compare(distance(quote, a.name(), asked), distance(quote, b.name(), asked)))
                .map(Participant::name);
    }

    /**
     * How far the person's first mention stands from the asked words, summed over the words (each at its nearest
     * occurrence), so one shared verb does not outweigh the rest; without asked words, its position.
     */
    private static long distance(String quote, String name, List<List<Integer>> asked) {
        int at = mentionIn(quote, name).map(quote::indexOf).orElse(Integer.MAX_VALUE);
        if (asked.isEmpty()) return at;
        return asked.stream()
                .mapToLong(positions ->
                        positions.stream().mapToInt(p -> Math.abs(p - at)).min().orElse(0))
                .sum();
    }

    private static int position(String text, String name) {
        return mentionIn(text, name).map(text::lastIndexOf).orElse(-1);
    }

    /** The person's full name as written, else their surname (how people and reporters refer back). */
    private static Optional<String> mentionIn(String text, String name) {
        if (containsWord(text, name)) return Optional.of(name);
        String[] parts = name.split("\\s+");
        String surname = parts[parts.length - 1];
        return parts.length > 1 && containsWord(text, surname) ? Optional.of(surname) : Optional.empty();
    }

    /** What "it" stands for: the words after "about"/"on"... in the earlier question; nothing without one. */
    private Optional<String> topic(String question) {
        List<String> words = words(question);
        for (int i = words.size() - 2; i >= 0; i--) {
            if (topicMarkers.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                String phrase = content(words.subList(i + 1, words.size()));
                if (!phrase.isEmpty()) return Optional.of(phrase);
            }
        }
        // Without "about …" there is no phrase to stand for: the rest of a question ("What does Dalvia want to
        // build?") read as one made "Why does Carrowmere fear Dalvia want build?". "it" is then left as asked.
        return Optional.empty();
    }

    private String content(List<String> words) {
        return words.stream()
                .filter(w -> !notTopic.contains(w.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(" "));
    }

    private static boolean containsWord(String text, String phrase) {
        return !phrase.isBlank()
                && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])")
                        .matcher(text)
                        .find();
    }

    /** The words of every list, lower-cased, in their order. */
    @SafeVarargs
    private static Set<String> lower(Collection<String>... lists) {
        return Arrays.stream(lists)
                .flatMap(Collection::stream)
                .map(w -> w.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** A question without its closing marks: "What did he say?!" → "What did he say". */
    private static String withoutEnd(String text) {
        return text.replaceAll("[?!.\\s]+$", "");
    }

    /** The {@code index}-th word of {@code text} (0-based), where it starts and ends; it must exist. */
    private static MatchResult word(String text, int index) {
        Matcher m = WORD.matcher(text);
        for (int i = 0; i <= index; i++) m.find();
        return m.toMatchResult();
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*");
}
