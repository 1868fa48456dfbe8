/**
 * The directory (LDAP) that says who a civil servant is, the embedded demo directory, and the
 * caller of the current request.
 */
package id.livinglab.security;
