package io.plantwatch.decode.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Operating system from the text a device sends about itself (HTTP User-Agent and Server, SSH
 * banner, SMB native OS, SNMP sysDescr, DHCP vendor class). The patterns are data
 * ({@code os-hints.tsv}: regular expression, tab, OS name as Defender for IoT names it, first
 * match wins; {@code -} as the name means the text tells no OS of Defender's list, e.g. iOS).
 * Immutable and thread-safe.
 */
public final class OsHints {
    static final String RESOURCE = "os-hints.tsv";
    private static final int MAX_INPUT = 512;
    private static final String NONE = "-";

    private record Hint(Pattern pattern, String os) {
    }

    private final List<Hint> hints;

    private OsHints(List<Hint> hints) {
        this.hints = List.copyOf(hints);
    }

    /** The shipped patterns; read once per call, so keep the result. */
    public static OsHints standard() {
        try (InputStream in = OsHints.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OsHints read(BufferedReader reader) throws IOException {
        List<Hint> hints = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException(RESOURCE + ": expected pattern<TAB>os in: " + line);
            }
            hints.add(new Hint(Pattern.compile(line.substring(0, tab).strip()), line.substring(tab + 1).strip()));
        }
        return new OsHints(hints);
    }

    /** The OS the text reveals, or null. */
    public String osOf(String text) {
        if (text == null) {
            return null;
        }
        String input = text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
        for (Hint hint : hints) {
            if (hint.pattern().matcher(input).find()) {
                return NONE.equals(hint.os()) ? null : hint.os();
            }
        }
        return null;
    }
}
