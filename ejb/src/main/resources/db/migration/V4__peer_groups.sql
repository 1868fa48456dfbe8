-- Peer groups beyond kind and province: the Living Lab cohorts (shipped) and groups that a
-- national administrator defines.
CREATE TABLE peer_group (
  code        VARCHAR(60)  NOT NULL,
  name_id     VARCHAR(200) NOT NULL,
  name_en     VARCHAR(200),
  description VARCHAR(1000),
  group_type  VARCHAR(20)  NOT NULL,
  CONSTRAINT pk_peer_group PRIMARY KEY (code)
);

CREATE TABLE peer_group_member (
  group_code    VARCHAR(60) NOT NULL,
  instansi_code VARCHAR(13) NOT NULL,
  CONSTRAINT pk_peer_group_member PRIMARY KEY (group_code, instansi_code),
  CONSTRAINT fk_member_group FOREIGN KEY (group_code) REFERENCES peer_group (code),
  CONSTRAINT fk_member_instansi FOREIGN KEY (instansi_code) REFERENCES instansi (code)
);
CREATE INDEX ix_member_instansi ON peer_group_member (instansi_code);
