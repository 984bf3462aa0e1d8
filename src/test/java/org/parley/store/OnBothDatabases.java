package org.parley.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A store test that runs twice: on SQLite in a temporary folder, and on a fresh database of a PostgreSQL test
 * server started for the run. It (and its {@code @BeforeEach}) takes a {@link TestDatabase} parameter.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BothDatabases.class)
@interface OnBothDatabases {}
