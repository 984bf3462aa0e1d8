package org.parley.answer;

/**
 * A question made safe to search: control and zero-width characters removed, white space folded, cut to
 * a sane length.
 *
 * @param truncated whether the original was longer than the limit
 */
public record CleanQuestion(String text, boolean truncated) {

    private static final String INVISIBLE = "[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}&&[^\\n\\t]]";

    public static CleanQuestion of(String raw, int maxChars) {
        if (raw == null) return new CleanQuestion("", false);
        String text = raw.replaceAll(INVISIBLE, "").replaceAll("\\s+", " ").strip();
        boolean truncated = text.length() > maxChars;
        if (truncated) {
            int cut = text.lastIndexOf(' ', maxChars);
            text = text.substring(0, cut > maxChars / 2 ? cut : maxChars).strip();
        }
        return new CleanQuestion(text, truncated);
    }

    public boolean isEmpty() {
        return text.chars().noneMatch(Character::isLetterOrDigit);
    }
}
