/**
 * What the console and Discord share about talking to people, free of JDA: the one catalogue of commands (names,
 * help lines, who may use them) and how a failure is named to the person who hit it.
 */
package org.parley.ui;
