#!/usr/bin/env bash
# Stands Living Lab up on a Payara Server 6 domain. The same script serves three audiences:
#   - the Run command (a throw-away dev domain on 8080/4848 with H2 and the embedded directory),
#   - the tests (a domain on portbase 28000, H2 or PostgreSQL),
#   - a data centre (configure + deploy against its own domain, PostgreSQL/Oracle, real LDAP).
#
# Usage: livinglab-domain.sh COMMAND [EAR]
#   create     re-create the domain and start it (dev and test only: it deletes the old domain)
#   configure  against a running domain: JDBC driver, pool and jdbc/livinglab, security and
#              livinglab.* configuration values (what a data centre runs once)
#   deploy EAR deploy (or redeploy) the application and wait until it answers
#   up EAR     create + configure + deploy: the Run command
#   secure-admin  against a running domain: set the admin password (LL_ADMIN_NEW_PASSWORD_FILE)
#              and enable secure admin (TLS on 4848), so the console is never open; a data centre
#              runs it once, then passes LL_ADMIN_PASSWORD_FILE to every later command
#   stop       stop the domain
#
# Ports (portbase + offset with LL_PORTBASE): 8080 the application (http-listener-1), 8181 its
# TLS listener, 4848 administration (console and asadmin), 8686 JMX, 3700/3820/3920 IIOP (EJB
# remoting; unused by Living Lab), 7676 JMS (unused, lazy), 4900 Hazelcast (Payara's data grid; not yet
# bound to loopback).
# A domain made by `create` (dev and tests) binds administration, JMX and IIOP to 127.0.0.1; a
# data centre puts only 8080/8181 behind its proxy and keeps the
# others on its management network.
#
# Settings (environment; nothing secret is ever committed):
#   PAYARA_HOME            the Payara installation (required)
#   LL_DOMAIN              domain name (livinglab)
#   LL_PORTBASE            port base for create (empty: 8080 http, 4848 admin)
#   LL_ADMIN_PORT          admin port of an existing domain (4848, or portbase + 48)
#   LL_ADMIN_USER          admin user (admin); LL_ADMIN_PASSWORD_FILE an asadmin password file
#   LL_PUBLIC_URL          the application's public address behind a proxy, e.g.
#                          https://spbe.example.go.id: state-changing requests must come from it
#   LL_DB                  h2 (default) | postgresql | oracle
#   LL_DATA_DIR            where H2 and uploaded files live, outside the domain (~/.livinglab)
#   LL_DB_URL              JDBC URL for postgresql/oracle, e.g. jdbc:postgresql://db:5432/livinglab
#   LL_DB_USER             database user
#   LL_DB_PASSWORD_ALIAS   name of an asadmin password alias holding the password (optional:
#                          create it with `asadmin create-password-alias NAME`)
#   LL_JDBC_DRIVER_JAR     driver jar added to the domain for postgresql/oracle
#   LL_LDAP_URL            ldap://host:389 of the real directory; empty: the embedded demo one
#   LL_LDAP_BIND_DN, LL_LDAP_BIND_PASSWORD_ALIAS, LL_LDAP_USER_BASE, LL_LDAP_GROUP_BASE,
#   LL_LDAP_USER_FILTER, LL_LDAP_INSTANSI_ATTRIBUTE, LL_LDAP_ROLE_MAP
#                          the directory mapping (see README "Deploy to a Payara domain")
#   LL_MAIL_SESSION        JNDI name of the server's Jakarta Mail session for notifications
#                          (make it once: asadmin create-mail-resource --mailhost smtp.example.go.id
#                          --mailuser livinglab --fromaddress livinglab@example.go.id mail/livinglab)
#   LL_MAIL_HOST, LL_MAIL_PORT, LL_MAIL_FROM
#                          or a plain SMTP host and port (and sender) without a mail session;
#                          neither: no e-mail, the platform's inbox page still shows everything
set -euo pipefail

: "${PAYARA_HOME:?set PAYARA_HOME to the Payara installation}"
DOMAIN=${LL_DOMAIN:-livinglab}
PORTBASE=${LL_PORTBASE:-}
if [ -n "$PORTBASE" ]; then
  ADMIN_PORT=${LL_ADMIN_PORT:-$((PORTBASE + 48))}
  HTTP_PORT=$((PORTBASE + 80))
