-- Migration 24: a station administrator's own time limits for a service item (issue 20), over the
-- catalog's shipped ones. Every change is a new version, kept: the latest is what new cases are
-- registered under, and a case keeps the limits it was registered under (migration 22).
-- Never edit this file once it has landed.
CREATE TABLE time_limits (
    item_code     TEXT NOT NULL,
    version       INTEGER NOT NULL CHECK (version >= 1),
    response_days INTEGER NOT NULL CHECK (response_days BETWEEN 1 AND 240),
    close_days    INTEGER NOT NULL CHECK (close_days BETWEEN response_days AND 240),
    reason        TEXT NOT NULL,
    changed_at    TEXT NOT NULL,
    changed_by    TEXT NOT NULL,
    PRIMARY KEY (item_code, version)
) WITHOUT ROWID;
