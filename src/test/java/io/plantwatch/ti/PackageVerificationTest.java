package io.plantwatch.ti;

import io.plantwatch.ti.build.BuildResult;
import io.plantwatch.ti.content.PackageFiles;
import io.plantwatch.ti.format.Manifest;
import io.plantwatch.ti.format.PackageRejectedException;
import io.plantwatch.ti.format.PackageVerifier;
import io.plantwatch.ti.format.SigningKeys;
import io.plantwatch.ti.format.VerifiedPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.security.KeyPair;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A package built from the real feeds verifies; any altered byte or an untrusted key is rejected with its reason. */
class PackageVerificationTest {
    private static KeyPair keys;
    private static BuildResult built;
    private static PackageVerifier verifier;

    @BeforeAll
    static void build() {
        keys = SigningKeys.generate();
        built = TiSources.build(keys, "2026.11.29");
        verifier = new PackageVerifier(List.of(keys.getPublic()));
    }

    @Test
    void packageFromRealFeedsVerifiesAndCarriesTheirContent() throws Exception {
        VerifiedPackage verified = verifier.verify(built.zip());
        Manifest manifest = verified.manifest();
        assertThat(manifest.version()).isEqualTo("2026.11.29");
        assertThat(manifest.keyId()).isEqualTo(SigningKeys.keyId(keys.getPublic()));
        assertThat(manifest.counts()).containsEntry("advisories", 256).containsEntry("techniques", 83)
                .containsEntry("techniques_skipped_revoked_or_deprecated", 12).containsEntry("tactics", 12)
                .containsEntry("oui_assignments", 38_338 + 6_115 + 6_754 - 3);
        assertThat(manifest.counts().get("cves")).isGreaterThan(1_300);
        assertThat(verified.files()).containsKeys(PackageFiles.VULNERABILITIES, PackageFiles.ATTACK,
                PackageFiles.OUI, PackageFiles.BUILD_REPORT, PackageFiles.ATTACK_LICENSE);
    }

    @Test
    void buildingTwiceGivesTheSameBytes() {
        assertThat(TiSources.build(keys, "2026.11.29").zip()).isEqualTo(built.zip());
    }

    @ParameterizedTest
    @ValueSource(strings = {PackageFiles.VULNERABILITIES, PackageFiles.ATTACK, PackageFiles.OUI,
            PackageFiles.INDICATORS, PackageFiles.BUILD_REPORT, PackageFiles.ATTACK_LICENSE})
    void oneFlippedByteInAContentFileIsRejected(String file) {
        byte[] tampered = TiSources.rewrite(built.zip(), file, b -> TiSources.flipByte(b, b.length / 2));
        assertThatThrownBy(() -> verifier.verify(tampered)).isInstanceOf(PackageRejectedException.class)
                .hasMessage("file altered: SHA-256 of " + file + " does not match the manifest");
    }

    @Test
    void oneFlippedByteInTheManifestIsRejected() {
        // the version digit, so the JSON stays valid and only the signature can tell
        byte[] tampered = TiSources.rewrite(built.zip(), Manifest.FILE,
                b -> new String(b).replace("2026.11.29", "2026.11.39").getBytes());
        assertThatThrownBy(() -> verifier.verify(tampered)).hasMessageStartingWith("bad signature:");
    }

    @Test
    void oneFlippedByteInTheSignatureIsRejected() {
        byte[] tampered = TiSources.rewrite(built.zip(), Manifest.SIGNATURE, TiSources::flipSignatureByte);
        assertThatThrownBy(() -> verifier.verify(tampered)).hasMessageStartingWith("bad signature:");
    }

    @Test
    void flippedBytesAnywhereInTheFileAreRejectedOrHarmless() throws Exception {
        // A flip inside compressed data or a local header breaks the zip or a hash; a flip in the
        // central directory is never read (entries are streamed), so the signed content still verifies.
        byte[] zip = built.zip();
        int rejected = 0;
        for (int at = 0; at < zip.length; at += zip.length / 97) {
            try {
                VerifiedPackage verified = verifier.verify(TiSources.flipByte(zip, at));
                assertThat(verified.manifest()).isEqualTo(built.manifest());
                verified.files().forEach((name, bytes) ->
                        assertThat(Arrays.equals(bytes, TiSources.entries(zip).get(name))).as(name).isTrue());
            } catch (PackageRejectedException e) {
                rejected++;
                assertThat(e.getMessage()).isNotBlank();
            }
        }
        assertThat(rejected).isGreaterThan(80);
    }

    @Test
    void aPackageSignedByAnUntrustedKeyIsRejected() {
        PackageVerifier other = new PackageVerifier(List.of(SigningKeys.generate().getPublic()));
        assertThatThrownBy(() -> other.verify(built.zip()))
                .hasMessageStartingWith("signed by key " + SigningKeys.keyId(keys.getPublic()) + ", which is not trusted");
    }

    @Test
    void contentFilesBeforeTheManifestAreCheckedToo() throws Exception {
        // The writer puts the manifest first so files can be hashed as they are inflated; a zip
        // made by hand in another order must verify, and be rejected when altered, all the same.
        java.util.Map<String, byte[]> entries = TiSources.entries(built.zip());
        java.util.List<String> order = new java.util.ArrayList<>(entries.keySet());
        java.util.Collections.reverse(order);
        assertThat(verifier.verify(zip(entries, order)).files()).hasSize(entries.size() - 2);
        entries.put(PackageFiles.OUI, TiSources.flipByte(entries.get(PackageFiles.OUI), 5));
        assertThatThrownBy(() -> verifier.verify(zip(entries, order)))
                .hasMessage("file altered: SHA-256 of oui.csv does not match the manifest");
    }

    @Test
    void aFileLongerOrShorterThanTheManifestSaysIsRejected() {
        byte[] longer = TiSources.rewrite(built.zip(), PackageFiles.ATTACK_LICENSE,
                b -> java.util.Arrays.copyOf(b, b.length + 1));
        assertThatThrownBy(() -> verifier.verify(longer))
                .hasMessage("file altered: SHA-256 of " + PackageFiles.ATTACK_LICENSE + " does not match the manifest");
        byte[] shorter = TiSources.rewrite(built.zip(), PackageFiles.ATTACK_LICENSE,
                b -> java.util.Arrays.copyOf(b, b.length - 1));
        assertThatThrownBy(() -> verifier.verify(shorter))
                .hasMessage("file altered: SHA-256 of " + PackageFiles.ATTACK_LICENSE + " does not match the manifest");
    }

    private static byte[] zip(java.util.Map<String, byte[]> entries, java.util.List<String> order) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (String name : order) {
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                zip.write(entries.get(name));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void garbageIsRejectedAsNoPackage() {
        assertThatThrownBy(() -> verifier.verify("not a zip".getBytes()))
                .hasMessageContaining("not a TI package");
    }
}
