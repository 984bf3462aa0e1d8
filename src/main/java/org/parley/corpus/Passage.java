package org.parley.corpus;

/** One sentence with everything needed to cite it: article, section, paragraph. */
public record Passage(Article article, Section section, Paragraph paragraph, Sentence sentence) {

    /** "article#paragraph#sentence": the same key the index stores. */
    public String key() {
        return key(article.id(), paragraph.number(), sentence.number());
    }

    public static String key(String article, int paragraph, int sentence) {
        return article + "#" + paragraph + "#" + sentence;
    }

    public String quote() {
        return sentence.text();
    }

    /** The sentence's surroundings for matching: its section heading (none for the lead) and whole paragraph. */
    public String context() {
        return (Section.LEAD.equals(section.title()) ? "" : section.title() + ". ") + paragraph.text();
    }
}
