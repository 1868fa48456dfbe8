/** The audit trail, written by the services that change data. */
package id.livinglab.audit;
