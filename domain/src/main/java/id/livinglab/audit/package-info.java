/** The audit trail of every change to assessment and result data. */
package id.livinglab.audit;
