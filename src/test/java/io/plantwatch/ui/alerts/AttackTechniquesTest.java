package io.plantwatch.ui.alerts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled ATT&CK for ICS table names what the sensors give as bare ids. */
class AttackTechniquesTest {
    @Test
    void namesKnownTechniquesAndKeepsUnknownIdsAsTheyAre() {
        AttackTechniques table = AttackTechniques.standard();
        assertThat(table.size()).as("v18.1's techniques, revoked ones left out").isEqualTo(83);
        assertThat(table.of("T0830").label()).isEqualTo("T0830 Adversary-in-the-Middle (collection)");
        assertThat(table.of("T0858").tactics()).isEqualTo("execution,evasion");
        assertThat(table.of("T1691").label()).as("a newer ATT&CK's id").isEqualTo("T1691");
    }
}
