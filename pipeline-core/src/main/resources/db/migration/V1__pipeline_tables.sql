-- The V2 pipeline's tables. Migrations are expand-only (DESIGN §7): later versions may add tables, columns
-- (nullable or with defaults) and indexes, never drop or rename, so V1 keeps working and rollback never needs to
-- undo a migration.

CREATE TABLE runs (
    run_id         text        PRIMARY KEY,
    status         text        NOT NULL,
    environment    text,
    started_at     timestamptz NOT NULL,
    completed_at   timestamptz NOT NULL,
    input_sha256   text        NOT NULL,
    config_sha256  text,
    rows_accepted  bigint      NOT NULL
);

CREATE TABLE kpi_snapshots (
    run_id    text             NOT NULL,
    kpi_name  text             NOT NULL,
    value     double precision NOT NULL,
    status    text             NOT NULL,
    reason    text,
    PRIMARY KEY (run_id, kpi_name)
);

CREATE TABLE timeseries (
    run_id            text             NOT NULL,
    grain             text             NOT NULL,
    period            text             NOT NULL,
    rows              bigint           NOT NULL,
    par_30            double precision NOT NULL,
    par_90            double precision NOT NULL,
    collection_rate   double precision NOT NULL,
    portfolio_health  double precision NOT NULL,
    PRIMARY KEY (run_id, grain, period)
);

CREATE TABLE loan_facts (
    run_id                  text             NOT NULL,
    loan_id                 text,
    period                  text,
    measurement_date        text             NOT NULL,
    total_receivable_usd    double precision NOT NULL,
    total_eligible_usd      double precision NOT NULL,
    discounted_balance_usd  double precision NOT NULL,
    cash_available_usd      double precision NOT NULL,
    dpd_0_7_usd             double precision NOT NULL,
    dpd_7_30_usd            double precision NOT NULL,
    dpd_30_60_usd           double precision NOT NULL,
    dpd_60_90_usd           double precision NOT NULL,
    dpd_90_plus_usd         double precision NOT NULL,
    outlier                 boolean          NOT NULL
);

CREATE INDEX loan_facts_run_id ON loan_facts (run_id);
