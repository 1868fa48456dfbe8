/** REST: the authenticated caller. */
package id.livinglab.api.security;
