package io.plantwatch.ti.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A firmware or software version as vendors write it ({@code V2.8.3}, {@code 1.265B},
 * {@code R520.2}, {@code FW19}, {@code firmware_05}): numeric parts compared as numbers, then an
 * optional letter suffix. Anything else is refused (null from {@link #parse}) rather than guessed,
 * so a range the matcher cannot read is reported instead of matching wrongly. Immutable.
 */
public record FirmwareVersion(List<Integer> parts, String suffix) implements Comparable<FirmwareVersion> {
    private static final Pattern SHAPE = Pattern.compile(
            "(?:v|sv|r|fw|firmware_?|version\\s*)?(\\d{1,9}(?:[._]\\d{1,9})*)([a-z]{0,2})", Pattern.CASE_INSENSITIVE);

    public FirmwareVersion {
        parts = List.copyOf(parts);
    }

    /** The version, or null when the text is not one plain version. */
    public static FirmwareVersion parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = SHAPE.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        List<Integer> parts = new ArrayList<>();
        for (String part : m.group(1).split("[._]")) {
            parts.add(Integer.parseInt(part));
        }
        return new FirmwareVersion(parts, m.group(2).toUpperCase(Locale.ROOT));
    }

    /** Missing trailing parts count as zero, so {@code 2.1} equals {@code 2.1.0}. */
    @Override
    public int compareTo(FirmwareVersion other) {
        int n = Math.max(parts.size(), other.parts.size());
        for (int i = 0; i < n; i++) {
            int a = i < parts.size() ? parts.get(i) : 0;
            int b = i < other.parts.size() ? other.parts.get(i) : 0;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        return suffix.compareTo(other.suffix);
    }

    /** True when this version starts with the given parts ({@code 2.0.x} covers 2.0, 2.0.7, ...). */
    public boolean startsWith(List<Integer> prefix) {
        return parts.size() >= prefix.size() && parts.subList(0, prefix.size()).equals(prefix);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int part : parts) {
            text.append(text.length() == 0 ? "" : ".").append(part);
        }
        return text.append(suffix).toString();
    }
}
