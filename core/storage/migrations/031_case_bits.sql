-- Issue 22: counts of a search with filters from bitmaps of case seqs, kept in the same transaction
-- as each change. A row holds 64 cases (word = seq >> 6, bit = seq & 63) of one key:
--   s:<status>  h:<channel>  c:<category>  i:<item>  m:<YYYY-MM>  d:<YYYY-MM-DD> (received, China time)
--   t:<token>   a frequent token of case_search (written with the case's search row, search/CaseBits)
-- A count ANDs the keys' words and counts bits: a few thousand rows, instead of stepping through every
-- full-text match (60 ns each; 咨询 is in most cases) and every filter's index.
CREATE TABLE case_bits (
    key  TEXT NOT NULL,
    word INTEGER NOT NULL,
    bits INTEGER NOT NULL,
    PRIMARY KEY (key, word)
) WITHOUT ROWID;

-- The tokens that have words in case_bits (t:<token>): the frequent ones, added when a count finds one.
CREATE TABLE case_bit_terms (
    token TEXT PRIMARY KEY
) WITHOUT ROWID;

-- Sums of distinct bits are their OR (SQLite has no bitwise aggregate); bit 63 is the sign bit.
INSERT INTO case_bits(key, word, bits)
SELECT key, word, sum(bit) FROM (
    SELECT 's:' || status AS key, seq >> 6 AS word, 1 << (seq & 63) AS bit FROM cases
    UNION ALL SELECT 'h:' || channel, seq >> 6, 1 << (seq & 63) FROM cases
    UNION ALL SELECT 'c:' || category_code, seq >> 6, 1 << (seq & 63) FROM cases
    UNION ALL SELECT 'i:' || item_code, seq >> 6, 1 << (seq & 63) FROM cases
    UNION ALL SELECT 'm:' || strftime('%Y-%m', received_at, '+8 hours'), seq >> 6, 1 << (seq & 63) FROM cases
    UNION ALL SELECT 'd:' || date(received_at, '+8 hours'), seq >> 6, 1 << (seq & 63) FROM cases)
GROUP BY key, word;

-- The keys of a case's own columns.
CREATE TRIGGER case_bits_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO case_bits(key, word, bits)
    SELECT column1, new.seq >> 6, 1 << (new.seq & 63)
    FROM (VALUES ('s:' || new.status), ('h:' || new.channel), ('c:' || new.category_code), ('i:' || new.item_code),
        ('m:' || strftime('%Y-%m', new.received_at, '+8 hours')), ('d:' || date(new.received_at, '+8 hours')))
    WHERE 1
    ON CONFLICT(key, word) DO UPDATE SET bits = bits | excluded.bits;
END;

-- Out of every key, the tokens' too (its search row goes with the case: workflow/CaseArchive). Rows
-- left without a bit go, or a key of cases long moved on (s:registered) would be a scan of empty words.
CREATE TRIGGER case_bits_delete AFTER DELETE ON cases
BEGIN
    UPDATE case_bits SET bits = bits & ~(1 << (old.seq & 63))
    WHERE key IN ('s:' || old.status, 'h:' || old.channel, 'c:' || old.category_code, 'i:' || old.item_code,
        'm:' || strftime('%Y-%m', old.received_at, '+8 hours'), 'd:' || date(old.received_at, '+8 hours'))
        AND word = old.seq >> 6;
    UPDATE case_bits SET bits = bits & ~(1 << (old.seq & 63))
    WHERE key IN (SELECT 't:' || token FROM case_bit_terms) AND word = old.seq >> 6;
    DELETE FROM case_bits
    WHERE key IN ('s:' || old.status, 'h:' || old.channel, 'c:' || old.category_code, 'i:' || old.item_code,
        'm:' || strftime('%Y-%m', old.received_at, '+8 hours'), 'd:' || date(old.received_at, '+8 hours'))
        AND word = old.seq >> 6 AND bits = 0;
    DELETE FROM case_bits WHERE key IN (SELECT 't:' || token FROM case_bit_terms) AND word = old.seq >> 6 AND bits = 0;
END;

-- A change of a filtered column moves the case's bit from the old value's key to the new one's.
CREATE TRIGGER case_bits_update AFTER UPDATE OF status, channel, category_code, item_code, received_at ON cases
WHEN new.status IS NOT old.status OR new.channel IS NOT old.channel OR new.category_code IS NOT old.category_code
    OR new.item_code IS NOT old.item_code OR new.received_at IS NOT old.received_at
BEGIN
    UPDATE case_bits SET bits = bits & ~(1 << (old.seq & 63))
    WHERE key IN (SELECT column1 FROM (VALUES ('s:' || old.status, 's:' || new.status), ('h:' || old.channel, 'h:' || new.channel),
        ('c:' || old.category_code, 'c:' || new.category_code), ('i:' || old.item_code, 'i:' || new.item_code),
        ('m:' || strftime('%Y-%m', old.received_at, '+8 hours'), 'm:' || strftime('%Y-%m', new.received_at, '+8 hours')),
        ('d:' || date(old.received_at, '+8 hours'), 'd:' || date(new.received_at, '+8 hours')))
        WHERE column1 IS NOT column2) AND word = old.seq >> 6;
    DELETE FROM case_bits
    WHERE key IN (SELECT column1 FROM (VALUES ('s:' || old.status, 's:' || new.status), ('h:' || old.channel, 'h:' || new.channel),
        ('c:' || old.category_code, 'c:' || new.category_code), ('i:' || old.item_code, 'i:' || new.item_code),
        ('m:' || strftime('%Y-%m', old.received_at, '+8 hours'), 'm:' || strftime('%Y-%m', new.received_at, '+8 hours')),
        ('d:' || date(old.received_at, '+8 hours'), 'd:' || date(new.received_at, '+8 hours')))
        WHERE column1 IS NOT column2) AND word = old.seq >> 6 AND bits = 0;
    INSERT INTO case_bits(key, word, bits)
    SELECT column2, new.seq >> 6, 1 << (new.seq & 63) FROM (VALUES ('s:' || old.status, 's:' || new.status), ('h:' || old.channel, 'h:' || new.channel),
        ('c:' || old.category_code, 'c:' || new.category_code), ('i:' || old.item_code, 'i:' || new.item_code),
        ('m:' || strftime('%Y-%m', old.received_at, '+8 hours'), 'm:' || strftime('%Y-%m', new.received_at, '+8 hours')),
        ('d:' || date(old.received_at, '+8 hours'), 'd:' || date(new.received_at, '+8 hours')))
    WHERE column1 IS NOT column2
    ON CONFLICT(key, word) DO UPDATE SET bits = bits | excluded.bits;
END;
