package org.parley.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parley's field vocabulary (config/lexicon.yaml): aliases, synonyms, parties, well-known people, titles
 * and cue words. Lookups ignore case, accents and periods ("U.S." = "us").
 */
public final class Lexicon {

    private final Map<String, List<String>> aliasGroups = new HashMap<>();
    private final Map<String, List<List<String>>> synonymGroups = new HashMap<>();
    private final Map<String, String> partyByMention = new HashMap<>();
    /** The first word of every key of {@link #partyByMention}. */
    private final Set<String> partyFirstWords = new java.util.HashSet<>();
    /** Keys of {@link #partyByMention} that some mention written with a lower-case letter has ("Syria", "syrian"). */
    private final Set<String> wordKeys = new java.util.HashSet<>();
    /** Each party's mentions (keys of {@link #partyByMention}), its name first: "Syria", "syrian"; unmodifiable. */
    private final Map<String, List<String>> mentionsOfParty = new HashMap<>();

    private final Set<String> blocs = new LinkedHashSet<>();
    private final Set<String> organisations = new LinkedHashSet<>();
    private final Map<String, String> sideOfPerson = new HashMap<>();
    private final List<String> titles;
    private final Map<String, List<String>> cues = new HashMap<>();
    private final int longestAlias;
    private final Set<String> notNames = new java.util.HashSet<>();
    private final Map<String, List<String>> quiz = new HashMap<>();
    private final Set<String> organisationNouns = new java.util.HashSet<>();
    private final QuestionWords questionWords;
    private final SplitterWords splitterWords;
    private final NameWords nameWords;
    private final AnswerWords answerWords;

    Lexicon(JsonNode root) {
        int longest = 1;
        for (JsonNode group : root.path("aliases")) {
            List<String> names = strings(group);
            for (String n : names) {
                aliasGroups.put(key(n), names);
                longest = Math.max(longest, key(n).split(" ").length);
            }
        }
        for (JsonNode group : root.path("synonyms")) {
            List<String> words = strings(group);
            for (String w : words)
                synonymGroups.computeIfAbsent(key(w), k -> new ArrayList<>()).add(words);
        }
        JsonNode parties = root.path("parties");
        for (String country : strings(parties.path("countries"))) registerParty(country);
        for (String bloc : strings(parties.path("blocs"))) {
            blocs.add(bloc);
            registerParty(bloc);
        }
        for (String organisation : strings(parties.path("organisations"))) {
            organisations.add(organisation);
            registerParty(organisation);
        }
        parties.path("demonyms")
                .fields()
                .forEachRemaining(e -> putPartyMention(e.getKey(), e.getValue().asText(), true));
        partyByMention.keySet().forEach(k -> partyFirstWords.add(firstWord(k)));
        // A party's own name may be longer than any alias: "Democratic Republic of the Congo" read as four words was
        // "Republic of the Congo", another country.
        for (String mention : partyByMention.keySet()) longest = Math.max(longest, mention.split(" ").length);
        longestAlias = longest;
        partyByMention.forEach((mention, party) -> {
            List<String> mentions = mentionsOfParty.computeIfAbsent(party, p -> new ArrayList<>(List.of(p)));
            if (!mention.equals(key(party))) mentions.add(mention);
        });
        mentionsOfParty.replaceAll((party, m) -> {
            m.subList(1, m.size()).sort(Comparator.naturalOrder());
            return List.copyOf(m);
        });
        root.path("people")
                .fields()
                .forEachRemaining(
                        e -> sideOfPerson.put(key(e.getKey()), e.getValue().asText()));
        List<String> t = new ArrayList<>(strings(root.path("titles")));
        t.sort(Comparator.comparingInt(String::length).reversed());
        titles = List.copyOf(t);
        for (String w : strings(root.path("not_names"))) notNames.add(key(w));
        for (String w : strings(root.path("organisation_nouns"))) organisationNouns.add(key(w));
        root.path("cues").fields().forEachRemaining(e -> {
            if (e.getValue().isObject()) {
                e.getValue()
                        .fields()
                        .forEachRemaining(
                                sub -> cues.put(e.getKey() + "." + sub.getKey(), List.copyOf(strings(sub.getValue()))));
            } else {
                cues.put(e.getKey(), List.copyOf(strings(e.getValue())));
            }
        });
        root.path("quiz").fields().forEachRemaining(e -> quiz.put(e.getKey(), List.copyOf(strings(e.getValue()))));
        questionWords = QuestionWords.of(new LexiconSection(root.path("question"), "question"));
        splitterWords = SplitterWords.of(new LexiconSection(root.path("splitter"), "splitter"));
        nameWords = NameWords.of(new LexiconSection(root.path("names"), "names"));
        answerWords = AnswerWords.of(new LexiconSection(root.path("answer"), "answer"));
    }

    /** Loads the lexicon named in the settings (or the bundled default). */
    public static Lexicon load(ConfigLoader loader, ParleyConfig config) {
        return new Lexicon(loader.readYaml(config.lexicon()));
    }

    private void registerParty(String canonical) {
        putPartyMention(canonical, canonical, true);
        List<String> group = aliasGroups.get(key(canonical));
        if (group != null) {
            for (String alias : group) putPartyMention(alias, canonical, false);
        }
    }

    private void putPartyMention(String mention, String party, boolean replace) {
        String key = key(mention);
        if (replace) partyByMention.put(key, party);
        else partyByMention.putIfAbsent(key, party);
        if (!mention.equals(mention.toUpperCase(Locale.ROOT))) wordKeys.add(key);
    }

