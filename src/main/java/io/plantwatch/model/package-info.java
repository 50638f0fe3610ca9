/**
 * The sensor API's JSON shapes, shared by the sensor (which serves them) and the console (which
 * reads them). Field names follow the Defender for IoT sensor API v1 (see
 * ../shared/reference/defender-and-attack.md); fields Defender lacks are ours and optional, so
 * the console can read a Defender sensor too. Times are epoch milliseconds, UTC.
 * Records only: no behaviour, no dependencies beyond Jackson annotations.
 */
package io.plantwatch.model;
