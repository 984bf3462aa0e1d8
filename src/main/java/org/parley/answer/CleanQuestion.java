package org.parley.answer;

/**
 * A question made safe to search: control and zero-width characters removed, white space folded, cut to
 * a sane length.
 *
 * @param truncated whether the original was longer than the limit
 */
public record CleanQuestion(String text, boolean truncated) {

    /** Control, format, private-use, unassigned, and lone surrogates (half a pair is not text). */
    private static final String INVISIBLE = "[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}&&[^\\n\\t]]";

    public static CleanQuestion of(String raw, int maxChars) {
        if (raw == null) return new CleanQuestion("", false);
        String text = raw.replaceAll(INVISIBLE, "").replaceAll("\\s+", " ").strip();
        boolean truncated = text.length() > maxChars;
        if (truncated) {
            int cut = text.lastIndexOf(' ', maxChars);
            if (cut <= maxChars / 2) {
                // No space late enough: cut mid-word, but never between the halves of a surrogate pair.
                cut = Character.isLowSurrogate(text.charAt(maxChars)) ? maxChars - 1 : maxChars;
            }
            text = text.substring(0, cut).strip();
        }
        return new CleanQuestion(text, truncated);
    }

    public boolean isEmpty() {
        return text.chars().noneMatch(Character::isLetterOrDigit);
    }
}
