-- What each stage of an adoption records (issue 13): the adopter's problem and resources when it
-- prepares, its baseline (the latest official result then), the mode of transfer of its plan, and
-- the evidence that it runs. Portable SQL as in V1.
ALTER TABLE adoption ADD problem VARCHAR(2000);
ALTER TABLE adoption ADD resources VARCHAR(2000);
ALTER TABLE adoption ADD baseline_year INTEGER;
ALTER TABLE adoption ADD baseline_index NUMERIC(9,4);
ALTER TABLE adoption ADD transfer_mode VARCHAR(20);
ALTER TABLE adoption ADD evidence_url VARCHAR(500);
