package io.plantwatch.console.alerts;

import java.util.List;

/**
 * A merged alert as the console shows it, with each raising sensor's copy.
 *
 * @param consoleAction handle, handleAndLearn or mute when handled in the console, else null
 * @param techniques ATT&CK for ICS technique ids the raising sensors gave, sorted, each once
 * @param occurrences how many times it was raised: the most any one raising sensor counted (two
 *     sensors watching the same traffic see the same repeats, so their counts are not added); 1
 *     from sensors that do not count
 * @param lastSeen epoch ms of the latest sighting any sensor reported, or null when none did
 */
public record AlertView(long id, long time, String title, String message, String severity, String engine,
                        String source, String destination, String zone, String site, boolean handled,
                        String consoleAction, Long consoleHandledAt, List<String> sensors,
                        List<SourceView> sources, List<String> techniques, long occurrences, Long lastSeen) {

    /**
     * One sensor's copy of the alert.
     *
     * @param propagated null: nothing to hand on; false: the console's action has not reached the
     *     sensor yet ({@code propagationError} says why); true: the sensor accepted it
     */
    public record SourceView(String sensor, String uuid, boolean handled, String status, Boolean propagated,
                             String propagationError, Long occurrences) {
    }
}