    /** Lower case, no accents, no periods, single spaces: the form every lookup uses. */
    public static String key(String s) {
        String plain = asciiKey(s);
        return plain != null ? plain : foldedKey(s);
    }

    /**
     * {@link #key} for plain ASCII text, nearly every lookup, without the normaliser and regular expressions that
     * made it a third of fact extraction; null for anything else (accents, curly apostrophes, control characters).
     */
    private static String asciiKey(String s) {
        char[] out = new char[s.length()];
        int length = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x7F) return null;
            if (c == '.') continue;
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (c < 0x20) return null;
            if (space && length > 0) out[length++] = ' ';
            space = false;
            out[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(out, 0, length);
    }

    private static String foldedKey(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT)
                .replace(".", "")
                .replace('\u2019', '\'')
                .replaceAll("\\s+", " ")
                .trim();
    }

    /** Every name of the entity {@code phrase} denotes, canonical first; empty when it is no known alias. */
    public List<String> aliasesOf(String phrase) {
        return aliasGroups.getOrDefault(key(phrase), List.of());
    }

    /**
     * Every mention of the party {@code phrase} names, the party's name first ("Syria", "syrian"): the alias groups
     * cover the parties news names most, and this the rest, whose demonyms the lexicon lists apart. Empty when the
     * phrase names no party or the party has no other mention.
     */
    public List<String> partyMentionsOf(String phrase) {
        List<String> mentions = partyOf(phrase).map(mentionsOfParty::get).orElse(List.of());
        return mentions.size() > 1 ? mentions : List.of();
    }

    /** Words in the same synonym groups as {@code word}, the word itself excluded. */
    public Set<String> synonymsOf(String word) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> g : synonymGroups.getOrDefault(key(word), List.of())) out.addAll(g);
        out.removeIf(w -> key(w).equals(key(word)));
        return out;
    }

    /** The country or bloc a mention (name, demonym, capital, institution) stands for. */
    public Optional<String> partyOf(String mention) {
        return Optional.ofNullable(partyByMention.get(key(mention)));
    }

    /**
     * {@link #partyOf} for article text, where case is reliable: a mention known only as an acronym counts only in
     * capitals, so "Un" in "Kim Jong Un" is not the UN.
     */
    public Optional<String> partyAsWritten(String mention) {
        String key = key(mention);
        if (!wordKeys.contains(key) && !mention.equals(mention.toUpperCase(Locale.ROOT))) return Optional.empty();
        return Optional.ofNullable(partyByMention.get(key));
    }

    /**
     * Whether some party mention {@link #partyOf} knows starts with this word (one word, as written): most
     * capitalised words start none, and need no longer phrase looked up.
     */
    public boolean startsPartyMention(String word) {
        return partyFirstWords.contains(firstWord(key(word)));
    }

    /** The first word of a key. */
    public static String firstWord(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    public boolean isBloc(String canonical) {
        return blocs.contains(canonical);
    }

    public boolean isOrganisation(String canonical) {
        return organisations.contains(canonical);
    }

    /**
     * Whom a well-known person speaks for: by the name as listed, else by an alias of the name or of its surname, as
     * articles spell them ("Sergei Lavrov"; "Volodymyr Zelenskiy" is the "Zelenskiy" of Volodymyr Zelenskyy's group).
     */
    public Optional<String> knownSideOf(String person) {
        String listed = sideOfPerson.get(key(person));
        if (listed != null) return Optional.of(listed);
        String[] words = person.trim().split("\\s+");
        for (String form : List.of(person, words[words.length - 1])) {
            for (String alias : aliasesOf(form)) {
                String side = sideOfPerson.get(key(alias));
                if (side != null) return Optional.of(side);
            }
        }
        return Optional.empty();
    }

    /** Titles, longest first so "Foreign Minister" wins over "Minister". */
    public List<String> titles() {
        return titles;
    }

    /** Cue phrases of a kind: "outcome.strong", "objection.weak", "participation", "absence", "event", ... */
    public List<String> cues(String kind) {
        return cues.getOrDefault(kind, List.of());
    }

    /** The quiz's word lists: "pronouns", "honorifics", "absent", "place_nouns", "venues". */
    public List<String> quiz(String kind) {
        return quiz.getOrDefault(kind, List.of());
    }

    /** Capitalised words that belong to names of places, bodies or dates, never of people. */
    public boolean isNotName(String word) {
        return notNames.contains(key(word));
    }

    /** Lower-case nouns that follow an organisation's name, never a person's: "the National Renewal party". */
    public boolean isOrganisationNoun(String word) {
        return organisationNouns.contains(key(word));
    }

    /** The words a question is read with: stop words, speech verbs, facet phrases, question words. */
    public QuestionWords question() {
        return questionWords;
    }

    /** The words articles are cut into sentences with: abbreviations, sentence openers, attribution verbs. */
    public SplitterWords splitter() {
        return splitterWords;
    }

    /** The words people's names and roles are found with: particles, honorifics, words that end a role. */
    public NameWords names() {
        return nameWords;
    }

    /** The words the answer model's type features look for in a sentence: time, number, place, cause, speech. */
    public AnswerWords answer() {
        return answerWords;
    }

    /** How many words the longest alias has: the widest phrase worth looking up. */
    public int longestAliasWords() {
        return longestAlias;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
