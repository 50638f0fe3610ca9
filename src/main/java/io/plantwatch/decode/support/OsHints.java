package io.plantwatch.decode.support;

import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Side;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Operating system from the text a device sends about itself (HTTP User-Agent and Server, SSH
 * banner, SMB native OS, SNMP sysDescr, DHCP vendor class). The patterns are data
 * ({@code os-hints.tsv}: regular expression, tab, OS name as Defender for IoT names it, first
 * match wins; {@code -} as the name means the text tells no OS of Defender's list, e.g. iOS).
 * Thread-safe (its cache is concurrent).
 */
public final class OsHints {
    static final String RESOURCE = "os-hints.tsv";
    private static final int MAX_INPUT = 512;
    private static final String NONE = "-";

    private record Hint(Pattern pattern, String os) {
    }

    private static final int MAX_CACHED = 4096;

    private final List<Hint> hints;
    /**
     * Texts already matched: the same User-Agent or banner recurs on every flow of a host, and
     * the pattern list costs microseconds per text. Bounded; cleared when full.
     */
    private final java.util.Map<String, String> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private OsHints(List<Hint> hints) {
        this.hints = List.copyOf(hints);
    }

    /** The shipped patterns; read once per call, so keep the result. */
    public static OsHints standard() {
        List<Hint> hints = new ArrayList<>();
        for (String[] row : DataFile.rows(OsHints.class, RESOURCE, 2)) {
            hints.add(new Hint(Pattern.compile(row[0]), row[1]));
        }
        return new OsHints(hints);
    }

    /** The OS the text reveals, or null. */
    public String osOf(String text) {
        if (text == null) {
            return null;
        }
        String cached = cache.get(text);
        if (cached == null) {
            cached = match(text);
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(text, cached);
        }
        return NONE.equals(cached) ? null : cached;
    }

    private String match(String text) {
        String input = text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
        for (Hint hint : hints) {
            if (hint.pattern().matcher(input).find()) {
                return hint.os();
            }
        }
        return NONE;
    }

    /**
     * Reports {@code text} as the {@code field} of one end (its software, its description), and
     * the OS it reveals, if any.
     */
    public void report(Side side, Identity field, String text, Observations out) {
        out.identity(side, field, text);
        String os = osOf(text);
        if (os != null) {
            out.identity(side, Identity.OS, os);
        }
    }
}
