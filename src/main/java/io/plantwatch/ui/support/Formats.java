package io.plantwatch.ui.support;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the screens write times, counts and empty values. Stateless; thread-safe. */
public final class Formats {
    /** What a table shows for a value nobody reported. */
    public static final String NONE = "—";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private Formats() {
    }

    /** {@code 2024-05-01 13:45:12} in the local time zone, or empty for null. */
    public static String time(Long epochMillis) {
        return epochMillis == null ? "" : TIME.format(Instant.ofEpochMilli(epochMillis));
    }

    /** {@code just now}, {@code 5 min ago}, {@code 3 h ago}, {@code 2 d ago}; {@code never} for null. */
    public static String ago(Long epochMillis, long nowMillis) {
        if (epochMillis == null) {
            return "never";
        }
        Duration age = Duration.ofMillis(Math.max(0, nowMillis - epochMillis));
        if (age.toSeconds() < 60) {
            return "just now";
        }
        if (age.toMinutes() < 60) {
            return age.toMinutes() + " min ago";
        }
        if (age.toHours() < 48) {
            return age.toHours() + " h ago";
        }
        return age.toDays() + " d ago";
    }

    public static String orNone(Object value) {
        if (value == null) {
            return NONE;
        }
        String text = value.toString();
        return text.isBlank() ? NONE : text;
    }

    /** {@code 1 device}, {@code 12,345 devices}. */
    public static String count(long count, String singular, String plural) {
        return String.format("%,d %s", count, count == 1 ? singular : plural);
    }
}
