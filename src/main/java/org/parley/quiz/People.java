package org.parley.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.corpus.Passage;
import org.parley.facts.Facts;
import org.parley.facts.Participant;

/**
 * The participants the quiz can rely on, each with only the facts the text states next to their name. The
 * extractor reads widely and sometimes wrongly ("now advises President" as a role, a missed "Vice-"); a quiz
 * question must hold for certain, so everything is checked again against the sentence it came from.
 */
final class People {

    private static final Pattern POSSESSOR_BEFORE =
            Pattern.compile("(\\p{Lu}[\\p{L}.\\-]*(?:\\s\\p{Lu}[\\p{L}.\\-]*)*)['\u2019]s\\s+$");

    private record Role(String text, String family, Passage citation, int start, int titleEnd) {}

    private final Material material;
    private final Facts facts;
    private final Vocabulary vocabulary;

    People(Material material) {
        this.material = material;
        this.facts = material.facts();
        this.vocabulary = material.vocabulary();
    }

    /** People with a checked role, a well-known side, or words the articles attribute to them. */
    List<QuizPerson> find(Set<String> speakers) {
        List<QuizPerson> out = new ArrayList<>();
        for (Participant p : facts.participants()) {
            if (!vocabulary.personName(p.name())) continue;
            List<String> spellings = vocabulary.spellings(p.name());
            Optional<Role> role = role(p, spellings);
            boolean known = vocabulary.lexicon.knownSideOf(p.name()).isPresent();
            if (role.isEmpty() && !known && !speakers.contains(p.name())) continue;
            String article = p.citation().article().id();
            out.add(new QuizPerson(
                    p.name(),
                    article,
                    spellings,
                    role.map(Role::text).orElse(""),
                    role.map(Role::family).orElse(""),
                    role.map(Role::citation),
                    role.map(r -> side(p, r)).orElse(""),
                    p.side() == null ? "" : p.side(),
                    p.present() ? presence(p, article, spellings) : Optional.empty(),
                    p.present() ? Optional.empty() : absence(p, article, spellings)));
        }
        return out;
    }

    /** The extracted role, kept only when it reads as a role and stands beside the name in its sentence. */
    private Optional<Role> role(Participant p, List<String> spellings) {
        if (p.role().isBlank()) return Optional.empty();
        String text = p.citation().quote();
        int[] span = besideName(text, p.role().strip(), p.name(), spellings);
        if (span == null) return Optional.empty();
        String role = text.substring(span[0], span[1]);
        if (role.length() > QuizMaker.MAX_CHOICE || vocabulary.honorifics.contains(Text.key(role)))
            return Optional.empty();
        List<int[]> titles = vocabulary.titles.find(role);
        if (titles.isEmpty()) return Optional.empty();
        int[] title = titles.get(0);
        // "now advises President": lower-case words before a capitalised title are a verb phrase, not the role.
        String head =
                role.substring(0, title[0]) + role.substring(title[0], title[1]).split("\\s+")[0];
        boolean lower = false;
        for (String w : head.split("\\s+")) {
            if (w.isEmpty()) continue;
            if (Text.startsUpper(w)) {
                if (lower) return Optional.empty();
            } else if (!vocabulary.roleModifiers.contains(Text.key(w))) {
                lower = true;
            }
        }
        return Optional.of(
                new Role(role, Text.key(role.substring(title[0], title[1])), p.citation(), span[0], title[1]));
    }

    /**
     * The role as written right before the name ("Foreign Minister Sergey Lavrov", "its director, Anja Rulf")
     * or right after it ("Anja Rulf, the director"), as [start, end); null when it stands nowhere near it. A
     * role inside a hyphenated word is the whole word: the extractor's "President" of "Vice-President".
     */
    private static int[] besideName(String text, String role, String fullName, List<String> spellings) {
        // The words of a name: capitalised ones, and the person's own particles ("bin", "al"), not "and".
        StringBuilder words = new StringBuilder("\\p{Lu}[\\p{L}.'\u2019\\-]*");
        for (String w : fullName.split("\\s+")) {
            if (!Text.startsUpper(w)) words.append('|').append(Pattern.quote(w));
        }
        String nameWords = "(?:(?:" + words + ")\\s+){0,4}?";
        for (int at = text.indexOf(role); at >= 0; at = text.indexOf(role, at + 1)) {
            int start = at;
            int end = at + role.length();
            while (start > 0 && text.charAt(start - 1) == '-') {
                start--;
                while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
            }
            if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) continue;
            if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) continue;
            for (String spelling : spellings) {
                String name = Pattern.quote(spelling);
                if (Pattern.compile("^,?\\s+" + nameWords + name + "(?![\\p{L}])")
                                .matcher(text.substring(end))
                                .find()
                        || Pattern.compile("(?<![\\p{L}])" + name + ",\\s+(?:\\p{Ll}{1,3}\\s+)?$")
                                .matcher(text.substring(0, start))
                                .find()) {
                    return new int[] {start, end};
                }
            }
        }
        return null;
    }

    /** The country the role itself names ("Russian Foreign Minister", "Egypt's intelligence chief"), if any. */
    private String side(Participant p, Role role) {
        String evidence = role.text().substring(0, role.titleEnd());
        Matcher owner = POSSESSOR_BEFORE.matcher(role.citation().quote().substring(0, role.start()));
        if (owner.find()) evidence = owner.group(1) + " " + evidence;
        Set<String> named = vocabulary.partiesIn(evidence);
        return named.size() == 1 && named.contains(p.side()) && vocabulary.isCountry(p.side()) ? p.side() : "";
    }

    /** The first sentence that names the person beside a word of taking part, without one of staying away. */
    private Optional<Passage> presence(Participant p, String article, List<String> spellings) {
        for (Passage passage : mentions(p, article)) {
            String text = passage.quote();
            if (facts.of(passage.key()).presentParticipants()
                    && (vocabulary.participation.in(text) || vocabulary.participationBefore.in(text))
                    && !absentNear(text, spellings, p.role())) {
                return Optional.of(passage);
            }
        }
        return Optional.empty();
    }

    /** The first sentence that keeps the person from the talks in so many words. */
    private Optional<Passage> absence(Participant p, String article, List<String> spellings) {
        return mentions(p, article).stream()
                .filter(passage -> absentNear(passage.quote(), spellings, p.role()))
                .findFirst();
    }

    /**
     * Whether a phrase of staying away ("did not travel", "neither") stands in the clause that names the person
     * or the two after it ("Aalto, who first proposed the tunnel, … was not present"); their own role is left
     * out ("former President" says nothing about the talks).
     */
    private boolean absentNear(String text, List<String> spellings, String role) {
        String plain = role.isBlank() ? text : text.replace(role, " ".repeat(role.length()));
        for (String spelling : spellings) {
            for (int[] span : Text.spans(plain, spelling)) {
                if (vocabulary.absent.in(Text.clauses(plain, span[0], span[1], 2))) return true;
            }
        }
        return false;
    }

    private List<Passage> mentions(Participant p, String article) {
        return material.passagesOf(article).stream()
                .filter(x -> facts.of(x.key()).people().contains(p.name()))
                .toList();
    }
}
