package org.copydesk.plugins.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The data files the plugin ships beside its classes (cue lexicon, speaker lexicon, learned cue rates, confidence
 * model): one entry a line, {@code #} comments and blank lines left out. Read once, when the factory is created.
 */
final class DataFile {
    /** A line of data: its number in the file (for error messages) and its text, stripped. */
    record Line(int number, String text) {
        /** The line's {@code |}-separated columns, stripped; an error naming the file and line unless there are {@code n}. */
        String[] columns(String resource, int n, String expected) {
            String[] cols = text.split("\\|");
            if (cols.length != n) {
                throw new IllegalArgumentException(resource + " line " + number + ": expected '" + expected + "': " + text);
            }
            for (int k = 0; k < n; k++) {
                cols[k] = cols[k].strip();
            }
            return cols;
        }
    }

    /** How a file's lines become the object it describes. */
    interface Parser<T> {
        T parse(InputStream in) throws IOException;
    }

    private DataFile() {
    }

    /** Parses the shipped resource of that name; a missing resource is an error naming it. */
    static <T> T load(String resource, Parser<T> parser) {
        try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " missing from the quotes plugin");
            }
            return parser.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data lines of a file (UTF-8). */
    static List<Line> lines(InputStream in) throws IOException {
        List<Line> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                out.add(new Line(no, l));
            }
        }
        return out;
    }
}
