#!/usr/bin/env bash
# Builds the Debian package of Plantwatch (desktop console, sensor and every command) from
# target/plantwatch.jar with jpackage, bundling a trimmed Java runtime so the target machine
# needs no JDK. Air-gapped sites install it with `apt install ./plantwatch_*.deb`.
#
#   installer/build-deb.sh [DEST_DIR]      (default target/installer)
#
# Needs JDK 17+ (jpackage), fakeroot and dpkg-deb. Build the jar first: mvn -q package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."

version="${PLANTWATCH_VERSION:-0.1.0}"
dest="${1:-target/installer}"
jar="target/plantwatch.jar"

for tool in jpackage fakeroot dpkg-deb; do
  command -v "$tool" >/dev/null || { echo "installer: '$tool' is not installed" >&2; exit 2; }
done
[ -f "$jar" ] || { echo "installer: $jar is missing; run: mvn -q package -DskipTests" >&2; exit 2; }

# jdeps' list for the jar plus what is loaded as a service and so invisible to it: elliptic-curve
# TLS (the sensor API), locale data, zip file systems (gzip captures), extra charsets.
modules="java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming"
modules+=",java.net.http,java.scripting,java.sql,java.xml,jdk.charsets,jdk.crypto.ec,jdk.httpserver"
modules+=",jdk.jfr,jdk.localedata,jdk.management,jdk.net,jdk.unsupported,jdk.unsupported.desktop,jdk.zipfs"

input="target/installer-input"
rm -rf "$input" && mkdir -p "$input" "$dest"
cp "$jar" "$input/"
rm -f "$dest"/plantwatch_*.deb

# JavaFX opens GTK 3 with dlopen and pcap4j opens libpcap through JNA: jpackage's scan of linked
# libraries sees neither, so both are declared here or the console (or live capture) fails to start.
jpackage --type deb \
  --input "$input" --main-jar plantwatch.jar --main-class io.plantwatch.cli.Launcher \
  --name plantwatch --app-version "$version" --vendor Plantwatch \
  --description "Plantwatch: OT/IoT network security console and passive sensor" \
  --linux-package-deps "libgtk-3-0, libpcap0.8" \
  --linux-shortcut --linux-menu-group Network --linux-app-category net \
  --add-modules "$modules" --jlink-options "--strip-debug --no-header-files --no-man-pages" \
  --dest "$dest"

ls "$dest"/plantwatch_*.deb
