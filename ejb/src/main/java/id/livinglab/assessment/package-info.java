/**
 * The evaluation cycle's services: periods and assignments (administrator), the self-assessment
 * (operator, coordinator), evidence files, the assessors' review and the finalisation into the
 * official result. Every method checks the caller's role and instansi and the stage before it
 * changes anything, and writes an audit entry in the same transaction as the change.
 */
package id.livinglab.assessment;
