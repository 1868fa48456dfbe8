/** What every resource shares: problem responses (RFC 9457) for every error. */
package id.livinglab.api.common;
