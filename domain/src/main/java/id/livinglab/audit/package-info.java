/** The audit trail: who changed what, when, from what to what, for every change a service makes. */
package id.livinglab.audit;
