-- Reference data: regions, instansi, framework versions, evaluation years, published results.
-- Portable SQL for H2, PostgreSQL and Oracle: VARCHAR/NUMERIC/INTEGER/BIGINT only, no
-- vendor types, no identity columns (ids come from sequences), no reserved words as names.
-- EclipseLink reads a sequence value as the last id of a block of 50, so sequences start at 50.

CREATE TABLE region (
  code          VARCHAR(13)  NOT NULL,
  name          VARCHAR(200) NOT NULL,
  province_code VARCHAR(13),
  CONSTRAINT pk_region PRIMARY KEY (code)
);

CREATE TABLE instansi (
  code          VARCHAR(13)  NOT NULL,
  name          VARCHAR(200) NOT NULL,
  kind          VARCHAR(20)  NOT NULL,
  category      VARCHAR(60),
  short_name    VARCHAR(60),
  province_code VARCHAR(13),
  CONSTRAINT pk_instansi PRIMARY KEY (code),
  CONSTRAINT fk_instansi_province FOREIGN KEY (province_code) REFERENCES region (code)
);
CREATE INDEX ix_instansi_province ON instansi (province_code);

CREATE TABLE framework_version (
  code          VARCHAR(30)  NOT NULL,
  name_id       VARCHAR(300) NOT NULL,
  name_en       VARCHAR(300),
  regulation    VARCHAR(200),
  level_min     NUMERIC(6,2) NOT NULL,
  level_max     NUMERIC(6,2) NOT NULL,
  level_step    NUMERIC(6,2) NOT NULL,
  band_boundary VARCHAR(20)  NOT NULL,
  CONSTRAINT pk_framework_version PRIMARY KEY (code)
);

CREATE TABLE predicate_band (
  framework_code VARCHAR(30)  NOT NULL,
  lower_bound    NUMERIC(6,2) NOT NULL,
  name_id        VARCHAR(60)  NOT NULL,
  name_en        VARCHAR(60)  NOT NULL,
  CONSTRAINT fk_band_framework FOREIGN KEY (framework_code) REFERENCES framework_version (code)
);

CREATE SEQUENCE framework_node_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE framework_node (
  id             BIGINT        NOT NULL,
  framework_code VARCHAR(30)   NOT NULL,
  parent_code    VARCHAR(20),
  code           VARCHAR(20)   NOT NULL,
  kind           VARCHAR(20)   NOT NULL,
  name_id        VARCHAR(500)  NOT NULL,
  name_en        VARCHAR(500),
  weight         NUMERIC(9,4)  NOT NULL,
  sort_order     INTEGER       NOT NULL,
  level_scale    VARCHAR(20),
  question       VARCHAR(4000),
  CONSTRAINT pk_framework_node PRIMARY KEY (id),
  CONSTRAINT uq_framework_node UNIQUE (framework_code, code),
  CONSTRAINT fk_node_framework FOREIGN KEY (framework_code) REFERENCES framework_version (code)
);

CREATE TABLE level_criterion (
  node_id  BIGINT        NOT NULL,
  level_no INTEGER       NOT NULL,
  text_id  VARCHAR(4000) NOT NULL,
  CONSTRAINT fk_criterion_node FOREIGN KEY (node_id) REFERENCES framework_node (id)
);
CREATE INDEX ix_criterion_node ON level_criterion (node_id);

CREATE TABLE evaluation_year (
  eval_year      INTEGER     NOT NULL,
  framework_code VARCHAR(30) NOT NULL,
  grading_basis  VARCHAR(10) NOT NULL,
  CONSTRAINT pk_evaluation_year PRIMARY KEY (eval_year),
  CONSTRAINT fk_year_framework FOREIGN KEY (framework_code) REFERENCES framework_version (code)
);

CREATE SEQUENCE published_result_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE published_result (
  id            BIGINT       NOT NULL,
  result_year   INTEGER      NOT NULL,
  instansi_code VARCHAR(13)  NOT NULL,
  index_value   NUMERIC(6,2) NOT NULL,
  predicate     VARCHAR(60),
  CONSTRAINT pk_published_result PRIMARY KEY (id),
  CONSTRAINT uq_published_result UNIQUE (result_year, instansi_code),
  CONSTRAINT fk_result_instansi FOREIGN KEY (instansi_code) REFERENCES instansi (code)
);
CREATE INDEX ix_result_instansi ON published_result (instansi_code);

CREATE TABLE published_result_value (
  result_id  BIGINT       NOT NULL,
  node_code  VARCHAR(20)  NOT NULL,
  node_value NUMERIC(6,2),
  CONSTRAINT pk_published_result_value PRIMARY KEY (result_id, node_code),
  CONSTRAINT fk_value_result FOREIGN KEY (result_id) REFERENCES published_result (id)
);

CREATE TABLE national_index (
  index_year     INTEGER      NOT NULL,
  framework_code VARCHAR(30)  NOT NULL,
  instansi_count INTEGER,
  index_value    NUMERIC(6,2) NOT NULL,
  predicate      VARCHAR(60),
  CONSTRAINT pk_national_index PRIMARY KEY (index_year)
);
