-- The numbers of imr report as SQL over the tables imr load makes (schema.sql). Each query
-- follows a line "-- query: NAME"; the report shows it under the table it gives, and a test
-- checks that the two agree. Portable SQL: SQLite, PostgreSQL, H2.

-- query: totals
SELECT SUM(CASE WHEN d.is_letter = TRUE THEN 1 ELSE 0 END) AS letters,
       SUM(CASE WHEN d.is_letter = TRUE THEN 0 ELSE 1 END) AS not_letters,
       SUM(d.item_count) AS items
FROM determination d;

-- query: letters
SELECT d.case_number, d.decision_date, d.outcome, d.item_count AS items,
       (SELECT STRING_AGG(s.canonical_specialty, '; ' ORDER BY s.specialty_number)
        FROM reviewer_specialty s
        WHERE s.letter_key = d.letter_key) AS specialties,
       d.source
FROM determination d
WHERE d.is_letter = TRUE
ORDER BY d.decision_date NULLS LAST, d.case_number NULLS LAST, d.source;

-- query: by-month
SELECT SUBSTR(CAST(d.decision_date AS VARCHAR(10)), 1, 7) AS decision_month,
       COUNT(*) AS letters,
       SUM(d.item_count) AS items
FROM determination d
WHERE d.is_letter = TRUE
GROUP BY SUBSTR(CAST(d.decision_date AS VARCHAR(10)), 1, 7)
ORDER BY decision_month NULLS LAST;

-- query: month-rates
SELECT SUBSTR(CAST(d.decision_date AS VARCHAR(10)), 1, 7) AS decision_month,
       COUNT(*) AS items,
       SUM(CASE WHEN i.decision = 'OVERTURNED' THEN 1 ELSE 0 END) AS overturned
FROM determination d
JOIN disputed_item i ON i.letter_key = d.letter_key
WHERE i.decision IS NOT NULL
GROUP BY SUBSTR(CAST(d.decision_date AS VARCHAR(10)), 1, 7)
ORDER BY decision_month NULLS LAST;

-- query: outcomes
SELECT d.outcome, COUNT(*) AS letters
FROM determination d
WHERE d.is_letter = TRUE
GROUP BY d.outcome
ORDER BY letters DESC, d.outcome NULLS LAST;

-- query: decisions
SELECT i.decision, COUNT(*) AS items
FROM disputed_item i
GROUP BY i.decision
ORDER BY items DESC, i.decision NULLS LAST;

-- query: by-category
SELECT i.category,
       COUNT(*) AS items,
       SUM(CASE WHEN i.decision = 'OVERTURNED' THEN 1 ELSE 0 END) AS overturned
FROM disputed_item i
WHERE i.decision IS NOT NULL
GROUP BY i.category
ORDER BY items DESC, i.category;

-- query: by-drug-class
SELECT i.drug_class,
       COUNT(*) AS items,
       SUM(CASE WHEN i.decision = 'OVERTURNED' THEN 1 ELSE 0 END) AS overturned
FROM disputed_item i
WHERE i.decision IS NOT NULL AND i.category = 'PHARMACEUTICALS'
GROUP BY i.drug_class
ORDER BY items DESC, i.drug_class NULLS LAST;

-- query: by-specialty
SELECT s.canonical_specialty AS specialty,
       COUNT(*) AS items,
       SUM(CASE WHEN i.decision = 'OVERTURNED' THEN 1 ELSE 0 END) AS overturned
FROM reviewer_specialty s
JOIN disputed_item i ON i.letter_key = s.letter_key
WHERE i.decision IS NOT NULL
GROUP BY s.canonical_specialty
ORDER BY items DESC, s.canonical_specialty;

-- query: top-requests
SELECT LOWER(i.request) AS request,
       COUNT(*) AS items,
       SUM(CASE WHEN i.decision = 'OVERTURNED' THEN 1 ELSE 0 END) AS overturned,
       MIN(i.request) AS as_written
FROM disputed_item i
WHERE i.decision IS NOT NULL
GROUP BY LOWER(i.request)
ORDER BY items DESC, LOWER(i.request)
LIMIT 15;

-- query: top-drugs
SELECT i.drug_generic_name AS drug,
       COUNT(*) AS items,
       SUM(CASE WHEN i.decision = 'OVERTURNED' THEN 1 ELSE 0 END) AS overturned
FROM disputed_item i
WHERE i.decision IS NOT NULL AND i.category = 'PHARMACEUTICALS'
  AND i.drug_generic_name IS NOT NULL
GROUP BY i.drug_generic_name
ORDER BY items DESC, i.drug_generic_name
LIMIT 15;

-- query: by-guideline
SELECT c.guideline,
       COUNT(*) AS items,
       SUM(CASE WHEN i.decision = 'OVERTURNED' THEN 1 ELSE 0 END) AS overturned
FROM disputed_item i
LEFT JOIN (SELECT DISTINCT letter_key, item_number, guideline
           FROM guideline_citation
           WHERE side = 'REVIEWER') c
  ON c.letter_key = i.letter_key AND c.item_number = i.item_number
WHERE i.decision IS NOT NULL
GROUP BY c.guideline
ORDER BY items DESC, c.guideline NULLS LAST;

-- query: upheld-reasons
SELECT i.category, r.kind AS main_reason, COUNT(*) AS items
FROM disputed_item i
LEFT JOIN decision_reason r
  ON r.letter_key = i.letter_key AND r.item_number = i.item_number AND r.reason_number = 1
WHERE i.decision = 'UPHELD'
GROUP BY i.category, r.kind
ORDER BY i.category, items DESC, r.kind NULLS LAST;

-- query: guideline-uses
SELECT c.basis, c.guideline,
       SUM(CASE WHEN c.side = 'CLAIMS_ADMINISTRATOR' THEN 1 ELSE 0 END) AS claims_administrator,
       SUM(CASE WHEN c.side = 'REVIEWER' THEN 1 ELSE 0 END) AS reviewer
FROM guideline_citation c
GROUP BY c.basis, c.guideline
ORDER BY COUNT(*) DESC, c.basis, c.guideline;

-- query: top-citations
SELECT c.side, c.basis, c.guideline, c.canonical_chapter AS chapter, c.topic,
       COUNT(*) AS citations
FROM guideline_citation c
GROUP BY c.side, c.basis, c.guideline, c.canonical_chapter, c.topic
ORDER BY c.side, citations DESC, c.basis, c.guideline, c.canonical_chapter NULLS LAST,
         c.topic NULLS LAST;

-- query: errors
SELECT d.source, g.line_number, g.column_number, g.code, g.message
FROM diagnostic g
JOIN determination d ON d.letter_key = g.letter_key
WHERE g.severity = 'ERROR'
ORDER BY d.source, g.diagnostic_number;
