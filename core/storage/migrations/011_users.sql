-- Migration 11: station user accounts and the station's settings (issue 6, 7.6.3).
-- Never edit this file once it has landed.

-- Who may log in, in which role. Passwords are never stored: password_hash is libsodium's
-- crypto_pwhash_str (Argon2id, with its parameters and salt inside the string). Accounts are
-- deactivated, never deleted, so the audit log's names always lead somewhere.
CREATE TABLE users (
    seq                 INTEGER PRIMARY KEY,
    id                  TEXT NOT NULL UNIQUE,
    login               TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name                TEXT NOT NULL,
    role                TEXT NOT NULL
                        CHECK (role IN ('clerk', 'field', 'supervisor', 'station_admin', 'city_admin')),
    password_hash       TEXT NOT NULL,
    active              INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_logins       INTEGER NOT NULL DEFAULT 0, -- since the last successful log-in
    locked_until        TEXT,                       -- UTC; log-in refused before this time
    last_login_at       TEXT,
    password_changed_at TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);

-- Settings an administrator sets for the whole station (idle lock, scheduled backups), with who
-- changed them last; the audit log has each change.
CREATE TABLE settings (
    key        TEXT PRIMARY KEY NOT NULL,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
) WITHOUT ROWID;
