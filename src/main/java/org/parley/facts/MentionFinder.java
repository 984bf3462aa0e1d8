package org.parley.facts;

import static org.parley.config.WordPatterns.anyOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.config.Lexicon;
import org.parley.config.NameWords;

/**
 * Finds the parties (countries, blocs) and people a sentence names, with the roles news style attaches to
 * names: a title before ("Russian Foreign Minister Sergey Lavrov") or an apposition after ("Andriy Yermak,
 * the head of the presidential office,").
 */
final class MentionFinder {

    private static final Pattern WORD_BEFORE = Pattern.compile("(?:^|\\s)(\\p{L}[\\p{L}\\-]*)\\s+$");
    /** The lower-case word after a name run: "the National Renewal party" is an organisation. */
    private static final Pattern NOUN_AFTER = Pattern.compile("^\\s(\\p{Ll}+)\\b");
    /** "the Small Boat Fishers’ Union": a name run followed by an organisation word is no person. */
    private static final Pattern ORGANISATION_AFTER = Pattern.compile("^['\u2019]s?\\s+(\\p{Lu}[\\p{L}]+)");

    private static final Pattern POSSESSOR = Pattern.compile("^(\\p{Lu}[\\p{L}\\-]+)['\u2019]s\\s");
    /**
     * A possessor, one or two lower-case words and a comma right before a name, where a list item or a sentence may
     * open: "and Kim's sister, ", never "In Sarr's words, " or "At Putin's invitation, ".
     */
    private static final Pattern POSSESSOR_AND_NOUN_BEFORE =
            Pattern.compile("(?:^|,\\s*|\\band\\s+)(\\p{Lu}[\\p{L}\\-]+)['\u2019]s"
                    + "\\s+\\p{Ll}[\\p{Ll}\\-]*(?:\\s+\\p{Ll}[\\p{Ll}\\-]*)?,\\s+$");
    /** The rest of a title that ends in "of": "head of| the national atomic energy commission, ". */
    private static final Pattern OBJECT_OF_TITLE = Pattern.compile("\\s+([^,.;:()\u201C\u201D\"]{1,60}?),\\s");

    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(?:['\u2019]s)?\\s+$");

    private final Lexicon lexicon;
    private final NameWords nameWords;
    private final CuePattern titles;
    // Patterns made of the lexicon's word lists (names:), so a word added there is found here.
    private final Pattern apposition;
    private final Pattern placeNounBefore;
    /** A thing noun and the capitalised words after it: group 1 is the thing's name ("tanker Sable Horizon"). */
    private final Pattern thingName;

    private final Pattern organisation;
    /** Prepositions after which a party is a counterpart, not whom a role serves ("ambassador to Ostmark"). */
    private final Pattern towards;

    private final Pattern relativeClause;
    /** What a title is of or for, before a comma and the name: "minister of state for foreign affairs, ". */
    private final Pattern phraseAfterTitle;
    /** A capitalised portfolio between a title and the name, with no comma: " of Mining " in "Minister of Mining X". */
    private final Pattern portfolioGap;

    private final java.util.Map<String, String> localParties;
    private final Set<String> localFirstWords;
    /** The lexicon's one-word titles in the plural ("envoys", "ambassadors"): they stand before several names. */
    private final Set<String> pluralTitles;

    /** @param localParties countries this corpus itself reveals (name and demonym → name), beyond the lexicon */
    MentionFinder(Lexicon lexicon, java.util.Map<String, String> localParties) {
        this.lexicon = lexicon;
        this.nameWords = lexicon.names();
        this.titles = new CuePattern(lexicon.titles());
        this.pluralTitles = lexicon.titles().stream()
                .map(t -> t.toLowerCase(Locale.ROOT))
                .filter(t -> t.chars().allMatch(Character::isLetter))
                .map(t -> t + "s")
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.apposition = Pattern.compile("^\\s*,\\s+(?:(?:" + anyOf(nameWords.appositionOpeners())
                + ")\\s+)?([^,.;:()\u201c\u201d\"]{3,120}?)\\s*(?:[,.;:)]|$)");
        this.thingName = nameWords.thingNouns().isEmpty()
                ? null
                : Pattern.compile("(?i:\\b(?:" + anyOf(nameWords.thingNouns())
                        + "))\\s+((?:\\p{Lu}[\\p{L}'\u2019\\-]*\\s+)*" + "\\p{Lu}[\\p{L}'\u2019\\-]*)");
        // "the streets of Khan Younis and Deir al-Balah": a place joined by "and" to the place after the noun is one
        this.placeNounBefore = Pattern.compile("\\b(" + anyOf(nameWords.placeNouns())
                + ")(?:\\s*,\\s*|\\s+of\\s+)(?:(?:\\p{Lu}[\\p{L}'\u2019\\-]*\\s+){1,4}and\\s+)?$");
        this.organisation = Pattern.compile("\\b(?:" + anyOf(nameWords.organisationPrepositions())
                + ")\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}\\-]*\\s+)*\\p{Lu}[\\p{L}\\-]*)");
        this.towards = Pattern.compile("\\b(?:" + anyOf(nameWords.counterpartPrepositions()) + ")\\s+(?:the\\s+)?$");
        this.relativeClause = Pattern.compile("\\s(?:" + anyOf(nameWords.relativePronouns()) + ")\\s");
        this.phraseAfterTitle = Pattern.compile(
                "\\s+((?:" + anyOf(nameWords.titleComplements()) + ")\\s+[^,.;:()\u201C\u201D\"]{1,60}?),\\s");
        this.portfolioGap = Pattern.compile("\\s+(?:" + anyOf(List.copyOf(nameWords.organisationLinks()))
                + ")\\s+(?:(?:\\p{Lu}[\\p{L}\\-]*|" + anyOf(List.copyOf(nameWords.portfolioLinks())) + ")\\s+)+");
        this.localParties = java.util.Map.copyOf(localParties);
        this.localFirstWords = localParties.keySet().stream()
                .map(Lexicon::firstWord)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** A regular-expression alternation of words, each taken literally, in their order. */
    private Optional<String> partyOf(String mention) {
        return lexicon.partyAsWritten(mention).or(() -> Optional.ofNullable(localParties.get(Lexicon.key(mention))));
    }

    /**
     * Whether the party at token {@code i} names where a place lies, after the place and a comma: "the talks began in
     * Helsinki, Finland" places the talks; Finland is not the side of whoever the sentence names.
     */
    private boolean placedAfterComma(String text, List<Token> tokens, int i) {
        if (i < 2
                || !text.substring(tokens.get(i - 1).end(), tokens.get(i).start())
                        .matches(",\\s+")) return false;
        int j = i - 1;
        // the place itself: one to three capitalised words ("Helsinki", "New York")
        while (j > 0 && j > i - 4 && tokens.get(j).capitalised() && singleSpaced(text, tokens, j, i)) j--;
        if (j == i - 1) return false;
        if (nameWords.articles().contains(tokens.get(j).text().toLowerCase(Locale.ROOT)) && j > 0) j--;
        return nameWords.prepositions().contains(tokens.get(j).text().toLowerCase(Locale.ROOT));
    }

    List<PartyMention> parties(String text, List<Token> tokens) {
        List<PartyMention> out = new ArrayList<>();
        int longest = lexicon.longestAliasWords();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).capitalised()) continue;
            // A phrase's key starts with its first word's key: no party starts with this word, none starts here.
            String first = tokens.get(i).text();
            if (!lexicon.startsPartyMention(first) && !localFirstWords.contains(Lexicon.key(first))) continue;
            for (int n = Math.min(longest, tokens.size() - i); n >= 1; n--) {
                Token last = tokens.get(i + n - 1);
                if (!singleSpaced(text, tokens, i, i + n)) continue;
                Optional<String> party = partyOf(text.substring(tokens.get(i).start(), last.end()));
                if (party.isEmpty()) continue;
                int start = tokens.get(i).start(), end = last.end();
                boolean compound = (end < text.length() && text.charAt(end) == '-')
                        || (start > 0 && text.charAt(start - 1) == '-');
                // "with Moscow", and past an article: "in the Suvanian capital"
                int before = i > 0
                                && nameWords
                                        .articles()
                                        .contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
                        ? i - 2
                        : i - 1;
                // "the approval of Korsland's parliament": the preposition governs the parliament, and the
                // possessor is an actor ("its speaker" speaks for Korsland)
                boolean possessive = text.startsWith("'s", end) || text.startsWith("\u2019s", end);
                boolean prepositional = before >= 0
                        && !possessive
                        && (nameWords
                                        .prepositions()
                                        .contains(tokens.get(before).text().toLowerCase(Locale.ROOT))
                                || placedAfterComma(text, tokens, i));
                boolean group = i + n < tokens.size()
                        && nameWords
                                .groupNouns()
                                .contains(tokens.get(i + n).text().toLowerCase(Locale.ROOT));
                out.add(new PartyMention(party.get(), start, end, compound, prepositional, group));
                i += n - 1;
                break;
            }
        }
        return out;
    }

