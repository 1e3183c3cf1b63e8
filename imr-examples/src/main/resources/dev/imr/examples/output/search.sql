-- Full-text search over the letters' prose, SQLite only: imr load creates these beside the
-- tables of schema.sql when the database is SQLite (whose FTS5 the driver includes). PostgreSQL
-- and H2 have no such table; see docs/search.md.

-- One row per text: a letter's case summary (item_number NULL), and each item's claims
-- administrator guideline statement, reviewer guideline statement and rationale. Loading a
-- letter again deletes its rows and inserts the new ones in the same transaction, and the
-- triggers below keep the index in step, so a search never finds a letter twice.
CREATE TABLE IF NOT EXISTS letter_text (
  text_id INTEGER PRIMARY KEY,          -- the rowid the index refers to
  letter_key TEXT NOT NULL REFERENCES determination (letter_key),
  item_number INTEGER,                  -- NULL for the case summary
  field TEXT NOT NULL,                  -- CASE_SUMMARY, CLAIMS_ADMINISTRATOR_GUIDELINE,
                                        -- REVIEWER_GUIDELINE, RATIONALE
  body TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS letter_text_letter_key ON letter_text (letter_key, item_number);

-- The index, its content read from letter_text: words are matched case- and accent-blind and
-- by their stem (porter), so that "injections" finds "injection".
CREATE VIRTUAL TABLE IF NOT EXISTS letter_search USING fts5 (
  letter_key UNINDEXED,
  item_number UNINDEXED,
  field UNINDEXED,
  body,
  content="letter_text",                -- spelt so, datasette finds the index of letter_text
  content_rowid="text_id",
  tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER IF NOT EXISTS letter_text_indexed AFTER INSERT ON letter_text BEGIN
  INSERT INTO letter_search (rowid, letter_key, item_number, field, body)
  VALUES (new.text_id, new.letter_key, new.item_number, new.field, new.body);
END;

CREATE TRIGGER IF NOT EXISTS letter_text_unindexed AFTER DELETE ON letter_text BEGIN
  INSERT INTO letter_search (letter_search, rowid, letter_key, item_number, field, body)
  VALUES ('delete', old.text_id, old.letter_key, old.item_number, old.field, old.body);
END;

CREATE TRIGGER IF NOT EXISTS letter_text_reindexed AFTER UPDATE ON letter_text BEGIN
  INSERT INTO letter_search (letter_search, rowid, letter_key, item_number, field, body)
  VALUES ('delete', old.text_id, old.letter_key, old.item_number, old.field, old.body);
  INSERT INTO letter_search (rowid, letter_key, item_number, field, body)
  VALUES (new.text_id, new.letter_key, new.item_number, new.field, new.body);
END;
