package org.copydesk.runtime.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the benchmark reads about other processes: RSS from /proc, heap from /metrics and GC logs, the load. */
final class Probes {
    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern EXIT_HEAP = Pattern.compile("heap\\s+total\\s+(\\d+)K, used (\\d+)K");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Probes() {
    }

    /** A field of /proc/PID/status in bytes ({@code VmRSS}, {@code VmHWM}); -1 when unavailable. */
    static long procStatus(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone, or this is not Linux
        }
        return -1;
    }

    /** The sum of {@code jvm_memory_used_bytes{area="heap"}} from the admin API's /metrics; -1 when unavailable. */
    static long heapFromMetrics(int port) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            HttpResponse<String> resp = HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (resp.statusCode() != 200) {
                return -1;
            }
            double sum = 0;
            boolean found = false;
            for (String line : resp.body().split("\n")) {
                if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    found = true;
                }
            }
            return found ? (long) sum : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * Peak heap occupancy from a unified GC log ({@code -Xlog:gc,gc+heap+exit}): the largest "before" figure of any
     * collection, or the heap used at exit if larger; -1 when the log has neither.
     */
    static long peakHeapFromGcLog(Path log) {
        long peak = -1;
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (String line : lines) {
                Matcher m = GC_PAUSE.matcher(line);
                if (m.find()) {
                    peak = Math.max(peak, Long.parseLong(m.group(1)) * 1024 * 1024);
                }
                Matcher e = EXIT_HEAP.matcher(line);
                if (e.find()) {
                    peak = Math.max(peak, Long.parseLong(e.group(2)) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return peak;
    }

    /** Heap occupancy after each collection, in bytes, in log order (empty when unreadable). */
    static List<Long> heapAfterEachGc(Path log) {
        List<Long> after = new java.util.ArrayList<>();
        try {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                Matcher m = GC_PAUSE.matcher(line);
                if (m.find()) {
                    after.add(Long.parseLong(m.group(2)) * 1024 * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return after;
    }

    /** Number of collections in a GC log; -1 when unreadable. */
    static int gcCount(Path log) {
        try {
            return (int) Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> GC_PAUSE.matcher(l).find()).count();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The 1, 5 and 15 minute load averages as /proc/loadavg gives them, else "n/a". */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + "," + parts[1] + "," + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
