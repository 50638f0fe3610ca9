package io.plantwatch.inventory.oui;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads the IEEE Registration Authority's CSV listings ({@code oui.csv} MA-L, {@code mam.csv} MA-M,
 * {@code oui36.csv} MA-S) into one {@link OuiRegistry}. The format: header
 * {@code Registry,Assignment,Organization Name,Organization Address}, RFC 4180 quoting (names hold
 * commas), hex assignments of 6, 7 or 9 digits. Rows with an assignment that is not such a prefix
 * are skipped and counted, so one bad row does not lose a registry. Thread-safe (no state).
 */
public final class IeeeOuiCsv {
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES).build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withHeader();

    /** The registry read and how many rows were skipped as unusable. */
    public record Result(OuiRegistry registry, int rows, int skipped) {
    }

    private IeeeOuiCsv() {
    }

    /** Reads the given listings, any subset of the three, in any order. */
    public static Result load(Path... files) throws IOException {
        OuiRegistry.Builder builder = OuiRegistry.builder();
        int[] counts = new int[2];
        for (Path file : files) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                read(reader, builder, counts);
            }
        }
        return new Result(builder.build(), counts[0], counts[1]);
    }

    /** Reads one listing from a reader. */
    public static Result read(Reader reader) throws IOException {
        OuiRegistry.Builder builder = OuiRegistry.builder();
        int[] counts = new int[2];
        read(reader, builder, counts);
        return new Result(builder.build(), counts[0], counts[1]);
    }

    private static void read(Reader reader, OuiRegistry.Builder builder, int[] counts) throws IOException {
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class).with(SCHEMA).readValues(reader)) {
            while (rows.hasNextValue()) {
                Map<String, String> row = rows.nextValue();
                counts[0]++;
                String assignment = row.get("Assignment");
                String organisation = row.get("Organization Name");
                if (assignment == null || organisation == null) {
                    counts[1]++;
                    continue;
                }
                try {
                    builder.add(assignment, organisation);
                } catch (IllegalArgumentException e) {
                    counts[1]++;
                }
            }
        } catch (RuntimeException e) {
            // Jackson reports broken CSV (an unclosed quote) as an unchecked exception
            throw new IOException("unreadable IEEE CSV: " + e.getMessage(), e);
        }
    }
}
