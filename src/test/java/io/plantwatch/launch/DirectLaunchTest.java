package io.plantwatch.launch;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which command lines start the console without picocli; the rest still get picocli's parsing and help. */
class DirectLaunchTest {
    @Test
    void theConsolesPlainLinesAreTakenDirectly() {
        assertThat(DirectLaunch.parse(List.of())).isEqualTo(new DirectLaunch.Line(DirectLaunch.Kind.CONSOLE, null, 0));
        assertThat(DirectLaunch.parse(List.of("console")).data()).isNull();
        assertThat(DirectLaunch.parse(List.of("console", "--data", "/srv/pw")).data()).isEqualTo(Path.of("/srv/pw"));
        assertThat(DirectLaunch.parse(List.of("console", "--data=/srv/pw")).data()).isEqualTo(Path.of("/srv/pw"));
    }

    @Test
    void theBenchmarksLaunchProbeStartsAsTheConsoleDoes() {
        DirectLaunch.Line probe = DirectLaunch.parse(
                List.of("bench", "console", "--launch-probe", "--devices", "100000", "--data", "/tmp/store"));
        assertThat(probe).isEqualTo(new DirectLaunch.Line(DirectLaunch.Kind.LAUNCH_PROBE, Path.of("/tmp/store"), 100_000));
    }

    @Test
    void everythingElseGoesThroughPicocli() {
        for (List<String> args : List.of(List.of("console", "--help"), List.of("console", "--data"),
                List.of("console", "--data="), List.of("console", "--data", "a", "b"), List.of("--help"),
                List.of("sensor"), List.of("bench", "console"), List.of("consol"),
                List.of("bench", "console", "--launch-probe", "--devices", "many", "--data", "/tmp/s"))) {
            assertThat(DirectLaunch.parse(args)).as(args.toString()).isNull();
        }
    }
}
