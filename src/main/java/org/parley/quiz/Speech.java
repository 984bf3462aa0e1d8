package org.parley.quiz;

import java.util.Optional;
import org.parley.corpus.Passage;

/**
 * Words a sentence attributes to one named person, phrased as a question that does not name them.
 *
 * @param antecedent for "She said …", the sentence before it that names her
 * @param words      the reported words the prompt shows, verbatim from the sentence
 */
record Speech(String speaker, Passage citation, Optional<Passage> antecedent, String prompt, String words) {}