    /** The names the text gives to things ("the tanker Sable Horizon"): never a person's, wherever they stand. */
    Set<String> things(String text) {
        if (thingName == null) return Set.of();
        Set<String> out = new java.util.HashSet<>();
        Matcher m = thingName.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    /** A short lower-case syllable, the end of a hyphenated given name; longer words are English ("Trump-backed"). */
    private static boolean hyphenatedGivenNameEnd(Token t) {
        return t.text().length() <= 5 && t.text().chars().allMatch(Character::isLowerCase);
    }

    /**
     * Person names: runs of capitalised words (with particles such as "bin") that are not titles, parties or
     * words of place names. Single words are kept only when {@code single} recognises them (a surname seen
     * in full elsewhere, or a well-known person).
     */
    List<NameMention> names(
            String text, List<Token> tokens, List<PartyMention> parties, Function<String, String> single) {
        List<int[]> titleSpans = titles.find(text);
        List<NameMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!nameWord(tokens.get(i), titleSpans, parties)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size()) {
                Token t = tokens.get(j);
                String gap = text.substring(tokens.get(j - 1).end(), t.start());
                if (!(gap.equals(" ") || gap.equals("-"))) break;
                if (nameWord(t, titleSpans, parties)) {
                    j++;
                } else if (gap.equals(" ")
                        && nameWords.innerTitles().contains(t.text().toLowerCase(Locale.ROOT))
                        && j + 1 < tokens.size()
                        && nameWord(tokens.get(j + 1), titleSpans, parties)
                        && text.substring(t.end(), tokens.get(j + 1).start()).equals(" ")) {
                    j += 2; // "Hassan Sheikh Mohamud": a title between two words of a name is part of it
                } else if (gap.equals("-") && j - i >= 2 && hyphenatedGivenNameEnd(t)) {
                    j++; // "Lee Jae-myung", "Moon Jae-in": a Korean given name's second syllable is not capitalised
                } else if (nameWords.particles().contains(t.text())
                        && j + 1 < tokens.size()
                        && nameWord(tokens.get(j + 1), titleSpans, parties)
                        && Set.of(" ", "-")
                                .contains(text.substring(
                                        t.end(), tokens.get(j + 1).start()))) { // "bin Salman", "al-Hayya"
                    j += 2;
                } else {
                    break;
                }
            }
            int from = i;
            // Sentence openers and dates before a name are no part of it: "On Friday Araghchi addressed …"
            while (from < j
                    && (nameWords
                                    .notNameStart()
                                    .contains(tokens.get(from).text().toLowerCase(Locale.ROOT))
                            || lexicon.isNotName(tokens.get(from).text())
                                    && from + 1 < j
                                    && !lexicon.isNotName(tokens.get(from + 1).text())
                                    && isDay(tokens.get(from).text()))) from++;
            // "Envoys Lena Brask and …", "Foreign Ministers Anna Kovic and …": a plural title and its words open no
            // name
            for (int k = j - 2; k >= from; k--) {
                if (pluralTitles.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                    from = k + 1;
                    break;
                }
            }
            boolean afterPortfolioTitle = from < j && followsPortfolioTitle(text, tokens, from, titleSpans);
            if (afterPortfolioTitle) {
                // "Minister of Mining Ganzorig Dashdondog": the portfolio's words, then the person; "Minister of
                // Marine Resources" names no one.
                int lastPortfolioWord = -1;
                for (int k = from; k < j; k++)
                    if (lexicon.isNotName(tokens.get(k).text())) lastPortfolioWord = k;
                from = lastPortfolioWord < 0 ? j : lastPortfolioWord + 1;
                if (j - from < 2) from = j;
            }
            i = j;
            // initials open a name, never end one: "Washington D.C." is no person
            while (j > from && tokens.get(j - 1).text().matches("(?:\\p{Lu}\\.){2,3}")) j--;
            List<Token> run = tokens.subList(from, j);
            if (!run.isEmpty()
                    && j < tokens.size()
                    && startsCapitalisedTitle(text, tokens.get(j - 1), tokens.get(j), titleSpans)) {
                continue; // "Water Resources Minister Dilnoza Rakhimova": the capitalised words name the portfolio
            }
            if (run.isEmpty() || run.stream().anyMatch(t -> lexicon.isNotName(t.text()))) continue;
            if (run.get(run.size() - 1).text().endsWith(".")) continue; // "J." alone is no name
            long words = run.stream()
                    .filter(t -> !nameWords.particles().contains(t.text()))
                    .count();
            if (run.size() == 2
                    && text.substring(run.get(0).end(), run.get(1).start()).equals("-")) {
                // One hyphenated word alone ("Al-Manzah", "Dassa-Nord", "Diallo-Sene") is a surname or a place,
                // never a whole name.
                words = 1;
            }
            if (words > 4) continue;
            if (from > 0
                    && nameWords
                            .placePrepositions()
                            .contains(tokens.get(from - 1).text().toLowerCase(Locale.ROOT))
                    && words >= 2) {
                continue; // "talks in Vel Harrow": a place
            }
            if (from > 0 && words >= 2 && isArticle(tokens.get(from - 1))) {
                continue; // "the Kessel Ridge", "the Coastal Ledger": news English puts no article before a person
            }
            if (from > 0
                    && nameWords
                            .possessives()
                            .contains(tokens.get(from - 1).text().toLowerCase(Locale.ROOT))) {
                continue; // "our Historic Victory": nor a possessive
            }
            if (placeNounBefore.matcher(text.substring(0, run.get(0).start())).find()) {
                continue; // "the capital, Vel Harrow": a place
            }
            Matcher orgAfter = ORGANISATION_AFTER.matcher(
                    text.substring(run.get(run.size() - 1).end()));
            if (orgAfter.find() && lexicon.isNotName(orgAfter.group(1))) {
                continue; // "Small Boat Fishers’ Union": an organisation
            }
            if (from >= 2
                    && nameWords
                            .organisationLinks()
                            .contains(tokens.get(from - 1).text())
                    && tokens.get(from - 2).capitalised()
                    && lexicon.isNotName(tokens.get(from - 2).text())) {
                continue; // "the Alliance for Kivu Renewal": the rest of an organisation's name
            }
            String written =
                    text.substring(run.get(0).start(), run.get(run.size() - 1).end());
            Matcher nounAfter =
                    NOUN_AFTER.matcher(text.substring(run.get(run.size() - 1).end()));
            if (words >= 2
                    && nounAfter.find()
                    && lexicon.isOrganisationNoun(nounAfter.group(1))
                    && lexicon.knownSideOf(written).isEmpty()) {
                continue; // "her National Renewal party": an organisation
            }
            if (words >= 2 && nounAfter.find(0) && isPlaceNoun(nounAfter.group(1))) {
                continue; // "the ancient Ta Muen Thom temple", "Banteay Meanchey provinces": a place
            }
            String name = words >= 2 ? written : single.apply(written);
            if (name == null) continue;
            out.add(withRole(
                    text, name, run.get(0).start(), run.get(run.size() - 1).end(), titleSpans, parties));
        }
        return out;
    }

    /** A place noun of the lexicon, or its plural: "temple", "provinces". */
    private boolean isPlaceNoun(String word) {
        List<String> nouns = nameWords.placeNouns(); // a dozen words
        return nouns.contains(word) || word.endsWith("s") && nouns.contains(word.substring(0, word.length() - 1));
    }

    private NameMention withRole(
            String text, String name, int start, int end, List<int[]> titleSpans, List<PartyMention> parties) {
        NameMention apposed = apposition(text, name, start, end, parties);
        int[] title = titleBefore(text, start, titleSpans);
        if (title != null
                && nameWords
                        .honorifics()
                        .contains(text.substring(title[0], title[1]).toLowerCase(Locale.ROOT))) {
            // "Qatar's prime minister, Sheikh Mohammed …": a title before the honorific says more
            int[] outer = titleBefore(text, title[0], titleSpans);
            if (outer != null) title = outer;
            else if (apposed != null) return apposed; // "Dr. Lena Hartmann, a Gulf diplomacy analyst"
        }
        if (title == null) {
            if (apposed != null) return apposed;
            // "Kim's sister, Kim Yo Jong": whose relative or aide the name is, written before it; a party there is
            // the side ("Ostmark's envoy, Lis Moravec")
            Matcher kin = POSSESSOR_AND_NOUN_BEFORE.matcher(text.substring(0, start));
            if (kin.find()) {
                for (PartyMention p : parties)
                    if (p.start() == kin.start(1) && p.end() == kin.end(1))
                        return new NameMention(name, start, end, "", p.party(), null);
                return new NameMention(name, start, end, "", null, kin.group(1));
            }
            return new NameMention(name, start, end, "", null, null);
        }
        int roleStart = extendLeft(text, title[0], parties);
        String side = null;
        Matcher poss = POSSESSIVE_BEFORE.matcher(text.substring(0, roleStart));
        if (poss.find()) {
            for (PartyMention p : parties) {
                if (p.end() == poss.start()) {
                    side = p.party();
                    roleStart = p.start();
                }
            }
        }
        String lead = text.substring(0, roleStart);
        for (String modifier : nameWords.roleModifiers()) {
            // as written in news copy: "former President", "Former President"
            String capitalised = Character.toUpperCase(modifier.charAt(0)) + modifier.substring(1);
            if (lead.endsWith(modifier + " ") || lead.endsWith(capitalised + " ")) roleStart -= modifier.length() + 1;
        }
        String role = text.substring(roleStart, title[1]).strip();
        if (side == null && apposed != null)
            return new NameMention(name, start, end, role, apposed.side(), apposed.sideOf());
        return new NameMention(name, start, end, role, side, null);
    }

    /**
     * The title that ends just before {@code at}, as [title start, role end): "Foreign Minister Sergey Lavrov",
     * with a comma "its political secretary, Salome Ankrah", and with what the title is of: "the head of the
     * national atomic energy commission, Farid Osmani".
     */
    private int[] titleBefore(String text, int at, List<int[]> titleSpans) {
        for (int k = titleSpans.size() - 1; k >= 0; k--) { // the nearest title first
            int[] span = titleSpans.get(k);
            if (span[1] > at) continue;
            String gap = text.substring(span[1], at);
            if (gap.isBlank() && gap.length() <= 2 || gap.equals(", ") && at + 1 < text.length()) return span;
            if (portfolioGap.matcher(gap).matches()) return new int[] {span[0], at - 1}; // "Minister of Mining X"
            boolean endsWithOf = text.substring(span[0], span[1]).endsWith(" of");
            Matcher phrase = (endsWithOf ? OBJECT_OF_TITLE : phraseAfterTitle).matcher(gap);
            if (phrase.matches() && isRolePhrase(phrase.group(1))) return new int[] {span[0], at - 2};
        }
        return null;
    }

    private static final Pattern AGENT_PHRASE = Pattern.compile("\\p{Ll}+\\s+by\\s");

    /** The word before {@code at} puts what follows in the past: "a former Zambian diplomat", "ex-Soviet". */
    static boolean inThePast(String text, int at, Set<String> pastMarkers) {
        String before = text.substring(0, at).stripTrailing().replaceAll("-$", "");
        int space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('-'));
        String word = before.substring(space + 1).toLowerCase(Locale.ROOT);
        return pastMarkers.contains(word);
    }

    private NameMention apposition(String text, String name, int start, int end, List<PartyMention> parties) {
        Matcher app = apposition.matcher(text.substring(end));
        if (!app.find() || !titles.in(app.group(1)) || introducesAnotherPerson(app.group(1))) return null;
        String firstWord = app.group(1).split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (nameWords.contrastWords().contains(firstWord)) return null; // "…, while Marovan sent its minister"

        String role = app.group(1).strip();
        // "Sanja Torbec, accompanied by the head of the national land registry, Ivo Lukač": whoever comes after "by"
        // is someone else, and the role is theirs.
        if (AGENT_PHRASE.matcher(role).lookingAt()) return null;
        // "Elena Vasquez, whose brother is the ship's second officer", "Joseph Okwany, who served as president of
        // Tanvale": a clause, not a role; a party or body it names may still tell the side.
        boolean clause = relativeClause.matcher(" " + role).lookingAt();
        Matcher relative = relativeClause.matcher(role);
        // "a UN hydrologist who led the working group": the role is what comes before "who"
        if (relative.find() && titles.in(role.substring(0, relative.start())))
            role = role.substring(0, relative.start());
        int appStart = end + app.start(1), appEnd = appStart + role.length();
        // "a career diplomat who served as ambassador to Ostmark" speaks for the other side of that preposition
        String side = parties.stream()
                .filter(p -> p.start() >= appStart
                        && p.end() <= appEnd
                        && !p.compound()
                        && !towards.matcher(text.substring(0, p.start())).find()
                        && !inThePast(text, p.start(), nameWords.pastMarkers()))
                .map(PartyMention::party)
                .findFirst()
                .orElse(null);
        String roleText = role;
        Matcher org = organisation.matcher(role);
        List<MatchResult> bodies = org.results().toList();
        for (int k = 0; k < bodies.size() && side == null; k++) {
            MatchResult body = bodies.get(k);
            boolean bare = !body.group().contains(" the ");
            String preposition = body.group().strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            // "Minister of Marine Resources of Ravu", "Minister of State for External Affairs": the words after the
            // title, when more follow, and those after "for" say what the post is; "president of Kethland" whose.
            boolean afterTitle = titles.find(roleText).stream()
                    .anyMatch(t -> t[1] <= body.start()
                            && roleText.substring(t[1], body.start()).isBlank());
            boolean portfolio = bare
                    && (nameWords.portfolioPrepositions().contains(preposition) || afterTitle && k + 1 < bodies.size());
            if (!portfolio) side = body.group(1);
        }
        if (clause) return new NameMention(name, start, end, "", side, null);
        Matcher owner = POSSESSOR.matcher(role);
        String sideOf = owner.find() ? owner.group(1) : null;
        // "Mullah Baradar, the Taliban's deputy leader": a party owning the post is the side
        Optional<String> owningParty = sideOf == null ? Optional.empty() : partyOf(sideOf);
        if (owningParty.isPresent()) return new NameMention(name, start, end, role, owningParty.get(), null);
        if (sideOf != null) side = null; // "Trump's special envoy for Ukraine": Trump's side, resolved later
        return new NameMention(name, start, end, role, side, sideOf);
    }

    /** A short phrase with no verb or second person in it: "for non-proliferation", not "for the region said on Tuesday". */
    private boolean isRolePhrase(String phrase) {
        String[] words = phrase.split("\\s+");
        if (words.length > 7) return false;
        for (int k = 0; k < words.length; k++) {
            if (!nameWords.titleStop().contains(words[k].toLowerCase(Locale.ROOT))) continue;
            // "for Water and Energy": a link between capitalised words joins one portfolio
            boolean joinsPortfolio = nameWords.portfolioLinks().contains(words[k])
                    && k > 0
                    && k + 1 < words.length
                    && Character.isUpperCase(words[k - 1].codePointAt(0))
                    && Character.isUpperCase(words[k + 1].codePointAt(0));
            if (!joinsPortfolio) return false;
        }
        return true;
    }

    /**
     * "Infrastructure Minister", "fisheries minister", "coast guard commander": words just before a title
     * belong to it, capitalised ones freely and up to two lower-case modifiers.
     */
    private int extendLeft(String text, int titleStart, List<PartyMention> parties) {
        int at = titleStart;
        int lowerCase = 0;
        // A capitalised title takes capitalised words only: "now advises President Emil Reuss" is no role.
        boolean capitalisedTitle = Character.isUpperCase(text.codePointAt(titleStart));
        while (true) {
            Matcher m = WORD_BEFORE.matcher(text.substring(0, at));
            if (!m.find()) return at;
            String word = m.group(1);
            String lower = word.toLowerCase(Locale.ROOT);
            int wordStart = m.start(1);
            boolean party =
                    parties.stream().anyMatch(p -> p.start() <= wordStart && p.end() >= wordStart + word.length());
            if (party
                    || nameWords.notNameStart().contains(lower)
                    || nameWords.titleStop().contains(lower)
                    || nameWords.roleStop().contains(lower)) return at;
            if (!Character.isUpperCase(word.codePointAt(0))) {
                if (capitalisedTitle
                        || ++lowerCase > 2
                        || lower.endsWith("ed")
                        || lower.endsWith("ing")
                        || lower.endsWith("ly")) return at;
            }
            at = wordStart;
        }
    }

    /** ", President Donald Trump and …" lists another person; it does not describe this one. */
    private boolean introducesAnotherPerson(String apposition) {
        for (int[] span : titles.find(apposition)) {
            String after = apposition.substring(span[1]).stripLeading();
            if (!after.isEmpty() && Character.isUpperCase(after.codePointAt(0))) return true;
        }
        return false;
    }

    /** Whether {@code next} opens a capitalised title right after {@code last}, one space between them. */
    private static boolean startsCapitalisedTitle(String text, Token last, Token next, List<int[]> titleSpans) {
        if (!text.substring(last.end(), next.start()).equals(" ") || !next.capitalised()) return false;
        for (int[] s : titleSpans) if (s[0] == next.start()) return true;
        return false;
    }

    /** Whether the words before {@code from} are a capitalised title and what it is of: "Minister of Water and". */
    private boolean followsPortfolioTitle(String text, List<Token> tokens, int from, List<int[]> titleSpans) {
        int k = from - 1;
        while (k >= 1 && nameWords.portfolioLinks().contains(tokens.get(k).text())) {
            k--; // "Minister of Water and Energy Teodor Lasko": back over the portfolio's earlier words
            while (k >= 0 && tokens.get(k).capitalised()) k--;
        }
        return k >= 1
                && nameWords.organisationLinks().contains(tokens.get(k).text())
                && endsCapitalisedTitle(text, tokens.get(k - 1), titleSpans);
    }

    private boolean isArticle(Token t) {
        return nameWords.articles().contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code t} is the last word of a title written with a capital: "Minister" in "Minister of …". */
    private static boolean endsCapitalisedTitle(String text, Token t, List<int[]> titleSpans) {
        for (int[] s : titleSpans) if (s[1] == t.end() && Character.isUpperCase(text.codePointAt(s[0]))) return true;
        return false;
    }

    private boolean isDay(String word) {
        return nameWords.isDayOrMonth(word.toLowerCase(Locale.ROOT));
    }

    private boolean nameWord(Token t, List<int[]> titleSpans, List<PartyMention> parties) {
        if (!t.capitalised() || !Character.isLetter(t.text().codePointAt(0))) return false;
        // "U.S." is no name; "J." and "Y.B." of "Y.B. Chavan" are (initials that end a run are dropped: "D.C.")
        if (t.text().contains(".") && !t.text().matches("(?:\\p{Lu}\\.){1,3}")) return false;
        if (t.text().length() > 1
                && !t.text().endsWith(".")
                && t.text().equals(t.text().toUpperCase(Locale.ROOT))) {
            return false; // "EU", "NATO"
        }
        for (int[] s : titleSpans) if (t.start() >= s[0] && t.end() <= s[1]) return false;
        for (PartyMention p : parties) if (t.start() >= p.start() && t.end() <= p.end()) return false;
        return true;
    }

    private static boolean singleSpaced(String text, List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!text.substring(tokens.get(k - 1).end(), tokens.get(k).start()).equals(" ")) return false;
        }
        return true;
    }
}
