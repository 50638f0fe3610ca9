package io.plantwatch.console.topology;

/** Checks names users give to sites, zones and sensors. Stateless. */
public final class Names {
    private static final int MAX_LENGTH = 200;

    private Names() {
    }

    public static String check(String what, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a " + what + " needs a name");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(what + " names are at most " + MAX_LENGTH + " characters");
        }
        if (trimmed.contains("/") && !"sensor".equals(what)) {
            throw new IllegalArgumentException(what + " names cannot contain '/' (it separates SITE/ZONE)");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " names cannot contain control characters");
        }
        return trimmed;
    }
}
