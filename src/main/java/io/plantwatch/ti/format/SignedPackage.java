package io.plantwatch.ti.format;

/** A package as written: its zip bytes and the manifest they carry. */
public record SignedPackage(byte[] zip, Manifest manifest) {
}
