package io.plantwatch.console.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening a current store skips Flyway; a store missing a migration still gets it (real H2 files). */
class SchemaCheckTest {
    @TempDir
    Path data;

    @Test
    void theKnownVersionsAreTheMigrationFiles() throws Exception {
        Pattern version = Pattern.compile("V(\\d+)__.*\\.sql");
        Set<Integer> files = new TreeSet<>();
        try (Stream<Path> paths = Files.list(Path.of("src/main/resources/db/console"))) {
            paths.forEach(path -> {
                Matcher matcher = version.matcher(path.getFileName().toString());
                if (matcher.matches()) {
                    files.add(Integer.parseInt(matcher.group(1)));
                }
            });
        }
        assertThat(files).as("add a new migration's version to SchemaCheck.VERSIONS").isEqualTo(SchemaCheck.VERSIONS);
    }

    @Test
    void aNewStoreIsMigratedAndThenCurrent() throws SQLException {
        try (ConsoleStore store = ConsoleStore.open(data); Connection connection = store.connection()) {
            assertThat(SchemaCheck.isCurrent(connection)).isTrue();
        }
    }

    @Test
    void aStoreMissingAMigrationGetsItOnOpen() throws SQLException {
        try (ConsoleStore store = ConsoleStore.open(data); Connection connection = store.connection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE map_position");
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '50'");
            assertThat(SchemaCheck.isCurrent(connection)).isFalse();
        }
        try (ConsoleStore store = ConsoleStore.open(data); Connection connection = store.connection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM map_position")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isZero();
            assertThat(SchemaCheck.isCurrent(connection)).isTrue();
        }
    }

    @Test
    void aFailedMigrationIsNotCurrent() throws SQLException {
        try (ConsoleStore store = ConsoleStore.open(data); Connection connection = store.connection();
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '50'");
            assertThat(SchemaCheck.isCurrent(connection)).isFalse();
        }
    }
}
