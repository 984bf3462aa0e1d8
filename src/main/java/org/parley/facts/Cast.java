package org.parley.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.corpus.Passage;

/**
 * Everyone the articles name as a person, each once: who was at the talks, and apart from them everyone else
 * the story names (leaders who stayed away, critics, analysts).
 *
 * @param present people the text places at the talks, in order of first mention
 * @param named   everyone else, the most mentioned first, then in order of first mention
 */
public record Cast(List<Member> present, List<Member> named) {

    /**
     * One person of the cast.
     *
     * @param role     as the text gives it, or empty
     * @param side     the country or body they speak for, or empty when the text does not say
     * @param citation the sentence that introduces them (with their role, when one does)
     * @param mentions how many sentences name them
     */
    public record Member(String name, String role, String side, boolean present, Passage citation, int mentions) {}

    public Cast {
        present = List.copyOf(present);
        named = List.copyOf(named);
    }

    public static Cast of(Facts facts) {
        Map<String, Integer> mentions = new HashMap<>();
        facts.bySentence().values().forEach(s -> s.people().forEach(name -> mentions.merge(name, 1, Integer::sum)));
        List<Member> present = new ArrayList<>();
        List<Member> named = new ArrayList<>();
        // Participants come in order of first mention, which the stable sort below keeps among equals.
        for (Participant p : facts.participants()) {
            Member m = new Member(
                    p.name(), p.role(), p.side(), p.present(), p.citation(), mentions.getOrDefault(p.name(), 0));
            (p.present() ? present : named).add(m);
        }
        named.sort(Comparator.comparingInt(Member::mentions).reversed());
        return new Cast(present, named);
    }

    /** Everyone, present first. */
    public List<Member> all() {
        List<Member> all = new ArrayList<>(present);
        all.addAll(named);
        return all;
    }
}
