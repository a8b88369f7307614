package io.abaco.cutover.run;

/** TEMPORARY: the side-effect ports a cutover drives; filled in at integration. */
public record CutoverEffects() {}
