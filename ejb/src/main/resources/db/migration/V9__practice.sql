-- The good-practice exchange (issue 13): practices of an owner instansi, the categories they
-- serve, their sources, the indicators they should raise (proposed by the owner, approved by a
-- curator), and adoptions with every move kept. Portable SQL as in V1: no BOOLEAN (flags are 0/1),
-- ordered collections carry a seq_no.

CREATE SEQUENCE practice_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE practice (
  id            BIGINT        NOT NULL,
  code          VARCHAR(60)   NOT NULL,
  owner_code    VARCHAR(13)   NOT NULL,
  title         VARCHAR(200)  NOT NULL,
  summary_id    VARCHAR(2000),
  summary_en    VARCHAR(2000),
  problem_id    VARCHAR(1000),
  problem_en    VARCHAR(1000),
  how_it_works  VARCHAR(4000),
  results_text  VARCHAR(4000),
  maturity      VARCHAR(20)   NOT NULL,
  run_status    VARCHAR(20)   NOT NULL,
  year_started  INTEGER,
  demo_url      VARCHAR(500),
  video_url     VARCHAR(500),
  source_code   VARCHAR(20),
  licence       VARCHAR(100),
  team          VARCHAR(4000),
  note_id       VARCHAR(1000),
  note_en       VARCHAR(1000),
  publication   VARCHAR(20)   NOT NULL,
  published_by  VARCHAR(64),
  published_at  TIMESTAMP,
  confirmed_on  DATE,
  demo          INTEGER       DEFAULT 0 NOT NULL,
  created_by    VARCHAR(64)   NOT NULL,
  created_at    TIMESTAMP     NOT NULL,
  updated_by    VARCHAR(64)   NOT NULL,
  updated_at    TIMESTAMP     NOT NULL,
  version_no    INTEGER       NOT NULL,
  CONSTRAINT pk_practice PRIMARY KEY (id),
  CONSTRAINT uq_practice_code UNIQUE (code),
  CONSTRAINT fk_practice_owner FOREIGN KEY (owner_code) REFERENCES instansi (code)
);
CREATE INDEX ix_practice_owner ON practice (owner_code);

CREATE TABLE practice_category (
  practice_id BIGINT     NOT NULL,
  category    VARCHAR(3) NOT NULL,
  CONSTRAINT pk_practice_category PRIMARY KEY (practice_id, category),
  CONSTRAINT fk_category_practice FOREIGN KEY (practice_id) REFERENCES practice (id)
);

CREATE TABLE practice_source (
  practice_id BIGINT       NOT NULL,
  seq_no      INTEGER      NOT NULL,
  url         VARCHAR(500) NOT NULL,
  CONSTRAINT pk_practice_source PRIMARY KEY (practice_id, seq_no),
  CONSTRAINT fk_source_practice FOREIGN KEY (practice_id) REFERENCES practice (id)
);

CREATE TABLE practice_indicator (
  practice_id    BIGINT        NOT NULL,
  seq_no         INTEGER       NOT NULL,
  framework_code VARCHAR(30)   NOT NULL,
  indicator_code VARCHAR(20)   NOT NULL,
  from_level     NUMERIC(6,2)  NOT NULL,
  to_level       NUMERIC(6,2)  NOT NULL,
  reason         VARCHAR(1000),
  approved       INTEGER       DEFAULT 0 NOT NULL,
  CONSTRAINT pk_practice_indicator PRIMARY KEY (practice_id, seq_no),
  CONSTRAINT fk_indicator_practice FOREIGN KEY (practice_id) REFERENCES practice (id),
  CONSTRAINT fk_indicator_framework FOREIGN KEY (framework_code) REFERENCES framework_version (code)
);
CREATE INDEX ix_practice_indicator ON practice_indicator (framework_code, indicator_code);

CREATE TABLE adoption (
  id           BIGINT        NOT NULL,
  practice_id  BIGINT        NOT NULL,
  owner_code   VARCHAR(13)   NOT NULL,
  adopter_code VARCHAR(13)   NOT NULL,
  parent_id    BIGINT,
  stage        VARCHAR(20)   NOT NULL,
  reported     INTEGER       DEFAULT 0 NOT NULL,
  adaptation   VARCHAR(2000),
  demo         INTEGER       DEFAULT 0 NOT NULL,
  created_by   VARCHAR(64)   NOT NULL,
  created_at   TIMESTAMP     NOT NULL,
  version_no   INTEGER       NOT NULL,
  CONSTRAINT pk_adoption PRIMARY KEY (id),
  CONSTRAINT fk_adoption_practice FOREIGN KEY (practice_id) REFERENCES practice (id),
  CONSTRAINT fk_adoption_adopter FOREIGN KEY (adopter_code) REFERENCES instansi (code),
  CONSTRAINT fk_adoption_parent FOREIGN KEY (parent_id) REFERENCES adoption (id)
);
CREATE INDEX ix_adoption_practice ON adoption (practice_id);
CREATE INDEX ix_adoption_adopter ON adoption (adopter_code);

CREATE TABLE adoption_step (
  adoption_id BIGINT        NOT NULL,
  seq_no      INTEGER       NOT NULL,
  from_stage  VARCHAR(20),
  to_stage    VARCHAR(20)   NOT NULL,
  reached_on  DATE          NOT NULL,
  recorded_by VARCHAR(64)   NOT NULL,
  recorded_at TIMESTAMP     NOT NULL,
  note        VARCHAR(2000),
  source_url  VARCHAR(500),
  CONSTRAINT pk_adoption_step PRIMARY KEY (adoption_id, seq_no),
  CONSTRAINT fk_step_adoption FOREIGN KEY (adoption_id) REFERENCES adoption (id)
);
