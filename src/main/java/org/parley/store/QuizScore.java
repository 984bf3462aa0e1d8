package org.parley.store;

/** One player's standing in a quiz: how many questions they got right out of those they answered. */
public record QuizScore(String userId, int right, int answered) {}
