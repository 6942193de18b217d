package org.copydesk.api;

/** A stage's settings cannot work together, or something the stage needs is missing. */
public class ConfigurationException extends Exception {
    private final String setting;

    public ConfigurationException(String message) {
        this(null, message);
    }

    /** @param setting the setting at fault, so the core can point at its line; may be null */
    public ConfigurationException(String setting, String message) {
        super(message);
        this.setting = setting;
    }

    /** The name of the setting at fault, or null. */
    public String setting() {
        return setting;
    }
}
