package io.plantwatch.ti.content;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.plantwatch.ti.format.ManifestJson;
import io.plantwatch.ti.format.VerifiedPackage;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns content into package files and back. The OUI table is CSV (51k rows: a third of the
 * JSON's size); the rest is JSON through {@link ManifestJson}, so bytes are deterministic.
 * Thread-safe.
 */
public final class ContentCodec {
    private final ManifestJson json = new ManifestJson();
    private final CsvMapper csv = new CsvMapper();

    public byte[] vulnerabilities(List<Advisory> advisories) {
        return json.write(Map.of("advisories", advisories));
    }

    public byte[] attack(List<Tactic> tactics, List<Technique> techniques) {
        return json.write(Map.of("tactics", tactics, "techniques", techniques));
    }

    public byte[] indicators(List<Indicator> indicators) {
        return json.write(Map.of("indicators", indicators));
    }

    public byte[] oui(List<OuiEntry> entries) {
        StringWriter out = new StringWriter();
        try (var writer = csv.writer().with(csv.schemaFor(String[].class).withLineSeparator("\n")).writeValues(out)) {
            writer.write(new String[] {"registry", "assignment", "organization"});
            for (OuiEntry e : entries) {
                writer.write(new String[] {e.registry(), e.assignment(), e.organization()});
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Parses a verified package's content; files that are absent give empty lists. */
    public Contents read(VerifiedPackage pkg) throws IOException {
        List<Advisory> advisories = List.of();
        if (pkg.file(PackageFiles.VULNERABILITIES) != null) {
            JsonNode root = json.mapper().readTree(pkg.file(PackageFiles.VULNERABILITIES));
            advisories = json.mapper().convertValue(root.path("advisories"), new TypeReference<List<Advisory>>() { });
        }
        List<Tactic> tactics = List.of();
        List<Technique> techniques = List.of();
        if (pkg.file(PackageFiles.ATTACK) != null) {
            JsonNode root = json.mapper().readTree(pkg.file(PackageFiles.ATTACK));
            tactics = json.mapper().convertValue(root.path("tactics"), new TypeReference<List<Tactic>>() { });
            techniques = json.mapper().convertValue(root.path("techniques"), new TypeReference<List<Technique>>() { });
        }
        List<Indicator> indicators = List.of();
        if (pkg.file(PackageFiles.INDICATORS) != null) {
            JsonNode root = json.mapper().readTree(pkg.file(PackageFiles.INDICATORS));
            indicators = json.mapper().convertValue(root.path("indicators"), new TypeReference<List<Indicator>>() { });
        }
        return new Contents(orEmpty(advisories), orEmpty(tactics), orEmpty(techniques), readOui(pkg.file(PackageFiles.OUI)),
                orEmpty(indicators));
    }

    private List<OuiEntry> readOui(byte[] bytes) throws IOException {
        List<OuiEntry> entries = new ArrayList<>();
        if (bytes == null) {
            return entries;
        }
        CsvMapper reader = new CsvMapper();
        reader.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> rows = reader.readerFor(String[].class).readValues(bytes)) {
            boolean header = true;
            while (rows.hasNextValue()) {
                String[] row = rows.nextValue();
                if (header) {
                    header = false;
                    continue;
                }
                if (row.length >= 3) {
                    entries.add(new OuiEntry(row[0], row[1], row[2]));
                }
            }
        }
        return entries;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
