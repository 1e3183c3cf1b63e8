-- The tables imr load creates when they are absent. Portable SQL: SQLite, PostgreSQL, H2.
-- Text is TEXT, dates are DATE (in SQLite, ISO-8601 text), enumerations are their names.

-- A database made before a column was added gets it added, empty until its letters are loaded
-- again: reviewer_specialty.canonical_specialty, guideline_citation.chapter_qualifier and
-- guideline_citation.canonical_chapter.

-- One row per file loaded. A letter is keyed by its case number; a letter without one (before
-- 2015), or a file that is not a letter, by its file's absolute path. Loading a letter again
-- replaces its rows in every table.
CREATE TABLE IF NOT EXISTS determination (
  letter_key TEXT NOT NULL PRIMARY KEY,
  source TEXT NOT NULL,                 -- the path as given to imr load, or found under it
  source_file TEXT NOT NULL,            -- the file's absolute path
  is_letter BOOLEAN NOT NULL,           -- false when the file is not an IMR letter
  case_number TEXT,
  date_assigned DATE,
  date_of_injury DATE,                  -- as the header states it
  decision_date DATE,
  ur_denial_date DATE,
  priority TEXT,
  application_received DATE,
  reviewer_board_certified BOOLEAN,
  patient_age INTEGER,
  patient_sex TEXT,                     -- MALE, FEMALE
  summary_date_of_injury DATE,          -- as the case summary states it
  utilization_review_date DATE,
  case_summary TEXT,
  outcome TEXT,                         -- UPHELD, OVERTURNED, PARTIALLY_OVERTURNED
  item_count INTEGER NOT NULL,
  error_count INTEGER NOT NULL          -- ERROR diagnostics
);

CREATE TABLE IF NOT EXISTS reviewer_specialty (
  letter_key TEXT NOT NULL REFERENCES determination (letter_key),
  specialty_number INTEGER NOT NULL,    -- 1, 2, … in letter order
  specialty TEXT NOT NULL,              -- as the letter spells it
  canonical_specialty TEXT,             -- its canonical name: group and count by this
  PRIMARY KEY (letter_key, specialty_number)
);

CREATE TABLE IF NOT EXISTS reviewer_licensure (
  letter_key TEXT NOT NULL REFERENCES determination (letter_key),
  state_number INTEGER NOT NULL,
  state TEXT NOT NULL,
  PRIMARY KEY (letter_key, state_number)
);

CREATE TABLE IF NOT EXISTS disputed_item (
  letter_key TEXT NOT NULL REFERENCES determination (letter_key),
  item_number INTEGER NOT NULL,         -- 1, 2, … in letter order
  title TEXT NOT NULL,
  request TEXT NOT NULL,                -- for a partial approval, the remaining portion
  original_request TEXT,
  authorized_portion TEXT,
  quantity INTEGER,
  date_of_service DATE,
  category TEXT NOT NULL,               -- DWC request category
  drug_class TEXT,
  drug_generic_name TEXT,
  drug_brand_name TEXT,
  decision TEXT,                        -- UPHELD, OVERTURNED; NULL when the letter states none
  claims_administrator_guideline TEXT,  -- the statement as written
  reviewer_guideline TEXT,
  rationale TEXT,
  PRIMARY KEY (letter_key, item_number)
);

CREATE TABLE IF NOT EXISTS guideline_citation (
  letter_key TEXT NOT NULL,
  item_number INTEGER NOT NULL,
  side TEXT NOT NULL,                   -- CLAIMS_ADMINISTRATOR or REVIEWER
  citation_number INTEGER NOT NULL,     -- 1, 2, … in the statement's order
  basis TEXT NOT NULL,                  -- MTUS, NON_MTUS
  guideline TEXT NOT NULL,              -- CHRONIC_PAIN, ACOEM, ODG, …, OTHER
  edition INTEGER,
  chapter INTEGER,
  chapter_title TEXT,                   -- ACOEM's in title case; ODG's as written, tidied
  chapter_qualifier TEXT,               -- ODG's, as written: Acute & Chronic
  canonical_chapter TEXT,               -- the chapter's canonical name, else chapter_title
  topic TEXT,
  pages TEXT,                           -- 303-304, 310
  url TEXT,
  title TEXT,
  citation_text TEXT NOT NULL,
  PRIMARY KEY (letter_key, item_number, side, citation_number),
  FOREIGN KEY (letter_key, item_number) REFERENCES disputed_item (letter_key, item_number)
);

-- The grounds the reviewer's rationale gives for an item's decision, main reason first. An item
-- whose rationale states no ground the parser recognises has no rows here.
CREATE TABLE IF NOT EXISTS decision_reason (
  letter_key TEXT NOT NULL,
  item_number INTEGER NOT NULL,
  reason_number INTEGER NOT NULL,       -- 1 (the main reason), 2, … in the model's order
  kind TEXT NOT NULL,                   -- NOT_RECOMMENDED, CRITERIA_NOT_DOCUMENTED, …, CRITERIA_MET
  reason_text TEXT NOT NULL,            -- the sentence or clause that states it
  PRIMARY KEY (letter_key, item_number, reason_number),
  FOREIGN KEY (letter_key, item_number) REFERENCES disputed_item (letter_key, item_number)
);

CREATE TABLE IF NOT EXISTS diagnostic (
  letter_key TEXT NOT NULL REFERENCES determination (letter_key),
  diagnostic_number INTEGER NOT NULL,
  severity TEXT NOT NULL,               -- ERROR, WARNING, INFO
  code TEXT NOT NULL,                   -- a DiagnosticCode, UNREADABLE_FILE or PARSER_FAILURE
  message TEXT NOT NULL,
  line_number INTEGER NOT NULL,
  column_number INTEGER NOT NULL,
  PRIMARY KEY (letter_key, diagnostic_number)
);

CREATE INDEX IF NOT EXISTS determination_case_number ON determination (case_number);
CREATE INDEX IF NOT EXISTS determination_source_file ON determination (source_file);
CREATE INDEX IF NOT EXISTS determination_decision_date ON determination (decision_date);
CREATE INDEX IF NOT EXISTS reviewer_specialty_specialty ON reviewer_specialty (specialty);
CREATE INDEX IF NOT EXISTS disputed_item_decision ON disputed_item (decision);
CREATE INDEX IF NOT EXISTS disputed_item_category ON disputed_item (category);
CREATE INDEX IF NOT EXISTS guideline_citation_guideline ON guideline_citation (guideline, chapter);
CREATE INDEX IF NOT EXISTS decision_reason_kind ON decision_reason (kind, reason_number);
CREATE INDEX IF NOT EXISTS diagnostic_code ON diagnostic (code);
