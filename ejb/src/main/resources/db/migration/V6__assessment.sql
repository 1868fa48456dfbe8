-- The evaluation cycle: periods with their stages, one assessment per instansi and period, the
-- answer to each indicator (self and external), evidence files and their links, assessor
-- verdicts with the instansi's replies, and who assesses whom. Portable SQL as in V1.

-- What the self-assessment page shows per indicator (Pemdi: description, instansi pembina, the
-- internal functions that answer, the other agency's index it is fed by, indicative evidence).
ALTER TABLE framework_node ADD description VARCHAR(4000);
ALTER TABLE framework_node ADD pembina VARCHAR(4000);
ALTER TABLE framework_node ADD functions_text VARCHAR(4000);
ALTER TABLE framework_node ADD external_index VARCHAR(300);
ALTER TABLE framework_node ADD evidence_hint VARCHAR(4000);

CREATE SEQUENCE assessment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE evaluation_period (
  id             BIGINT      NOT NULL,
  period_year    INTEGER     NOT NULL,
  framework_code VARCHAR(30) NOT NULL,
  grading_basis  VARCHAR(10) NOT NULL,
  stage          VARCHAR(20) NOT NULL,
  version_no     INTEGER     NOT NULL,
  CONSTRAINT pk_evaluation_period PRIMARY KEY (id),
  CONSTRAINT uq_evaluation_period UNIQUE (period_year),
  CONSTRAINT fk_period_framework FOREIGN KEY (framework_code) REFERENCES framework_version (code)
);

CREATE TABLE period_stage (
  period_id BIGINT      NOT NULL,
  stage     VARCHAR(20) NOT NULL,
  starts_on DATE,
  ends_on   DATE,
  CONSTRAINT pk_period_stage PRIMARY KEY (period_id, stage),
  CONSTRAINT fk_stage_period FOREIGN KEY (period_id) REFERENCES evaluation_period (id)
);

CREATE TABLE assessor_assignment (
  id            BIGINT      NOT NULL,
  period_id     BIGINT      NOT NULL,
  instansi_code VARCHAR(13) NOT NULL,
  assessor      VARCHAR(64) NOT NULL,
  aspect_code   VARCHAR(20),
  CONSTRAINT pk_assessor_assignment PRIMARY KEY (id),
  CONSTRAINT fk_assignment_period FOREIGN KEY (period_id) REFERENCES evaluation_period (id),
  CONSTRAINT fk_assignment_instansi FOREIGN KEY (instansi_code) REFERENCES instansi (code)
);
CREATE INDEX ix_assignment_assessor ON assessor_assignment (assessor, period_id);

CREATE TABLE assessment (
  id            BIGINT      NOT NULL,
  period_id     BIGINT      NOT NULL,
  instansi_code VARCHAR(13) NOT NULL,
  status        VARCHAR(20) NOT NULL,
  submitted_by  VARCHAR(64),
  submitted_at  TIMESTAMP,
  finalised_by  VARCHAR(64),
  finalised_at  TIMESTAMP,
  version_no    INTEGER     NOT NULL,
  CONSTRAINT pk_assessment PRIMARY KEY (id),
  CONSTRAINT uq_assessment UNIQUE (period_id, instansi_code),
  CONSTRAINT fk_assessment_period FOREIGN KEY (period_id) REFERENCES evaluation_period (id),
  CONSTRAINT fk_assessment_instansi FOREIGN KEY (instansi_code) REFERENCES instansi (code)
);

CREATE TABLE assessment_answer (
  id             BIGINT        NOT NULL,
  assessment_id  BIGINT        NOT NULL,
  indicator_code VARCHAR(20)   NOT NULL,
  self_level     NUMERIC(6,2),
  explanation    VARCHAR(4000),
  opd            VARCHAR(200),
  external_level NUMERIC(6,2),
  external_stage VARCHAR(20),
  external_note  VARCHAR(4000),
  updated_by     VARCHAR(64),
  updated_at     TIMESTAMP,
  version_no     INTEGER       NOT NULL,
  CONSTRAINT pk_assessment_answer PRIMARY KEY (id),
  CONSTRAINT uq_assessment_answer UNIQUE (assessment_id, indicator_code),
  CONSTRAINT fk_answer_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);

CREATE TABLE evidence_file (
  id            BIGINT       NOT NULL,
  assessment_id BIGINT       NOT NULL,
  document_name VARCHAR(255) NOT NULL,
  file_version  INTEGER      NOT NULL,
  content_type  VARCHAR(100) NOT NULL,
  size_bytes    BIGINT       NOT NULL,
  sha256        VARCHAR(64)  NOT NULL,
  storage_key   VARCHAR(200) NOT NULL,
  uploaded_by   VARCHAR(64)  NOT NULL,
  uploaded_at   TIMESTAMP    NOT NULL,
  CONSTRAINT pk_evidence_file PRIMARY KEY (id),
  CONSTRAINT uq_evidence_version UNIQUE (assessment_id, document_name, file_version),
  CONSTRAINT fk_evidence_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);

CREATE TABLE evidence_link (
  answer_id   BIGINT NOT NULL,
  evidence_id BIGINT NOT NULL,
  CONSTRAINT pk_evidence_link PRIMARY KEY (answer_id, evidence_id),
  CONSTRAINT fk_link_answer FOREIGN KEY (answer_id) REFERENCES assessment_answer (id),
  CONSTRAINT fk_link_evidence FOREIGN KEY (evidence_id) REFERENCES evidence_file (id)
);

CREATE TABLE review_verdict (
  id          BIGINT        NOT NULL,
  answer_id   BIGINT        NOT NULL,
  evidence_id BIGINT,
  stage       VARCHAR(20)   NOT NULL,
  verdict     VARCHAR(30)   NOT NULL,
  note        VARCHAR(4000) NOT NULL,
  assessor    VARCHAR(64)   NOT NULL,
  given_at    TIMESTAMP     NOT NULL,
  reply       VARCHAR(4000),
  replied_by  VARCHAR(64),
  replied_at  TIMESTAMP,
  version_no  INTEGER       NOT NULL,
  CONSTRAINT pk_review_verdict PRIMARY KEY (id),
  CONSTRAINT fk_verdict_answer FOREIGN KEY (answer_id) REFERENCES assessment_answer (id),
  CONSTRAINT fk_verdict_evidence FOREIGN KEY (evidence_id) REFERENCES evidence_file (id)
);
CREATE INDEX ix_verdict_answer ON review_verdict (answer_id);
