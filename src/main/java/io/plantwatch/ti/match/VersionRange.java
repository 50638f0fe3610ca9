package io.plantwatch.ti.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An affected-version range from a CSAF advisory. CISA's ranges are free text, not strict
 * {@code vers:} (see ../shared/ti-sources/README.md), so this reads the shapes seen there:
 * {@code vers:all/*}, {@code vers:all/>=V7.80<V9.40}, {@code <= 7.011}, {@code >=1.220|<=1.281},
 * {@code 01.14.000 -01.47.000}, {@code 2.0.x}, a bare version. Constraints are AND-ed, which is
 * what both {@code |} and concatenation mean in this data (a lower and an upper bound).
 * Anything else parses to {@link #unparsed} and keeps its raw text, so it is reported and never
 * matched. Immutable.
 */
public record VersionRange(String raw, boolean all, List<VersionConstraint> constraints) {
    private static final Pattern BOUND = Pattern.compile("\\s*(>=|<=|=<|=>|<|>|=)\\s*([^<>=|]+?)\\s*(?=$|[<>=|])");
    private static final Pattern DASH = Pattern.compile("\\s*([^\\s-][^-]*?)\\s+-\\s*([^-]+?)\\s*");
    private static final Pattern WILDCARD = Pattern.compile("(?:v)?(\\d+(?:\\.\\d+)*)\\.x", Pattern.CASE_INSENSITIVE);

    public VersionRange {
        constraints = List.copyOf(constraints);
    }

    public static VersionRange unparsed(String raw) {
        return new VersionRange(raw, false, List.of());
    }

    public boolean parsed() {
        return all || !constraints.isEmpty();
    }

    /** True when the firmware lies inside this range; false for unparsed ranges and unreadable firmware. */
    public boolean contains(String firmware) {
        if (all) {
            return true;
        }
        FirmwareVersion version = FirmwareVersion.parse(firmware);
        if (version == null || constraints.isEmpty()) {
            return false;
        }
        for (VersionConstraint constraint : constraints) {
            if (!constraint.admits(version)) {
                return false;
            }
        }
        return true;
    }

    public static VersionRange parse(String raw) {
        String text = raw == null ? "" : raw.trim();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("vers:")) {
            int slash = text.indexOf('/');
            text = slash < 0 ? "" : text.substring(slash + 1).trim();
        }
        if (text.equals("*") || lower.equals("all versions") || lower.equals("all")) {
            return new VersionRange(raw, true, List.of());
        }
        List<VersionConstraint> bounds = bounds(text);
        if (bounds != null) {
            return new VersionRange(raw, false, bounds);
        }
        Matcher dash = DASH.matcher(text);
        if (dash.matches()) {
            FirmwareVersion from = FirmwareVersion.parse(dash.group(1));
            FirmwareVersion to = FirmwareVersion.parse(dash.group(2));
            if (from != null && to != null) {
                return new VersionRange(raw, false,
                        List.of(new VersionConstraint(">=", from), new VersionConstraint("<=", to)));
            }
        }
        Matcher wildcard = WILDCARD.matcher(text);
        if (wildcard.matches()) {
            return new VersionRange(raw, false,
                    List.of(new VersionConstraint("prefix", FirmwareVersion.parse(wildcard.group(1)))));
        }
        FirmwareVersion exact = FirmwareVersion.parse(text);
        if (exact != null) {
            return new VersionRange(raw, false, List.of(new VersionConstraint("=", exact)));
        }
        return unparsed(raw);
    }

    /** {@code >=A|<B}, {@code >=A<B}, {@code <= A}; null unless the whole text is such bounds. */
    private static List<VersionConstraint> bounds(String text) {
        if (text.isEmpty() || "<>=".indexOf(text.charAt(0)) < 0) {
            return null;
        }
        List<VersionConstraint> bounds = new ArrayList<>();
        Matcher m = BOUND.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (text.charAt(at) == '|' || Character.isWhitespace(text.charAt(at))) {
                at++;
                continue;
            }
            if (!m.find(at) || m.start() != at) {
                return null;
            }
            FirmwareVersion version = FirmwareVersion.parse(m.group(2));
            if (version == null) {
                return null;
            }
            String op = m.group(1).equals("=<") ? "<=" : m.group(1).equals("=>") ? ">=" : m.group(1);
            bounds.add(new VersionConstraint(op, version));
            at = m.end();
        }
        return bounds.isEmpty() ? null : bounds;
    }
}
