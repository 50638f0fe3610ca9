package io.plantwatch.ti.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Normalises vendor names so advisories, OUI organisations and protocol-reported vendors meet:
 * "Rockwell Automation ", "Johnson Controls, Inc." and "MOXA TECHNOLOGIES CORP., LTD." become
 * matching keys without case, punctuation or company-form words; known variants map to one
 * canonical name (data: {@code vendor-aliases.csv}). Immutable and thread-safe once loaded.
 */
public final class VendorNames {
    private static final Set<String> COMPANY_FORMS = Set.of("inc", "incorporated", "corp", "corporation", "co",
            "company", "ltd", "limited", "llc", "ag", "gmbh", "kg", "sa", "se", "spa", "plc", "bv", "nv", "ab",
            "as", "oy", "kk", "technologies", "technology", "group", "holdings");

    /** "Sensormatic Electronics, LLC, a subsidiary of Johnson Controls Inc.": the parent is not the maker. */
    private static final java.util.regex.Pattern PARENT = java.util.regex.Pattern.compile(
            ",?\\s+(?:a|an)\\s+(?:subsidiary|affiliate)\\s+of\\s+.*$", java.util.regex.Pattern.CASE_INSENSITIVE);

    private final Map<String, String> canonical;

    private VendorNames(Map<String, String> canonical) {
        this.canonical = Map.copyOf(canonical);
    }

    public static VendorNames standard() {
        Map<String, String> aliases = new HashMap<>();
        try (InputStream in = VendorNames.class.getResourceAsStream("/io/plantwatch/ti/vendor-aliases.csv");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                int comma = line.indexOf(',');
                if (!line.startsWith("#") && comma > 0) {
                    aliases.put(key(line.substring(0, comma)), line.substring(comma + 1).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new VendorNames(aliases);
    }

    /** The display name: the alias's canonical form, else the trimmed text with collapsed spaces. */
    public String canonical(String raw) {
        String tidy = PARENT.matcher(raw == null ? "" : raw.trim().replaceAll("\\s+", " ")).replaceFirst("");
        String alias = canonical.get(key(tidy));
        return alias != null ? alias : tidy.replaceAll("[,\\s]+$", "");
    }

    /** Case-, accent-, punctuation- and company-form-free key: "Johnson Controls, Inc." → "johnson controls". */
    public static String key(String raw) {
        if (raw == null) {
            return "";
        }
        String ascii = Normalizer.normalize(raw, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String[] words = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim().split(" ");
        StringBuilder key = new StringBuilder();
        int end = words.length;
        while (end > 1 && COMPANY_FORMS.contains(words[end - 1])) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            key.append(key.length() == 0 ? "" : " ").append(words[i]);
        }
        return key.toString();
    }

    /**
     * True when two vendor names are the same company: equal keys, or one key is a whole-word
     * prefix of the other ("moxa" and "moxa technologies corp ltd"), after aliasing.
     */
    public boolean same(String a, String b) {
        String ka = key(canonical(a));
        String kb = key(canonical(b));
        if (ka.isEmpty() || kb.isEmpty()) {
            return false;
        }
        return ka.equals(kb) || (kb + " ").startsWith(ka + " ") || (ka + " ").startsWith(kb + " ");
    }

}