else
  ADMIN_PORT=${LL_ADMIN_PORT:-4848}
  HTTP_PORT=8080
fi
DB=${LL_DB:-h2}
DATA_DIR=${LL_DATA_DIR:-$HOME/.livinglab}
ASADMIN="$PAYARA_HOME/bin/asadmin"
AS=("$ASADMIN" --port "$ADMIN_PORT" --user "${LL_ADMIN_USER:-admin}")
[ -n "${LL_ADMIN_PASSWORD_FILE:-}" ] && AS+=(--passwordfile "$LL_ADMIN_PASSWORD_FILE")
AS+=(--interactive=false)

log() { printf '[livinglab] %s\n' "$*"; }

create() {
  "$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
  "$ASADMIN" delete-domain "$DOMAIN" >/dev/null 2>&1 || true
  local opts=(--nopassword)
  [ -n "$PORTBASE" ] && opts+=(--portbase "$PORTBASE")
  log "creating domain $DOMAIN (admin port $ADMIN_PORT, http port $HTTP_PORT)"
  "$ASADMIN" --interactive=false create-domain "${opts[@]}" "$DOMAIN" >/dev/null
  log "starting domain $DOMAIN"
  "$ASADMIN" start-domain "$DOMAIN" >/dev/null
  own_temp
  local_only
}

# Each domain its own temp folder: the server stores a deployed archive there under the archive's
# name, so two domains on one machine (tests beside a dev server, two cluster instances) sharing
# /tmp overwrite each other's upload ("invalid stored block lengths"). Takes effect at the restart.
own_temp() {
  mkdir -p "$PAYARA_HOME/glassfish/domains/$DOMAIN/tmp"
  "${AS[@]}" create-jvm-options '-Djava.io.tmpdir=${com.sun.aas.instanceRoot}/tmp' >/dev/null
}

# A created domain (dev, tests) listens on loopback only: its admin console has no password and
# its demo users' passwords are in the README. Takes effect at the restart.
local_only() {
  local c=configs.config.server-config
  log "binding administration, JMX and IIOP to 127.0.0.1"
  "${AS[@]}" set \
    "$c.network-config.network-listeners.network-listener.admin-listener.address=127.0.0.1" \
    "$c.admin-service.jmx-connector.system.address=127.0.0.1" \
    "$c.iiop-service.iiop-listener.orb-listener-1.address=127.0.0.1" \
    "$c.iiop-service.iiop-listener.SSL.address=127.0.0.1" \
    "$c.iiop-service.iiop-listener.SSL_MUTUALAUTH.address=127.0.0.1" >/dev/null
  "${AS[@]}" restart-domain "$DOMAIN" >/dev/null
}

# What every domain needs, a data centre's too: no version banners, no open metrics endpoint
# (health and metrics come with the operations work, behind the management network).
hardening() {
  local p=configs.config.server-config.network-config.protocols.protocol
  "${AS[@]}" set \
    "$p.http-listener-1.http.server-header=false" "$p.http-listener-1.http.xpowered-by=false" \
    "$p.http-listener-2.http.server-header=false" "$p.http-listener-2.http.xpowered-by=false" \
    >/dev/null
  "${AS[@]}" set-metrics-configuration --enabled=false >/dev/null
}

