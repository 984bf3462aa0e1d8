package org.parley.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.config.Lexicon;
import org.parley.facts.Attribution;
import org.parley.facts.CuePattern;
import org.parley.facts.Facts;
import org.parley.facts.PartyFact;

/** The lexicon's word lists the quiz reads, compiled once, and the corpus's own country names. */
final class Vocabulary {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}.\\-]*");

    final Lexicon lexicon;
    final CuePattern happened, future, participation, participationBefore, absent, titles, pronouns, placeNouns;
    /** Whose words a sentence reports. */
    final Attribution attribution;

    final Set<String> roleModifiers = new LinkedHashSet<>();
    final Set<String> honorifics = new LinkedHashSet<>();
    /** Words that make a venue a building ("Hotel", "Palace"), not a city the wrong choices could stand beside. */
    final Set<String> buildings = new LinkedHashSet<>();
    /** Words that point back to an earlier sentence ("those questions", "it"): a prompt opening so needs its context. */
    final Set<String> anaphors = new LinkedHashSet<>();

    private final Map<String, String> localParties = new HashMap<>();
    private final Set<String> countries = new LinkedHashSet<>();

    Vocabulary(Lexicon lexicon, Facts facts) {
        this.lexicon = lexicon;
        happened = new CuePattern(lexicon.cues("happened"));
        future = new CuePattern(lexicon.cues("future"));
        participation = new CuePattern(lexicon.cues("participation"));
        participationBefore = new CuePattern(lexicon.cues("participation_before"));
        absent = new CuePattern(lexicon.quiz("absent"));
        attribution = new Attribution(lexicon);
        titles = new CuePattern(lexicon.titles());
        pronouns = new CuePattern(lexicon.quiz("pronouns"));
        placeNouns = new CuePattern(lexicon.quiz("place_nouns"));
        lexicon.names().roleModifiers().forEach(w -> roleModifiers.add(Lexicon.key(w)));
        lexicon.quiz("honorifics").forEach(w -> honorifics.add(Lexicon.key(w)));
        lexicon.quiz("anaphors").forEach(w -> anaphors.add(Lexicon.key(w)));
        lexicon.quiz("buildings").forEach(w -> buildings.add(Lexicon.key(w)));
        facts.localAliases().forEach((canonical, spellings) -> {
            localParties.put(Lexicon.key(canonical), canonical);
            spellings.forEach(s -> localParties.put(Lexicon.key(s), canonical));
        });
        for (PartyFact p : facts.parties()) {
            if (p.kind().equals("country")) countries.add(p.name());
        }
    }

    /** Whether a venue names a building ("Hotel Lagune", "Glasshouse Conference Centre"), by any of its words. */
    boolean building(String venue) {
        Matcher m = WORD.matcher(venue);
        while (m.find()) if (buildings.contains(Lexicon.key(m.group()))) return true;
        return false;
    }

    /**
     * Whether what someone said opens by pointing back ("said those questions …", "said that it would …"): asked
     * alone, as "Who said those questions …?", it has nothing to point to. A "that" opening the clause is skipped.
     */
    boolean opensWithAnaphor(String reported) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(reported);
        while (m.find() && words.size() < 2) words.add(Lexicon.key(m.group()));
        if (words.size() == 2 && words.get(0).equals("that")) words.remove(0);
        return !words.isEmpty() && anaphors.contains(words.get(0));
    }

    Optional<String> partyOf(String mention) {
        return lexicon.partyOf(mention).or(() -> Optional.ofNullable(localParties.get(Lexicon.key(mention))));
    }

    /** Whether the articles treat {@code party} as a country (not a bloc or a movement). */
    boolean isCountry(String party) {
        return countries.contains(party);
    }

    /** Every party a stretch of text names: "U.S." and "Russian" give United States and Russia. */
    Set<String> partiesIn(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.replaceAll("['\u2019]s\\b", ""));
        while (m.find()) words.add(m.group());
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (!Text.startsUpper(words.get(i))) continue; // "us" is no country
            for (int n = 1; n <= lexicon.longestAliasWords() && i + n <= words.size(); n++) {
                partyOf(String.join(" ", words.subList(i, i + n))).ifPresent(out::add);
            }
        }
        return out;
    }

    /** How a person may be written: full name, surname, and the lexicon's other spellings. */
    List<String> spellings(String name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        out.addAll(lexicon.aliasesOf(name));
        out.add(Text.surname(name));
        return List.copyOf(out);
    }

    /** Whether a name looks like a person's: two words or more, none of them a place or body word. */
    boolean personName(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2 || !Text.startsUpper(words[0])) return false;
        for (String w : words) if (lexicon.isNotName(w)) return false;
        return true;
    }
}
