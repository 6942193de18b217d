package org.copydesk.runtime.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.copydesk.api.Setting;
import org.copydesk.api.SettingType;
import org.copydesk.api.Settings;

/**
 * Checks a stage's settings against its declared {@link Setting}s and converts them. Every problem is collected;
 * nothing stops at the first.
 */
public final class SettingsValidator {

    private SettingsValidator() {
    }

    /**
     * @param what     how to name the stage in messages, e.g. "step 'dateline'"
     * @param where    where the stage is (for missing settings)
     * @param given    the settings as written (reserved keys such as 'type' already removed)
     * @param declared what the stage accepts
     * @param errors   receives the problems
     */
    public static Settings validate(String what, Mark where, Map<String, ConfigNode.Entry> given,
                                    List<Setting<?>> declared, List<ConfigError> errors) {
        return validate(what, where, given, declared, Set.of(), errors);
    }

    /**
     * As {@link #validate(String, Mark, Map, List, List)}, with keys the stage's map also takes that are read
     * elsewhere (an input's {@code format}): a misspelling of one of them is suggested like a setting (review 7, F9:
     * {@code formt} had no "did you mean 'format'?" because 'format' was not among the candidates).
     */
    public static Settings validate(String what, Mark where, Map<String, ConfigNode.Entry> given,
                                    List<Setting<?>> declared, Set<String> alsoKnown, List<ConfigError> errors) {
        Map<String, Setting<?>> byName = new LinkedHashMap<>();
        declared.forEach(s -> byName.put(s.name(), s));
        Set<String> known = new java.util.LinkedHashSet<>(byName.keySet()); // declared order, as before
        known.addAll(alsoKnown);
        Map<String, Object> values = new LinkedHashMap<>();
        for (ConfigNode.Entry entry : given.values()) {
            Setting<?> setting = byName.get(entry.key());
            if (setting == null) {
                errors.add(new ConfigError(entry.keyMark(),
                        DidYouMean.describe("setting", entry.key(), " for " + what, known)));
                continue;
            }
            Object value = convert(setting, entry.value(), what, errors);
            if (value != null) {
                values.put(setting.name(), value);
            }
        }
        for (Setting<?> setting : declared) {
            if (setting.isRequired() && !values.containsKey(setting.name())) {
                boolean present = given.containsKey(setting.name());
                if (!present) {
                    errors.add(new ConfigError(where, "missing required setting '" + setting.name() + "' for "
                            + what + (setting.description().isEmpty() ? "" : ": " + setting.description())));
                }
            }
        }
        return new Settings(values);
    }

