-- Simulation: named scenarios of indicator levels (private to their author until shared with the
-- instansi), and action plans whose tasks are planned level steps with an owner and a deadline.
-- Portable SQL as in V1: no BOOLEAN (Oracle before 23c has none), visibility is a word.

CREATE SEQUENCE simulation_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE scenario (
  id             BIGINT       NOT NULL,
  instansi_code  VARCHAR(13)  NOT NULL,
  scenario_year  INTEGER      NOT NULL,
  framework_code VARCHAR(30)  NOT NULL,
  name           VARCHAR(120) NOT NULL,
  start_source   VARCHAR(20)  NOT NULL,
  visibility     VARCHAR(10)  NOT NULL,
  created_by     VARCHAR(64)  NOT NULL,
  created_at     TIMESTAMP    NOT NULL,
  updated_by     VARCHAR(64)  NOT NULL,
  updated_at     TIMESTAMP    NOT NULL,
  version_no     INTEGER      NOT NULL,
  CONSTRAINT pk_scenario PRIMARY KEY (id),
  CONSTRAINT uq_scenario_name UNIQUE (instansi_code, scenario_year, name),
  CONSTRAINT fk_scenario_instansi FOREIGN KEY (instansi_code) REFERENCES instansi (code),
  CONSTRAINT fk_scenario_framework FOREIGN KEY (framework_code) REFERENCES framework_version (code)
);

CREATE TABLE scenario_level (
  scenario_id    BIGINT      NOT NULL,
  indicator_code VARCHAR(20) NOT NULL,
  level_value    NUMERIC(6,2) NOT NULL,
  CONSTRAINT pk_scenario_level PRIMARY KEY (scenario_id, indicator_code),
  CONSTRAINT fk_level_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id)
);

CREATE TABLE action_task (
  id             BIGINT        NOT NULL,
  instansi_code  VARCHAR(13)   NOT NULL,
  base_year      INTEGER       NOT NULL,
  framework_code VARCHAR(30)   NOT NULL,
  indicator_code VARCHAR(20)   NOT NULL,
  from_level     NUMERIC(6,2)  NOT NULL,
  to_level       NUMERIC(6,2)  NOT NULL,
  effort         NUMERIC(19,4) NOT NULL,
  owner_opd      VARCHAR(200)  NOT NULL,
  deadline       DATE          NOT NULL,
  status         VARCHAR(20)   NOT NULL,
  created_by     VARCHAR(64)   NOT NULL,
  created_at     TIMESTAMP     NOT NULL,
  updated_by     VARCHAR(64)   NOT NULL,
  updated_at     TIMESTAMP     NOT NULL,
  version_no     INTEGER       NOT NULL,
  CONSTRAINT pk_action_task PRIMARY KEY (id),
  CONSTRAINT uq_action_task UNIQUE (instansi_code, base_year, indicator_code, to_level),
  CONSTRAINT fk_task_instansi FOREIGN KEY (instansi_code) REFERENCES instansi (code),
  CONSTRAINT fk_task_framework FOREIGN KEY (framework_code) REFERENCES framework_version (code)
);
CREATE INDEX ix_action_task_instansi ON action_task (instansi_code, base_year);
