package io.plantwatch.ti.feeds;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.plantwatch.ti.content.OuiEntry;
import io.plantwatch.ti.content.ProblemLog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the IEEE registries ({@code oui.csv} MA-L, {@code mam.csv} MA-M, {@code oui36.csv} MA-S)
 * with a real CSV parser (names and addresses hold commas and quotes). Rows with a bad assignment
 * are reported; duplicate prefixes keep the first row in file order and are reported. MA-L blocks
 * owned by "IEEE Registration Authority" are kept: a MAC resolves MA-S, then MA-M, then MA-L, so
 * they only answer for prefixes nobody was assigned. Not thread-safe (one per build).
 */
public final class OuiReader {
    private static final List<String> FILES = List.of("oui.csv", "mam.csv", "oui36.csv");
    private static final Map<String, Integer> DIGITS = Map.of("MA-L", 6, "MA-M", 7, "MA-S", 9);

    private final ProblemLog problems;

    public OuiReader(ProblemLog problems) {
        this.problems = problems;
    }

    /** All entries, sorted by registry length then prefix (a stable, deterministic order). */
    public List<OuiEntry> readAll(Path dir) throws IOException {
        Map<String, OuiEntry> byPrefix = new TreeMap<>();
        int files = 0;
        for (String name : FILES) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                files++;
                read(file, name, byPrefix);
            }
        }
        if (files == 0) {
            throw new IOException(dir + " holds none of " + FILES);
        }
        List<OuiEntry> entries = new ArrayList<>(byPrefix.values());
        entries.sort(Comparator.comparing((OuiEntry e) -> e.assignment().length()).thenComparing(OuiEntry::assignment));
        return entries;
    }

    private void read(Path file, String name, Map<String, OuiEntry> byPrefix) throws IOException {
        CsvMapper csv = new CsvMapper();
        csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> rows = csv.readerFor(String[].class).readValues(file.toFile())) {
            boolean header = true;
            int line = 0;
            while (rows.hasNextValue()) {
                String[] row = rows.nextValue();
                line++;
                if (header) {
                    header = false;
                    if (row.length > 0 && "Registry".equalsIgnoreCase(row[0].trim())) {
                        continue;
                    }
                }
                add(row, name + ":" + line, byPrefix);
            }
        } catch (RuntimeException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private void add(String[] row, String where, Map<String, OuiEntry> byPrefix) {
        if (row.length < 3) {
            problems.add("oui: row with fewer than 3 columns", where);
            return;
        }
        String registry = row[0].trim().toUpperCase(Locale.ROOT);
        String assignment = row[1].trim().toUpperCase(Locale.ROOT);
        String organization = row[2].trim().replaceAll("\\s+", " ");
        Integer digits = DIGITS.get(registry);
        if (digits == null || assignment.length() != digits || !assignment.matches("[0-9A-F]+")) {
            problems.add("oui: bad registry or assignment", where + ": " + registry + " " + assignment);
            return;
        }
        if (organization.isEmpty()) {
            problems.add("oui: assignment without an organisation", where + ": " + assignment);
            return;
        }
        OuiEntry previous = byPrefix.putIfAbsent(assignment, new OuiEntry(registry, assignment, organization));
        if (previous != null) {
            problems.add("oui: duplicate assignment (first row kept)",
                    where + ": " + assignment + " '" + organization + "' vs '" + previous.organization() + "'");
        }
    }
}