secure_admin() {
  : "${LL_ADMIN_NEW_PASSWORD_FILE:?set LL_ADMIN_NEW_PASSWORD_FILE to a file with AS_ADMIN_PASSWORD=<current, empty on a new domain> and AS_ADMIN_NEWPASSWORD=<new>}"
  log "setting the admin password and enabling secure admin"
  "$ASADMIN" --port "$ADMIN_PORT" --user "${LL_ADMIN_USER:-admin}" \
    --passwordfile "$LL_ADMIN_NEW_PASSWORD_FILE" --interactive=false change-admin-password >/dev/null
  local new
  new=$(mktemp)
  grep '^AS_ADMIN_NEWPASSWORD=' "$LL_ADMIN_NEW_PASSWORD_FILE" | sed 's/^AS_ADMIN_NEWPASSWORD=/AS_ADMIN_PASSWORD=/' >"$new"
  "$ASADMIN" --port "$ADMIN_PORT" --user "${LL_ADMIN_USER:-admin}" --passwordfile "$new" \
    --interactive=false enable-secure-admin >/dev/null
  "$ASADMIN" --port "$ADMIN_PORT" --user "${LL_ADMIN_USER:-admin}" --passwordfile "$new" \
    --interactive=false restart-domain "$DOMAIN" >/dev/null
  rm -f "$new"
  log "secure admin enabled: pass LL_ADMIN_PASSWORD_FILE (AS_ADMIN_PASSWORD=<new>) from now on"
}

pool_xml() {
  local file=$1 classname url props
  case "$DB" in
    h2)
      mkdir -p "$DATA_DIR/db"
      classname=org.h2.jdbcx.JdbcDataSource
      url="jdbc:h2:file:$DATA_DIR/db/livinglab"
      props="<property name=\"URL\" value=\"$url\"/><property name=\"user\" value=\"sa\"/><property name=\"password\" value=\"\"/>"
      ;;
    postgresql)
      classname=org.postgresql.ds.PGSimpleDataSource
      props="<property name=\"URL\" value=\"${LL_DB_URL:?set LL_DB_URL}\"/><property name=\"user\" value=\"${LL_DB_USER:?set LL_DB_USER}\"/>"
      ;;
    oracle)
      classname=oracle.jdbc.datasource.impl.OracleDataSource
      props="<property name=\"URL\" value=\"${LL_DB_URL:?set LL_DB_URL}\"/><property name=\"user\" value=\"${LL_DB_USER:?set LL_DB_USER}\"/>"
      ;;
    *) echo "LL_DB must be h2, postgresql or oracle" >&2; exit 2 ;;
  esac
  if [ -n "${LL_DB_PASSWORD_ALIAS:-}" ]; then
    props+="<property name=\"password\" value=\"\${ALIAS=$LL_DB_PASSWORD_ALIAS}\"/>"
  elif [ "$DB" != h2 ]; then
    # No alias: a server that trusts this host (CI's PostgreSQL); the pool still needs the key.
    props+="<property name=\"password\" value=\"\"/>"
  fi
  cat >"$file" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE resources PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Resource Definitions//EN" "http://glassfish.org/dtds/glassfish-resources_1_5.dtd">
<resources>
  <jdbc-connection-pool name="LivingLabPool" res-type="javax.sql.DataSource"
      datasource-classname="$classname" steady-pool-size="2" max-pool-size="32"
      is-connection-validation-required="true" connection-validation-method="meta-data"
      fail-all-connections="true" statement-cache-size="64">
    $props
  </jdbc-connection-pool>
  <jdbc-resource pool-name="LivingLabPool" jndi-name="jdbc/livinglab"/>
</resources>
XML
}

config_property() {
  "${AS[@]}" set-config-property --propertyName="$1" --propertyValue="$2" --source=domain >/dev/null
}

# The HTTP listener answers (any status): a listener reconfigured on a running server can stay
# unbound, which tests then see as "connection refused" on every page while deploys still work.
wait_http() {
  local url="http://localhost:$HTTP_PORT/" code
  for _ in $(seq 1 60); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)
    [ "$code" != 000 ] && return 0
    sleep 1
  done
  return 1
}

