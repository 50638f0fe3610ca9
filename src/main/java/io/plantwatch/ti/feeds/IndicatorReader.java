package io.plantwatch.ti.feeds;

import io.plantwatch.ti.content.Indicator;
import io.plantwatch.ti.content.ProblemLog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a plant team's own indicators of compromise, one per line: {@code type,value[,description]}
 * with type {@code ip} (IPv4), {@code cidr} (an IPv4 network, {@code 203.0.113.0/24}), {@code domain}
 * (the domain and every name under it) or {@code sha256}; {@code #} starts a comment. No public
 * feed for these ships in ../shared, so the format is ours and deliberately minimal. Lines that do
 * not fit are reported. Not thread-safe (one per build).
 */
public final class IndicatorReader {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern DOMAIN = Pattern.compile("(?=.{1,253}$)([a-z0-9-]{1,63}\\.)+[a-z]{2,63}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final ProblemLog problems;

    public IndicatorReader(ProblemLog problems) {
        this.problems = problems;
    }

    public List<Indicator> read(Path file) throws IOException {
        List<Indicator> indicators = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] fields = text.split(",", 3);
            String type = fields[0].trim().toLowerCase(Locale.ROOT);
            String value = fields.length > 1 ? fields[1].trim().toLowerCase(Locale.ROOT) : "";
            if (!valid(type, value)) {
                problems.add("indicators: line not understood", file.getFileName() + ":" + number + ": " + text);
                continue;
            }
            indicators.add(new Indicator(type, value, fields.length > 2 ? fields[2].trim() : ""));
        }
        indicators.sort(Comparator.comparing(Indicator::type).thenComparing(Indicator::value));
        return indicators;
    }

    private static boolean valid(String type, String value) {
        switch (type) {
            case "ip":
                var m = IPV4.matcher(value);
                if (!m.matches()) {
                    return false;
                }
                for (int i = 1; i <= 4; i++) {
                    if (Integer.parseInt(m.group(i)) > 255) {
                        return false;
                    }
                }
                return true;
            case "cidr":
                int slash = value.indexOf('/');
                return slash > 0 && valid("ip", value.substring(0, slash))
                        && value.substring(slash + 1).matches("\\d{1,2}")
                        && Integer.parseInt(value.substring(slash + 1)) <= 32;
            case "domain":
                return DOMAIN.matcher(value).matches();
            case "sha256":
                return SHA256.matcher(value).matches();
            default:
                return false;
        }
    }
}
