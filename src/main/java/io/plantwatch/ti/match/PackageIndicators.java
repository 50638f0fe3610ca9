package io.plantwatch.ti.match;

import io.plantwatch.ti.content.ContentCodec;
import io.plantwatch.ti.format.PackageRejectedException;
import io.plantwatch.ti.format.PackageVerifier;
import io.plantwatch.ti.format.SigningKeys;
import io.plantwatch.ti.format.VerifiedPackage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The indicators of a package file checked against trusted keys, as a sensor checks what it is
 * given ({@code analyze --ti}): an unsigned, altered or foreign package is refused, never used.
 * Stateless.
 */
public final class PackageIndicators {
    private PackageIndicators() {
    }

    /** The verified package's indicators; throws with the reason when the package is refused. */
    public static IndicatorIndex load(Path packageFile, List<Path> trustedKeys)
            throws IOException, PackageRejectedException {
        List<PublicKey> keys = new ArrayList<>();
        for (Path key : trustedKeys) {
            keys.add(SigningKeys.readPublic(key));
        }
        VerifiedPackage verified = new PackageVerifier(keys).verify(Files.readAllBytes(packageFile));
        try {
            return new IndicatorIndex(new ContentCodec().read(verified).indicators());
        } catch (IOException | RuntimeException e) {
            throw new PackageRejectedException("signed content is unreadable: " + e.getMessage());
        }
    }
}
