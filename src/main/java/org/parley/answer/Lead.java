package org.parley.answer;

import java.util.List;
import java.util.Optional;
import org.parley.facts.Participant;

/**
 * What a reply's first line says, as data; {@code ui.AnswerText} words it. Every kind but {@link Refusal} comes
 * before quotes, and the articles it names are those of the answer's citations.
 */
public sealed interface Lead {

    /**
     * A person as a lead names them.
     *
     * @param role as the articles give it, or empty
     * @param side the country or body they speak for, or empty when unknown
     */
    record Person(String name, String role, String side) {
        static Person of(Participant p) {
            return new Person(p.name(), p.role(), p.side());
        }

        /** Someone the articles name but the cast does not hold: no role or side known. */
        static Person named(String name) {
            return new Person(name, "", "");
        }
    }

    /**
     * "Who took part?": the participants the cited sentences place at the talks.
     *
     * @param alsoNamed the rest of the cast the cited articles name, who were not there
     */
    record Attendees(List<Person> present, List<String> alsoNamed) implements Lead {
        public Attendees {
            present = List.copyOf(present);
            alsoNamed = List.copyOf(alsoNamed);
        }
    }

    /** "What is Rubio's role?", "Who is Sergey Lavrov?": the post the articles give the person. */
    record Post(Person person) implements Lead {}

    /**
     * "Did Zelenskyy attend?": whether the roster places the person at the talks.
     *
     * @param saidAbsent not placed, and a cited sentence says so of them ("Putin did not attend the talks"): a plain
     *     no, where not being placed alone is no more than the facts' silence
     */
    record Attendance(Person person, boolean present, boolean saidAbsent) implements Lead {
        public Attendance(Person person, boolean present) {
            this(person, present, false);
        }
    }

    /**
     * "Did Zelenskyy or Lavrov attend?": the same for each person the question names, in roster order.
     *
     * @param negatedQuestion the question was asked in the negative ("Did Lavrov not attend?"), where a bare "yes" or
     *     "no" would be read both ways, so the reply states who was there without one
     */
    record Roll(List<Attendance> people, boolean negatedQuestion) implements Lead {
        public Roll {
            people = List.copyOf(people);
        }
    }

    /** "Which countries took part?": the countries and blocs the facts place at the talks, in the facts' order. */
    record Parties(List<String> present) implements Lead {
        public Parties {
            present = List.copyOf(present);
        }
    }

    /** "Who objected?": the parties the cited sentences' objections came from, in the order the facts list them. */
    record Objectors(List<String> parties) implements Lead {
        public Objectors {
            parties = List.copyOf(parties);
        }
    }

    /** "What was agreed?": the quotes are the outcomes and plans. */
    record Outcomes() implements Lead {}

    /** "What is still open?": the quotes are the open questions. */
    record OpenQuestions() implements Lead {}

    /** "When were the talks?" when the text does not date them: only the article's date is known. */
    record Undated(String published) implements Lead {}

    /**
     * "When were the talks?" when the text dates them by weekday alone ("met on Monday"): the day that weekday names,
     * counted back from the article's date.
     *
     * @param date      the day, weekday first: "Monday 28 July 2025"
     * @param published the article's date, as its front matter gives it
     */
    record Weekday(String date, String published) implements Lead {}

    /** A "who" question: the people the best quote names. */
    record People(List<Person> people) implements Lead {
        public People {
            people = List.copyOf(people);
        }
    }

    /** The quotes answer on their own. */
    record Quoted() implements Lead {}

    /**
     * The best quote is more likely not the answer than the answer (confidence under one half): it is shown as the
     * nearest the articles come, and nothing it names is put forward as the answer.
     */
    record Closest() implements Lead {}

    /**
     * No answer.
     *
     * @param articles    how many articles were searched
     * @param onlyArticle the title of the one article searched, when there was only one
     */
    record Refusal(Reason reason, int articles, Optional<String> onlyArticle) implements Lead {}

    /** Why there is no answer. */
    enum Reason {
        /** The question had no words at all. */
        EMPTY_QUESTION,
        /** The question had no words worth searching for. */
        TOO_VAGUE,
        /** The question's letters are all of a script the articles never use (an Arabic greeting to English news). */
        OTHER_SCRIPT,
        /** Nothing in the articles answers it well enough. */
        NOT_FOUND,
        /** Only a greeting ("hi"): small talk, not a question. */
        GREETING,
        /** Only thanks ("thank you!"): small talk, not a question. */
        THANKS,
        /** A request for the summary ("give me a summary"), which /summary gives: not a question the articles lack. */
        SUMMARY
    }
}