configure() {
  # Listener settings first, so that the one restart below applies them with everything else
  # rather than rebinding a live listener.
  hardening
  if [ "$DB" != h2 ]; then
    : "${LL_JDBC_DRIVER_JAR:?set LL_JDBC_DRIVER_JAR to the JDBC driver jar}"
    log "adding JDBC driver $(basename "$LL_JDBC_DRIVER_JAR")"
    "${AS[@]}" add-library --type common "$LL_JDBC_DRIVER_JAR" >/dev/null
  fi
  # A library on the common class path, and a listener's protocol settings, are seen after a restart.
  "${AS[@]}" restart-domain "$DOMAIN" >/dev/null
  if ! wait_http; then
    log "HTTP port $HTTP_PORT does not answer after the restart; restarting once more"
    "${AS[@]}" restart-domain "$DOMAIN" >/dev/null
    wait_http || { echo "HTTP port $HTTP_PORT does not answer; see $PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log" >&2; exit 1; }
  fi
  "${AS[@]}" delete-jdbc-resource jdbc/livinglab >/dev/null 2>&1 || true
  "${AS[@]}" delete-jdbc-connection-pool LivingLabPool >/dev/null 2>&1 || true
  local xml
  xml=$(mktemp --suffix=.xml)
  pool_xml "$xml"
  log "creating pool LivingLabPool ($DB) and jdbc/livinglab"
  "${AS[@]}" add-resources "$xml" >/dev/null
  rm -f "$xml"
  "${AS[@]}" ping-connection-pool LivingLabPool
  # Groups from the directory become roles of the same name (admin, koordinator, operator, ...).
  "${AS[@]}" set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true >/dev/null
  config_property livinglab.data-dir "$DATA_DIR"
  [ -n "${LL_PUBLIC_URL:-}" ] && config_property livinglab.public-url "$LL_PUBLIC_URL"
  [ -n "${LL_LDAP_URL:-}" ] && config_property livinglab.ldap.url "$LL_LDAP_URL"
  [ -n "${LL_LDAP_BIND_DN:-}" ] && config_property livinglab.ldap.bind-dn "$LL_LDAP_BIND_DN"
  [ -n "${LL_LDAP_BIND_PASSWORD_ALIAS:-}" ] && config_property livinglab.ldap.bind-password "\${ALIAS=$LL_LDAP_BIND_PASSWORD_ALIAS}"
  [ -n "${LL_LDAP_USER_BASE:-}" ] && config_property livinglab.ldap.user-base "$LL_LDAP_USER_BASE"
  [ -n "${LL_LDAP_GROUP_BASE:-}" ] && config_property livinglab.ldap.group-base "$LL_LDAP_GROUP_BASE"
  [ -n "${LL_LDAP_USER_FILTER:-}" ] && config_property livinglab.ldap.user-filter "$LL_LDAP_USER_FILTER"
  [ -n "${LL_LDAP_INSTANSI_ATTRIBUTE:-}" ] && config_property livinglab.ldap.instansi-attribute "$LL_LDAP_INSTANSI_ATTRIBUTE"
  [ -n "${LL_LDAP_ROLE_MAP:-}" ] && config_property livinglab.ldap.role-map "$LL_LDAP_ROLE_MAP"
  [ -n "${LL_MAIL_SESSION:-}" ] && config_property livinglab.mail.session "$LL_MAIL_SESSION"
  [ -n "${LL_MAIL_HOST:-}" ] && config_property livinglab.mail.host "$LL_MAIL_HOST"
  [ -n "${LL_MAIL_PORT:-}" ] && config_property livinglab.mail.port "$LL_MAIL_PORT"
  [ -n "${LL_MAIL_FROM:-}" ] && config_property livinglab.mail.from "$LL_MAIL_FROM"
  log "configured"
}

deploy() {
  local ear=${1:?give the EAR to deploy}
  log "deploying $(basename "$ear") (first start migrates the schema and loads reference data)"
  "${AS[@]}" deploy --force=true --name livinglab "$ear" >/dev/null
  local url="http://localhost:$HTTP_PORT/livinglab/"
  for _ in $(seq 1 60); do
    if curl -fsS -o /dev/null "$url"; then
      log "Living Lab is up: $url"
      return 0
    fi
    sleep 1
  done
  echo "Living Lab did not answer at $url; see $PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log" >&2
  exit 1
}

case "${1:-}" in
  create) create ;;
  configure) configure ;;
  deploy) deploy "${2:-}" ;;
  up) create; configure; deploy "${2:-}" ;;
  secure-admin) secure_admin ;;
  stop) "$ASADMIN" stop-domain "$DOMAIN" ;;
  *) sed -n '2,27p' "$0"; exit 2 ;;
esac
