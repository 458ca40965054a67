-- Issue 23: requests typed on the public pages. Each has a number the applicant is given and a
-- query code kept only as a hash; it is routed to the station of the enterprise's division (NULL:
-- the city) and reaches that station's desk as an online_request record at its next pull.
CREATE TABLE online_requests (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    number     TEXT NOT NULL UNIQUE,
    code_hash  TEXT NOT NULL,
    station    TEXT REFERENCES stations(code),
    payload    TEXT NOT NULL,   -- the request as its station receives it (JSON)
    state      TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'returned')),
    created_at TEXT NOT NULL
);
-- The last number given out each day (China time).
CREATE TABLE online_request_days (
    day  TEXT PRIMARY KEY NOT NULL,
    last INTEGER NOT NULL
) WITHOUT ROWID;
