package io.plantwatch.ti.match;

/** One bound of a range: {@code op} is one of {@code = < <= > >= prefix}. Immutable. */
public record VersionConstraint(String op, FirmwareVersion version) {
    public boolean admits(FirmwareVersion candidate) {
        int c = candidate.compareTo(version);
        switch (op) {
            case "=":
                return c == 0;
            case "<":
                return c < 0;
            case "<=":
                return c <= 0;
            case ">":
                return c > 0;
            case ">=":
                return c >= 0;
            case "prefix":
                return candidate.startsWith(version.parts());
            default:
                throw new IllegalStateException("unknown operator " + op);
        }
    }
}
