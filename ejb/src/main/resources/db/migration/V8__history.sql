-- Seven years of history (issue 12): where each published figure comes from, the official
-- indicator levels of a published result, bodies that are no longer in the register, and
-- KemenPANRB's own codes for future imports. Portable SQL as in V1 (no BOOLEAN: flags are 0/1).

-- A source of published figures and how reliable it is (OFFICIAL, THIRD_PARTY_CONSISTENT,
-- THIRD_PARTY, PLATFORM, IMPORTED). Shipped in reference/spbe/sources.csv.
CREATE TABLE result_source (
  code           VARCHAR(10)   NOT NULL,
  name_id        VARCHAR(300)  NOT NULL,
  name_en        VARCHAR(300)  NOT NULL,
  reliability    VARCHAR(30)   NOT NULL,
  note_id        VARCHAR(1000),
  note_en        VARCHAR(1000),
  url            VARCHAR(500),
  CONSTRAINT pk_result_source PRIMARY KEY (code)
);
INSERT INTO result_source (code, name_id, name_en, reliability)
  VALUES ('LL', 'Finalisasi di Living Lab', 'Finalised on Living Lab', 'PLATFORM');
INSERT INTO result_source (code, name_id, name_en, reliability)
  VALUES ('IMPORT', 'Diimpor oleh administrator nasional', 'Imported by the national administrator', 'IMPORTED');
INSERT INTO result_source (code, name_id, name_en, reliability)
  VALUES ('K2023', 'KemenPANRB, Laporan Pelaksanaan Evaluasi SPBE Tahun 2023',
          'KemenPANRB, Laporan Pelaksanaan Evaluasi SPBE Tahun 2023', 'OFFICIAL');

ALTER TABLE published_result ADD source_code VARCHAR(10);
ALTER TABLE published_result ADD result_mode VARCHAR(20) DEFAULT 'EVALUATED' NOT NULL;
ALTER TABLE published_result ADD carried_forward INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE published_result ADD note VARCHAR(500);

-- Rows stored before this release: a finalised assessment made them on the platform; the 2023
-- rows came from the shipped official report; anything else was imported by the administrator.
UPDATE published_result SET source_code = 'LL'
  WHERE EXISTS (SELECT 1 FROM assessment a JOIN evaluation_period p ON p.id = a.period_id
                WHERE a.status = 'FINALISED' AND a.instansi_code = published_result.instansi_code
                  AND p.period_year = published_result.result_year);
UPDATE published_result SET source_code = 'K2023' WHERE source_code IS NULL AND result_year = 2023;
UPDATE published_result SET source_code = 'IMPORT' WHERE source_code IS NULL;
ALTER TABLE published_result ADD CONSTRAINT fk_result_source
  FOREIGN KEY (source_code) REFERENCES result_source (code);

-- The official level of each indicator behind a published result, where the source gives them.
CREATE TABLE published_result_level (
  result_id      BIGINT       NOT NULL,
  indicator_code VARCHAR(20)  NOT NULL,
  level_value    NUMERIC(6,2) NOT NULL,
  CONSTRAINT pk_published_result_level PRIMARY KEY (result_id, indicator_code),
  CONSTRAINT fk_level_result FOREIGN KEY (result_id) REFERENCES published_result (id)
);

-- A body no longer in the register: the years it was scored and what became of it.
ALTER TABLE instansi ADD historic_years VARCHAR(60);
ALTER TABLE instansi ADD fate VARCHAR(400);

-- KemenPANRB's own codes and names for our instansi, as its evaluation files write them (a row
-- without a code matched by name only), for reading future KemenPANRB files.
CREATE TABLE kemenpanrb_alias (
  row_no          INTEGER      NOT NULL,
  kemenpanrb_kode VARCHAR(10),
  instansi_code   VARCHAR(13)  NOT NULL,
  name_in_source  VARCHAR(200) NOT NULL,
  matched_by      VARCHAR(10)  NOT NULL,
  CONSTRAINT pk_kemenpanrb_alias PRIMARY KEY (row_no),
  CONSTRAINT fk_alias_instansi FOREIGN KEY (instansi_code) REFERENCES instansi (code)
);
CREATE INDEX ix_alias_kode ON kemenpanrb_alias (kemenpanrb_kode);
