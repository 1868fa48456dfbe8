/** Roles and the caller (user, role, instansi) as the directory describes them. */
package id.livinglab.security;
