package io.abaco.cutover.lock;

/**
 * The workspace lock as seen from outside, for {@code cutover status}.
 *
 * @param state free, held by a live process, or stale (an owner recorded, but it is gone)
 * @param owner the recorded owner; null when free or unreadable
 */
public record LockStatus(State state, LockOwner owner) {
    public enum State {
        FREE,
        HELD,
        STALE
    }

    /** One line for operators. */
    public String describe() {
        return switch (state) {
            case FREE -> "cutover lock free";
            case HELD -> "cutover lock held by " + (owner == null ? "an unknown process" : owner.describe());
            case STALE -> "stale cutover lock left by "
                    + (owner == null ? "an unknown process" : owner.describe())
                    + ": its owner is gone";
        };
    }
}
