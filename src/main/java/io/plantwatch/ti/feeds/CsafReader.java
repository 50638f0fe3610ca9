package io.plantwatch.ti.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantwatch.ti.content.Advisory;
import io.plantwatch.ti.content.AffectedProduct;
import io.plantwatch.ti.content.ProblemLog;
import io.plantwatch.ti.content.Remediation;
import io.plantwatch.ti.content.Vulnerability;
import io.plantwatch.ti.match.VendorNames;
import io.plantwatch.ti.match.VersionRange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads CSAF 2.0 security advisories (CISA's ICS advisories) from a directory tree: product tree
 * leaves with vendor, product and version range, CVEs with CVSS v3, summary and remediations.
 * Unreadable files, free-text ranges and CVEs without a score go to the {@link ProblemLog}.
 * Not thread-safe (one per build).
 */
public final class CsafReader {
    private static final long MAX_FILE = 32L << 20;

    private final ObjectMapper json = new ObjectMapper();
    private final VendorNames vendors;
    private final ProblemLog problems;

    public CsafReader(VendorNames vendors, ProblemLog problems) {
        this.vendors = vendors;
        this.problems = problems;
    }

    /** Every {@code *.json} advisory under {@code dir}, sorted by advisory id for stable output. */
    public List<Advisory> readAll(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted().toList();
        }
        List<Advisory> advisories = new ArrayList<>();
        for (Path file : files) {
            Advisory advisory = read(file, dir.relativize(file).toString());
            if (advisory != null) {
                advisories.add(advisory);
            }
        }
        advisories.sort(Comparator.comparing(Advisory::id));
        return advisories;
    }

    Advisory read(Path file, String name) {
        JsonNode root;
        try {
            if (Files.size(file) > MAX_FILE) {
                problems.add("csaf: file too large", name);
                return null;
            }
            root = json.readTree(file.toFile());
        } catch (IOException e) {
            problems.add("csaf: unreadable JSON", name + ": " + e.getMessage().lines().findFirst().orElse(""));
            return null;
        }
        JsonNode document = root.path("document");
        if (!"2.0".equals(document.path("csaf_version").asText()) || document.path("tracking").path("id").isMissingNode()) {
            problems.add("csaf: not a CSAF 2.0 document", name);
            return null;
        }
        String id = document.path("tracking").path("id").asText().trim();
        List<AffectedProduct> products = new ArrayList<>();
        walk(root.path("product_tree").path("branches"), null, null, products, id);
        List<Vulnerability> vulnerabilities = new ArrayList<>();
        for (JsonNode v : root.path("vulnerabilities")) {
            Vulnerability vulnerability = vulnerability(v, id);
            if (vulnerability != null) {
                vulnerabilities.add(vulnerability);
            }
        }
        return new Advisory(id, document.path("title").asText(""),
                document.path("tracking").path("initial_release_date").asText(null),
                document.path("tracking").path("current_release_date").asText(null), selfUrl(document),
                products, vulnerabilities);
    }

    private void walk(JsonNode branches, String vendor, String product, List<AffectedProduct> out, String id) {
        for (JsonNode branch : branches) {
            String category = branch.path("category").asText();
            String name = branch.path("name").asText("");
            if (branch.has("branches")) {
                if ("vendor".equals(category)) {
                    walk(branch.path("branches"), name, product, out, id);
                } else if ("product_name".equals(category) || "product_family".equals(category)) {
                    walk(branch.path("branches"), vendor, name.trim(), out, id);
                } else {
                    walk(branch.path("branches"), vendor, product, out, id);
                }
                continue;
            }
            JsonNode leaf = branch.path("product");
            String productId = leaf.path("product_id").asText(null);
            if (productId == null || vendor == null) {
                problems.add("csaf: product leaf without id or vendor", id + ": " + name);
                continue;
            }
            boolean parsed = ("product_version".equals(category) || "product_version_range".equals(category))
                    && VersionRange.parse(name).parsed();
            if (!parsed) {
                problems.add("csaf: version range not understood (kept as text, never matched)",
                        id + ": " + vendor.trim() + " " + product + " '" + name + "'");
            }
            List<String> models = new ArrayList<>();
            leaf.path("product_identification_helper").path("model_numbers").forEach(m -> models.add(m.asText()));
            out.add(new AffectedProduct(productId, vendors.canonical(vendor), vendor, product == null ? "" : product,
                    name, parsed, models));
        }
    }

    private Vulnerability vulnerability(JsonNode v, String id) {
        String cve = v.path("cve").asText(null);
        if (cve == null || !cve.matches("CVE-\\d{4}-\\d{4,}")) {
            problems.add("csaf: vulnerability without a CVE id", id + ": " + v.path("title").asText(""));
            return null;
        }
        Double score = null;
        String severity = null;
        String vector = null;
        for (JsonNode s : v.path("scores")) {
            JsonNode cvss = s.path("cvss_v3");
            if (cvss.has("baseScore")) {
                score = cvss.path("baseScore").asDouble();
                severity = cvss.path("baseSeverity").asText(null);
                vector = cvss.path("vectorString").asText(null);
                break;
            }
        }
        if (score == null) {
            problems.add("csaf: CVE without a CVSS v3 score", id + ": " + cve);
        }
        String summary = "";
        for (JsonNode note : v.path("notes")) {
            if ("summary".equals(note.path("category").asText()) || summary.isEmpty()) {
                summary = note.path("text").asText("").trim();
            }
        }
        List<String> affected = new ArrayList<>();
        v.path("product_status").path("known_affected").forEach(p -> affected.add(p.asText()));
        List<Remediation> remediations = new ArrayList<>();
        for (JsonNode r : v.path("remediations")) {
            List<String> ids = new ArrayList<>();
            r.path("product_ids").forEach(p -> ids.add(p.asText()));
            remediations.add(new Remediation(r.path("category").asText(""), r.path("details").asText("").trim(),
                    r.path("url").asText(null), ids));
        }
        String cwe = v.path("cwe").path("id").asText(null);
        return new Vulnerability(cve, cwe, score, severity, vector, attackVector(vector), summary, affected,
                remediations);
    }

    /** Defender reports the attack vector in words; CVSS v3 vectors carry it as {@code AV:N|A|L|P}. */
    static String attackVector(String vector) {
        if (vector == null) {
            return null;
        }
        int at = vector.indexOf("AV:");
        if (at < 0 || at + 3 >= vector.length()) {
            return null;
        }
        switch (vector.charAt(at + 3)) {
            case 'N':
                return "Network";
            case 'A':
                return "Adjacent Network";
            case 'L':
                return "Local";
            case 'P':
                return "Physical";
            default:
                return null;
        }
    }

    private static String selfUrl(JsonNode document) {
        for (JsonNode reference : document.path("references")) {
            if ("self".equals(reference.path("category").asText())) {
                return reference.path("url").asText(null);
            }
        }
        return null;
    }
}
