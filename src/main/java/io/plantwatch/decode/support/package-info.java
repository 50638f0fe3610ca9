/**
 * Helpers shared by the application decoders: bounded text reads from packet bytes, port sets,
 * the server end of a flow, and operating-system hints from the text devices send.
 */
package io.plantwatch.decode.support;
