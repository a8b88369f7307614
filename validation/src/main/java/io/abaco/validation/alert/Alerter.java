package io.abaco.validation.alert;

import io.abaco.config.model.SlackConfig;
import io.abaco.validation.CheckResult;
import io.abaco.validation.CheckStatus;
import io.abaco.validation.Numbers;
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
        Map<String, AlertState.CheckState> checks = new HashMap<>(state.checks());
        List<CheckChange> due = new ArrayList<>();
        List<String> cooling = new ArrayList<>();
        sortChanges(report, now, checks, due, cooling);
        List<AlertDelivery> deliveries = new ArrayList<>();
        if (!cooling.isEmpty()) {
            String why = "cooldown: announced less than " + Numbers.format(config.cooldownMinutes()) + " minutes ago";
            deliveries.add(new AlertDelivery(CHANNEL, Outcome.SUPPRESSED, now, 0, cooling, why));
        }
        Instant dayAgo = now.minus(Duration.ofDays(1));
        List<Instant> sent = new ArrayList<>(
                state.sent().stream().filter(at -> at.isAfter(dayAgo)).toList());
        if (!due.isEmpty()) deliveries.add(deliver(report, due, now, sent, checks));
        store.save(new AlertState(checks, sent));
        return deliveries;
    }

    /** Records every non-skipped check as seen and sorts its change, if any, into due or cooling. */
    private void sortChanges(
            ValidationReport report,
            Instant now,
            Map<String, AlertState.CheckState> checks,
            List<CheckChange> due,
            List<String> cooling) {
        Duration cooldown = Duration.ofMillis((long) (config.cooldownMinutes() * 60_000));
        for (CheckResult check : report.checks()) {
            if (check.status() == CheckStatus.SKIPPED) continue;
            AlertState.CheckState previous =
                    checks.getOrDefault(check.name(), new AlertState.CheckState(null, null, null, null));
            checks.put(check.name(), previous.seen(check.status(), report.timestamp()));
            if (check.status() == previous.announced()) continue;
            if (previous.notifiedAt() != null
                    && now.isBefore(previous.notifiedAt().plus(cooldown))) {
                cooling.add(check.name());
            } else {
                due.add(new CheckChange(check, previous.announced()));
            }
        }
    }

    /** Sends one message for all due changes unless the daily cap is reached; on success marks them announced. */
    private AlertDelivery deliver(
            ValidationReport report,
            List<CheckChange> due,
            Instant now,
            List<Instant> sent,
            Map<String, AlertState.CheckState> checks) {
        List<String> names = due.stream().map(change -> change.check().name()).toList();
        if (sent.size() >= config.maxPerDay()) {
            String why = "daily cap: " + sent.size() + " messages in the last 24 hours (max_per_day "
                    + config.maxPerDay() + ")";
            return new AlertDelivery(CHANNEL, Outcome.SUPPRESSED, now, 0, names, why);
        }
        AlertSender.SendResult result = sender.send(SlackPayload.build(report, due));
        if (!result.delivered()) {
            return new AlertDelivery(CHANNEL, Outcome.FAILED, now, result.attempts(), names, result.detail());
        }
        sent.add(now);
        for (CheckChange change : due) {
            String name = change.check().name();
            checks.put(name, checks.get(name).announced(change.check().status(), now));
        }
        return new AlertDelivery(CHANNEL, Outcome.SENT, now, result.attempts(), names, result.detail());
    }
}
