package org.parley.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.config.QuestionWords;

/**
 * A message that only greets or thanks ("hi!", "Thanks, Parley 🙏"), or asks for the summary ("give me a summary"):
 * answered in kind rather than searched, so it is neither refused as something the articles lack nor put to a
 * moderator.
 */
final class SmallTalk {

    private SmallTalk() {}

    /** Why the message gets no search: a greeting, thanks or a request for the summary; empty for anything else. */
    static Optional<Lead.Reason> of(String message, QuestionWords.SmallTalk words) {
        String plain = message.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                // punctuation, emoji and symbols go; letters, digits and apostrophes stay
                .replaceAll("[^\\p{L}\\p{N}' ]+", " ")
                .strip();
        if (plain.isEmpty()) return Optional.empty();
        List<String> said = new ArrayList<>(Arrays.asList(plain.split(" +")));
        // "thanks, parley", "hey everyone": whom it is said to is no part of it
        while (said.size() > 1 && words.addressees().contains(said.get(0))) said.remove(0);
        while (said.size() > 1 && words.addressees().contains(said.get(said.size() - 1))) said.remove(said.size() - 1);
        String whole = String.join(" ", said);
        if (words.greetings().contains(whole)) return Optional.of(Lead.Reason.GREETING);
        if (words.thanks().contains(whole)) return Optional.of(Lead.Reason.THANKS);
        // "give me a quick summary of the talks please": the fillers go, and a summary word is all that is left
        said.removeIf(words.summaryFillers()::contains);
        if (words.summary().contains(String.join(" ", said))) return Optional.of(Lead.Reason.SUMMARY);
        return Optional.empty();
    }
}
