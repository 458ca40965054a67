-- Issue 23: the districts and counties each station serves, by their administrative division codes
-- (GB/T 2260, characters 3–8 of a unified social credit code). An online request goes to the
-- station of its enterprise's division; a division belongs to one station at most.
CREATE TABLE station_divisions (
    division TEXT PRIMARY KEY NOT NULL CHECK (length(division) = 6 AND division NOT GLOB '*[^0-9]*'),
    station  TEXT NOT NULL REFERENCES stations(code)
) WITHOUT ROWID;
CREATE INDEX station_divisions_station ON station_divisions(station);
