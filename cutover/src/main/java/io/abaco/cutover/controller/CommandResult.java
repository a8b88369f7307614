package io.abaco.cutover.controller;

/**
 * How one external command ended.
 *
 * @param exitCode the exit code, or -1 when it timed out and was killed
 * @param output stdout and stderr interleaved, trimmed, redacted
 * @param timedOut true when it ran past its timeout and was killed
 */
record CommandResult(int exitCode, String output, boolean timedOut) {
    boolean succeeded() {
        return !timedOut && exitCode == 0;
    }

    /** "exit 3: <output>" or "timed out", for messages. */
    String summary() {
        String outcome = timedOut ? "timed out" : "exit " + exitCode;
        return output.isEmpty() ? outcome : outcome + ": " + output;
    }
}
