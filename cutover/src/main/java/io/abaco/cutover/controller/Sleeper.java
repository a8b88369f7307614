package io.abaco.cutover.controller;

import java.time.Duration;

/** Pauses the calling thread; injectable so that polling loops are testable without real waiting. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = duration -> Thread.sleep(Math.max(0, duration.toMillis()));

    void sleep(Duration duration) throws InterruptedException;
}
