-- The city platform's database, migration 4: which case each blob belongs to (a visit's signature
-- and photos), so a station may download the blobs of the records it may see, not only its own
-- uploads. Never edit once landed.
CREATE TABLE blob_refs (
    sha256 TEXT NOT NULL,
    scope  TEXT NOT NULL,   -- the case's id
    PRIMARY KEY (sha256, scope)
) WITHOUT ROWID;
