package io.plantwatch.cli;

import io.plantwatch.sensor.tokens.TokenFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sensor token create|list|revoke} print to the streams the launcher is given, not System.out. */
class SensorTokenCommandTest {
    @TempDir
    Path data;

    @Test
    void createListAndRevokePrintToTheInjectedStreams() throws Exception {
        LauncherRun created = LauncherRun.of("sensor", "token", "create", "--data", data.toString(), "--name", "ops");
        assertThat(created.code()).isZero();
        String token = created.out().strip();
        assertThat(token).matches("[0-9a-f]{40}");
        assertThat(Files.readString(new TokenFile(data).path())).doesNotContain(token);

        LauncherRun listed = LauncherRun.of("sensor", "token", "list", "--data", data.toString());
        assertThat(listed.code()).isZero();
        assertThat(listed.out()).startsWith("1\t").contains("\tops");

        LauncherRun unknown = LauncherRun.of("sensor", "token", "revoke", "--data", data.toString(), "7");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("no token with id 7");

        LauncherRun revoked = LauncherRun.of("sensor", "token", "revoke", "--data", data.toString(), "1");
        assertThat(revoked.code()).isZero();
        assertThat(LauncherRun.of("sensor", "token", "list", "--data", data.toString()).out()).isEmpty();
    }
}
