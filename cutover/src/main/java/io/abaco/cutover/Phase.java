package io.abaco.cutover;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The cutover phases (DESIGN §8), in the order they run. Phases are data: adding one is one constant here and one
 * class implementing its work.
 */
public enum Phase {
    PREFLIGHT("preflight", 0, false),
    BACKUP("backup", 1, true),
    STAGING_VALIDATE("staging-validate", 2, false),
    V1_STOP("v1-stop", 3, true),
    V2_ACTIVATE("v2-activate", 4, true),
    POST_VALIDATE("post-validate", 5, false);

    private final String cliName;
    private final int order;
    private final boolean changesState;

    Phase(String cliName, int order, boolean changesState) {
        this.cliName = cliName;
        this.order = order;
        this.changesState = changesState;
    }

    /** The name operators type ({@code abaco cutover v1-stop}) and that reports and journals record. */
    @JsonValue
    public String cliName() {
        return cliName;
    }

    /** 0-based position in the sequence. */
    public int order() {
        return order;
    }

    /** Whether the phase changes the production system (and so needs the lock and a dry-run implementation). */
    public boolean changesState() {
        return changesState;
    }

    /** {@code NN-<phase>.json}, e.g. {@code 01-backup.json}. */
    public String reportFileName() {
        return String.format("%02d-%s.json", order, cliName);
    }

    /** The phase after this one, empty for the last. */
    public Optional<Phase> next() {
        Phase[] all = values();
        return order + 1 < all.length ? Optional.of(all[order + 1]) : Optional.empty();
    }

    /** Looks a phase up by its CLI name; empty when there is none. */
    public static Optional<Phase> fromCliName(String name) {
        return Arrays.stream(values()).filter(p -> p.cliName.equals(name)).findFirst();
    }

    @JsonCreator
    static Phase parse(String name) {
        return fromCliName(name).orElseThrow(() -> new IllegalArgumentException("unknown phase: " + name));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
