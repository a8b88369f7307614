package io.abaco.cutover.presentation;

import java.util.LinkedHashMap;
import java.util.Map;

/** Hand-written phase reports, journal and cutover.log of the fixture's newest cutover. */
final class PhaseJson {
    private PhaseJson() {}

    static String phase(
            String id,
            String phase,
            String status,
            String started,
            String finished,
            long durationMs,
            String checks,
            String artifacts,
            String error) {
        return """
                {
                  "cutover_id": "%s",
                  "phase": "%s",
                  "status": "%s",
                  "started_at": "%s",
                  "finished_at": "%s",
                  "duration_ms": %d,
                  "checks": %s,
                  "artifacts": %s,
                  "error": %s
                }
                """
                .formatted(id, phase, status, started, finished, durationMs, checks, artifacts, error);
    }

    static Map<String, String> newestPhases(String id, String secret, String urlPassword, String script) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(
                "00-preflight.json",
                phase(
                                id,
                                "preflight",
                                "PASS",
                                "2026-11-22T08:00:00.100Z",
                                "2026-11-22T08:00:02.350Z",
                                2250,
                                """
                        [{"name": "config_valid", "status": "PASS", "observed": 0, "threshold": 0,
                          "message": "config/pipeline.yml + production.yml: 0 problems"},
                         {"name": "secrets_set", "status": "PASS", "observed": ["CASCADE_SESSION_COOKIE"],
                          "threshold": null, "message": "1 referenced secret is set (value %s not printed)"},
                         {"name": "disk_space", "status": "PASS", "observed": {"free_mb": 51200},
                          "threshold": {"min_free_mb": 1024}, "message": "50 GiB free"},
                         {"name": "db_reachable", "status": "PASS",
                          "observed": "postgresql://abaco:%s@127.0.0.1:5432/prod", "threshold": null,
                          "message": "Flyway validate ok, 1 pending migration"},
                         {"name": "git_clean", "status": "SKIPPED", "observed": null, "threshold": null,
                          "message": "workspace is not a git repository"}]"""
                                        .formatted(secret, urlPassword),
                                "[]",
                                "null")
                        .replace(
                                "\"phase\": \"preflight\",",
                                "\"phase\": \"preflight\",\n  \"environment\": \"production\","));
        files.put(
                "01-backup.json",
                phase(
                        id,
                        "backup",
                        "PASS",
                        "2026-11-22T08:00:02.400Z",
                        "2026-11-22T08:00:09.900Z",
                        7500,
                        """
                [{"name": "backup_written", "status": "PASS", "observed": {"files": 3, "tables": 1},
                  "threshold": null, "message": "3 files, 1 table copied"},
                 {"name": "backup_verified", "status": "PASS", "observed": 4, "threshold": 4,
                  "message": "every sha256 re-read and equal"}]""",
                        """
                [{"path": ".rollback/%s/backup-manifest.json",
                  "sha256": "5d41402abc4b2a76b9719d911017c592aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}]"""
                                .formatted(id),
                        "null"));
        files.put(
                "02-staging-validate.json",
                phase(
                        id,
                        "staging-validate",
                        "PASS",
                        "2026-11-22T08:05:00.000Z",
                        "2026-11-22T08:05:31.200Z",
                        31200,
                        """
                [{"name": "kpi_ranges", "status": "PASS", "observed": {"par_30": 4.02}, "threshold": "[0, 100]",
                  "message": "4 KPIs in range"},
                 {"name": "data_integrity", "status": "PASS", "observed": 1200, "threshold": 1200,
                  "message": "1200 rows, no nulls in required columns %s"},
                 {"name": "shadow_variance", "status": "PASS", "observed": 0.04, "threshold": 1.0,
                  "message": "max KPI variance 0.04%% (halt above 1%%)"}]"""
                                .formatted(script.replace("'", "\\u0027")),
                        """
                [{"path": "logs/cutover/%s/shadow.json",
                  "sha256": "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"}]"""
                                .formatted(id),
                        "null"));
        files.put(
                "03-v1-stop.json",
                phase(
                        id,
                        "v1-stop",
                        "PASS",
                        "2026-11-22T08:05:31.300Z",
                        "2026-11-22T08:05:43.300Z",
                        12000,
                        """
                [{"name": "in_flight_run", "status": "PASS", "observed": "none", "threshold": "300 s",
                  "message": "no V1 run in flight"},
                 {"name": "v1_stopped", "status": "PASS", "observed": "stopped", "threshold": "stopped",
                  "message": "SIGTERM, exited after 1.2 s"}]""",
                        """
                [{"path": "logs/cutover/%s/v1-tail.log",
                  "sha256": "fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9"}]"""
                                .formatted(id),
                        "null"));
        files.put(
                "04-v2-activate.json",
                phase(
                        id,
                        "v2-activate",
                        "PASS",
                        "2026-11-22T08:05:43.400Z",
                        "2026-11-22T08:06:03.400Z",
                        20000,
                        """
                [{"name": "migrations_applied", "status": "PASS", "observed": 1, "threshold": null,
                  "message": "V7__kpi_snapshots applied"},
                 {"name": "v2_healthy", "status": "WARN", "observed": "healthy after 14 s", "threshold": "30 s",
                  "message": "slow to become healthy"}]""",
                        "[]",
                        "null"));
        files.put(
                "05-post-validate.json",
                phase(
                                id,
                                "post-validate",
                                "FAIL",
                                "2026-11-22T08:06:03.500Z",
                                "2026-11-22T08:06:48.500Z",
                                45000,
                                """
                [{"name": "v2_run", "status": "PASS", "observed": "run_0a1b2c3d4e5f", "threshold": null,
                  "message": "V2 run completed"},
                 {"name": "kpi_drift", "status": "FAIL", "observed": 7.3, "threshold": 5,
                  "message": "par_30 drifted 7.3% from the V1 baseline | halt"}]""",
                                "[]",
                                "\"kpi_drift: par_30 drifted 7.3% from the V1 baseline\"")
                        .replace("\"error\"", "\"operator_note\": {\"x\": 1},\n  \"error\""));
        return files;
    }

    static String journal(String id, String secret) {
        String line = "{\"at\": \"%s\", \"cutover_id\": \"" + id
                + "\", \"phase\": \"%s\", \"event\": \"%s\", \"attempt\": %d, \"detail\": %s}\n";
        return line.formatted("2026-11-22T08:00:00.100Z", "preflight", "started", 1, "null")
                + line.formatted("2026-11-22T08:00:02.350Z", "preflight", "passed", 1, "null")
                + line.formatted("2026-11-22T08:00:02.400Z", "backup", "started", 1, "null")
                + line.formatted("2026-11-22T08:00:09.900Z", "backup", "passed", 1, "null")
                + line.formatted("2026-11-22T08:00:10.000Z", "staging-validate", "started", 1, "null")
                + line.formatted(
                        "2026-11-22T08:00:40.000Z",
                        "staging-validate",
                        "failed",
                        1,
                        "\"shadow: par_30 variance 2.1% above halt 1.0% (token " + secret + ")\"")
                + line.formatted("2026-11-22T08:05:00.000Z", "staging-validate", "started", 2, "\"resume\"")
                + line.formatted("2026-11-22T08:05:31.200Z", "staging-validate", "passed", 2, "null")
                + line.formatted("2026-11-22T08:05:31.300Z", "v1-stop", "started", 1, "null")
                + line.formatted("2026-11-22T08:05:43.300Z", "v1-stop", "passed", 1, "null")
                + line.formatted("2026-11-22T08:05:43.400Z", "v2-activate", "started", 1, "null")
                + line.formatted("2026-11-22T08:06:03.400Z", "v2-activate", "passed", 1, "null")
                + line.formatted("2026-11-22T08:06:03.500Z", "post-validate", "started", 1, "null")
                + line.formatted("2026-11-22T08:06:48.500Z", "post-validate", "failed", 1, "\"kpi_drift\"");
    }

    static String cutoverLog(String secret) {
        return """
                [2026-11-22T08:00:00.100Z] [preflight] started (attempt 1)
                [2026-11-22T08:00:02.350Z] [preflight] PASS in 2250 ms (5 checks, 0 failed)
                [2026-11-22T08:00:10.000Z] [staging-validate] started (attempt 1) with cookie %s
                [2026-11-22T08:00:40.000Z] [staging-validate] FAIL in 30000 ms: shadow variance above halt
                [2026-11-22T08:06:48.500Z] [post-validate] FAIL in 45000 ms: kpi_drift ``` fenced?
                """
                .formatted(secret);
    }
}