    private static Object convert(Setting<?> setting, ConfigNode node, String what, List<ConfigError> errors) {
        String name = "setting '" + setting.name() + "' of " + what;
        switch (setting.type()) {
            case STRUCTURE:
                return node.toPlain();
            case STRING_LIST: {
                List<String> list = new ArrayList<>();
                if (node instanceof ConfigNode.Scalar s) {
                    if (s.value() != null) {
                        list.add(s.value());
                    }
                    return list;
                }
                if (node instanceof ConfigNode.ListNode l) {
                    for (ConfigNode item : l.items()) {
                        if (item instanceof ConfigNode.Scalar s && s.value() != null) {
                            list.add(s.value());
                        } else {
                            errors.add(new ConfigError(item.mark(), name + " must be a list of plain values, found "
                                    + item.kind()));
                        }
                    }
                    return list;
                }
                errors.add(new ConfigError(node.mark(), name + " must be a list, found " + node.kind()));
                return null;
            }
            default:
                break;
        }
        if (!(node instanceof ConfigNode.Scalar scalar)) {
            errors.add(new ConfigError(node.mark(), name + " must be a single value, found " + node.kind()));
            return null;
        }
        String text = scalar.value();
        if (text == null) {
            if (setting.isRequired()) {
                errors.add(new ConfigError(node.mark(), name + " is required and cannot be empty"));
            }
            return null;
        }
        String trimmed = text.trim();
        try {
            switch (setting.type()) {
                case STRING:
                    return text;
                case ENUM: {
                    if (setting.allowedValues().contains(trimmed)) {
                        return trimmed;
                    }
                    errors.add(new ConfigError(node.mark(), name + ": "
                            + DidYouMean.describe("value", scalar.sensitive() ? "(from environment)" : trimmed,
                            setting.allowedValues())));
                    return null;
                }
                case INTEGER: {
                    int v = Integer.parseInt(trimmed.replace("_", ""));
                    return checkRange(setting, v, v, scalar, name, errors);
                }
                case DECIMAL: {
                    double v = Double.parseDouble(trimmed);
                    return checkRange(setting, v, v, scalar, name, errors);
                }
                case BOOLEAN: {
                    String lower = trimmed.toLowerCase(Locale.ROOT);
                    if (lower.equals("true") || lower.equals("false")) {
                        return Boolean.valueOf(lower);
                    }
                    errors.add(new ConfigError(node.mark(), name + " must be true or false, not " + scalar.shown()));
                    return null;
                }
                case DURATION: {
                    Duration d = SettingType.parseDuration(trimmed);
                    if (d.isNegative()) {
                        errors.add(new ConfigError(node.mark(), name + " must not be negative, not " + scalar.shown()));
                        return null;
                    }
                    double seconds = d.toMillis() / 1000.0;
                    if ((setting.min() != null && seconds < setting.min())
                            || (setting.max() != null && seconds > setting.max())) {
                        errors.add(new ConfigError(node.mark(), name + " must be "
                                + (setting.max() == null && setting.min() == 0.001 ? "more than 0s"
                                : setting.max() == null ? "at least " + seconds(setting.min())
                                : setting.min() == null ? "at most " + seconds(setting.max())
                                : "between " + seconds(setting.min()) + " and " + seconds(setting.max()))
                                + ", not " + scalar.shown()));
                        return null;
                    }
                    return d;
                }
                case PATH:
                    return Path.of(trimmed);
                case URI: {
                    URI uri = new URI(trimmed);
                    if (!uri.isAbsolute()) {
                        errors.add(new ConfigError(node.mark(), name + " must be an absolute URI (with a scheme such as"
                                + " https:), not " + scalar.shown()));
                        return null;
                    }
                    return uri;
                }
                default:
                    throw new IllegalStateException("unhandled type " + setting.type());
            }
        } catch (SettingType.DurationTooLongException e) {
            errors.add(new ConfigError(node.mark(), name + " must be at most " + SettingType.MAX_DURATION.toDays()
                    + " days, not " + scalar.shown()));
        } catch (NumberFormatException e) {
            errors.add(new ConfigError(node.mark(), name + " must be a " + (setting.type().name().equals("INTEGER")
                    ? "whole number" : "number") + ", not " + scalar.shown()));
        } catch (InvalidPathException e) {
            errors.add(new ConfigError(node.mark(), name + " is not a valid path: " + e.getReason()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(new ConfigError(node.mark(), name + " must be a duration such as 500ms, 10s, 5m, 2h or 1d, not "
                    + scalar.shown()));
        } catch (URISyntaxException e) {
            errors.add(new ConfigError(node.mark(), name + " is not a valid URI: " + e.getReason()));
        }
        return null;
    }

    private static Object checkRange(Setting<?> setting, Number value, double asDouble, ConfigNode.Scalar scalar,
                                     String name, List<ConfigError> errors) {
        if ((setting.min() != null && asDouble < setting.min()) || (setting.max() != null && asDouble > setting.max())) {
            errors.add(new ConfigError(scalar.mark(), name + " must be between " + fmt(setting.min()) + " and "
                    + fmt(setting.max()) + ", not " + scalar.shown()));
            return null;
        }
        return value;
    }

    /** A duration bound as written in a pipeline file: 1s, 500ms. */
    private static String seconds(Double d) {
        long millis = Math.round(d * 1000);
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    private static String fmt(Double d) {
        if (d == null) {
            return "unbounded";
        }
        return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
    }

    /** Names that a stage map may hold besides its settings. */
    public static final Set<String> RESERVED = Set.of("type");
}
