package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.parley.facts.Participant;

class FactsCommandTest {

    @Test
    void aParticipantLineNeverShowsEmptyBrackets() {
        assertEquals(
                " \u2014 Foreign Minister (Russia)", FactsCommand.roleAndSide(person("Foreign Minister", "Russia")));
        assertEquals(" \u2014 Foreign Minister", FactsCommand.roleAndSide(person("Foreign Minister", "")));
        assertEquals(" \u2014 Russia", FactsCommand.roleAndSide(person("", "Russia")));
        assertEquals("", FactsCommand.roleAndSide(person("", "")));
    }

    private static Participant person(String role, String side) {
        return new Participant("Ilsa Dravik", role, side, true, null);
    }
}
