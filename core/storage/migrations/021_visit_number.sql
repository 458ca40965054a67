-- Migration 21: a visit record's own number, as an office files it (issue 19): station, year and a
-- sequence, "LZ-LN-SM-2026-0001" (SM: 上门服务), taken from document_counters like the notice's GZ
-- numbers. Records made before this migration have none; their sheets keep the case-based number
-- they were printed with. Never edit this file once it has landed.
ALTER TABLE visits ADD COLUMN number TEXT;
CREATE INDEX visits_number ON visits(number) WHERE number IS NOT NULL;
