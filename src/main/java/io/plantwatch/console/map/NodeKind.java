package io.plantwatch.console.map;

/** What a node of the map stands for. */
public enum NodeKind {
    DEVICE,
    /** A collapsed subnet: all its devices drawn as one node. */
    SUBNET
}
