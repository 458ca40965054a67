-- The city platform's database, migration 5: case numbers are unique across the platform (issue 17).
-- A station restored from an old backup once issued a number again, the platform took both cases,
-- and every station's pull then failed on the second. A push of a case whose number another case
-- holds is refused (SyncService); this index finds the holder. Not UNIQUE: a platform that already
-- took such a pair must still migrate; the refusal keeps it from happening again.
-- Never edit once landed.
CREATE INDEX records_case_number ON records(json_extract(payload, '$.number')) WHERE entity = 'case';
