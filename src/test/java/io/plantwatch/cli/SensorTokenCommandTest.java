package io.plantwatch.cli;

import io.plantwatch.sensor.tokens.TokenFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sensor token create|list|revoke} print to the streams the launcher is given, not System.out. */
class SensorTokenCommandTest {
    @TempDir
    Path data;

    @Test
    void createListAndRevokePrintToTheInjectedStreams() throws Exception {
        Run created = run("sensor", "token", "create", "--data", data.toString(), "--name", "ops");
        assertThat(created.code).isZero();
        String token = created.out.strip();
        assertThat(token).matches("[0-9a-f]{40}");
        assertThat(Files.readString(new TokenFile(data).path())).doesNotContain(token);

        Run listed = run("sensor", "token", "list", "--data", data.toString());
        assertThat(listed.code).isZero();
        assertThat(listed.out).startsWith("1\t").contains("\tops");

        Run unknown = run("sensor", "token", "revoke", "--data", data.toString(), "7");
        assertThat(unknown.code).isEqualTo(1);
        assertThat(unknown.err).contains("no token with id 7");

        Run revoked = run("sensor", "token", "revoke", "--data", data.toString(), "1");
        assertThat(revoked.code).isZero();
        assertThat(run("sensor", "token", "list", "--data", data.toString()).out).isEmpty();
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
