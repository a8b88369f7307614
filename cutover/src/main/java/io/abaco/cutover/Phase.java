package io.abaco.cutover;

/** TEMPORARY stand-in: replaced by the backup/journal engineer's Phase at merge. */
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

    public String cliName() {
        return cliName;
    }

    public int order() {
        return order;
    }

    public boolean changesState() {
        return changesState;
    }

    public String reportFileName() {
        return String.format("%02d-%s.json", order, cliName);
    }
}
