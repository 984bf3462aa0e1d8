package org.parley.config;

/** Settings that cannot be used, with a message fit to show the operator. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
