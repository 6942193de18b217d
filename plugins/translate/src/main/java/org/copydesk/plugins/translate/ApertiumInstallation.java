package org.copydesk.plugins.translate;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What Apertium has installed under a data folder (by default {@code /usr/share/apertium}): the translation modes
 * ({@code modes/eng-spa.mode}, the list {@code apertium -l} prints), the Debian package that provides each and its
 * version. Reads files only; starts nothing.
 */
public final class ApertiumInstallation {
    public static final Path DEFAULT_DATA = Path.of("/usr/share/apertium");
    private static final Path DPKG_STATUS = Path.of("/var/lib/dpkg/status");
    private static final Pattern DATA_FOLDER = Pattern.compile("/(apertium-[a-z0-9_-]+)/");

    /** Debian package names of the pairs whose package is not simply apertium-xxx-yyy. */
    private static final Map<String, String> OLD_PACKAGES = Map.ofEntries(
            Map.entry("eng-glg", "apertium-en-gl"), Map.entry("glg-eng", "apertium-en-gl"),
            Map.entry("epo-cat", "apertium-eo-ca"), Map.entry("epo-eng", "apertium-eo-en"),
            Map.entry("eng-epo", "apertium-eo-en"), Map.entry("epo-spa", "apertium-eo-es"),
            Map.entry("epo-fra", "apertium-eo-fr"), Map.entry("spa-glg", "apertium-es-gl"),
            Map.entry("glg-spa", "apertium-es-gl"), Map.entry("spa-por", "apertium-es-pt"),
            Map.entry("por-spa", "apertium-es-pt"), Map.entry("spa-ron", "apertium-es-ro"),
            Map.entry("ron-spa", "apertium-es-ro"), Map.entry("eus-eng", "apertium-eu-en"),
            Map.entry("eus-spa", "apertium-eu-es"), Map.entry("fra-spa", "apertium-fr-es"),
            Map.entry("spa-fra", "apertium-fr-es"), Map.entry("oci-cat", "apertium-oc-ca"),
            Map.entry("cat-oci", "apertium-oc-ca"), Map.entry("oci-spa", "apertium-oc-es"),
            Map.entry("spa-oci", "apertium-oc-es"), Map.entry("por-glg", "apertium-pt-gl"),
            Map.entry("glg-por", "apertium-pt-gl"), Map.entry("bre-fra", "apertium-br-fr"),
            Map.entry("cat-spa", "apertium-spa-cat"), Map.entry("spa-eng", "apertium-eng-spa"),
            Map.entry("cat-eng", "apertium-eng-cat"), Map.entry("ita-cat", "apertium-cat-ita"),
            Map.entry("ita-spa", "apertium-spa-ita"), Map.entry("cat-fra", "apertium-fra-cat"),
            Map.entry("cat-por", "apertium-por-cat"), Map.entry("ast-spa", "apertium-spa-ast"),
            Map.entry("arg-spa", "apertium-spa-arg"), Map.entry("eng-isl", "apertium-isl-eng"),
            Map.entry("eng-mkd", "apertium-mkd-eng"), Map.entry("eng-hbs", "apertium-hbs-eng"));

    private final Path data;

    public ApertiumInstallation(Path data) {
        this.data = data;
    }

    public Path data() {
        return data;
    }

    /** True when an {@code apertium} program is on the PATH. */
    public static boolean binaryInstalled() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "apertium"))) {
                return true;
            }
        }
        return false;
    }

    /** Installed modes, e.g. {@code eng-spa}, {@code spa-cat_valencia}, sorted. */
    public List<String> modes() {
        Path dir = data.resolve("modes");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        TreeSet<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".mode"))
                    .forEach(n -> out.add(n.substring(0, n.length() - ".mode".length())));
        } catch (IOException e) {
            return List.of();
        }
        return List.copyOf(out);
    }

    /** The mode that translates BCP-47 {@code from} into {@code to}, e.g. {@code eng-spa} for en, es. */
    public Optional<String> mode(String from, String to) {
        String f = LanguageCodes.primary(from);
        String t = LanguageCodes.primary(to);
        for (String mode : modes()) {
            int dash = mode.indexOf('-');
            if (dash < 0 || mode.substring(dash + 1).contains("_")) {
                continue;
            }
            Optional<String> mf = LanguageCodes.tag(mode.substring(0, dash));
            Optional<String> mt = LanguageCodes.tag(mode.substring(dash + 1));
            if (mf.isPresent() && mt.isPresent() && mf.get().equals(f) && mt.get().equals(t)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    /** The mode name Apertium would use, installed or not: {@code eng-spa}. */
    public static String modeName(String from, String to) {
        return LanguageCodes.iso3(from).orElse(from) + "-" + LanguageCodes.iso3(to).orElse(to);
    }

    /** The Debian package that provides a pair, e.g. {@code apertium-eng-spa} for {@code eng-spa}. */
    public static String debianPackage(String mode) {
        return OLD_PACKAGES.getOrDefault(mode, "apertium-" + mode);
    }

    public Path modeFile(String mode) {
        return data.resolve("modes").resolve(mode + ".mode");
    }

    /** The version of the Debian package whose data the mode uses, without the Debian revision, if known. */
    public Optional<String> version(String mode) {
        try {
            String text = Files.readString(modeFile(mode), StandardCharsets.UTF_8);
            Matcher m = DATA_FOLDER.matcher(text);
            if (!m.find() || !Files.isReadable(DPKG_STATUS)) {
                return Optional.empty();
            }
            String pkg = m.group(1);
            List<String> lines = Files.readAllLines(DPKG_STATUS, StandardCharsets.UTF_8);
            boolean in = false;
            for (String line : lines) {
                if (line.startsWith("Package: ")) {
                    in = line.substring(9).trim().equals(pkg);
                } else if (in && line.startsWith("Version: ")) {
                    String v = line.substring(9).trim();
                    int colon = v.indexOf(':');
                    v = colon >= 0 ? v.substring(colon + 1) : v;
                    int dash = v.lastIndexOf('-');
                    return Optional.of(dash > 0 ? v.substring(0, dash) : v);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The commands of a mode's pipeline in null-flush mode, as Apertium-APy runs them: {@code $1} becomes the
     * generator's unknown-word option, {@code $2} disappears, every program gets {@code -z} (except the few that
     * flush on NUL without it).
     */
    public List<List<String>> commands(String mode, boolean markUnknown) throws IOException {
        String text = Files.readString(modeFile(mode), StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            throw new IOException("mode file " + modeFile(mode) + " is empty");
        }
        List<List<String>> out = new ArrayList<>();
        for (String part : text.split("\\|")) {
            String cmd = part.replace("$2", "").replace("$1", markUnknown ? "-g" : "-n").strip();
            List<String> words = new ArrayList<>();
            for (String w : cmd.split("\\s+")) {
                if (!w.isEmpty()) {
                    words.add(w.replace("'", ""));
                }
            }
            if (words.isEmpty()) {
                continue;
            }
            if (!words.get(0).matches(".*(vislcg3|cg-mwesplit|hfst-tokeni[sz]e|divvun-suggest)$")) {
                words.add(1, "-z");
            }
            out.add(words);
        }
        return out;
    }
}
