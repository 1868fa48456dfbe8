/** REST: the audit trail, for national administrators. */
package id.livinglab.api.audit;
