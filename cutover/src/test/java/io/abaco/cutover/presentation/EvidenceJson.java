package io.abaco.cutover.presentation;

/** Hand-written shadow, rollback, backup-manifest and validation files of the fixture. */
final class EvidenceJson {
    private EvidenceJson() {}

    static String shadow() {
        return """
                {
                  "generated_at": "2026-11-22T08:05:20Z",
                  "inputs": {"input": "data/raw/loan_tape.csv"},
                  "kpis": [
                    {"kpi": "collection_rate", "v1": 95.5, "v2": 95.5, "absolute_difference": 0.0, "variance_pct": 0.0,
                     "tolerance_pct": 0.1, "verdict": "PASS", "halt": false, "rule": "variance 0 <= tolerance 0.1%"},
                    {"kpi": "par_30", "v1": 4.0, "v2": 4.0016, "absolute_difference": 0.0016, "variance_pct": 0.04,
                     "tolerance_pct": 0.1, "verdict": "PASS", "halt": false, "rule": "variance 0.04 <= tolerance 0.1%"},
                    {"kpi": "par_90", "v1": 1.3, "v2": 1.3, "absolute_difference": 0.0, "variance_pct": 0.0,
                     "tolerance_pct": 0.1, "verdict": "PASS", "halt": false, "rule": "variance 0 <= tolerance 0.1%"},
                    {"kpi": "portfolio_health", "v1": 9.07, "v2": 9.2, "absolute_difference": 0.13,
                     "variance_pct": 1.43, "tolerance_pct": 0.1, "verdict": "FAIL", "halt": true,
                     "rule": "variance 1.43 > tolerance 0.1%"}
                  ],
                  "rows": {"v1_file": "v1/loans.csv", "v2_file": "v2/loans.csv", "v1_rows": 1200, "v2_rows": 1201,
                           "matched": 1195, "missing_in_v1": 1, "missing_in_v2": 0, "mismatched": 5,
                           "duplicate_keys_v1": 0, "duplicate_keys_v2": 0, "samples": []},
                  "rows_note": null,
                  "verdict": "FAIL",
                  "halt": true
                }
                """;
    }

    static String rollback(String id) {
        return """
                {
                  "cutover_id": "%s",
                  "status": "PASS",
                  "started_at": "2026-11-22T08:07:00Z",
                  "finished_at": "2026-11-22T08:08:10Z",
                  "duration_ms": 70000,
                  "steps": [
                    {"name": "stop_v2", "status": "PASS", "duration_ms": 3100, "message": "V2 stopped"},
                    {"name": "verify_backup", "status": "PASS", "duration_ms": 900, "message": "4 checksums equal"},
                    {"step": "export_v2_era", "status": "PASS", "duration_ms": 2200,
                     "message": ".rollback/%s/v2-era/"},
                    {"name": "restore_files", "status": "PASS", "duration_ms": 400, "message": "3 files"},
                    {"name": "restore_tables", "status": "PASS", "duration_ms": 51000, "message": "analytics.kpi_snapshots"},
                    {"name": "start_v1", "status": "PASS", "duration_ms": 8000, "message": "V1 started"},
                    {"name": "verify_v1", "status": "PASS", "duration_ms": 4400, "message": "V1 healthy"}
                  ],
                  "v2_era_dir": ".rollback/%s/v2-era"
                }
                """
                .formatted(id, id, id);
    }

    static String backupManifest(String id) {
        return """
                {
                  "cutover_id": "%s",
                  "created_at": "2026-11-22T08:00:09Z",
                  "workspace": "/srv/abaco",
                  "roots": ["config", "data/metrics/production"],
                  "files": [
                    {"path": "config/pipeline.yml", "backup_path": "files/config/pipeline.yml", "bytes": 2048,
                     "sha256": "a3f1c0ffee00000000000000000000000000000000000000000000000000beef", "mode": "0644"},
                    {"path": "config/environments/production.yml",
                     "backup_path": "files/config/environments/production.yml", "bytes": 512,
                     "sha256": "b4e2c0ffee00000000000000000000000000000000000000000000000000beef", "mode": "0640"},
                    {"path": "data/metrics/production/kpis.json", "backup_path": "files/data/metrics/production/kpis.json",
                     "bytes": 733, "sha256": "c5d3c0ffee00000000000000000000000000000000000000000000000000beef"}
                  ],
                  "tables": [
                    {"schema": "analytics", "table": "kpi_snapshots", "rows": 4812,
                     "sha256": "d6c4c0ffee00000000000000000000000000000000000000000000000000beef",
                     "file": "tables/kpi_snapshots.csv", "columns": ["run_id", "kpi", "value"]}
                  ],
                  "manifest_version": 1
                }
                """
                .formatted(id);
    }

    /** A validation report with five checks; {@code performance}'s observed is the latency in ms. */
    static String validation(
            String timestamp,
            String status,
            double par30,
            double par90,
            double collection,
            double health,
            double latencyMs,
            String performanceStatus,
            String kpiStatus) {
        return """
                {
                  "timestamp": "%s",
                  "status": "%s",
                  "environment": "production",
                  "checks": [
                    {"name": "kpi_calculations", "status": "%s", "observed": {"par_30": %s}, "threshold": 0.01,
                     "message": "recomputed KPIs equal"},
                    {"name": "data_integrity", "status": "PASS", "observed": 3, "threshold": 3, "message": "3 files ok"},
                    {"name": "performance", "status": "%s", "observed": %s, "threshold": 100,
                     "message": "calculation on 10000 rows"},
                    {"name": "error_handling", "status": "PASS", "observed": 4, "threshold": 4,
                     "message": "4 bad tapes refused"},
                    {"name": "audit_trail", "status": "PASS", "observed": 120, "threshold": null,
                     "message": "hash chain verifies"}
                  ],
                  "issues": [],
                  "kpis": {"par_30": %s, "par_90": %s, "collection_rate": %s, "portfolio_health": %s},
                  "drift": [],
                  "alerts": []
                }
                """
                .formatted(
                        timestamp,
                        status,
                        kpiStatus,
                        par30,
                        performanceStatus,
                        latencyMs,
                        par30,
                        par90,
                        collection,
                        health);
    }
}
