package io.plantwatch.ti.build;

import io.plantwatch.ti.content.Advisory;
import io.plantwatch.ti.content.AffectedProduct;
import io.plantwatch.ti.content.ContentCodec;
import io.plantwatch.ti.content.Indicator;
import io.plantwatch.ti.content.OuiEntry;
import io.plantwatch.ti.content.PackageFiles;
import io.plantwatch.ti.content.ProblemLog;
import io.plantwatch.ti.content.Vulnerability;
import io.plantwatch.ti.feeds.AttackReader;
import io.plantwatch.ti.feeds.CsafReader;
import io.plantwatch.ti.feeds.IndicatorReader;
import io.plantwatch.ti.feeds.OuiReader;
import io.plantwatch.ti.format.ManifestJson;
import io.plantwatch.ti.format.PackageWriter;
import io.plantwatch.ti.format.SignedPackage;
import io.plantwatch.ti.match.VendorNames;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a signed package from the public feeds: CSAF advisories, the ATT&CK for ICS bundle, the
 * IEEE registries and optional indicators. What the feeds hold but Plantwatch cannot use goes into
 * {@code build-report.json} and the result, so nothing is dropped silently. Not thread-safe
 * (build one package at a time per instance).
 */
public final class PackageBuilder {
    private final PackageWriter writer;
    private final VendorNames vendors;
    private final ContentCodec codec = new ContentCodec();

    public PackageBuilder(PackageWriter writer, VendorNames vendors) {
        this.writer = writer;
        this.vendors = vendors;
    }

    public BuildResult build(BuildInputs in) throws IOException {
        ProblemLog problems = new ProblemLog();
        List<Advisory> advisories = new CsafReader(vendors, problems).readAll(in.csafDir());
        AttackReader.Attack attack = new AttackReader(problems).read(in.attackFile());
        List<OuiEntry> oui = new OuiReader(problems).readAll(in.ouiDir());
        List<Indicator> indicators = in.indicatorsFile() == null ? List.of()
                : new IndicatorReader(problems).read(in.indicatorsFile());

        Map<String, Integer> counts = new TreeMap<>();
        counts.put("advisories", advisories.size());
        counts.put("cves", (int) advisories.stream().flatMap(a -> a.vulnerabilities().stream())
                .map(Vulnerability::cve).distinct().count());
        counts.put("products", advisories.stream().mapToInt(a -> a.products().size()).sum());
        counts.put("products_with_unparsed_range", (int) advisories.stream().flatMap(a -> a.products().stream())
                .filter(p -> !p.rangeParsed()).count());
        counts.put("vendors", (int) advisories.stream().flatMap(a -> a.products().stream())
                .map(AffectedProduct::vendor).distinct().count());
        counts.put("techniques", attack.techniques().size());
        counts.put("techniques_skipped_revoked_or_deprecated", attack.skippedRevokedOrDeprecated());
        counts.put("tactics", attack.tactics().size());
        counts.put("oui_assignments", oui.size());
        counts.put("oui_organizations", (int) oui.stream().map(OuiEntry::organization).distinct().count());
        counts.put("indicators", indicators.size());
        counts.put("problems", problems.total());

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(PackageFiles.VULNERABILITIES, codec.vulnerabilities(advisories));
        files.put(PackageFiles.ATTACK, codec.attack(attack.tactics(), attack.techniques()));
        files.put(PackageFiles.OUI, codec.oui(oui));
        files.put(PackageFiles.INDICATORS, codec.indicators(indicators));
        files.put(PackageFiles.BUILD_REPORT, new ManifestJson().write(Map.of("problems", problems.problems())));
        Path license = in.attackFile().resolveSibling("LICENSE.txt");
        if (Files.isRegularFile(license)) {
            files.put(PackageFiles.ATTACK_LICENSE, Files.readAllBytes(license));
        }
        SignedPackage signed = writer.write(in.version(), in.created(), in.publisher(), counts, files);
        return new BuildResult(signed.zip(), signed.manifest(), problems.problems());
    }
}
