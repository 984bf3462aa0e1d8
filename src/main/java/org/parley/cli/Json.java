package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.answer.Answer;
import org.parley.answer.Citation;
import org.parley.answer.Lead;
import org.parley.corpus.Passage;
import org.parley.facts.Facts;
import org.parley.facts.Objection;
import org.parley.facts.OpenQuestion;
import org.parley.facts.Outcome;
import org.parley.facts.Participant;
import org.parley.facts.PartyFact;
import org.parley.ui.AnswerText;

/** The JSON contracts of `ask --json` and `facts --json`, field for field. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static String answer(Answer a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("question", a.question());
        o.put("answered", a.answered());
        // Answered, but shown as the closest passages only ("This may not answer your question"): confidence under
        // one half, so more likely wrong than right. An integrator must not present it as the answer.
        o.put("hedged", a.lead() instanceof Lead.Closest);
        o.put("answer", AnswerText.markdown(a));
        o.put("confidence", Math.round(a.confidence() * 1000) / 1000.0);
        ArrayNode citations = o.putArray("citations");
        for (Citation c : a.citations()) {
            ObjectNode n = citations.addObject();
            n.put("quote", c.quote());
            n.put("document", c.document());
            n.put("section", c.section());
            n.put("paragraph", c.paragraph());
            n.put("score", c.score());
            n.put("title", c.title());
            c.url().ifPresent(u -> n.put("url", u));
        }
        o.put("tookMs", a.tookMs());
        return write(o);
    }

    /** The line written when a question could not be answered at all: the protocol never skips a line. */
    static String failure(String question, String message, String errorId, long tookMs) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("question", question);
        o.put("answered", false);
        o.put("hedged", false);
        o.put("answer", message);
        o.put("confidence", 0.0);
        o.putArray("citations");
        o.put("tookMs", tookMs);
        o.put("error", errorId);
        return write(o);
    }

    static String facts(Facts f) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode people = o.putArray("participants");
        for (Participant p : f.participants()) {
            ObjectNode n = people.addObject();
            n.put("name", p.name());
            n.put("role", p.role());
            n.put("side", p.side());
            n.put("present", p.present());
            n.set("citation", citation(p.citation()));
        }
        ArrayNode parties = o.putArray("parties");
        for (PartyFact p : f.parties()) {
            ObjectNode n = parties.addObject();
            n.put("name", p.name());
            n.put("kind", p.kind());
            n.put("atTalks", p.atTalks());
            n.put("mentions", p.mentions());
            n.set("citation", citation(p.citation()));
        }
        ArrayNode outcomes = o.putArray("outcomes");
        for (Outcome out : f.outcomes()) {
            ObjectNode n = outcomes.addObject();
            n.put("text", out.text());
            n.put("party", out.party());
            out.parties().forEach(n.putArray("parties")::add);
            n.set("citation", citation(out.citation()));
        }
        ArrayNode objections = o.putArray("objections");
        for (Objection ob : f.objections()) {
            ObjectNode n = objections.addObject();
            n.put("party", ob.party());
            n.put("person", ob.person());
            n.put("objection", ob.objection());
            n.set("citation", citation(ob.citation()));
        }
        ArrayNode open = o.putArray("openQuestions");
        for (OpenQuestion q : f.openQuestions()) {
            ObjectNode n = open.addObject();
            n.put("text", q.text());
            n.set("citation", citation(q.citation()));
        }
        ObjectNode meeting = o.putObject("meeting");
        ArrayNode who = meeting.putArray("who");
        f.meeting().who().forEach(who::add);
        f.meeting().where().ifPresent(w -> meeting.put("where", w));
        f.meeting().when().ifPresent(w -> meeting.put("when", w));
        if (!f.meeting().otherDates().isEmpty()) {
            // Another article dates the talks to another day: each such day with the sentence that gives it.
            ArrayNode other = meeting.putArray("otherDates");
            f.meeting().otherDates().forEach(d -> {
                ObjectNode n = other.addObject();
                n.put("when", d.when());
                n.set("citation", citation(d.citation()));
            });
        }
        return write(o);
    }

    private static ObjectNode citation(Passage p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("quote", p.quote());
        n.put("document", p.article().id());
        n.put("section", p.section().title());
        n.put("paragraph", p.paragraph().number());
        return n;
    }

    private static String write(ObjectNode o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
