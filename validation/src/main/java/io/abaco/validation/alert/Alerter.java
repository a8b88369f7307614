package io.abaco.validation.alert;

import io.abaco.config.model.SlackConfig;
import io.abaco.validation.CheckResult;
import io.abaco.validation.CheckStatus;
import io.abaco.validation.report.AlertDelivery;
import io.abaco.validation.report.AlertDelivery.Outcome;
import io.abaco.validation.report.ValidationHistory;
import io.abaco.validation.report.ValidationReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides and sends the alerts about a written validation report (DESIGN §9).
 *
 * <ul>
 *   <li>A check is announced when its status differs from the status last announced for it (never announced reads
 *       as PASS): one message per state change, not one per run. SKIPPED checks change nothing.
 *   <li>Cooldown, per check: a change within {@code cooldown_minutes} of that check's last announcement waits; it
 *       is sent by the first later run past the cooldown if the status still differs (flapping is announced once).
 *   <li>Daily cap: at most {@code max_per_day} messages in any 24 hours.
 *   <li>All changes of one run go in one message. A failed send leaves them pending for the next run.
 * </ul>
 *
 * The payload is built from the report file as written (read back), so that the alert and the file always agree.
 * Not thread-safe: one validation at a time per state file.
 */
public final class Alerter {
    static final String CHANNEL = "slack";

    private final SlackConfig config;
    private final AlertSender sender;
    private final AlertStateStore store;
    private final Clock clock;

    public Alerter(SlackConfig config, AlertSender sender, AlertStateStore store, Clock clock) {
        this.config = config;
        this.sender = sender;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Reads the report at {@code reportFile}, sends what must be sent and records the new state.
     *
     * @return what happened; empty when nothing changed (or alerts are disabled)
     */
    public List<AlertDelivery> alert(Path reportFile) {
        if (!config.enabled()) return List.of();
        ValidationReport report = ValidationHistory.read(reportFile);
        AlertState state = store.load();
        Instant now = clock.instant();
        Duration cooldown = Duration.ofMillis((long) (config.cooldownMinutes() * 60_000));
        Map<String, AlertState.CheckState> checks = new HashMap<>(state.checks());
        List<CheckChange> due = new ArrayList<>();
        List<String> cooling = new ArrayList<>();
        for (CheckResult check : report.checks()) {
            if (check.status() == CheckStatus.SKIPPED) continue;
            AlertState.CheckState previous =
                    checks.getOrDefault(check.name(), new AlertState.CheckState(null, null, null, null));
            checks.put(
                    check.name(),
                    new AlertState.CheckState(
                            check.status(), report.timestamp(), previous.notifiedStatus(), previous.notifiedAt()));
            if (check.status() == previous.announced()) continue;
            if (previous.notifiedAt() != null
                    && now.isBefore(previous.notifiedAt().plus(cooldown))) {
                cooling.add(check.name());
            } else {
                due.add(new CheckChange(check, previous.announced()));
            }
        }
        List<AlertDelivery> deliveries = new ArrayList<>();
        if (!cooling.isEmpty()) {
            deliveries.add(new AlertDelivery(
                    CHANNEL,
                    Outcome.SUPPRESSED,
                    now,
                    0,
                    cooling,
                    "cooldown: announced less than " + config.cooldownMinutes() + " minutes ago"));
        }
        List<Instant> sent = new ArrayList<>(state.sent().stream()
                .filter(at -> at.isAfter(now.minus(Duration.ofDays(1))))
                .toList());
        if (!due.isEmpty()) {
            List<String> names = due.stream().map(c -> c.check().name()).toList();
            if (sent.size() >= config.maxPerDay()) {
                deliveries.add(new AlertDelivery(
                        CHANNEL,
                        Outcome.SUPPRESSED,
                        now,
                        0,
                        names,
                        "daily cap: " + sent.size() + " messages in the last 24 hours (max_per_day "
                                + config.maxPerDay() + ")"));
            } else {
                AlertSender.SendResult result = sender.send(SlackPayload.build(report, due));
                Outcome outcome = result.delivered() ? Outcome.SENT : Outcome.FAILED;
                deliveries.add(new AlertDelivery(CHANNEL, outcome, now, result.attempts(), names, result.detail()));
                if (result.delivered()) {
                    sent.add(now);
                    for (CheckChange change : due) {
                        String name = change.check().name();
                        AlertState.CheckState seen = checks.get(name);
                        checks.put(
                                name,
                                new AlertState.CheckState(
                                        seen.lastStatus(),
                                        seen.lastSeenAt(),
                                        change.check().status(),
                                        now));
                    }
                }
            }
        }
        store.save(new AlertState(checks, sent));
        return deliveries;
    }
}
