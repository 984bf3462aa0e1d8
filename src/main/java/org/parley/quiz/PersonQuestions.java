package org.parley.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.parley.corpus.Passage;
import org.parley.facts.Facts;

/** Questions about people: their role, their side, who was at the talks and who was not, who said what. */
final class PersonQuestions {

    private final Material material;
    private final List<QuizPerson> people;

    PersonQuestions(Material material, List<QuizPerson> people) {
        this.material = material;
        this.people = List.copyOf(people);
    }

    /** "What is Marco Rubio's role?": wrong choices are other people's roles under other titles, none of them
     *  written in any sentence that names the person. */
    List<Candidate> roles() {
        Map<String, String> familyOf = new HashMap<>();
        people.forEach(p -> familyOf.put(p.role(), p.roleFamily()));
        Function<String, String> family = role -> familyOf.getOrDefault(role, Text.key(role));
        List<Candidate> out = new ArrayList<>();
        for (QuizPerson p : people) {
            if (p.role().isEmpty()) continue;
            List<String> said = sentencesNaming(p);
            String key = Text.key(p.role());
            List<String> wrong = sameArticle(p).stream()
                    .map(QuizPerson::role)
                    .filter(r -> !r.isEmpty() && !Text.key(r).contains(key) && !key.contains(Text.key(r)))
                    // Not even as part of a longer word: beside "the bloc's trade ministers", "trade minister" reads as
                    // hers.
                    .filter(r -> said.stream()
                            .noneMatch(s -> s.toLowerCase(Locale.ROOT).contains(r.toLowerCase(Locale.ROOT))))
                    // "Panamanian leader" beside the right "Panamanian president", or for a Panamanian colonel: a
                    // role of the person's own country may be theirs too, so it is no fair wrong choice.
                    .filter(r -> material.vocabulary().partiesIn(r).stream()
                            .noneMatch(party -> party.equals(p.ownSide())
                                    || material.vocabulary().partiesIn(p.role()).contains(party)))
                    .toList();
            out.add(new Candidate(
                    "role",
                    "What is " + p.name() + "'s role, according to " + material.source(p.article()) + "?",
                    p.role(),
                    wrong,
                    p.roleCitation().orElseThrow(),
                    family));
        }
        return askable(out);
    }

    /** "Which country does Sergey Lavrov speak for?": wrong choices are the other countries the article names. */
    List<Candidate> sides() {
        Map<String, Set<String>> countriesByArticle = new HashMap<>();
        List<Candidate> out = new ArrayList<>();
        for (QuizPerson p : people) {
            if (p.side().isEmpty()) continue;
            Set<String> named = countriesByArticle.computeIfAbsent(p.article(), this::countriesIn);
            Set<String> wrong = new LinkedHashSet<>();
            sameArticle(p).stream()
                    .map(QuizPerson::side)
                    .filter(s -> !s.isEmpty())
                    .forEach(wrong::add);
            wrong.addAll(named);
            wrong.remove(p.side());
            out.add(new Candidate(
                    "side",
                    "Which country does " + p.name() + " speak for, according to " + material.source(p.article()) + "?",
                    p.side(),
                    List.copyOf(wrong),
                    p.roleCitation().orElseThrow(),
                    Text::key));
        }
        return askable(out);
    }

    /** "Which of these people was at the talks?": wrong choices are people the text keeps away from them. */
    List<Candidate> present() {
        List<Candidate> out = new ArrayList<>();
        for (QuizPerson p : people) {
            if (p.presence().isEmpty()) continue;
            String scene = p.presence().get().quote();
            List<String> wrong = sameArticle(p).stream()
                    .filter(o -> o.absence().isPresent() && !o.namedIn(scene))
                    .map(QuizPerson::name)
                    .toList();
            out.add(new Candidate(
                    "present",
                    "Which of these people was at the talks, according to " + material.source(p.article()) + "?",
                    p.name(),
                    wrong,
                    p.presence().get(),
                    PersonQuestions::surname));
        }
        return askable(out);
    }

    /** "Which of these people was not at the talks?": the reverse, wrong choices placed at the talks. */
    List<Candidate> absent() {
        List<Candidate> out = new ArrayList<>();
        for (QuizPerson p : people) {
            if (p.absence().isEmpty()) continue;
            List<String> wrong = sameArticle(p).stream()
                    .filter(o -> o.presence().isPresent()
                            && !p.namedIn(o.presence().get().quote()))
                    .map(QuizPerson::name)
                    .toList();
            out.add(new Candidate(
                    "absent",
                    "Which of these people was not at the talks, according to " + material.source(p.article()) + "?",
                    p.name(),
                    wrong,
                    p.absence().get(),
                    PersonQuestions::surname));
        }
        return askable(out);
    }

    /**
     * "Who described the round as the most productive in months?": wrong choices are people the cited sentence
     * (and, for "she said", the one before) does not name, and whom no sentence holding those words names.
     */
    List<Candidate> whoSaid(List<Speech> speeches) {
        List<Candidate> out = new ArrayList<>();
        for (Speech s : speeches) {
            String article = s.citation().article().id();
            String context = s.citation().quote() + " "
                    + s.antecedent().map(Passage::quote).orElse("");
            List<String> holding = material.passagesOf(article).stream()
                    .map(Passage::quote)
                    .filter(q -> q.contains(s.words()))
                    .toList();
            // "Who said he will attend …?": a woman the articles call "she" would be given away as wrong
            Optional<Facts.Pronoun> his = material.vocabulary().pronouns.in(s.prompt())
                    ? Optional.ofNullable(material.facts().pronouns().get(s.speaker()))
                    : Optional.empty();
            List<String> wrong = people.stream()
                    .filter(o -> o.article().equals(article) && !o.name().equals(s.speaker()))
                    .filter(o -> !o.namedIn(context) && holding.stream().noneMatch(o::namedIn))
                    .filter(o -> his.isEmpty()
                            || !material.facts().pronouns().containsKey(o.name())
                            || material.facts().pronouns().get(o.name()) == his.get())
                    .map(QuizPerson::name)
                    .toList();
            out.add(new Candidate("who-said", s.prompt(), s.speaker(), wrong, s.citation(), PersonQuestions::surname));
        }
        return askable(out);
    }

    private static String surname(String name) {
        return Text.key(Text.surname(name));
    }

    private List<QuizPerson> sameArticle(QuizPerson p) {
        return people.stream()
                .filter(o -> o != p && o.article().equals(p.article()))
                .toList();
    }

    private List<String> sentencesNaming(QuizPerson p) {
        return material.passagesOf(p.article()).stream()
                .map(Passage::quote)
                .filter(p::namedIn)
                .toList();
    }

    /** The countries an article names, in order of first mention. */
    private Set<String> countriesIn(String article) {
        Set<String> out = new LinkedHashSet<>();
        Vocabulary vocabulary = material.vocabulary();
        material.corpus().articles().stream()
                .filter(a -> a.id().equals(article))
                .forEach(a -> vocabulary.partiesIn(a.text()).stream()
                        .filter(vocabulary::isCountry)
                        .forEach(out::add));
        return out;
    }

    static List<Candidate> askable(List<Candidate> candidates) {
        return candidates.stream().filter(Candidate::askable).toList();
    }
}
